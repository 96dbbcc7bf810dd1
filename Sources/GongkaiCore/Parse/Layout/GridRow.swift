/// A cell of a table as a layout reader found it: its text and its line.
struct GridCell: Sendable, Hashable {
    /// The cell's text, trimmed.
    var text: String
    /// The 1-based source line.
    var line: Int
    /// Whether the cell is a run of digits that may hold several cells (see `SourceLine.isRun`).
    var isRun = false
}

/// A row of cells as a layout reader found it, before any label is matched.
struct GridRow: Sendable, Hashable {
    /// The cells in reading order; empty cells are kept, they mark blank values.
    var cells: [GridCell]
    /// Whether the row's extent was inferred from a stream of cells rather than printed as a row
    /// (a layout that drops blank cells): such a row cannot be aligned with the form's columns
    /// unless it has exactly as many values as the form, so a short or long one stays unknown.
    var isInferred = false
    /// Whether empty cells between the label and the first value are empty values rather than
    /// layout (a layout where every empty cell is seen, `BlankLineCellReader`).
    var keepsLeadingBlanks = false

    /// The first line of the row.
    var line: Int { cells.first?.line ?? 0 }
    /// Every line the row spans.
    var lines: [Int] {
        // Without a Set: a row spans one line or a few, and this runs for every row of every reading.
        // Most rows lie on one line.
        if let first = cells.first?.line, cells.allSatisfy({ $0.line == first }) { return [first] }
        var lines: [Int] = []
        for cell in cells where !lines.contains(cell.line) { lines.append(cell.line) }
        return lines.sorted()
    }
}

/// Turns the lines of a table region into rows of cells. One reader per file layout, so a new
/// layout is one small reader and the table interpreters stay the same.
protocol TableLayoutReader: Sendable {
    /// Whether the lines look like this layout at all (cheap, to skip hopeless readers).
    func applies(to lines: [SourceLine]) -> Bool
    /// The rows of cells.
    func rows(from lines: [SourceLine]) -> [GridRow]
}

/// Every layout reader, in order of preference when two read a table equally well.
let tableLayoutReaders: [any TableLayoutReader] = [TabRowReader(), PipeRowReader(), CellPerLineReader(), BlankLineCellReader(), SpaceRunReader(), CellStreamReader()]
