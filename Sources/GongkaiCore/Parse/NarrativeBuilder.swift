import Foundation

/// Turns the text lines of a section into markdown for cmark-gfm, recognising sub-headings.
///
/// Every source line is kept. A line is its own paragraph (reports put one paragraph per
/// line), except a line that continues a sentence broken by a page or a copy (the previous one
/// ends without closing punctuation), which is joined to it.
enum NarrativeBuilder {
    /// The narrative of `lines` (blank lines included, they separate paragraphs).
    static func build(_ lines: [SourceLine]) -> Narrative {
        var blocks: [String] = []
        var blockLines: [Int] = []
        var subheadings: [Subheading] = []
        var used: [Int] = []
        var previousOpen = false
        var previousKind = BlockKind.paragraph

        for line in lines {
            let text = String(line.trimmed)
            if text.isEmpty { continue }
            used.append(line.number)
            let kind = BlockKind(text)
            switch kind {
            case .heading(let title):
                blocks.append("### " + escape(title))
                blockLines.append(line.number)
                subheadings.append(Subheading(title: title, line: line.number, style: .numbered))
                previousOpen = false
            case .listItem, .tableRow:
                if previousKind == kind, let last = blocks.indices.last {
                    blocks[last] += "\n" + (kind == .tableRow ? text : escapeInline(text))
                } else {
                    blocks.append(kind == .tableRow ? text : escapeInline(text))
                    blockLines.append(line.number)
                }
                if case .listItem = kind, let ordinal = ordinalTitle(text.drop { $0 == "-" || $0 == "*" || $0 == " " }) {
                    subheadings.append(Subheading(title: ordinal, line: line.number, style: .ordinal))
                }
                previousOpen = false
            case .paragraph:
                if let lead = leadIn(text) {
                    subheadings.append(Subheading(title: lead, line: line.number, style: .leadIn))
                } else if let ordinal = ordinalTitle(Substring(text)) {
                    subheadings.append(Subheading(title: ordinal, line: line.number, style: .ordinal))
                }
                if previousOpen, previousKind == .paragraph, !startsWithMarker(text), let last = blocks.indices.last {
                    blocks[last] += escape(text)
                } else {
                    blocks.append(escape(text))
                    blockLines.append(line.number)
                }
                previousOpen = !endsClosed(text)
            }
            previousKind = kind
        }
        return Narrative(markdown: blocks.joined(separator: "\n\n"), subheadings: subheadings, lines: used, blockLines: blockLines)
    }

    /// What a line is in markdown terms.
    private enum BlockKind: Equatable {
        case heading(String), listItem, tableRow, paragraph

        init(_ text: String) {
            if text.hasPrefix("#") {
                self = .heading(String(SectionFinder.stripMarks(Substring(text))))
            } else if text.hasPrefix("|") {
                self = .tableRow
            } else if text.hasPrefix("- ") || text.hasPrefix("* ") || text.hasPrefix("+ ") {
                self = .listItem
            } else if NarrativeBuilder.isNumberedHeading(text) {
                self = .heading(text)
            } else {
                self = .paragraph
            }
        }

        static func == (lhs: BlockKind, rhs: BlockKind) -> Bool {
            switch (lhs, rhs) {
            case (.heading, .heading), (.listItem, .listItem), (.tableRow, .tableRow), (.paragraph, .paragraph): true
            default: false
            }
        }
    }

    /// A short line of its own that starts with （一）, (1), 1、 or 一、: a sub-heading.
    static func isNumberedHeading(_ text: String) -> Bool {
        // A scalar is at most 4 bytes: more than 120 bytes are more than 30 scalars, not counted.
        guard text.utf8.count <= 120 else { return false }
        let count = text.unicodeScalars.count
        guard count <= 30, !text.includes("。"), !text.includes("；"), !text.includes("，") else { return false }
        let words = LabelText.stripNumbering(LabelText.compact(text))
        return words.unicodeScalars.count < LabelText.compact(text).unicodeScalars.count && !words.isEmpty
    }

    /// The bold sentence leading a paragraph, `**（一）强化领导。**…`, or nil.
    private static func leadIn(_ text: String) -> String? {
        guard text.hasPrefix("**"), let end = text.dropFirst(2).range(of: "**") else { return nil }
        let title = text[text.index(text.startIndex, offsetBy: 2)..<end.lowerBound]
        return title.isEmpty ? nil : String(title)
    }

    /// The point of a paragraph starting 一是…: its words up to the first stop, or nil.
    private static func ordinalTitle(_ text: Substring) -> String? {
        let scalars = Array(text.unicodeScalars.prefix(3))
        guard scalars.count == 3, LabelText.numeralValues[scalars[0]] != nil, scalars[1] == "是" else { return nil }
        let body = text.prefix { !["。", "；", "，", "：", ";", ","].contains($0) }
        return String(body.prefix(40))
    }

    /// Whether a line starts a new thought even after an open sentence: a numbered or ordinal
    /// start, a list, a table.
    private static func startsWithMarker(_ text: String) -> Bool {
        let compact = LabelText.compact(text)
        return LabelText.stripNumbering(compact) != compact || ordinalTitle(Substring(text)) != nil || text.hasPrefix("**")
    }

    /// Whether a line ends a sentence: not when it ends on a comma, or a long line stops mid-word
    /// (a page break or a copy cut it); a short line ending on a word is a title, closed.
    private static func endsClosed(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last else { return true }
        if last == "，" || last == "、" || last == "“" || last == "（" { return false }
        return !(last.isHan && text.unicodeScalars.count >= 30)
    }

    /// Escapes what markdown would turn into markup the report never meant: raw HTML, and a
    /// line start that would read as a heading, a quote or a code block.
    static func escape(_ text: String) -> String {
        var out = escapeInline(text)
        if let first = out.first, first == ">" || first == "=" || first == "+" { out = "\\" + out }
        return out
    }

    /// Escapes `<` and `&`, so raw HTML and entities in a report stay text.
    static func escapeInline(_ text: String) -> String {
        let isMarkup = { (byte: UInt8) in byte == 0x3C || byte == 0x26 }
        guard text.utf8.withContiguousStorageIfAvailable({ $0.contains(where: isMarkup) }) ?? text.utf8.contains(where: isMarkup) else { return text }
        return text.replacingOccurrences(of: "&", with: "\\&").replacingOccurrences(of: "<", with: "\\<")
    }
}
