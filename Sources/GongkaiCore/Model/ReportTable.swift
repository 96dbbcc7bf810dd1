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

extension TableRowKey {
    /// The row's position in `allCases`: where `ReportTable` keeps it.
    var ordinal: Int {
        // A case-only enum of under 256 cases is stored as its declaration index, the order of
        // `allCases` (TableCellStoreTests checks it for every row key); any other kind is looked up.
        if MemoryLayout<Self>.size == 1 { return withUnsafeBytes(of: self) { Int($0[0]) } }
        return Self.allCases.firstIndex(of: self).map { Self.allCases.distance(from: Self.allCases.startIndex, to: $0) } ?? 0
    }
}

/// One of tables 2, 3 and 4 of a report: every row of its format, each with its cells.
///
/// Rows the file lacks are present with `.missing` cells, so a reader never mistakes a
/// missing row for zeros.
///
/// The cells are kept packed (`PackedCell`, 16 bytes instead of a `Cell`'s 56) in one array,
/// each row a run of it found through `layout`, rather than a dictionary of arrays: a corpus
/// holds some 200 cells per report, and at 100,000 reports the difference is a gigabyte. A cell
/// is read back as the same `Cell`, bit for bit.
public struct ReportTable<Row: TableRowKey>: Sendable, Hashable {
    /// The template the table follows.
    public var format: ReportFormat
    /// The 1-based line where the table starts in the source file.
    public var line: Int
    /// The 1-based line of the table's last row.
    public var endLine: Int
    /// Per row key (by `ordinal`): its first cell in `packed` times 2^32 plus its cell count, or
    /// -1 when the table has no such row.
    private var layout: [Int]
    private var packed: [PackedCell]
    /// The cells `PackedCell` cannot hold (text, a long number or line), which it points to.
    private var extras: [Cell] = []

    /// The cells of each row, in the column order of report-format.md (made on each call: read
    /// a row with the subscript or a cell with `cell(_:_:)`).
    public var cells: [Row: [Cell]] {
        get { Dictionary(uniqueKeysWithValues: Row.allCases.filter(has).map { ($0, self[$0]) }) }
        set {
            for row in Row.allCases where newValue[row] == nil { layout[row.ordinal] = -1 }
            for (row, rowCells) in newValue { self[row] = rowCells }
        }
    }

    /// Rows the file lacks entirely.
    public var missingRows: [Row] {
        Row.rows(in: format).filter { row in !has(row) || count(in: row, where: { $0 != .missing }) == 0 }
    }

    /// How many cells of a row have a status that `isCounted`: what `self[row].count { isCounted($0.status) }`
    /// gives, read from the packed cells without making them (the readers and interpreters count
    /// the cells of every row of every reading).
    func count(in row: Row, where isCounted: (Cell.Status) -> Bool) -> Int {
        let place = layout[row.ordinal]
        guard place >= 0 else { return isCounted(.missing) ? row.columnCount(in: format) : 0 }
        let start = place >> 32
        return (start..<(start + (place & 0xFFFF_FFFF))).count { isCounted(packed[$0].status(extras)) }
    }

    /// Creates a table spanning `lines` with every row of `format` missing.
    public init(format: ReportFormat, lines: ClosedRange<Int>) {
        self.format = format
        self.line = lines.lowerBound
        self.endLine = lines.upperBound
        layout = Array(repeating: -1, count: Row.allCases.count)
        let rows = Row.rows(in: format)
        // Exactly the room of the format's cells (appending would leave up to as much again
        // unused, for the life of the corpus).
        packed = []
        packed.reserveCapacity(rows.reduce(0) { $0 + $1.columnCount(in: format) })
        for row in rows {
            let count = row.columnCount(in: format)
            layout[row.ordinal] = (packed.count << 32) | count
            packed.append(contentsOf: repeatElement(PackedCell.missing, count: count))
        }
    }

    /// Whether the table has a row (every row of its format, and any other set on it).
    public func has(_ row: Row) -> Bool {
        layout[row.ordinal] >= 0
    }

    /// The cells of a row (all missing when the format lacks the row).
    public subscript(row: Row) -> [Cell] {
        get {
            let place = layout[row.ordinal]
            guard place >= 0 else { return Array(repeating: .missing, count: row.columnCount(in: format)) }
            let start = place >> 32
            return (start..<(start + (place & 0xFFFF_FFFF))).map { packed[$0].cell(extras) }
        }
        set {
            let place = layout[row.ordinal]
            var start = place >> 32
            if place < 0 || place & 0xFFFF_FFFF != newValue.count {
                // A row of another length (rare: a row outside the format) goes at the end; the
                // old run stays unused.
                start = packed.count
                packed += Array(repeating: PackedCell.missing, count: newValue.count)
                layout[row.ordinal] = (start << 32) | newValue.count
            }
            for (offset, cell) in newValue.enumerated() { packed[start + offset] = PackedCell(cell, extras: &extras) }
        }
    }

    /// Calls `body` with each cell of a row and its column, in the order `self[row]` gives them,
    /// without making that array (the open data reads every row of every report: an array per
    /// row was a million allocations at 10,000 reports).
    func forEachCell(in row: Row, _ body: (Int, Cell) -> Void) {
        let place = layout[row.ordinal]
        guard place >= 0 else {
            for column in 0..<row.columnCount(in: format) { body(column, .missing) }
            return
        }
        let start = place >> 32
        for column in 0..<(place & 0xFFFF_FFFF) { body(column, packed[start + column].cell(extras)) }
    }

    /// Calls `body` with each cell's column and value (`cell.value`) of a row, as `forEachCell`
    /// gives them, without making the cells (the wide CSVs and the report JSON want only values).
    func forEachValue(in row: Row, _ body: (Int, Decimal?) -> Void) {
        let place = layout[row.ordinal]
        guard place >= 0 else {
            for column in 0..<row.columnCount(in: format) { body(column, nil) }
            return
        }
        let start = place >> 32
        for column in 0..<(place & 0xFFFF_FFFF) { body(column, packed[start + column].value(extras)) }
    }

    /// One cell, or `.missing` when out of range.
    public func cell(_ row: Row, _ column: Int) -> Cell {
        let place = layout[row.ordinal]
        guard place >= 0, column >= 0, column < place & 0xFFFF_FFFF else { return .missing }
        return packed[(place >> 32) + column].cell(extras)
    }

    /// The rows of the table's format, in the official order.
    public var rows: [Row] { Row.rows(in: format) }

    /// Whether each row of the format has its format's number of cells (a row set with
    /// another number has not), so the table's page markup is its format's.
    var hasFormatShape: Bool {
        rows.allSatisfy { row in
            let place = layout[row.ordinal]
            return place < 0 || place & 0xFFFF_FFFF == row.columnCount(in: format)
        }
    }

    public static func == (lhs: ReportTable, rhs: ReportTable) -> Bool {
        lhs.format == rhs.format && lhs.line == rhs.line && lhs.endLine == rhs.endLine
            && Row.allCases.allSatisfy { lhs.has($0) == rhs.has($0) && (!lhs.has($0) || lhs[$0] == rhs[$0]) }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(format)
        hasher.combine(line)
        hasher.combine(endLine)
        for row in Row.allCases where has(row) {
            hasher.combine(row)
            hasher.combine(self[row])
        }
    }
}

/// A `Cell` in 16 bytes: its `Decimal` as the first 12 of its 20 bytes when the last 8 are
/// zero (every number with up to 16 significant decimal digits), its line and status in `tag`;
/// a cell with printed text, a longer number or a line past 2^24 is kept whole in the table's
/// `extras`, which `low` then indexes.
struct PackedCell: Sendable {
    /// The decimal's bytes 4–11, or the index into `extras`.
    private var low: UInt64
    /// The decimal's bytes 0–3.
    private var high: UInt32
    /// Bits 0–23: the line plus one (0: none); 24–26: the status; 27: a value; 28: in `extras`.
    private var tag: UInt32

    private static let hasValue: UInt32 = 1 << 27
    private static let isExtra: UInt32 = 1 << 28
    private static let lineMask: UInt32 = (1 << 24) - 1
    private static let statuses: [Cell.Status] = [.printed, .blank, .dash, .unreadable, .missing]

    static let missing = PackedCell(low: 0, high: 0, tag: 4 << 24)

    private init(low: UInt64, high: UInt32, tag: UInt32) {
        self.low = low
        self.high = high
        self.tag = tag
    }

    /// A cell packed, or put in `extras` when it does not fit.
    init(_ cell: Cell, extras: inout [Cell]) {
        let status = UInt32(Self.statuses.firstIndex(of: cell.status) ?? 4) << 24
        // 0 for no line, nil for a line that does not fit.
        let line: UInt32? = cell.line.map { $0 >= 0 && $0 < Int(Self.lineMask) ? UInt32($0 + 1) : nil } ?? 0
        let value = cell.value.map(Self.bytes) ?? (low: 0, high: 0, fits: true)
        if cell.text == nil, let line, value.fits {
            self.init(low: value.low, high: value.high, tag: status | line | (cell.value == nil ? 0 : Self.hasValue))
        } else {
            extras.append(cell)
            self.init(low: UInt64(extras.count - 1), high: 0, tag: Self.isExtra)
        }
    }

    /// The cell it holds.
    func cell(_ extras: [Cell]) -> Cell {
        if tag & Self.isExtra != 0 { return extras[Int(low)] }
        let line = tag & Self.lineMask
        return Cell(value: tag & Self.hasValue == 0 ? nil : Self.decimal(low: low, high: high),
                    status: Self.statuses[Int(tag >> 24 & 7)], line: line == 0 ? nil : Int(line - 1))
    }

    /// The value of the cell it holds (`cell(extras).value`).
    func value(_ extras: [Cell]) -> Decimal? {
        if tag & Self.isExtra != 0 { return extras[Int(low)].value }
        return tag & Self.hasValue == 0 ? nil : Self.decimal(low: low, high: high)
    }

    /// The status of the cell it holds (`cell(extras).status`).
    func status(_ extras: [Cell]) -> Cell.Status {
        tag & Self.isExtra != 0 ? extras[Int(low)].status : Self.statuses[Int(tag >> 24 & 7)]
    }

    /// A decimal's first 12 bytes, and whether its last 8 are zero (then the 12 are all of it).
    private static func bytes(_ value: Decimal) -> (low: UInt64, high: UInt32, fits: Bool) {
        guard MemoryLayout<Decimal>.size == 20 else { return (0, 0, false) }
        return withUnsafeBytes(of: value) { raw in
            (raw.loadUnaligned(fromByteOffset: 4, as: UInt64.self), raw.loadUnaligned(as: UInt32.self),
             raw.loadUnaligned(fromByteOffset: 12, as: UInt64.self) == 0)
        }
    }

    /// The decimal whose first 12 bytes these are, its last 8 zero.
    private static func decimal(low: UInt64, high: UInt32) -> Decimal {
        var value = Decimal()
        withUnsafeMutableBytes(of: &value) { raw in
            raw.storeBytes(of: high, as: UInt32.self)
            raw.storeBytes(of: low, toByteOffset: 4, as: UInt64.self)
            raw.storeBytes(of: 0, toByteOffset: 12, as: UInt64.self)
        }
        return value
    }
}
