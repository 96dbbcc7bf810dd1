/// Finds the six top-level section headings by their words, despite markdown marks, spaces,
/// heading variants, a repeated heading or a missing numeral.
enum SectionFinder {
    /// A heading found in the file.
    struct Heading: Sendable, Hashable {
        /// 1–6.
        var number: Int
        /// The heading text without markdown marks.
        var text: String
        /// The 0-based index into the lines.
        var index: Int
    }

    /// The headings in file order, one per section, the lines that repeat a heading (they are
    /// not text of the section), and what was odd about them.
    static func find(in lines: [SourceLine]) -> (headings: [Heading], repeats: Set<Int>, diagnostics: [Diagnostic]) {
        var headings: [Heading] = []
        var repeats: Set<Int> = []
        var diagnostics: [Diagnostic] = []
        for (index, line) in lines.enumerated() {
            guard let (number, text, numeral) = heading(line) else { continue }
            if let last = headings.last, number <= last.number {
                if number == last.number {
                    repeats.insert(line.number)
                    diagnostics.append(Diagnostic(.note, "section.repeated", line: line.number,
                                                  "标题“\(text)”与第\(lines[last.index].number)行重复，按同一部分处理"))
                }
                continue
            }
            if let numeral, numeral != number {
                diagnostics.append(Diagnostic(.note, "section.numeral", line: line.number,
                                              "标题“\(text)”的序号是\(numeral)，但内容属于第\(number)部分"))
            }
            headings.append(Heading(number: number, text: text, index: index))
        }
        for number in 1...6 where !headings.contains(where: { $0.number == number }) {
            let next = headings.first { $0.number > number }.map { lines[$0.index].number }
            diagnostics.append(Diagnostic(.warning, "section.missing", line: next,
                                          "报告缺少“\(Section.officialHeading(number))”部分的标题"))
        }
        return (headings, repeats, diagnostics)
    }

    /// The section number, heading text and printed numeral of a heading line, or nil.
    static func heading(_ line: SourceLine) -> (Int, String, Int?)? {
        guard let first = line.text.unicodeScalars.first, first != "\t", first != "|" else { return nil }
        // A sentence is no heading: 。 and ， are never among the marks `stripMarks` removes, so a
        // line holding one is refused here, before any text is made (most lines are sentences).
        if line.text.includes("。") || line.text.includes("，") { return nil }
        // Nor is a line without any character of the section words (most table lines).
        if sectionCharacters.firstGroup(in: line.text) == nil { return nil }
        // Neither are a tab or an ideographic space inside the trimmed text: table cells.
        if line.trimmed.includes("\t") || line.trimmed.includes("\u{3000}") { return nil }
        // The text is a piece of the trimmed line, itself a piece of the line: bytes the line or
        // the trimmed line lacks (。，, a tab, an ideographic space) it lacks too, and are not
        // looked for again. What is left to look at on the bytes is, before any text is made:
        // its length (4 to 40 scalars are 4 to 160 bytes) and two spaces (table cells).
        let stripped = stripMarks(line.trimmed)
        guard (4...160).contains(stripped.utf8.count), !stripped.includes("  ") else { return nil }
        let text = String(stripped)
        let scalarCount = text.unicodeScalars.count
        guard scalarCount >= 4, scalarCount <= 40 else { return nil }
        guard let opener = text.unicodeScalars.first, opener != "(", opener != "（", !opener.isDigit else { return nil }
        // The section words first: most lines that come this far name no section.
        let words = LabelText.key(text)
        guard let number = sectionNumber(words) else { return nil }
        let numeral = LabelText.leadingNumeral(text)
        let isMarkdownHeading = line.trimmed.hasPrefix("#")
        guard numeral != nil || isMarkdownHeading || words.count <= 16 else { return nil }
        return (number, text, numeral)
    }

    /// Each phrase `sectionNumber` looks for holds one of these characters, so the words of a
    /// heading (the line's scalars, some removed, each simplified by `LabelText.simplified`)
    /// hold one, and the line one of them or a traditional form of one.
    static let sectionWordCharacters: Set<Unicode.Scalar> = ["况", "述", "公", "处", "复", "题", "项", "告"]

    /// `sectionWordCharacters` and their traditional forms, looked for in one pass.
    static let sectionCharacters = WordIndex([LabelText.forms(simplifyingTo: sectionWordCharacters).map { String($0) }])

    /// The section whose words a heading has, or nil. Each phrase holds one of
    /// `sectionWordCharacters` (a test lists them: a new phrase goes there too).
    static func sectionNumber(_ words: String) -> Int? {
        if words.includes("总体情况") || words.includes("基本情况") || words == "概述" { return 1 }
        if words.includes("主动公开") && words.hasSuffix("情况") { return 2 }
        if words.includes("收到和处理") || words.includes("依申请公开") && words.hasSuffix("情况") { return 3 }
        if words.includes("行政复议") && (words.includes("行政诉讼") || words.hasSuffix("情况")) { return 4 }
        if words.includes("存在的主要问题") || words.includes("存在问题") || words.includes("主要问题及改进") { return 5 }
        if words.includes("其他需要报告") || words.includes("其他事项") { return 6 }
        return nil
    }

    /// The text without leading `#`, `*`, `>` marks and trailing `*`.
    static func stripMarks(_ text: Substring) -> Substring {
        // A text whose first and last bytes are none of the marks has none to strip: no other
        // character is canonically equivalent to one of them (a test tries every scalar), so
        // the character comparisons below cannot match. Most lines are such texts.
        if let first = text.utf8.first, let last = text.utf8.last, !Self.leadingMarkBytes.contains(first), !Self.trailingMarkBytes.contains(last) {
            return text
        }
        var text = text
        while let first = text.first, first == "#" || first == "*" || first == ">" || first == " " { text = text.dropFirst() }
        while let last = text.last, last == "*" || last == " " || last == "#" { text = text.dropLast() }
        return text
    }

    /// The bytes of the characters `stripMarks` removes at the start (# * > space) and at the end (* space #).
    static let leadingMarkBytes: [UInt8] = [0x23, 0x2A, 0x3E, 0x20]
    static let trailingMarkBytes: [UInt8] = [0x2A, 0x20, 0x23]
}
