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
    /// Whether the layout prints every cell of the row, blank ones included, as a pipe or tab row does
    /// (`| 二、上年结转… | | | | | | | 0 |`): blank cells between the label and the first value
    /// are then either layout (a label merged over two columns) or blank values, and which one
    /// is decided by the form's column count (`SplitRow.aligningBlanks(count:)`).
    var printsEveryCell = false
    /// Whether the layout marks where the row ends (a line of pipes after cells closed by a
    /// pipe), so an empty cell before that mark is a cell, not a trailing separator.
    var marksItsEnd = false

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
let tableLayoutReaders: [any TableLayoutReader] = [TabRowReader(), PipeRowReader(), CellPerLineReader(), BlankLineCellReader(), SpaceRunReader(), TerminatedCellReader(), CellStreamReader()]

/// Rows found by their shape in a stream of cells whose row ends are not all marked: a run of
/// label cells, then a run of value cells. The last label before the values names the row; the
/// labels before it (headers, group headers, the first half of a broken label) become rows of
/// their own. `mark` sets what the layout knows about each value row (`isInferred`, …).
struct RowsByShape {
    private var rows: [GridRow] = []
    private var labels: [GridCell] = []
    private var values: [GridCell] = []
    private let mark: (inout GridRow) -> Void

    init(mark: @escaping (inout GridRow) -> Void) { self.mark = mark }

    /// Whether a label or a value is waiting for its row.
    var isOpen: Bool { !labels.isEmpty || !values.isEmpty }

    /// A cell in reading order: a value (a number or a dash) or an empty cell joins the open row,
    /// a label closes it and waits for its own values.
    mutating func append(_ cell: GridCell, isLabel: Bool) {
        if isLabel {
            closeRow()
            labels.append(cell)
        } else {
            values.append(cell)
        }
    }

    /// Ends the open row: a row when it holds a value, else its empty cells are dropped and its
    /// labels wait. `marked`: the layout printed the row's end (`GridRow.marksItsEnd`).
    mutating func closeRow(marked: Bool = false) {
        if values.contains(where: { !$0.text.isEmpty }) {
            let label = labels.popLast()
            rows += labels.map { GridRow(cells: [$0]) }
            var row = GridRow(cells: (label.map { [$0] } ?? []) + values)
            mark(&row)
            row.marksItsEnd = marked
            rows.append(row)
            labels = []
        }
        values = []
    }

    /// Every row, the labels left at the end each a row of its own.
    mutating func finish() -> [GridRow] {
        closeRow()
        rows += labels.map { GridRow(cells: [$0]) }
        labels = []
        return rows
    }
}
