import Foundation

/// A row key of one of the report tables: its JSON key is its raw value.
public protocol TableRowKey: RawRepresentable<String>, CaseIterable, Hashable, Sendable {
    /// The rows this table has in a format, in the official order.
    static func rows(in format: ReportFormat) -> [Self]
    /// How many cells the row has in a format.
    func columnCount(in format: ReportFormat) -> Int
    /// The row's label as the official form prints it.
    var officialLabel: String { get }
}

/// One of tables 2, 3 and 4 of a report: every row of its format, each with its cells.
///
/// Rows the file lacks are present with `.missing` cells, so a reader never mistakes a
/// missing row for zeros.
public struct ReportTable<Row: TableRowKey>: Sendable, Hashable {
    /// The template the table follows.
    public var format: ReportFormat
    /// The 1-based line where the table starts in the source file.
    public var line: Int
    /// The 1-based line of the table's last row.
    public var endLine: Int
    /// The cells of each row, in the column order of report-format.md.
    public var cells: [Row: [Cell]]
    /// Rows the file lacks entirely.
    public var missingRows: [Row] {
        Row.rows(in: format).filter { row in cells[row]?.allSatisfy { $0.status == .missing } ?? true }
    }

    /// Creates a table spanning `lines` with every row of `format` missing.
    public init(format: ReportFormat, lines: ClosedRange<Int>) {
        self.format = format
        self.line = lines.lowerBound
        self.endLine = lines.upperBound
        var cells: [Row: [Cell]] = [:]
        for row in Row.rows(in: format) {
            cells[row] = Array(repeating: .missing, count: row.columnCount(in: format))
        }
        self.cells = cells
    }

    /// The cells of a row (all missing when the format lacks the row).
    public subscript(row: Row) -> [Cell] {
        get { cells[row] ?? Array(repeating: .missing, count: row.columnCount(in: format)) }
        set { cells[row] = newValue }
    }

    /// One cell, or `.missing` when out of range.
    public func cell(_ row: Row, _ column: Int) -> Cell {
        let rowCells = self[row]
        return column < rowCells.count ? rowCells[column] : .missing
    }

    /// The rows of the table's format, in the official order.
    public var rows: [Row] { Row.rows(in: format) }
}
