/// The running text of a report as the text checks read it: paragraphs without markdown marks,
/// each with its first source line.
enum NarrativeText {
    /// One paragraph of plain text and the 1-based source line it starts at (nil when unknown).
    struct Paragraph: Sendable, Hashable {
        var text: String
        var line: Int?
    }

    /// The paragraphs of a narrative, sub-headings included, markdown marks (#, *, >, |) removed,
    /// blank paragraphs left out.
    static func paragraphs(of narrative: Narrative) -> [Paragraph] {
        let blocks = narrative.markdown.split(separator: "\n\n", omittingEmptySubsequences: false)
        return blocks.enumerated().compactMap { index, block in
            let text = plain(block)
            guard !text.isEmpty else { return nil }
            return Paragraph(text: text, line: index < narrative.blockLines.count ? narrative.blockLines[index] : narrative.lines.first)
        }
    }

    /// A block of markdown as plain text: marks and line breaks removed, ends trimmed.
    static func plain(_ block: Substring) -> String {
        var out = String.UnicodeScalarView()
        for line in block.split(separator: "\n") {
            var scalars = Substring(line).unicodeScalars.drop { $0 == "#" || $0 == ">" || $0 == " " }
            if scalars.first == "|" { scalars = scalars.dropFirst() }
            for scalar in scalars where scalar != "*" && scalar != "|" && scalar != "\\" { out.append(scalar) }
        }
        return String(String(out).trimmingBlanks())
    }

    /// The sentences of a paragraph, each ending with its mark (。！？；) when it has one.
    static func sentences(of text: String) -> [String] {
        var sentences: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            current.append(scalar)
            if sentenceEnds.contains(scalar) {
                let sentence = String(String(current).trimmingBlanks())
                if !sentence.isEmpty { sentences.append(sentence) }
                current = String.UnicodeScalarView()
            }
        }
        let rest = String(String(current).trimmingBlanks())
        if !rest.isEmpty { sentences.append(rest) }
        return sentences
    }

    /// The marks that end a sentence.
    static let sentenceEnds: Set<Unicode.Scalar> = ["。", "！", "？", "；", "!", "?", ";"]

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
