import Foundation

/// Breaks a crawler's one-line text — a whole report on one line, headings in mid-line, table
/// cells run together (`规章000行政规范性文件3112`) — into pieces at its section headings and, in
/// the table sections, at table labels and runs of digits, so the section finder and the layout
/// readers see lines. Every piece keeps the number of the line it came from, so diagnostics
/// still point at the file; a run of digits is marked `isRun`, and the table interpreters split
/// it only where it has exactly one reading. Lines that are not such a dump stay as they are.
enum DumpUnfolder {
    /// The lines with every dump line replaced by its pieces.
    static func unfold(_ lines: [SourceLine]) -> [SourceLine] {
        // `headings` wants 60 scalars, so a line of fewer UTF-8 bytes is no dump: most lines are skipped unread.
        // A heading is a numeral and 、: a line without one has none, and is not cut into scalars.
        guard lines.contains(where: { line in
            line.text.utf8.count >= 60 && (isRunTogetherCandidate(line.text)
                || (holdsHeadingStart(line.text) && headings(in: Array(line.text.unicodeScalars)).count >= 2))
        }) else { return lines }
        var section = 0
        return lines.flatMap { line -> [SourceLine] in
            // A table flattened into one paragraph inside a report of lines (a crawler's or a
            // converter's: `一、本年新收…申请数量4000004二、上年结转…数量0000000…`): cut like a dump's
            // table section, else the line is one row whose label is the first and whose numbers
            // are the last row's.
            if (2...4).contains(section), line.text.utf8.count >= 60, isRunTogetherCandidate(line.text) {
                let pieces = cut(Array(line.text.unicodeScalars))
                let labelledRuns = zip(pieces, pieces.dropFirst()).count { !$0.0.isRun && $0.1.isRun && $0.1.text.utf8.count >= 2 }
                if labelledRuns >= 2 {
                    return pieces.map { SourceLine(number: line.number, text: $0.text, isRun: $0.isRun) }
                }
            }
            let scalars = Array(line.text.unicodeScalars)
            let found = headings(in: scalars)
            guard found.count >= 2 else {
                if let number = SectionFinder.heading(line)?.0 { section = number }
                return [line]
            }
            var pieces: [SourceLine] = []
            var start = 0
            func text(_ range: Range<Int>, tables: Bool) {
                guard range.lowerBound < range.upperBound else { return }
                let segment = Array(scalars[range])
                if tables {
                    pieces += cut(segment).map { SourceLine(number: line.number, text: $0.text, isRun: $0.isRun) }
                } else if !String(String.UnicodeScalarView(segment)).trimmingBlanks().isEmpty {
                    pieces.append(SourceLine(number: line.number, text: String(String.UnicodeScalarView(segment))))
                }
            }
            for heading in found {
                text(start..<heading.range.lowerBound, tables: (2...4).contains(section))
                pieces.append(SourceLine(number: line.number, text: String(String.UnicodeScalarView(scalars[heading.range]))))
                section = heading.number
                start = heading.range.upperBound
            }
            text(start..<scalars.count, tables: (2...4).contains(section))
            return pieces
        }
    }

    /// Whether a line may be table rows run together: no 。 (a sentence's), no cell separator
    /// (| or a tab: the layout readers' rows), and at least two runs of two or more digits
    /// glued to the character before them (`申请数量4000004`), looked for on the bytes.
    static func isRunTogetherCandidate(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var glued = 0
            var index = 1
            while index + 1 < bytes.count {
                let byte = bytes[index]
                if byte == 0x7C || byte == 0x09 { return false }
                // 。 is E3 80 82.
                if byte == 0xE3, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x82 { return false }
                if (0x30...0x39).contains(byte), bytes[index - 1] >= 0x80, (0x30...0x39).contains(bytes[index + 1]) { glued += 1 }
                index += 1
            }
            return glued >= 2
        }
    }

    /// The section headings inside a line: a numeral 一–六 and 、, words ending in 情况 or 事项
    /// within 32 characters, no digit, and words the section finder recognises.
    /// What every heading `headings` finds starts with (a numeral of 1–6 and 、), looked for on
    /// the bytes: a line without one is not cut into scalars.
    static let headingStarts: [[UInt8]] = LabelText.numeralValues.filter { $0.value <= 6 }.keys.map { Array((String($0) + "、").utf8) }

    /// Whether `text` includes one of `headingStarts`: each 、 is found with memchr (its first
    /// byte, E3, is passed over many bytes at a time) and the three bytes before it compared
    /// with the numerals'. Every long line of every report is asked (a byte-by-byte scan of
    /// the narrative lines was 1 % of parsing).
    static func holdsHeadingStart(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress, bytes.count >= 6 else { return false }
            var index = 3  // where the 、 after a numeral can start
            while index + 3 <= bytes.count {
                guard let found = memchr(base + index, 0xE3, bytes.count - 2 - index) else { return false }
                let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if bytes[at + 1] == 0x80, bytes[at + 2] == 0x81,
                   headingStarts.contains(where: { $0[0] == bytes[at - 3] && $0[1] == bytes[at - 2] && $0[2] == bytes[at - 1] }) {
                    return true
                }
                index = at + 1
            }
            return false
        }
    }

    static func headings(in scalars: [Unicode.Scalar]) -> [(range: Range<Int>, number: Int)] {
        guard scalars.count >= 60 else { return [] }
        var found: [(range: Range<Int>, number: Int)] = []
        var index = 0
        while index + 1 < scalars.count {
            defer { index += 1 }
            // 、 first: it is one comparison, the numeral a dictionary lookup.
            guard scalars[index + 1] == "、", let numeral = LabelText.numeralValues[scalars[index]], numeral <= 6,
                  found.last.map({ $0.range.upperBound <= index }) ?? true else { continue }
            let limit = min(scalars.count, index + 32)
            var end = index + 4
            while end <= limit {
                let tail = scalars[(end - 2)..<end]
                if tail.elementsEqual("情况".unicodeScalars) || tail.elementsEqual("事项".unicodeScalars) {
                    let candidate = scalars[index..<end]
                    if candidate.contains(where: \.isDigit) { break }
                    let line = SourceLine(number: 0, text: String(String.UnicodeScalarView(candidate)))
                    if let number = SectionFinder.heading(line)?.0 {
                        found.append((index..<end, number))
                        index = end - 1
                    }
                    break
                }
                end += 1
            }
        }
        return found
    }

    /// A table section's text cut before every table label, numbering (（一）, 一、) and run
    /// of digits. A digit run that ends in `N.` before words gives its last digit to the next
    /// label's numbering (`00000002.其他法律…`: seven zeros, then 2.其他法律…).
    static func cut(_ scalars: [Unicode.Scalar]) -> [(text: String, isRun: Bool)] {
        var pieces: [(text: String, isRun: Bool)] = []
        var current = String.UnicodeScalarView()
        func flush() {
            let text = String(current).trimmingBlanks()
            if !text.isEmpty { pieces.append((String(text), false)) }
            current = String.UnicodeScalarView()
        }
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar.isDigit || (scalar == "-" && index + 1 < scalars.count && scalars[index + 1].isDigit) {
                var end = index + 1
                while end < scalars.count, scalars[end].isDigit || scalars[end] == "." || (scalars[end] == "-" && end + 1 < scalars.count && scalars[end + 1].isDigit) {
                    end += 1
                }
                var run = Array(scalars[index..<end])
                var numbering: [Unicode.Scalar] = []
                if run.last == ".", run.count >= 2 {
                    numbering = Array(run.suffix(2))
                    run.removeLast(2)
                }
                if !isNumberingOnly(current) || !run.isEmpty { flush() }
                if !run.isEmpty { pieces.append((String(String.UnicodeScalarView(run)), true)) }
                current.append(contentsOf: numbering)
                index = end
                continue
            }
            let word = vocabularyMatch(scalars, at: index)
            if word != nil || startsNumbering(scalars, at: index) {
                if !isNumberingOnly(current) { flush() }
                let length = word ?? 1
                current.append(contentsOf: scalars[index..<(index + length)])
                index += length
                continue
            }
            current.append(scalar)
            index += 1
        }
        flush()
        return pieces
    }

    /// Whether the text so far is only a numbering (（一）, 2., 一、) that the next label continues.
    private static func isNumberingOnly(_ text: String.UnicodeScalarView) -> Bool {
        !text.isEmpty && LabelText.stripNumbering(LabelText.compact(String(text))).isEmpty
    }

    /// （一）…（九） not after 第 (第（一）项 stays whole), or 一、…九、.
    private static func startsNumbering(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + 1 < scalars.count else { return false }
        if scalars[index] == "（" || scalars[index] == "(" {
            return index + 2 < scalars.count && LabelText.numeralValues[scalars[index + 1]] != nil
                && (scalars[index + 2] == "）" || scalars[index + 2] == ")") && (index == 0 || scalars[index - 1] != "第")
        }
        return LabelText.numeralValues[scalars[index]] != nil && scalars[index + 1] == "、"
    }

    /// The length of the longest table word starting at `index`, or nil. Only the words that
    /// begin with the character at `index` are tried, longest first (this runs for every
    /// character of a dump's table sections).
    private static func vocabularyMatch(_ scalars: [Unicode.Scalar], at index: Int) -> Int? {
        guard let words = vocabularyByFirst[scalars[index]] else { return nil }
        for word in words where index + word.count <= scalars.count {
            var matches = true
            for offset in 1..<word.count where scalars[index + offset] != word[offset] {
                matches = false
                break
            }
            if matches { return word.count }
        }
        return nil
    }

    /// The vocabulary by first character, each list longest first.
    private static let vocabularyByFirst: [Unicode.Scalar: [[Unicode.Scalar]]] = Dictionary(grouping: vocabulary) { $0[0] }
        .mapValues { $0.sorted { $0.count > $1.count } }

    /// Words that begin a cell of tables 2–4 (the form's labels and headings).
    private static let vocabulary: [[Unicode.Scalar]] = [
        "第二十条", "信息内容", "本年制发件数", "本年新制发件数", "本年废止件数", "现行有效件数", "本年处理决定数量", "本年收费金额",
        "本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "本年增/减", "处理决定数量", "采购项目数量", "采购总金额",
        "规章", "行政规范性文件", "规范性文件", "行政许可", "其他对外管理服务事项", "行政处罚", "行政强制", "行政事业性收费", "政府集中采购",
        "申请人情况", "自然人", "法人或其他组织", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "总计",
        "本年新收政府信息公开申请数量", "上年结转政府信息公开申请数量", "本年度办理结果", "予以公开", "部分公开", "不予公开",
        "属于国家秘密", "其他法律行政法规禁止公开", "危及", "保护第三方合法权益", "属于三类内部事务信息", "属于四类过程性信息",
        "属于行政执法案卷", "属于行政查询事项", "无法提供", "本机关不掌握相关政府信息", "没有现成信息需要另行制作", "补正后申请内容仍不明确",
        "不予处理", "信访举报投诉类申请", "重复申请", "要求提供公开出版物", "无正当理由大量反复申请", "要求行政机关确认或重新出具已获取信息",
        "其他处理", "申请人无正当理由逾期不补正", "申请人逾期未按收费通知要求缴纳费用", "结转下年度继续办理",
        "行政复议", "行政诉讼", "结果维持", "结果纠正", "其他结果", "尚未审结", "未经复议直接起诉", "复议后起诉",
    ].map { Array($0.unicodeScalars) }
}
