import Foundation

/// Reads table 3 from grid rows: rows by their labels, columns by the header, whatever the
/// order, the gaps or the layout.
enum Table3Interpreter {
    /// The rows read so far, by `Table3Row.ordinal`: each row's cells and the row they came from.
    private typealias Found = [(cells: [Cell], row: SplitRow)?]

    /// The table read from `rows`, or nil when they hold no row of table 3. The format is decided
    /// by the 其他处理 rows; `formatHint` (from table 2 or the year) decides when they are missing.
    static func read(_ rows: [GridRow], formatHint: ReportFormat) -> TableReading<Table3Row>? {
        // By row ordinal (`TableRowKey.ordinal`): a fixed array, not a dictionary made and
        // hashed into for every reading of every table region.
        var found = Found(repeating: nil, count: Table3Row.allCases.count)
        var foundCount = 0
        var diagnostics: [Diagnostic] = []
        var headerRows: [[String]] = []
        // Of the header rows so far, made again where a value row needs it; without a header the
        // form's order (`columnOrder([])`, not worked out for every reading of a region).
        var order = Table3Column.allCases
        var orderIsStale = false  // a header row came after `order` was made
        var pendingLabel = ""
        var lastKey: Table3Row?
        var firstLine: Int?
        var lastLine = 0

        for grid in rows {
            let row = SplitRow(grid)
            guard row.hasValues else {
                let keys = row.labels.map { LabelText.key($0.text) }
                if keys.contains(where: { Table3Labels.column($0) != nil }) {
                    headerRows.append(keys)
                    orderIsStale = true
                    firstLine = firstLine ?? row.line
                    pendingLabel = ""
                } else if let joined = keys.last.map({ LabelText.key(pendingLabel) + $0 }), !pendingLabel.isEmpty,
                          Table3Labels.column(joined) != nil {
                    // A column heading broken over two lines (商业 / 企业).
                    headerRows.append([joined])
                    orderIsStale = true
                    pendingLabel = ""
                } else if let key = keys.last, Table3Labels.isGroup(key) || key.includes("勾稽关系") || key.includes("申请人情况") {
                    firstLine = firstLine ?? (key.includes("勾稽关系") || key.includes("申请人情况") ? row.line : nil)
                    pendingLabel = ""
                } else {
                    pendingLabel += row.labelText
                }
                continue
            }
            let named = rowKey(row, pending: pendingLabel)
            let placed = named == nil ? misspelledRowKey(row, after: lastKey, formatHint: formatHint, found: found) : nil
            if let placed {
                diagnostics.append(Diagnostic(.note, "table3.label-typo", line: row.line,
                                              "表三的行标签“\(row.labelText)”与表格不符，按其位置和序号读作“\(placed.officialLabel)”；请核对标签"))
            }
            guard let key = named ?? placed else {
                if foundCount == 0 { pendingLabel = ""; continue }
                diagnostics.append(Diagnostic(.warning, "table3.unknown-row", line: row.line,
                                              "表三中有一行数字的标签“\(row.labelText)”不是表格中的行，其数字未采用"))
                pendingLabel = ""
                continue
            }
            pendingLabel = ""
            lastKey = key
            firstLine = firstLine ?? row.line
            lastLine = max(lastLine, row.lastLine)
            if found[key.ordinal] != nil {
                diagnostics.append(Diagnostic(.warning, "table3.duplicate-row", line: row.line,
                                              "表三中“\(key.officialLabel)”出现两次，采用第一次"))
                continue
            }
            // The order from every header row so far, made once after them (not after each one:
            // a layout of one cell per line gives a dozen header rows).
            if orderIsStale { order = columnOrder(headerRows); orderIsStale = false }
            // Runs of digits are cut where V3 (总计 = the six applicant columns) leaves one reading.
            let (resolved, runDiagnostic) = row.resolvingRuns(count: order.count, table: 3, label: key.officialLabel) { reading in
                IdentityCheck.sumHolds(reading, total: order.firstIndex(of: .total), parts: order.indices.filter { order[$0] != .total })
            }
            if let runDiagnostic { diagnostics.append(runDiagnostic) }
            found[key.ordinal] = (resolved.cells(count: Table3Column.allCases.count), resolved)
            foundCount += 1
        }
        guard foundCount > 0, let start = firstLine else { return nil }
        if orderIsStale { order = columnOrder(headerRows) }

        // The 2021-only rows decide first: a 其他处理 row beside them is the 2021 group header
        // whose first row lost its own label, not the trial format's single row.
        let format: ReportFormat = if Table3Row.allCases.contains(where: { $0.isCurrentFormatOnly && found[$0.ordinal] != nil }) {
            .current
        } else if found[Table3Row.otherHandling.ordinal] != nil {
            .trial
        } else {
            formatHint
        }
        var table = ReportTable<Table3Row>(format: format, lines: start...max(start, lastLine))
        for key in Table3Row.allCases {
            guard let entry = found[key.ordinal] else { continue }
            guard table.has(key) else {
                diagnostics.append(Diagnostic(.warning, "table3.format-row", line: entry.row.line,
                                              "表三“\(key.officialLabel)”属于另一种格式，其数字未采用"))
                continue
            }
            var cells = Array(repeating: Cell.missing, count: Table3Column.allCases.count)
            for (printed, column) in order.enumerated() { cells[column.rawValue] = entry.cells[printed] }
            table[key] = cells
            diagnostics += TableDiagnostics.unreadable(table: 3, label: key.officialLabel, row: entry.row)
            if let length = TableDiagnostics.rowLength(table: 3, label: key.officialLabel, row: entry.row, expected: order.count) {
                diagnostics.append(length)
            }
        }
        if let missing = TableDiagnostics.missingRows(table: 3, in: table, line: lastLine) { diagnostics.append(missing) }
        return TableReading(table: table, diagnostics: diagnostics.sorted { ($0.line ?? 0) < ($1.line ?? 0) })
    }

    /// The row a value row names: its last label, then all its labels, then with the label
    /// fragments of the rows just above (a label split over lines).
    private static func rowKey(_ row: SplitRow, pending: String) -> Table3Row? {
        // Only the last label's key is needed first (the others' were made for nothing).
        if let last = row.labels.last, let key = Table3Labels.row(label: last.text) { return key }
        if let key = Table3Labels.row(LabelText.key(row.labelText)) { return key }
        if !pending.isEmpty, let key = Table3Labels.row(LabelText.key(pending + row.labelText)) { return key }
        return nil
    }

    /// The row of a label the form does not have (a typo: 其他法律行政止公开) standing where the
    /// row after the last one read belongs: taken only when the printed number agrees and
    /// nearly all its characters are the official label's, so a stray row never takes a place.
    private static func misspelledRowKey(_ row: SplitRow, after previous: Table3Row?, formatHint: ReportFormat,
                                         found: Found) -> Table3Row? {
        guard let previous, let printed = row.labels.last?.text else { return nil }
        let formats: [ReportFormat] = formatHint == .current ? [.current, .trial] : [.trial, .current]
        let candidates = formats.compactMap { format -> Table3Row? in
            let order = Table3Row.rows(in: format)
            guard let index = order.firstIndex(of: previous), index + 1 < order.count else { return nil }
            return order[index + 1]
        }
        guard let candidate = candidates.first, found[candidate.ordinal] == nil,
              itemNumber(printed) == itemNumber(candidate.officialLabel) else { return nil }
        let words = Array(LabelText.key(printed).unicodeScalars)
        let official = Set(LabelText.key(candidate.officialLabel).unicodeScalars)
        let shared = words.count { official.contains($0) }
        return words.count >= 4 && shared * 10 >= words.count * 9 && words.count * 3 >= official.count * 2 ? candidate : nil
    }

    /// The item number a label starts with (`2.其他…` → 2), or nil.
    private static func itemNumber(_ label: String) -> Int? {
        let digits = LabelText.compact(label).unicodeScalars.prefix { $0.isDigit }
        return digits.isEmpty ? nil : Int(String(String.UnicodeScalarView(digits)))
    }

    /// The printed order of the columns. A flat header row gives it directly; the usual two-level
    /// header gives 自然人, then the sub-columns of 法人或其他组织 in printed order, then 总计.
    static func columnOrder(_ headerRows: [[String]]) -> [Table3Column] {
        let canonical = Table3Column.allCases
        for row in headerRows {
            // A flat header names all seven leaf columns in one row; a row that also names the
            // 法人或其他组织 group is two header rows run together, whose order is not positional.
            let columns = row.compactMap(Table3Labels.column)
            if columns.count == canonical.count, Set(columns).count == canonical.count, !row.contains(where: Table3Labels.isOrganisationGroup) {
                return columns
            }
        }
        let organisationColumns = headerRows.flatMap { $0.compactMap(Table3Labels.column) }
            .filter { $0 != .naturalPerson && $0 != .total }
        var seen = Set<Table3Column>()
        let orderedOrganisations = organisationColumns.filter { seen.insert($0).inserted }
        guard orderedOrganisations.count == 5 else { return canonical }
        return [.naturalPerson] + orderedOrganisations + [.total]
    }
}
