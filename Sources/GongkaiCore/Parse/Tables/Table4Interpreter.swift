import Foundation

/// Reads table 4 from grid rows: one row of fifteen values under the two-level header, or one
/// labelled row of five values per group.
enum Table4Interpreter {
    /// The table read from `rows`, or nil when they hold no table 4.
    static func read(_ rows: [GridRow], format: ReportFormat) -> TableReading<Table4Group>? {
        var sawHeader = false
        var columnOrder: [Table4Column]?
        var filled: [Table4Group: (cells: [Cell], row: SplitRow)] = [:]
        var diagnostics: [Diagnostic] = []
        var firstLine: Int?
        var lastLine = 0
        let width = Table4Column.allCases.count

        // The group titles (行政复议 / 行政诉讼（未经复议直接起诉）/ …) since the last value row:
        // exactly one means the table is printed in three titled parts.
        var titles: [Table4Group?] = []
        for grid in rows {
            let row = SplitRow(grid)
            let keys = row.labels.map { LabelText.key($0.text) }
            if !row.hasValues {
                if keys.contains(where: { $0.includes("行政复议") || $0.includes("行政诉讼") }) {
                    titles.append(keys.count == 1 ? title(keys[0]) : nil)
                }
                if keys.contains(where: { $0.includes("行政复议") || $0.includes("维持") || $0.includes("纠正") }) {
                    sawHeader = true
                    firstLine = firstLine ?? row.line
                    let columns = keys.compactMap(column)
                    if columnOrder == nil, columns.count >= width, Set(columns.prefix(width)).count == width {
                        columnOrder = Array(columns.prefix(width))
                    }
                }
                continue
            }
            let titled = titles.count == 1 ? titles[0] : nil
            titles = []
            if let group = keys.last.flatMap(group) ?? titled.flatMap({ row.values.count <= width ? $0 : nil }) {
                guard filled[group] == nil else { continue }
                let (row, runDiagnostic) = row.resolvingRuns(count: width, table: 4, label: group.officialLabel) { groupHolds($0[...], order: columnOrder) }
                if let runDiagnostic { diagnostics.append(runDiagnostic) }
                filled[group] = (row.cells(count: width), row)
                if let length = TableDiagnostics.rowLength(table: 4, label: group.officialLabel, row: row, expected: width) {
                    diagnostics.append(length)
                }
            } else if sawHeader, filled.isEmpty {
                let (row, runDiagnostic) = row.resolvingRuns(count: width * 3, table: 4, label: "行政复议、行政诉讼") { reading in
                    (0..<3).allSatisfy { groupHolds(reading[($0 * width)..<(($0 + 1) * width)], order: columnOrder) }
                }
                if let runDiagnostic { diagnostics.append(runDiagnostic) }
                let cells = row.cells(count: width * 3)
                for (index, group) in Table4Group.allCases.enumerated() {
                    filled[group] = (Array(cells[index * width..<(index + 1) * width]), row)
                }
                if let length = TableDiagnostics.rowLength(table: 4, label: "(15 values)", row: row, expected: width * 3) {
                    diagnostics.append(length)
                }
            } else {
                continue
            }
            diagnostics += TableDiagnostics.unreadable(table: 4, label: "行政复议、行政诉讼", row: row)
            firstLine = firstLine ?? row.line
            lastLine = max(lastLine, row.lastLine)
        }
        guard sawHeader || filled.count == 3, !filled.isEmpty, let start = firstLine else { return nil }

        var table = ReportTable<Table4Group>(format: format, lines: start...max(start, lastLine))
        let order = columnOrder ?? Table4Column.allCases
        for (group, entry) in filled {
            var cells = Array(repeating: Cell.missing, count: width)
            for (printed, column) in order.enumerated() { cells[column.rawValue] = entry.cells[printed] }
            table[group] = cells
        }
        if let missing = TableDiagnostics.missingRows(table: 4, in: table, line: lastLine) { diagnostics.append(missing) }
        return TableReading(table: table, diagnostics: diagnostics.sorted { ($0.line ?? 0) < ($1.line ?? 0) })
    }

    /// The group a row label names, or nil.
    static func group(_ key: String) -> Table4Group? {
        if key.includes("复议后") { return .litigationAfterReview }
        if key.includes("直接起诉") || key.includes("未经复议") { return .litigationDirect }
        if key.includes("行政复议") { return .review }
        return nil
    }

    /// V4 on one group's printed values: 总计 = 维持 + 纠正 + 其他 + 尚未审结.
    private static func groupHolds(_ values: ArraySlice<Decimal?>, order: [Table4Column]?) -> Bool {
        let order = order ?? Table4Column.allCases
        let values = Array(values)
        return IdentityCheck.sumHolds(values, total: order.firstIndex(of: .total), parts: order.indices.filter { order[$0] != .total })
    }

    /// The group a title row names alone (行政复议; 行政诉讼（复议后起诉）), or nil for the
    /// two-level header's 行政复议行政诉讼 and 行政诉讼.
    static func title(_ key: String) -> Table4Group? {
        if column(key) != nil { return nil }
        if key.includes("复议后") { return .litigationAfterReview }
        if key.includes("直接起诉") || key.includes("未经复议") { return .litigationDirect }
        if key.includes("行政复议") && !key.includes("诉讼") { return .review }
        return nil
    }

    /// The column a heading names, or nil.
    static func column(_ key: String) -> Table4Column? {
        if key.includes("维持") { return .upheld }
        if key.includes("纠正") { return .corrected }
        if key.includes("其他") { return .other }
        if key.includes("审结") { return .pending }
        if key == "总计" || key == "合计" { return .total }
        return nil
    }
}
