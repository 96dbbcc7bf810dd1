/// A line of a PDF page: the words whose boxes sit side by side, and those words joined into
/// segments where the gap between them is no wider than a space (a table cell, or a whole
/// narrative line).
struct PDFLine: Sendable, Hashable {
    /// The words, left to right.
    var words: [PDFBox]
    /// The words joined where they are closer than half the text height, left to right.
    var segments: [PDFBox]

    var page: Int { words.first?.page ?? 0 }
    var x0: Double { words.map(\.x0).min() ?? 0 }
    var x1: Double { words.map(\.x1).max() ?? 0 }
    var y0: Double { words.map(\.y0).min() ?? 0 }
    var y1: Double { words.map(\.y1).max() ?? 0 }
    /// The typical text height of the line.
    var height: Double { PDFGeometry.median(words.map(\.height)) }
    /// The text as printed, segments separated by a space.
    var text: String { segments.map(\.text).joined(separator: " ") }

    init(words: [PDFBox]) {
        self.words = words.sorted { $0.x0 < $1.x0 }
        segments = Self.segments(of: self.words, cuts: [])
    }

    /// The line's segments, also cut in every gap between two words that holds one of `cuts`
    /// (x positions, points): where a table's column starts, two narrow header cells printed
    /// less than half a character apart (社会公 | 法律服务) are two cells.
    func segments(cutAt cuts: [Double]) -> [PDFBox] {
        cuts.isEmpty ? segments : Self.segments(of: words, cuts: cuts)
    }

    /// A number as a table cell prints it: digits, maybe a sign, a point or a unit.
    private static func isNumber(_ text: String) -> Bool {
        if case .number = CellText.read(Substring(text)) { return true }
        return false
    }

    private static func segments(of words: [PDFBox], cuts: [Double]) -> [PDFBox] {
        var segments: [PDFBox] = []
        for word in words {
            let gap = word.x0 - (segments.last?.x1 ?? 0)
            let cut = segments.last.map { last in cuts.contains { $0 > last.x1 - 0.5 && $0 < word.x0 + 0.5 } } ?? false
                // Two numbers set apart are two cells, however narrow the gap (wkhtmltopdf's
                // narrow 其他 | 总计 columns, 5 points apart, gave 212219): no cell of a report's
                // tables prints two numbers.
                || segments.last.map { last in
                    gap > 0.15 * min(last.height, word.height) && isNumber(last.text) && isNumber(word.text)
                } ?? false
            if var last = segments.last, !cut, gap < 0.5 * min(last.height, word.height) {
                // Words set apart by a space keep it; pieces that touch (a change of font between
                // 补充 and 1) are one word.
                last.text += (gap > 0.15 * min(last.height, word.height) ? " " : "") + word.text
                last.x1 = max(last.x1, word.x1)
                last.y0 = min(last.y0, word.y0)
                last.y1 = max(last.y1, word.y1)
                segments[segments.count - 1] = last
            } else {
                segments.append(word)
            }
        }
        return segments
    }

    /// The lines of a page: words grouped where their boxes overlap vertically by more than half
    /// the smaller height, top to bottom.
    static func lines(of words: [PDFBox]) -> [PDFLine] {
        var groups: [(y0: Double, y1: Double, words: [PDFBox])] = []
        for word in words.sorted(by: { ($0.y0, $0.x0) < ($1.y0, $1.x0) }) {
            // Only the last few lines can still take a word: the words come top to bottom.
            let recent = max(0, groups.count - 3)..<groups.count
            if let index = recent.last(where: { index in
                let overlap = min(groups[index].y1, word.y1) - max(groups[index].y0, word.y0)
                let heights = (groups[index].y1 - groups[index].y0, word.height)
                // Text twice as tall (a page's title beside its breadcrumb, printed by a browser)
                // is on the line only when it covers most of it: else the two interleave.
                let similar = max(heights.0, heights.1) < 1.8 * min(heights.0, heights.1)
                return overlap > 0.5 * min(heights.0, heights.1) && (similar || overlap > 0.5 * max(heights.0, heights.1))
            }) {
                groups[index].words.append(word)
                groups[index].y0 = min(groups[index].y0, word.y0)
                groups[index].y1 = max(groups[index].y1, word.y1)
            } else {
                groups.append((word.y0, word.y1, [word]))
            }
        }
        return groups.map { PDFLine(words: $0.words) }.sorted { $0.y0 < $1.y0 }
    }
}

/// Small geometry shared by the PDF layout steps.
enum PDFGeometry {
    /// The median of `values`, 0 when empty.
    static func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        return sorted[sorted.count / 2]
    }

    /// How much two intervals overlap (negative when apart).
    static func overlap(_ a: (lo: Double, hi: Double), _ b: (lo: Double, hi: Double)) -> Double {
        min(a.hi, b.hi) - max(a.lo, b.lo)
    }

    /// Groups intervals (x-spans of cells into columns, y-spans of cells into rows) the way a
    /// table's ruling would: an interval that overlaps two intervals which do not overlap each
    /// other spans several groups (a merged cell) and is set aside; the rest are grouped where
    /// they overlap by more than `tolerance`. Returns the groups' spans in order and the indices
    /// of the spanning intervals.
    static func partition(_ spans: [(lo: Double, hi: Double)], tolerance: Double) -> (groups: [(lo: Double, hi: Double)], spanning: Set<Int>) {
        var spanning = Set<Int>()
        for (index, span) in spans.enumerated() {
            var lowestEnd: Int?
            var highestStart: Int?
            for (other, candidate) in spans.enumerated() where other != index && overlap(span, candidate) > tolerance {
                if lowestEnd.map({ candidate.hi < spans[$0].hi }) ?? true { lowestEnd = other }
                if highestStart.map({ candidate.lo > spans[$0].lo }) ?? true { highestStart = other }
            }
            if let a = lowestEnd, let b = highestStart, a != b, overlap(spans[a], spans[b]) <= tolerance {
                spanning.insert(index)
            }
        }
        var groups: [(lo: Double, hi: Double)] = []
        for span in spans.indices.filter({ !spanning.contains($0) }).map({ spans[$0] }).sorted(by: { $0.lo < $1.lo }) {
            if let last = groups.last, overlap(last, span) > tolerance {
                groups[groups.count - 1].hi = max(last.hi, span.hi)
            } else {
                groups.append(span)
            }
        }
        return (groups, spanning)
    }
}
