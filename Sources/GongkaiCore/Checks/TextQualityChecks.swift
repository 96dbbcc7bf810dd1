/// Notes on the writing of a report's text (never errors: the numbers are not affected, but an
/// editor may want to correct them): Q1 a word doubled by mistake, Q2 a sentence cut off, Q3 a
/// list whose numbering switches system.
enum TextQualityChecks {
    /// The paragraphs of every narrative of a report, in file order.
    static func paragraphs(of report: Report) -> [[NarrativeText.Paragraph]] {
        paragraphs(of: report, blocks: NarrativeText.blocks(of: report))
    }

    /// The same from the narratives' blocks (`NarrativeText.blocks(of:)` of the report), made
    /// once for these checks and the narrative checks.
    static func paragraphs(of report: Report, blocks: [[Substring]]) -> [[NarrativeText.Paragraph]] {
        zip([report.preamble] + report.sections.map(\.narrative), blocks).map { NarrativeText.paragraphs(of: $0, blocks: $1) }
    }

    /// Q1: a run of 2–4 Han characters written twice in a row (资金资金), not a single character
    /// doubled (常常, 人人), which Chinese does on purpose.
    static func q1(_ narratives: [[NarrativeText.Paragraph]]) -> CheckResult {
        var found: [(String, Int?)] = []
        // One buffer of scalars for every paragraph, read without bounds checks: every
        // paragraph of every report is walked here.
        var buffer: [Unicode.Scalar] = []
        for paragraph in narratives.joined() {
            buffer.removeAll(keepingCapacity: true)
            paragraph.text.appendScalars(to: &buffer)
            buffer.withUnsafeBufferPointer { scalars in
                var index = 0
                scan: while index < scalars.count {
                    // The first characters of the two halves differ almost everywhere: compared
                    // first, before any slice or set is made (the fuzzer's hottest loop).
                    for length in 2...4 where index + 2 * length <= scalars.count && scalars[index] == scalars[index + length] {
                        let first = scalars[index..<index + length]
                        // Two different characters among the first half (a set of more than one).
                        guard first.allSatisfy(\.isHan), first.contains(where: { $0 != scalars[index] }),
                              first.elementsEqual(scalars[index + length..<index + 2 * length]) else { continue }
                        found.append((String(String.UnicodeScalarView(scalars[index..<index + 2 * length])), paragraph.line))
                        index += 2 * length
                        continue scan
                    }
                    index += 1
                }
            }
        }
        guard !found.isEmpty else {
            return CheckResult(id: "Q1", status: .pass, message: "未发现重复的词语")
        }
        return CheckResult(id: "Q1", status: .fail,
                           message: "疑似误写重复的词语：\(found.prefix(5).map { "“\($0.0)”" }.joined(separator: "、"))", line: found.first?.1)
    }

    /// Marks after which a paragraph cannot end.
    static let openEnds: Set<Unicode.Scalar> = ["，", "、", ",", "（", "(", "“"]

    /// Q2: a paragraph of prose that ends in the middle of a sentence: on a comma or 、, or after
    /// a finished sentence with 8 or more characters more and no closing mark.
    static func q2(_ narratives: [[NarrativeText.Paragraph]]) -> CheckResult {
        var found: [(String, Int?)] = []
        for paragraph in narratives.joined() {
            guard let last = paragraph.text.unicodeScalars.last else { continue }
            let (tail, hasMore) = NarrativeText.lastSentence(of: paragraph.text)
            let tailOpen = !(tail.unicodeScalars.last.map(NarrativeText.sentenceEnds.contains) ?? true)
            if openEnds.contains(last)
                || (hasMore && tailOpen && NarrativeText.isLetter(last) && NarrativeText.letters(of: tail).count >= 8) {
                found.append((String(tail.suffix(12)), paragraph.line))
            }
        }
        guard !found.isEmpty else {
            return CheckResult(id: "Q2", status: .pass, message: "未发现中断的句子")
        }
        return CheckResult(id: "Q2", status: .fail,
                           message: "疑似句子未写完：\(found.prefix(5).map { "“…\($0.0)”" }.joined(separator: "、"))", line: found.first?.1)
    }

    /// Q3: within one section, an item numbered n + 1 in one system right after item n in
    /// another ((一)、(二)、三、), when no item n of its own system came before (a nested list
    /// returning to its parent is not a switch).
    static func q3(_ narratives: [[NarrativeText.Paragraph]]) -> CheckResult {
        var found: [(String, Int?)] = []
        for paragraphs in narratives {
            var seen = Set<ListMarker>()
            var previous: ListMarker?
            for paragraph in paragraphs {
                guard let marker = ListMarker(paragraph.text) else { continue }
                if let previous, marker.value == previous.value + 1, marker.style != previous.style,
                   !seen.contains(ListMarker(style: marker.style, value: marker.value - 1)) {
                    found.append(("\(previous.label) 之后是 \(marker.label)", paragraph.line))
                }
                seen.insert(marker)
                previous = marker
            }
        }
        guard !found.isEmpty else {
            return CheckResult(id: "Q3", status: .pass, message: "列表编号一致")
        }
        return CheckResult(id: "Q3", status: .fail,
                           message: "同一列表的编号方式前后不一：\(found.prefix(5).map(\.0).joined(separator: "；"))", line: found.first?.1)
    }
}

/// The number that starts a list item, and how it is written.
struct ListMarker: Hashable {
    enum Style: Hashable {
        /// （一）
        case parenthesizedHan
        /// 一、
        case han
        /// 一是
        case ordinal
        /// （1）
        case parenthesizedArabic
        /// 1、
        case arabicComma
        /// 1. or 1．
        case arabicDot
    }

    var style: Style
    var value: Int

    /// The marker as printed, for messages.
    var label: String {
        let han = HanNumeral.text(value)
        return switch style {
        case .parenthesizedHan: "（\(han)）"
        case .han: "\(han)、"
        case .ordinal: "\(han)是"
        case .parenthesizedArabic: "（\(value)）"
        case .arabicComma: "\(value)、"
        case .arabicDot: "\(value)."
        }
    }

    init(style: Style, value: Int) {
        self.style = style
        self.value = value
    }

    /// The marker a paragraph starts with; nil when it starts with none.
    init?(_ text: String) {
        var scalars = Substring(text).unicodeScalars[...]
        let parenthesized = scalars.first == "（" || scalars.first == "("
        if parenthesized { scalars = scalars.dropFirst() }
        let digits = scalars.prefix { $0.isDigit }
        if !digits.isEmpty {
            guard digits.count <= 2, let value = Int(String(String.UnicodeScalarView(digits))) else { return nil }
            let after = scalars.dropFirst(digits.count).first
            if parenthesized, after == "）" || after == ")" { self.init(style: .parenthesizedArabic, value: value); return }
            if parenthesized { return nil }
            // 1.5 or 2021 are not markers: a dot must not be followed by a digit.
            let next = scalars.dropFirst(digits.count + 1).first
            if after == "、" {
                self.init(style: .arabicComma, value: value)
            } else if after == "." || after == "．", !(next?.isDigit ?? false) {
                self.init(style: .arabicDot, value: value)
            } else {
                return nil
            }
            return
        }
        let numeral = scalars.prefix { HanNumeral.digits[$0] != nil }
        guard !numeral.isEmpty, numeral.count <= 3, let value = HanNumeral.value(numeral) else { return nil }
        let after = scalars.dropFirst(numeral.count).first
        if parenthesized {
            guard after == "）" || after == ")" else { return nil }
            self.init(style: .parenthesizedHan, value: value)
        } else if after == "、" {
            self.init(style: .han, value: value)
        } else if after == "是" {
            self.init(style: .ordinal, value: value)
        } else {
            return nil
        }
    }
}

/// Han numerals 一 to 九十九 as list items use them.
enum HanNumeral {
    static let digits: [Unicode.Scalar: Int] = ["一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10]

    /// 一 → 1, 十二 → 12, 二十 → 20, 二十三 → 23; nil for anything else.
    static func value(_ scalars: Substring.UnicodeScalarView.SubSequence) -> Int? {
        let values = scalars.compactMap { digits[$0] }
        guard values.count == scalars.count else { return nil }
        switch values.count {
        case 1: return values[0]
        case 2 where values[0] == 10 && values[1] < 10: return 10 + values[1]
        case 2 where values[0] < 10 && values[1] == 10: return values[0] * 10
        case 3 where values[0] < 10 && values[1] == 10 && values[2] < 10: return values[0] * 10 + values[2]
        default: return nil
        }
    }

    /// 1 → 一, 12 → 十二, 23 → 二十三.
    static func text(_ value: Int) -> String {
        let names = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        guard value > 0, value < 100 else { return String(value) }
        if value < 10 { return names[value] }
        let tens = value / 10, ones = value % 10
        return (tens == 1 ? "" : names[tens]) + "十" + names[ones]
    }
}
