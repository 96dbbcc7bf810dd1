import Foundation

/// A grid row split into its label cells and its run of value cells.
///
/// The value run goes from the first cell that holds a number or a dash to the last one; blank
/// cells inside it are blank values, blank cells around it are layout (merged label columns,
/// trailing tabs) and are dropped.
struct SplitRow: Sendable {
    /// The non-empty label cells before the values, in order.
    var labels: [GridCell]
    /// The value cells with what each says.
    var values: [(cell: GridCell, text: CellText)]
    /// The first and the last line the row spans (`GridRow.lines`' first and last; 0 for a row
    /// without cells), kept without the array of every line, which each row made.
    private(set) var line: Int
    private(set) var lastLine: Int
    /// Whether the row's extent was inferred (see `GridRow.isInferred`).
    var isInferred: Bool
    /// Whether the row's values ran together with more or fewer than one reading: its cells
    /// are unknown and `resolvingRuns` has said why.
    var hasUnresolvedRun = false

    init(_ row: GridRow) {
        let readings = row.cells.map { CellText.read(Substring($0.text)) }
        var lowest = row.cells.first?.line ?? 0
        var highest = lowest
        for cell in row.cells.dropFirst() {
            lowest = min(lowest, cell.line)
            highest = max(highest, cell.line)
        }
        line = lowest
        lastLine = highest
        isInferred = row.isInferred
        let firstValue = readings.firstIndex(where: \.isValueLike)
        // Empty cells right after the label are values where the layout shows every empty cell.
        let firstCell = row.keepsLeadingBlanks ? firstValue.map { value in
            (readings[..<value].lastIndex { $0 != .empty }).map { $0 + 1 } ?? 0
        } : firstValue
        guard let first = firstCell, let last = readings.lastIndex(where: \.isValueLike) else {
            labels = row.cells.filter { !$0.text.isEmpty }
            values = []
            return
        }
        labels = row.cells[..<first].filter { !$0.text.isEmpty }
        values = (first...last).map { (row.cells[$0], readings[$0]) }
    }

    /// Whether the row holds any value.
    var hasValues: Bool { !values.isEmpty }

    /// All label cells joined, as printed.
    var labelText: String { labels.map(\.text).joined() }

    /// The cells of the model for the first `count` values; the rest of a short row is missing.
    /// An inferred row of another length cannot be aligned: all its cells are unreadable.
    func cells(count: Int) -> [Cell] {
        if !isAligned(count: count) { return Array(repeating: unaligned, count: count) }
        return (0..<count).map { index in index < values.count ? Self.cell(values[index]) : .missing }
    }

    /// Whether value `n` of the row is value `n` of the form's row of `count` cells.
    func isAligned(count: Int) -> Bool {
        !isInferred || values.count == count
    }

    /// The cell put where an unaligned row's values cannot be placed.
    var unaligned: Cell {
        Cell(value: nil, status: .unreadable, line: line)
    }

    /// Whether a text is a whole number of one to four digits without a leading zero: the text
    /// `Decimal.text` gives for the number `CellText` reads from it (a test checks all of them).
    static func isCanonicalDigits(_ text: String) -> Bool {
        let bytes = text.utf8
        guard (1...4).contains(bytes.count), bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        return bytes.count == 1 || bytes.first != 0x30
    }

    /// The model cell for one value cell.
    static func cell(_ value: (cell: GridCell, text: CellText)) -> Cell {
        switch value.text {
        case .number(let number, let unit):
            // Digits as `Decimal.text` writes them need not be compared with it (it formats).
            let plain = unit == nil && (isCanonicalDigits(value.cell.text) || value.cell.text == number.text)
            return .printed(number, line: value.cell.line, text: plain ? nil : value.cell.text)
        case .dash: return Cell(value: nil, status: .dash, line: value.cell.line, text: value.cell.text)
        case .empty: return Cell(value: nil, status: .blank, line: value.cell.line)
        case .words: return Cell(value: nil, status: .unreadable, line: value.cell.line, text: value.cell.text)
        }
    }
}

/// Diagnostics shared by the three table interpreters.
enum TableDiagnostics {
    /// A row whose run of values is shorter or longer than the form's.
    static func rowLength(table: Int, label: String, row: SplitRow, expected: Int) -> Diagnostic? {
        if row.hasUnresolvedRun { return nil }
        if !row.isAligned(count: expected) {
            return Diagnostic(.warning, "table\(table).unaligned-row", line: row.line,
                              "表\(CheckNames.tableNumeral(table))“\(label)”一行有 \(row.values.count) 个数字（应有 \(expected) 个），而这种排版看不出空格在哪一列，整行记为未知")
        }
        if row.values.count < expected {
            return Diagnostic(.warning, "table\(table).short-row", line: row.line,
                              "表\(CheckNames.tableNumeral(table))“\(label)”一行只有 \(row.values.count) 个数字（应有 \(expected) 个），最后 \(expected - row.values.count) 格记为未知")
        }
        if row.values.count > expected {
            return Diagnostic(.warning, "table\(table).long-row", line: row.line,
                              "表\(CheckNames.tableNumeral(table))“\(label)”一行有 \(row.values.count) 个数字，表格只有 \(expected) 列，多出的未采用")
        }
        return nil
    }

    /// Values that are words where a number belongs.
    static func unreadable(table: Int, label: String, row: SplitRow) -> [Diagnostic] {
        row.values.compactMap { value in
            guard case .words = value.text else { return nil }
            return Diagnostic(.warning, "table\(table).unreadable-cell", line: value.cell.line,
                              "表\(CheckNames.tableNumeral(table))“\(label)”一行中的“\(value.cell.text)”不是数字，该格记为未知")
        }
    }

    /// Rows of the form the file lacks.
    static func missingRows<Row: TableRowKey>(table: Int, in reading: ReportTable<Row>, line: Int) -> Diagnostic? {
        let missing = reading.missingRows
        guard !missing.isEmpty else { return nil }
        let names = missing.map(\.officialLabel).joined(separator: "、")
        return Diagnostic(.warning, "table\(table).missing-rows", line: line,
                          "表\(CheckNames.tableNumeral(table))缺少 \(missing.count) 行（\(names)），这些数字记为未知而非 0")
    }
}
