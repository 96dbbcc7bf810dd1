/// The line ranges of the sections, from each heading to the next.
struct SectionSpans: Sendable {
    private let headings: [SectionFinder.Heading]
    private let lineCount: Int

    init(headings: [SectionFinder.Heading], lineCount: Int) {
        self.headings = headings
        self.lineCount = lineCount
    }

    /// The 0-based range of a section's lines, heading included.
    func range(of number: Int) -> Range<Int>? {
        guard let position = headings.firstIndex(where: { $0.number == number }) else { return nil }
        let end = position + 1 < headings.count ? headings[position + 1].index : lineCount
        return headings[position].index..<end
    }

    /// The 0-based range of a section's lines after its heading.
    func body(of number: Int) -> Range<Int>? {
        range(of: number).map { ($0.lowerBound + 1)..<$0.upperBound }
    }

    /// For a section the file lacks, the lines between the sections around where it belongs,
    /// so a table whose heading is missing is still found.
    func gap(for number: Int) -> Range<Int>? {
        guard range(of: number) == nil else { return nil }
        let before = headings.last { $0.number < number }
        let after = headings.first { $0.number > number }
        let start = before.map { $0.index + 1 } ?? 0
        let end = after?.index ?? lineCount
        return start < end ? start..<end : nil
    }
}
