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

    /// In a row that prints every cell (`GridRow.printsEveryCell`), the cells after its last
    /// label (from its start when it has none), blank ones included, to the end of the row; nil
    /// for other rows and for a row ending in an empty cell whose end is not marked (a trailing
    /// separator may be one). `aligningBlanks(count:)` reads them by position.
    private var printedSpan: ArraySlice<GridCell>?
    /// Whether the row prints every cell and has an empty cell between its label (or its start)
    /// and its first value, and others among or after its values: its values then cannot be
    /// taken in the form's order from the left.
    private var hasBlankBeforeValues = false

    init(_ row: GridRow) {
        let cells = Self.splittingGluedNumber(row.cells)
        let readings = cells.map { CellText.read(Substring($0.text)) }
        var lowest = cells.first?.line ?? 0
        var highest = lowest
        for cell in cells.dropFirst() {
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
            labels = cells.filter { !$0.text.isEmpty }
            values = []
            return
        }
        labels = cells[..<first].filter { !$0.text.isEmpty }
        values = (first...last).map { (cells[$0], readings[$0]) }
        if row.printsEveryCell, !row.keepsLeadingBlanks {
            // After the label, or from the row's start when it has none (a row of values under a
            // header: `| | | | | 1 |`).
            let start = readings[..<first].lastIndex(where: { $0 != .empty }).map { $0 + 1 } ?? 0
            // A blank before the values is a merged label's padding as often as a blank value
            // (a row cut short: `二、上年结转\t\t0\t0\t0` under a header of two label columns);
            // with blanks among or after the values too, the row is a grid with holes.
            hasBlankBeforeValues = start < first && (readings.last == .empty || readings[first...last].contains(.empty))
            // Read by position from the row's end, so only a row that ends in a cell with something
            // in it: a trailing separator (`规章\t0\t1\t`) may or may not be an empty cell.
            if readings.last != .empty || row.marksItsEnd { printedSpan = cells[start...] }
        }
    }

    /// The row read by position when it prints every cell and its run of values is shorter
    /// than the form's `count`: the blank cells before its first value are blank values, not
    /// layout, when the cells after the label number exactly `count` (`| 二、上年结转… | | | |
    /// | | | 0 |` is six blanks and a total, not a 自然人 of 0), and the first ones are a merged
    /// label's padding when there are more and those are blank. A row with such blank cells that
    /// cannot be placed so (it ends in an empty cell that may be a separator, or has too few
    /// cells) is unplaced: its values are not taken from the left, where a blank before them
    /// would move each to another column. A row without them is returned as it is (a short row,
    /// its last cells unknown).
    func aligningBlanks(count: Int) -> SplitRow {
        guard values.count < count else { return self }
        guard let span = printedSpan, span.count >= count, span.prefix(span.count - count).allSatisfy({ $0.text.isEmpty }) else {
            // Blank cells before the values where the form's columns cannot be told from them:
            // the values cannot be taken from the left either, so the row is unplaced (unknown).
            guard hasBlankBeforeValues else { return self }
            var unplaced = self
            unplaced.isInferred = true
            return unplaced
        }
        var aligned = self
        aligned.values = span.suffix(count).map { ($0, CellText.read(Substring($0.text))) }
        aligned.printedSpan = nil
        return aligned
    }

    /// The cells with a number printed onto the end of the last label split off as a cell of
    /// its own (`规章000`, `行政许可124`, `…申请数量2 0 0 0 0 0 2`: a crawler dropped the
    /// separator). The number is marked a run (`GridCell.isRun`), so the interpreters take it
    /// only where the row then has exactly one reading with the form's number of cells
    /// (`resolvingRuns`); a lone `总计5` stays unknown rather than a guessed column. Split only
    /// after a Han character or a closing bracket, so `2.属于…` numbering and dates are left.
    static func splittingGluedNumber(_ cells: [GridCell]) -> [GridCell] {
        // A glued label holds a Han character and ends in an ASCII digit; a number cell is all
        // ASCII or ends in a unit (减4 is the exception, and is read below): most rows stop here.
        guard cells.contains(where: { cell in
            cell.text.utf8.last.map { (0x30...0x39).contains($0) } == true && cell.text.utf8.contains { $0 >= 0x80 }
        }) else { return cells }
        let firstValue = cells.firstIndex { CellText.read(Substring($0.text)).isValueLike } ?? cells.count
        guard let labelIndex = cells[..<firstValue].lastIndex(where: { !$0.text.isEmpty }),
              let glued = gluedNumber(cells[labelIndex].text) else { return cells }
        var split = cells
        let line = cells[labelIndex].line
        split[labelIndex] = GridCell(text: glued.label, line: line)
        split.insert(GridCell(text: glued.number, line: line, isRun: true), at: labelIndex + 1)
        return split
    }

    /// A label with a number printed onto its end, cut in two: the number is digits with at
    /// most one point, not starting or ending with it, after a Han character or a closing
    /// bracket or quote; nil when the text is not such a label.
    static func gluedNumber(_ text: String) -> (label: String, number: String)? {
        let scalars = Array(text.unicodeScalars)
        var start = scalars.count
        while start > 0, scalars[start - 1].isDigit || (scalars[start - 1] == "." && start < scalars.count) { start -= 1 }
        guard start > 0, start < scalars.count, scalars[start].isDigit,
              scalars[start...].count(where: { $0 == "." }) <= 1 else { return nil }
        let before = scalars[start - 1]
        guard before.isHan || ")）」』”】".unicodeScalars.contains(before) else { return nil }
        // Not a note or a reference (行政处罚注1, 见附表3, 附件2, 第2), nor a year (收费2022), nor a run
        // longer than table 3's seven cells of three digits: a long run is no row's numbers, and
        // its readings would cost time on every layout.
        let digits = scalars[start...]
        let reference = start >= 2 && scalars[start - 2] == "附" && before == "件"  // 附件2
        guard digits.count <= 21, !"注表见第图号".unicodeScalars.contains(before), !reference,
              !(digits.count == 4 && (digits.starts(with: "19".unicodeScalars) || digits.starts(with: "20".unicodeScalars))) else { return nil }
        let label = String(String.UnicodeScalarView(scalars[..<start]))
        guard label.trimmingBlanks().unicodeScalars.contains(where: \.isHan) else { return nil }
        // A label holding a number of its own glued to its words (`…申请数量4000004二、上年结转…
        // 数量0000000`: rows run together into one cell) is several rows, not one label: the last
        // run is not the first label's.
        let labelScalars = scalars[..<start]
        guard !zip(labelScalars, labelScalars.dropFirst()).contains(where: { $0.0.isDigit && ($0.1.isDigit || $0.1.isHan) }) else { return nil }
        return (String(label.trimmingBlanks()), String(String.UnicodeScalarView(scalars[start...])))
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
