/// The running text of a report as the text checks read it: paragraphs without markdown marks,
/// each with its first source line.
///
/// Every function here works on UTF-8 bytes where the marks it looks for are ASCII (an ASCII
/// byte never occurs inside a multi-byte character), and gives exactly what splitting the
/// text into `Character`s would give: the 10,000-report build split every narrative several
/// times by `Character`, and that grapheme work was a quarter of its checks and comparison pages.
enum NarrativeText {
    /// One paragraph of plain text and the 1-based source line it starts at (nil when unknown).
    struct Paragraph: Sendable, Hashable {
        var text: String
        var line: Int?
    }

    /// The paragraphs of a narrative, sub-headings included, markdown marks (#, *, >, |) removed,
    /// blank paragraphs left out.
    static func paragraphs(of narrative: Narrative) -> [Paragraph] {
        paragraphs(of: narrative, blocks: blocks(of: narrative.markdown))
    }

    /// The same from the narrative's blocks (`blocks(of: narrative.markdown)`).
    static func paragraphs(of narrative: Narrative, blocks: [Substring]) -> [Paragraph] {
        var paragraphs: [Paragraph] = []
        for (index, block) in blocks.enumerated() {
            let text = plain(block)
            guard !text.isEmpty else { continue }
            paragraphs.append(Paragraph(text: text, line: index < narrative.blockLines.count ? narrative.blockLines[index] : narrative.lines.first))
        }
        return paragraphs
    }

    /// The blocks of each narrative of a report (preamble, then the sections in order), for
    /// the checks that read them all: made once per report.
    static func blocks(of report: Report) -> [[Substring]] {
        ([report.preamble] + report.sections.map(\.narrative)).map { blocks(of: $0.markdown) }
    }

    /// The markdown blocks of a text, empty ones included: the text split at each blank line
    /// (`"\n\n"`, leftmost first), as `split(separator: "\n\n", omittingEmptySubsequences: false)`
    /// splits it (a CR LF pair is one character there, so its LF never starts a separator).
    static func blocks(of markdown: String) -> [Substring] {
        var offsets: [Int] = []  // the start and end byte offset of each block, in turn
        var markdown = markdown
        markdown.withUTF8 { bytes in
            var start = 0, index = 0
            while index + 1 < bytes.count {
                if bytes[index] == 0x0A, bytes[index + 1] == 0x0A, index == 0 || bytes[index - 1] != 0x0D {
                    offsets.append(start)
                    offsets.append(index)
                    index += 2
                    start = index
                } else {
                    index += 1
                }
            }
            offsets.append(start)
            offsets.append(bytes.count)
        }
        let utf8 = markdown.utf8
        return stride(from: 0, to: offsets.count, by: 2).map { pair in
            Substring(utf8[utf8.index(utf8.startIndex, offsetBy: offsets[pair])..<utf8.index(utf8.startIndex, offsetBy: offsets[pair + 1])])
        }
    }

    /// A block of markdown as plain text: marks and line breaks removed, ends trimmed. Each line
    /// (split at LF, not inside CR LF) loses its leading #, > and spaces and then one leading |;
    /// every *, | and \ is removed; the joined lines lose blanks (space, tab, U+3000) at both ends.
    static func plain(_ block: Substring) -> String {
        var block = block
        return block.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var index = 0
            while index < bytes.count {
                // The start of a line.
                while index < bytes.count, bytes[index] == UInt8(ascii: "#") || bytes[index] == UInt8(ascii: ">") || bytes[index] == UInt8(ascii: " ") {
                    index += 1
                }
                if index < bytes.count, bytes[index] == UInt8(ascii: "|") { index += 1 }
                while index < bytes.count {
                    let byte = bytes[index]
                    index += 1
                    if byte == 0x0A, index == 1 || bytes[index - 2] != 0x0D { break }
                    if byte != UInt8(ascii: "*"), byte != UInt8(ascii: "|"), byte != UInt8(ascii: "\\") { out.append(byte) }
                }
            }
            var start = 0, end = out.count
            while start < end {
                if out[start] == 0x20 || out[start] == 0x09 { start += 1 }
                else if end - start >= 3, out[start] == 0xE3, out[start + 1] == 0x80, out[start + 2] == 0x80 { start += 3 }
                else { break }
            }
            while end > start {
                if out[end - 1] == 0x20 || out[end - 1] == 0x09 { end -= 1 }
                else if end - start >= 3, out[end - 3] == 0xE3, out[end - 2] == 0x80, out[end - 1] == 0x80 { end -= 3 }
                else { break }
            }
            return String(decoding: out[start..<end], as: UTF8.self)
        }
    }

    /// The sentences of a paragraph, each ending with its mark (。！？；) when it has one.
    static func sentences(of text: String) -> [String] {
        var sentences: [String] = []
        let scalars = text.unicodeScalars
        var start = scalars.startIndex, index = start
        func add(_ end: String.Index) {
            let sentence = text[start..<end].trimmingBlanks()
            if !sentence.isEmpty { sentences.append(String(sentence)) }
            start = end
        }
        while index < scalars.endIndex {
            let scalar = scalars[index]
            index = scalars.index(after: index)
            if endsSentence(scalar) { add(index) }
        }
        add(scalars.endIndex)
        return sentences
    }

    /// The last of `sentences(of: text)` ("" when there is none) and whether there are more,
    /// found from the end without making the others: every piece that ends with a mark is a
    /// sentence (a mark is no blank), so only the last piece may be empty.
    static func lastSentence(of text: String) -> (sentence: String, hasMore: Bool) {
        let scalars = text.unicodeScalars
        // The index after the last mark before `end`, or nil when there is none.
        func afterMark(before end: String.Index) -> String.Index? {
            var index = end
            while index > scalars.startIndex {
                let previous = scalars.index(before: index)
                if endsSentence(scalars[previous]) { return index }
                index = previous
            }
            return nil
        }
        guard let afterLast = afterMark(before: scalars.endIndex) else {
            return (String(text[...].trimmingBlanks()), false)
        }
        let final = text[afterLast...].trimmingBlanks()
        if !final.isEmpty { return (String(final), true) }
        let previous = afterMark(before: scalars.index(before: afterLast))
        return (String(text[(previous ?? scalars.startIndex)..<afterLast].trimmingBlanks()), previous != nil)
    }

    /// The marks that end a sentence.
    static let sentenceEnds: Set<Unicode.Scalar> = ["。", "！", "？", "；", "!", "?", ";"]

    /// Whether a scalar is one of `sentenceEnds` (without hashing it).
    static func endsSentence(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "。", "！", "？", "；", "!", "?", ";": true
        default: false
        }
    }

    /// The letters of a text for comparing wording: Han characters and Latin letters only, so
    /// that new numbers, punctuation and spacing do not hide a copy.
    static func letters(of text: some StringProtocol) -> [Unicode.Scalar] {
        text.unicodeScalars.filter(isLetter)
    }

    /// A Han character (CJK unified ideographs and extension A) or an ASCII letter.
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isHan || (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value)
    }
}
