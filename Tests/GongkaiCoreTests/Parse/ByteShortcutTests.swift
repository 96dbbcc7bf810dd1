import Foundation
import Testing
@testable import GongkaiCore

/// The parser reads cells, labels and separators on UTF-8 bytes where the text allows it; each
/// shortcut must give exactly what the character or scalar walk it replaces gives, or a number
/// could move. These tests compare both on texts built to catch the difference: combining
/// marks after a separator, a prepended mark before one, emoji, Hangul, full-width forms.
@Suite("Byte shortcuts give what the character walk gives")
struct ByteShortcutTests {
    /// Pieces texts are made of: separators, the neighbours that may join them into one
    /// character, and ordinary label and number text.
    private static let alphabet: [String] = [
        "|", "\t", " ", "\u{3000}", "|", " ", "\t",
        "\u{0301}", "\u{20DD}", "\u{200D}", "\u{0600}", "\u{093F}", "\u{302A}", "\u{FF9E}", "👍", "🇨🇳", "한", "\r\n", "\r",
        "规", "章", "0", "12", "-", "—", "（一）", "，", "。", "：", "ａ", "\u{3001}", "“", "e", "\u{FE0F}",
    ]

    /// Texts drawn from `alphabet` with a fixed generator, so a failure repeats.
    private static func texts(count: Int, maxLength: Int) -> [String] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<count).map { _ in
            (0..<next(maxLength + 1)).map { _ in alphabet[next(alphabet.count)] }.joined()
        }
    }

    private static let separatorSets: [CellSeparators] = [.pipe, .tab, [.pipe, .tab], [.space, .ideographicSpace], [.space, .tab, .ideographicSpace]]

    @Test("cells split on the bytes are the pieces of the character split, empty pieces kept or not")
    func splitCells() {
        for text in Self.texts(count: 3000, maxLength: 12) + ["| 规章 | 0 |", "|\u{0301}|", "a |\u{0301} b", "\u{0600}|x|y", "一\u{3000}\u{302A}二"] {
            for separators in Self.separatorSets {
                for omitting in [true, false] {
                    let expected = Substring(text).split(omittingEmptySubsequences: omitting, whereSeparator: separators.contains)
                    #expect(Substring(text).splitCells(at: separators, omittingEmpty: omitting) == expected, "\(Array(text.unicodeScalars)) \(separators.rawValue)")
                }
            }
            #expect(text.splitAtTabs() == text.split(separator: "\t", omittingEmptySubsequences: false))
        }
    }

    @Test("blanks trimmed on the bytes end where the scalar walk ends")
    func trimming() {
        for text in Self.texts(count: 3000, maxLength: 8) {
            let scalars = Array(text.unicodeScalars)
            let start = scalars.firstIndex { !$0.isBlank } ?? scalars.count
            let end = (scalars.lastIndex { !$0.isBlank }).map { $0 + 1 } ?? start
            let expected = start < end ? String(String.UnicodeScalarView(scalars[start..<end])) : ""
            #expect(String(text.trimmingBlanks()) == expected, "\(scalars)")
            #expect(String(text.dropFirst().trimmingBlanks()) == String(String(text.dropFirst()).trimmingBlanks()))
            // The offsets on the contiguous bytes reach the indices the view's index walk reaches.
            for piece in [Substring(text), text.dropFirst(), text.dropLast()] {
                let fast = piece.trimmingBlanks(), walked = piece.trimmingBlanksByIndex()
                #expect(fast.startIndex == walked.startIndex && fast.endIndex == walked.endIndex && fast == walked, "\(scalars)")
            }
        }
    }

    @Test("scalars decoded from the bytes are the scalars of the view, kept or filtered, of strings and substrings")
    func scalarBytes() {
        let keeps: [(Unicode.Scalar) -> Bool] = [{ _ in true }, { !$0.isBlank && $0 != "*" }, { $0.isHan }, { _ in false }]
        for text in Self.texts(count: 3000, maxLength: 10) + ["", "规章 0", "a\u{0301}👍🇨🇳\r\n\u{3000}"] {
            for piece in [Substring(text), text.dropFirst(), text.dropLast(2)] {
                for keep in keeps {
                    #expect(piece.scalarArray(keeping: keep) == Array(piece.unicodeScalars.lazy.filter(keep)), "\(Array(text.unicodeScalars))")
                    #expect(piece.allScalars(keep) == piece.unicodeScalars.allSatisfy(keep))
                    var buffer: [Unicode.Scalar] = ["x"]
                    piece.appendScalars(to: &buffer, keeping: keep)
                    #expect(buffer == ["x"] + Array(piece.unicodeScalars.lazy.filter(keep)))
                }
            }
            #expect(text.scalarArray() == Array(text.unicodeScalars))
        }
    }

    @Test("heading marks stripped after a byte check are those of the character walk; no other scalar equals a mark")
    func stripMarks() {
        let marks: [Character] = ["#", "*", ">", " "]
        // The byte check holds only if no other character is canonically equivalent to a mark.
        // Unicode has no canonical decomposition above U+2FA1D (the last CJK compatibility
        // ideograph), so the scalars up to U+2FFFF are all that could be.
        for value in UInt32(0x80)...0x2FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(!marks.contains(Character(scalar)), "U+\(String(value, radix: 16))")
        }
        func walked(_ text: Substring) -> Substring {
            var text = text
            while let first = text.first, first == "#" || first == "*" || first == ">" || first == " " { text = text.dropFirst() }
            while let last = text.last, last == "*" || last == " " || last == "#" { text = text.dropLast() }
            return text
        }
        for text in Self.texts(count: 3000, maxLength: 8).map({ "#" + $0 }) + Self.texts(count: 3000, maxLength: 8) + ["## 一、总体情况 **", "*\u{0301}规章", "规章 \u{0301}", ">"] {
            let stripped = SectionFinder.stripMarks(Substring(text))
            #expect(stripped == walked(Substring(text)) && stripped.startIndex == walked(Substring(text)).startIndex, "\(Array(text.unicodeScalars))")
        }
    }

    @Test("B2's Han test on a scalar value is the scalar's isHan for every value of three UTF-8 bytes")
    func hanValues() {
        for value in UInt32(0x800)...0xFFFF {
            #expect(BoilerplateChecks.isHan(value) == (Unicode.Scalar(value)?.isHan ?? false), "U+\(String(value, radix: 16))")
        }
    }

    @Test("a byte counted with memchr up to a minimum is the count of the UTF-8 view")
    func holdsByte() {
        for text in Self.texts(count: 3000, maxLength: 10) + ["", "||", "| 规章 | 0 |"] {
            for piece in [Substring(text), text.dropFirst(), text.dropLast()] {
                for byte: UInt8 in [0x7C, 0x20, 0x09, 0x80] {
                    for minimum in 0...3 {
                        #expect(piece.holdsByte(byte, atLeast: minimum) == piece.utf8.hasAtLeast(minimum) { $0 == byte }, "\(Array(text.unicodeScalars))")
                    }
                }
            }
        }
    }

    @Test("WordIndex finds the first group a loop of includes finds")
    func wordIndex() {
        let groups = [["规章", "—"], ["0"], ["（一）", "一"], ["\u{0301}"], ["\u{3000}|"], ["👍"], [""]]
        let index = WordIndex(groups)
        let withoutEmpty = WordIndex(Array(groups.dropLast()))
        for text in Self.texts(count: 3000, maxLength: 8) {
            #expect(index.firstGroup(in: text) == groups.firstIndex { $0.contains(where: text.includes) })
            #expect(withoutEmpty.firstGroup(in: text) == groups.dropLast().firstIndex { $0.contains(where: text.includes) })
        }
    }

    @Test("WordIndex finds every group a loop of includes finds, on generated texts and the narrative triggers")
    func wordIndexGroups() {
        let groups = [["规章", "—"], ["0"], ["（一）", "一"], ["\u{0301}"], ["\u{3000}|"], ["👍"], ["规"], [""]]
        func reference(_ groups: [[String]], _ text: String) -> UInt64 {
            groups.indices.reduce(0) { bits, group in groups[group].contains(where: text.includes) ? bits | 1 << UInt64(group) : bits }
        }
        let index = WordIndex(groups)
        let withoutEmpty = WordIndex(Array(groups.dropLast()))
        for text in Self.texts(count: 3000, maxLength: 8) {
            #expect(index.groups(in: text) == reference(groups, text), "\(Array(text.unicodeScalars))")
            #expect(withoutEmpty.groups(in: text) == reference(Array(groups.dropLast()), text))
        }
        let triggers = NarrativeChecks.statements.map(\.triggers)
        let narratives = ["本年度新收政府信息公开申请 12 件，上年结转 2 件，结转下年度继续办理 1 件。", "未发生行政复议、行政诉讼。",
                          "办结 13 件", "收到申请\u{00A0}3 件\r\n答复", "顺延至下一年度", "新\u{0301}收", "行政复议\u{FE0F}👍", "上年转结", ""]
        for text in narratives + Self.texts(count: 1000, maxLength: 8).map({ "新收" + $0 + "答复" }) {
            #expect(NarrativeChecks.triggers.groups(in: text) == reference(triggers, text), "\(text)")
            #expect(NarrativeChecks.triggers.groups(in: Substring(text).dropFirst()) == reference(triggers, String(text.dropFirst())))
        }
    }

    @Test("a dump's heading start (一、 … 六、) is found by memchr where a loop of includes finds one")
    func dumpHeadingStarts() {
        let pieces = ["一", "二", "三", "四", "五", "六", "七", "十", "、", "。", "，", "规", "a", "👍", "\u{0301}", "一、", "\u{3000}", "（", "1"]
        var seed: UInt64 = 7
        let starts = DumpUnfolder.headingStarts.map { String(decoding: $0, as: UTF8.self) }
        #expect(starts.count == 6)
        for _ in 0..<4000 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let length = Int(seed >> 60)
            var text = ""
            for _ in 0..<length {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += pieces[Int(seed >> 33) % pieces.count]
            }
            #expect(DumpUnfolder.holdsHeadingStart(text) == starts.contains(where: text.includes), "\(text)")
        }
    }

    @Test("the numerals of numbering are told by a switch as by the table, for every scalar below U+10000")
    func numeralSwitch() {
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(LabelText.numeralValue(scalar) == LabelText.numeralValues[scalar], "\(value)")
        }
    }

    @Test("a heading line holds a section word character or a traditional form of one")
    func sectionCharacters() {
        // The phrases of `SectionFinder.sectionNumber`: each holds one of the characters.
        let phrases = ["总体情况", "基本情况", "概述", "主动公开", "收到和处理", "依申请公开", "行政复议",
                       "存在的主要问题", "存在问题", "主要问题及改进", "其他需要报告", "其他事项"]
        for phrase in phrases {
            #expect(phrase.unicodeScalars.contains(where: SectionFinder.sectionWordCharacters.contains), "\(phrase)")
        }
        let forms = Set(LabelText.forms(simplifyingTo: SectionFinder.sectionWordCharacters))
        for value in UInt32(0x3400)...0x9FFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(forms.contains(scalar) == SectionFinder.sectionWordCharacters.contains(LabelText.simplified(scalar)), "\(scalar)")
        }
        #expect(forms.isSuperset(of: ["況", "處", "復", "複", "覆", "題", "項"]))
        for (text, number) in [("一、总体情况", 1), ("二、主動公開政府信息情況", 2), ("## 四、政府信息公开行政複議、行政訴訟情况", 4), ("五、存在的主要問題及改进情况", 5)] {
            #expect(SectionFinder.heading(SourceLine(number: 1, text: text))?.0 == number, "\(text)")
        }
    }

    @Test("includes finds a pattern exactly where a window of the UTF-8 bytes equals it")
    func includesBytes() {
        let patterns = ["规章", "0", "（一）", "\u{0301}", "\u{3000}|", "👍", "。", "、", "e\u{FE0F}", "\r\n", "| |"]
        for text in Self.texts(count: 3000, maxLength: 10) {
            let bytes = Array(text.utf8)
            for pattern in patterns {
                let needle = Array(pattern.utf8)
                let expected = bytes.count >= needle.count && (0...(bytes.count - needle.count)).contains { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }
                #expect(text.includes(pattern) == expected, "\(Array(text.unicodeScalars)) \(pattern)")
                #expect(Substring(text).dropFirst().includes(pattern) == String(text.dropFirst()).includes(pattern))
            }
            #expect(text.includes(""))
        }
    }

    @Test("the title cut after 年度报告 by bytes, or without a search where there is none, is Foundation's")
    func titleWordCut() {
        func reference(_ text: String) -> String {
            guard let range = text.range(of: "年度报告") ?? text.range(of: "年度報告") else { return text }
            return String(text[..<range.upperBound])
        }
        let pieces = ["年", "度", "报", "告", "報", "\u{F98E}", "\u{FA00}", "\u{2F800}", "\u{301}", "a", " ", "年度", "报告", "镇"]
        // The byte cut's neighbours: marks that join the character before them (a combining
        // accent, a voiced-kana mark, a variation selector, a joiner), Hangul jamo, emoji, full-width
        // forms, and the ASCII and ideographs it takes.
        let neighbours = ["年度报告", "年度報告", "\u{301}", "\u{3099}", "\u{302A}", "\u{FE00}", "\u{FE0F}", "\u{E0100}", "\u{200D}", "\u{1161}", "\u{1100}",
                          "👍", "（", "、", "\u{3000}", "ａ", "2023", "作", "镇", "\u{4000}", "\u{9FFF}", "\u{3400}", "\u{A000}", "é", "\r\n", "\u{F967}"]
        let texts = GeneratedTexts.make(from: pieces, count: 3000, maxPieces: 7, seed: 9)
            + GeneratedTexts.make(from: neighbours, count: 3000, maxPieces: 5, seed: 10)
        for text in texts + ["\u{F98E}度报告", "年度报告\u{301}", "某镇2023年度报告（全文）", "\u{301}年度报告", "年度报告\u{FE00}年度報告"] {
            #expect(MetadataReader.cutAfterTitleWord(text) == reference(text), "\(Array(text.unicodeScalars))")
        }
    }

    @Test("a table 3 group header refused by its first scalar is one the character comparison refuses")
    func table3GroupHeader() {
        func reference(_ key: String) -> Bool {
            Table3Labels.groupWords.contains { key == $0 || (key.hasPrefix($0) && key.count <= $0.count + 2) }
        }
        // The words and their pieces, compatibility ideographs equal to their first characters
        // (U+F967 is 不), combining marks and joiners before and after, and other label text.
        let pieces = Table3Labels.groupWords + ["本", "办", "不", "无", "\u{F967}", "\u{F9B2}", "\u{FA00}", "\u{2F800}", "\u{301}", "\u{200D}",
                                                "\u{FE0F}", "（三）", "三、", "1.", "年度", "办理", "结果", "公开", "提供", "处理", " ", "a", "无法", "予以"]
        for key in Table3Labels.groupWords + GeneratedTexts.make(from: pieces, count: 4000, maxPieces: 4, seed: 11) {
            #expect(Table3Labels.isGroup(key) == reference(key), "\(Array(key.unicodeScalars))")
        }
        // The compatibility ideographs Swift takes for a group word's first character are inside
        // the ranges that are never refused by the shortcut.
        for value in UInt32(0xF900)...0xFAFF {
            guard let scalar = Unicode.Scalar(value), ["本", "办", "不", "无"].contains(String(scalar)) else { continue }
            #expect(Table3Labels.isGroup(String(scalar) + "予公开") == reference(String(scalar) + "予公开"))
        }
    }

    @Test("Table 2's column format read in one pass is the loop of includes")
    func columnFormat() {
        func reference(_ key: String) -> ReportFormat? {
            if ["制发", "废止", "现行有效", "收费金额"].contains(where: key.includes) { return .current }
            if key.includes("本年") && key.includes("处理决定") { return .current }
            if ["新制作", "新公开", "对外公开总", "上一年", "增/减", "增减", "采购项目", "采购总金额"].contains(where: key.includes) { return .trial }
            return nil
        }
        let pieces = ["制发", "废止", "本年", "处理决定", "新公开", "增/减", "增", "减", "/", "采购", "项目", "金额", "数量", "\u{0301}", "上一", "年", "现行有效"]
        for key in GeneratedTexts.make(from: pieces, count: 3000, maxPieces: 4, seed: 3) {
            #expect(Table2Interpreter.columnFormat(key) == reference(key), "\(key)")
        }
    }

    @Test("digits taken as printed without formatting are the text Decimal.text gives")
    func canonicalDigits() throws {
        for number in 0...9999 {
            let text = String(number)
            #expect(SplitRow.isCanonicalDigits(text))
            guard case .number(let value, let unit) = CellText.read(Substring(text)) else {
                Issue.record("\(text) is not read as a number")
                continue
            }
            #expect(unit == nil && value.text == text)
        }
        for text in ["", "00", "012", "12345", "-1", "1.0", "１", "1 2"] {
            #expect(!SplitRow.isCanonicalDigits(text), "\(text)")
        }
    }

    @Test("lines normalised on the bytes are the lines of the scalar walk")
    func normalisedLines() {
        let reference = Self.normalisedReference
        let pieces = ["\r", "\n", "\r\n", "\u{FEFF}", "\u{200B}", "\u{00A0}", "\u{00AD}", "\u{2003}", "\u{202F}", "\u{2060}", "\u{2212}",
                      "１", "Ｚ", "ｚ", "＋", "－", "．", "\u{0B}", "寧", "強", "(", "（", "qiáng", "guī", "lǜ", "ü", "ḿ", "ａ", ")", "）", "（一）", "规章", "0", " ", "\u{3000}", "，", "“"]
        var state: UInt64 = 7
        for _ in 0..<3000 {
            var text = ""
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for _ in 0..<Int((state >> 33) % 14) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += pieces[Int((state >> 33) % UInt64(pieces.count))]
            }
            // Byte for byte (== takes U+F967 for 不).
            #expect(TextNormalizer.lines(of: text).map { Array($0.utf8) } == reference(text).map { Array($0.utf8) }, "\(Array(text.unicodeScalars))")
        }
        #expect(TextNormalizer.lines(of: "寧強(qiáng)縣\r\n\u{FEFF}规章　１２\n\n") == ["寧強縣", "规章　12", ""])
        // Lines of characters Swift's == takes for others (U+F967 is 不) keep their own bytes.
        #expect(TextNormalizer.lines(of: "\u{F967}予公开\n不予公开").map { Array($0.utf8) } == [Array("\u{F967}予公开".utf8), Array("不予公开".utf8)])
    }

    @Test("lines normalised on the bytes are the scalar walk's, byte for byte, in every fixture text with LF, CRLF and CR")
    func normalisedFixtureLines() {
        let reference = Self.normalisedReference
        // Every real fixture, case and seed text, with LF, CRLF and CR.
        var files = 0
        if let root = try? Fixtures.folder {
            for group in ["real", "cases", "seeds"] {
                let folder = root.appendingPathComponent(group)
                for file in FileManager.default.enumerator(atPath: folder.path)?.compactMap({ $0 as? String }) ?? [] where file.hasSuffix(".txt") || file.hasSuffix(".md") {
                    guard let text = try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8) else { continue }
                    files += 1
                    for variant in [text, text.replacingOccurrences(of: "\n", with: "\r\n"), text.replacingOccurrences(of: "\n", with: "\r")] {
                        #expect(TextNormalizer.lines(of: variant).map { Array($0.utf8) } == reference(variant).map { Array($0.utf8) }, "\(file)")
                    }
                }
            }
        }
        #expect(files > 50)
    }

    /// The scalar walk the byte reading replaced, kept here as the reference.
    static func normalisedReference(_ text: String) -> [String] {
        var lines: [String] = []
        var current: [Unicode.Scalar] = []
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\r":
                lines.append(String(scalars: TextNormalizer.removingPinyinGlosses(current)))
                current = []
                previousWasCR = true
                continue
            case "\n":
                if !previousWasCR {
                    lines.append(String(scalars: TextNormalizer.removingPinyinGlosses(current)))
                    current = []
                }
            default:
                if let mapped = TextNormalizer.normalise(scalar) { current.append(mapped) }
            }
            previousWasCR = false
        }
        if !current.isEmpty { lines.append(String(scalars: TextNormalizer.removingPinyinGlosses(current))) }
        return lines
    }

    @Test("a form label's key and table 3 row looked up by its bytes are those made from it; other texts are made")
    func knownLabelKeys() throws {
        let table = LabelText.KnownTexts(LabelText.formLabels) { LabelText.computedKey($0) }
        for label in LabelText.formLabels {
            #expect(table.value(of: label) == LabelText.computedKey(label), "\(label)")
            #expect(table.value(of: Substring(label)) != nil, "the lookup finds \(label)")
            #expect(Table3Labels.formLabelRows.value(of: label) != nil, "the lookup finds \(label)")
        }
        #expect(Table3Row.allCases.allSatisfy { Table3Labels.formLabelRows.value(of: $0.officialLabel) == $0 })
        /// The key and the table 3 row of a text, looked up and made.
        func expectSame(_ text: Substring, _ place: String = "") {
            #expect(LabelText.key(text) == LabelText.computedKey(text), "\(place)\(Array(text.unicodeScalars))")
            #expect(Table3Labels.row(label: text) == Table3Labels.row(LabelText.computedKey(text)), "\(place)\(Array(text.unicodeScalars))")
        }
        // Near misses: the same characters in other bytes (U+F967 is 不 to Swift's ==), a
        // piece more or less, slices of a longer text.
        var variants: [Substring] = []
        for label in LabelText.formLabels {
            variants += [Substring(label.replacingOccurrences(of: "不", with: "\u{F967}")), Substring(label + " "), Substring(" " + label),
                         Substring(label).dropLast(), Substring(label).dropFirst(), Substring("（一）" + label), Substring(label + "\u{0301}"),
                         Substring("x" + label + "y").dropFirst().dropLast(), Substring(label.replacingOccurrences(of: "政府", with: "政\u{3000}府"))]
        }
        for text in variants + Self.texts(count: 2000, maxLength: 8).map({ Substring($0) }) { expectSame(text) }
        #expect(LabelText.key("不予公开".replacingOccurrences(of: "不", with: "\u{F967}")) == LabelText.computedKey("\u{F967}予公开"))
        // Every line and every cell of the real fixtures, the cases and the seeds.
        let root = try Fixtures.folder
        var lines = 0
        for group in ["real", "cases", "seeds"] {
            let folder = root.appendingPathComponent(group)
            for file in FileManager.default.enumerator(atPath: folder.path)?.compactMap({ $0 as? String }) ?? [] where file.hasSuffix(".txt") || file.hasSuffix(".md") {
                guard let text = try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8) else { continue }
                for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                    lines += 1
                    for piece in [line] + line.splitCells(at: [.pipe, .tab, .space, .ideographicSpace]) { expectSame(piece, file) }
                }
            }
        }
        #expect(lines > 5_000)
    }

    @Test("pipe rows cut their outer pipes where hasPrefix and hasSuffix see a pipe character")
    func pipeRowEnds() {
        /// The rows as the reader made them when it asked the text for its first and last character.
        func reference(_ line: SourceLine) -> GridRow? {
            let trimmed = line.trimmed
            guard !trimmed.isEmpty else { return nil }
            guard trimmed.containsByte(0x7C) else { return GridRow(cells: [GridCell(text: String(trimmed), line: line.number)]) }
            var parts = trimmed.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "|" })
            if trimmed.hasPrefix("|") { parts.removeFirst() }
            if trimmed.hasSuffix("|"), !parts.isEmpty { parts.removeLast() }
            var row = GridRow(cells: parts.map { GridCell(text: String($0.trimmingBlanks()), line: line.number) })
            row.printsEveryCell = true
            return row
        }
        let texts = Self.texts(count: 3000, maxLength: 10) + ["|", "||", "| a |", "|\u{0301}a|", "a|\u{0301}", "| 规章 | 0 |\u{20DD}", "\u{0600}|x|", "|x|\u{200D}"]
        for text in texts {
            let line = SourceLine(number: 1, text: text)
            // Separator rows (|---|) the reader drops before splitting: only the others compare.
            guard let row = PipeRowReader().rows(from: [line]).first else { continue }
            #expect(row == reference(line), "\(Array(text.unicodeScalars))")
        }
    }

    @Test("a heading is found with the checks made on the bytes first as with every check made on the text")
    func headingChecks() throws {
        /// `SectionFinder.heading` as it was, every check made on the text made from the line.
        func reference(_ line: SourceLine) -> (Int, String, Int?)? {
            guard let first = line.text.unicodeScalars.first, first != "\t", first != "|" else { return nil }
            if line.text.includes("。") || line.text.includes("，") { return nil }
            if SectionFinder.sectionCharacters.firstGroup(in: line.text) == nil { return nil }
            if line.trimmed.includes("\t") || line.trimmed.includes("\u{3000}") { return nil }
            let text = String(SectionFinder.stripMarks(line.trimmed))
            let scalarCount = text.unicodeScalars.count
            guard scalarCount >= 4, scalarCount <= 40, !text.includes("。"), !text.includes("，"), !text.includes("\t") else { return nil }
            guard let opener = text.unicodeScalars.first, opener != "(", opener != "（", !opener.isDigit else { return nil }
            guard !text.includes("  "), !text.unicodeScalars.contains(where: { $0.value == 0x3000 }) else { return nil }
            let words = LabelText.key(text)
            guard let number = SectionFinder.sectionNumber(words) else { return nil }
            let numeral = LabelText.leadingNumeral(text)
            guard numeral != nil || line.trimmed.hasPrefix("#") || words.count <= 16 else { return nil }
            return (number, text, numeral)
        }
        var lines: [String] = []
        let root = try Fixtures.folder
        for group in ["real", "cases", "seeds"] {
            let folder = root.appendingPathComponent(group)
            for file in FileManager.default.enumerator(atPath: folder.path)?.compactMap({ $0 as? String }) ?? [] where file.hasSuffix(".txt") || file.hasSuffix(".md") {
                guard let text = try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8) else { continue }
                lines += text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            }
        }
        #expect(lines.count > 5_000)
        let headings = ["一、总体情况", "## 二、主动公开政府信息情况", "**三、收到和处理政府信息公开申请情况**", "> 四、政府信息公开行政复议、行政诉讼情况",
                        "五、存在的主要问题及改进情况", "六、其他需要报告的事项", "概述", "一、概述", "# 总体情况 #", "一、总体情况  ", "  一、总体情况",
                        "一、总体\u{3000}情况", "一、总体  情况", "总体情况。", "一、总体情况\u{0301}", "*** 六、其他需要报告的事项 ***",
                        "一、" + String(repeating: "总体情况", count: 10), "一、" + String(repeating: "总", count: 37) + "情况", "(一)总体情况", "1.总体情况"]
        var found = 0
        for text in lines + headings + headings.map({ "  " + $0 }) + headings.map({ $0 + " *" }) + Self.texts(count: 2000, maxLength: 8).map({ "一、总体情况" + $0 }) {
            let line = SourceLine(number: 1, text: text)
            let fast = SectionFinder.heading(line), slow = reference(line)
            #expect(fast?.0 == slow?.0 && fast?.1 == slow?.1 && fast?.2 == slow?.2, "\(Array(text.unicodeScalars))")
            if slow != nil { found += 1 }
        }
        #expect(found > 300, "the texts hold headings")
    }

    @Test("label compaction and numbering as the scalar walk does them")
    func labels() {
        for text in Self.texts(count: 2000, maxLength: 8) + ["（三）1.属于 国家秘密", "開 “資”：", "3、一、二", "(1)規章"] {
            var compact = String.UnicodeScalarView()
            for scalar in text.unicodeScalars where !scalar.isBlank && !"*#|“”\"‘’'「」：:".unicodeScalars.contains(scalar) {
                compact.append(LabelText.simplified(scalar))
            }
            #expect(LabelText.compact(text) == String(compact), "\(Array(text.unicodeScalars))")
        }
        #expect(LabelText.key("（三）1.属于 国家秘密") == "属于国家秘密")
        #expect(LabelText.stripNumbering("规章") == "规章")
        #expect(LabelText.stripNumbering("三、本年度办理结果") == "本年度办理结果")
    }
}
