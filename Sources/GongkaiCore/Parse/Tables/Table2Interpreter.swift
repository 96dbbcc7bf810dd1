import Foundation

/// Reads table 2 from grid rows: rows by label, columns by the sub-table header above them,
/// the format by the header words (制发/废止 in 2021, 新制作/上一年/增减/采购 in the trial format).
enum Table2Interpreter {
    /// The table read from `rows`, or nil when they hold no row of table 2.
    static func read(_ rows: [GridRow], formatHint: ReportFormat) -> TableReading<Table2Row>? {
        var found: [(key: Table2Row, header: [String], row: SplitRow)] = []
        var header: [String] = []
        var evidence: [ReportFormat: Int] = [:]
        var firstLine: Int?
        var lastLine = 0
        var diagnostics: [Diagnostic] = []

        var previousWasHeader = false
        var previousLabelOnly: (key: Table2Row, label: String)?
        var sawForm = false  // a 第二十条 marker or a column heading: the rows are the form's
        for grid in rows {
            let row = SplitRow(grid)
            let keys = row.labels.map { LabelText.key($0.text) }
            let labelOnly = previousLabelOnly
            previousLabelOnly = nil
            // Whether the row is a header row of column headings, worked out once: the row after
            // it reads it (`previousWasHeader`), and so does the branch below.
            let isHeader = !row.hasValues && keys.contains(where: isColumnHeading)
            defer { previousWasHeader = isHeader }
            if !row.hasValues {
                if keys.contains(where: { $0.includes("第二十条") }) {
                    header = []
                    sawForm = true
                    firstLine = firstLine ?? row.line
                } else if isHeader {
                    // Header cells printed one per line come as consecutive header rows.
                    let columns = headerColumns(grid.cells.map { LabelText.key($0.text) })
                    header = previousWasHeader ? header + columns : columns
                    for key in columns { if let format = columnFormat(key) { evidence[format, default: 0] += 1 } }
                    sawForm = true
                    firstLine = firstLine ?? row.line
                } else if let key = keys.last.flatMap(labelOnlyRowKey), !found.contains(where: { $0.key == key }) {
                    // A row label with no numbers: the form printed empty, or a label whose
                    // numbers follow on the next row.
                    found.append((key, header, row))
                    previousLabelOnly = (key, keys.last ?? "")
                    lastLine = max(lastLine, row.lastLine)
                }
                continue
            }
            let labelled = keys.last.flatMap(rowKey) ?? rowKey(LabelText.key(row.labelText))
            let continued = labelled == nil ? continuation(of: labelOnly, by: row) : nil
            guard let key = labelled ?? continued else { continue }
            if key == .otherServices || key == .procurement { evidence[.trial, default: 0] += 2 }
            if let index = found.firstIndex(where: { $0.key == key }) {
                if found[index].row.hasValues {
                    diagnostics.append(Diagnostic(.warning, "table2.duplicate-row", line: row.line,
                                                  "表二中“\(key.officialLabel)”出现两次，采用第一次"))
                    continue
                }
                found.remove(at: index)
            }
            found.append((key, header, row))
            firstLine = firstLine ?? row.line
            lastLine = max(lastLine, row.lastLine)
        }
        // Labels alone are a table only when the form's headings are there too.
        if !found.contains(where: { $0.row.hasValues }) && !sawForm { return nil }
        firstLine = firstLine ?? found.first?.row.line
        guard !found.isEmpty, let start = firstLine else { return nil }

        let format: ReportFormat = if let trial = evidence[.trial], trial > evidence[.current] ?? 0 {
            .trial
        } else if evidence[.current] != nil {
            .current
        } else {
            formatHint
        }
        var table = ReportTable<Table2Row>(format: format, lines: start...max(start, lastLine))
        for (key, header, row) in found {
            guard table.has(key) else {
                diagnostics.append(Diagnostic(.warning, "table2.format-row", line: row.line,
                                              "表二“\(key.officialLabel)”属于另一种格式，其数字未采用"))
                continue
            }
            let count = key.columnCount(in: format)
            let (row, runDiagnostic) = row.resolvingRuns(count: count, table: 2, label: key.officialLabel)
            if let runDiagnostic { diagnostics.append(runDiagnostic) }
            var cells = Array(repeating: row.hasValues ? Cell.missing : Cell(value: nil, status: .blank, line: row.line), count: count)
            guard row.isAligned(count: count) else {
                table[key] = Array(repeating: row.unaligned, count: count)
                if let length = TableDiagnostics.rowLength(table: 2, label: key.officialLabel, row: row, expected: count) {
                    diagnostics.append(length)
                }
                continue
            }
            // Headings map values only when there is one heading per value; a header that lost a
            // heading gives no safe mapping, so the form's order is used. One heading where the
            // form has several is no mapping either: it is often the last piece of a header whose
            // other headings were not recognised (本年增/ cut short, real d: a lone 10 then went
            // to 处理决定数量).
            var mapped = header.count == row.values.count && (header.count == count || header.count >= 2)
            // A heading printed twice (本年新制作数量 | 本年新制作数量 | 对外公开总数量: a typo for 新公开)
            // tells two columns apart no more than none: with one heading per column of the form,
            // the form's order places them, and the note says so (with fewer headings, the value
            // the duplicate stands over stays unknown).
            let columns = mapped ? header.map { columnIndex($0, row: key, format: format) } : []
            if mapped, header.count == count, Set(columns.compactMap { $0 }).count < columns.count(where: { $0 != nil }) {
                mapped = false
                diagnostics.append(Diagnostic(.note, "table2.duplicate-heading", line: row.line,
                                              "表二“\(key.officialLabel)”上方的表头有重复的列名（\(header.joined(separator: "、"))），按表格规定的列序读取"))
            }
            for (printed, value) in row.values.enumerated() {
                let column = mapped ? columns[printed] ?? printed : printed
                guard column < count, cells[column].status == .missing else { continue }
                cells[column] = scaled(SplitRow.cell(value), row: key, column: column, format: format, diagnostics: &diagnostics)
            }
            table[key] = cells
            diagnostics += TableDiagnostics.unreadable(table: 2, label: key.officialLabel, row: row)
            if let length = TableDiagnostics.rowLength(table: 2, label: key.officialLabel, row: row, expected: count) {
                diagnostics.append(length)
            }
        }
        if let missing = TableDiagnostics.missingRows(table: 2, in: table, line: lastLine) { diagnostics.append(missing) }
        return TableReading(table: table, diagnostics: diagnostics.sorted { ($0.line ?? 0) < ($1.line ?? 0) })
    }

    /// The row a label names, or nil. A note in brackets after the label
    /// (规章（设区的市…应提供相关数据）) is not part of it.
    static func rowKey(_ key: String) -> Table2Row? {
        let key = LabelText.withoutNote(key)
        // 規範性檔案: 文件 as a traditional-script converter for Taiwan writes it.
        if key.includes("规范性文件") || key.includes("规范性档案") { return .normativeDocuments }
        if key == "规章" || key.hasSuffix("规章") { return .regulations }
        if key.includes("行政许可") { return .licensing }
        if key.includes("对外管理服务") { return .otherServices }
        if key.includes("行政处罚") { return .punishment }
        if key.includes("行政强制") { return .coercion }
        if key.includes("收费") { return .fees }
        if key.includes("集中采购") || key.includes("政府采购") { return .procurement }
        return nil
    }

    /// The row whose label-only line just above a value row the values belong to: the value
    /// row has no label, or its label completes a label cut in two (其他对外管理服务 / 事项).
    private static func continuation(of labelOnly: (key: Table2Row, label: String)?, by row: SplitRow) -> Table2Row? {
        guard let labelOnly else { return nil }
        if row.labels.isEmpty { return labelOnly.key }
        let isFragment = !labelOnly.key.officialLabel.hasSuffix(labelOnly.label)
        return isFragment && rowKey(labelOnly.label + LabelText.key(row.labelText)) == labelOnly.key ? labelOnly.key : nil
    }

    /// The row a cell that holds only a label names: the whole cell must be the label, so a
    /// sentence that mentions 行政许可 is not a row.
    private static func labelOnlyRowKey(_ key: String) -> Table2Row? {
        let label = LabelText.withoutNote(key)
        guard label.count <= 12, let row = rowKey(label) else { return nil }
        return row
    }

    /// Which format a column heading belongs to, or nil when it is no column heading.
    static func columnFormat(_ key: String) -> ReportFormat? {
        let found = formatWords.groups(in: key)
        if found & 0b0001 != 0 { return .current }
        if found & 0b0110 == 0b0110 { return .current }  // 本年 and 处理决定: the trial form says 处理决定数量
        if found & 0b1000 != 0 { return .trial }
        return nil
    }

    /// The words `columnFormat` looks for, found in one pass: the current form's headings, 本年,
    /// 处理决定, the trial form's headings (groups 0–3).
    static let formatWords = WordIndex([["制发", "废止", "现行有效", "收费金额"], ["本年"], ["处理决定"],
                                        ["新制作", "新公开", "对外公开总", "上一年", "增/减", "增减", "采购项目", "采购总金额"]])

    /// The column headings of a header row, position for position with the values below them:
    /// leading empty cells and the label cell (信息内容, 项目, …) dropped, blank headings kept as
    /// blanks so the headings after them stay in their columns.
    static func headerColumns(_ cells: [String]) -> [String] {
        var columns = cells.drop { $0.isEmpty }
        if let first = columns.first, !isColumnHeading(first) { columns = columns.dropFirst() }
        var result = Array(columns)
        while result.last?.isEmpty == true { result.removeLast() }
        return result
    }

    /// Whether a label is a column heading of a sub-table (the words shared by both formats included).
    static func isColumnHeading(_ key: String) -> Bool {
        columnFormat(key) != nil || key.includes("处理决定") || key.includes("金额")
    }

    /// The column of `row` a heading names in `format`, or nil.
    static func columnIndex(_ key: String, row: Table2Row, format: ReportFormat) -> Int? {
        let words: [[String]] = switch (format, row) {
        case (.current, .regulations), (.current, .normativeDocuments): [["制发"], ["废止"], ["现行有效"]]
        case (.current, _): [["处理决定", "收费金额", "金额"]]
        case (.trial, .regulations), (.trial, .normativeDocuments): [["新制作"], ["新公开"], ["对外公开总", "总数"]]
        case (.trial, .procurement): [["采购项目", "项目数"], ["总金额", "金额"]]
        case (.trial, _): [["上一年"], ["增/减", "增减"], ["处理决定"]]
        }
        return words.firstIndex { $0.contains(where: key.includes) }
    }

    /// A fee printed in 元 where the form asks for 万元 is converted, and the conversion said.
    private static func scaled(_ cell: Cell, row: Table2Row, column: Int, format: ReportFormat, diagnostics: inout [Diagnostic]) -> Cell {
        guard format == .current, row == .fees, let value = cell.value, let text = cell.text,
              text.hasSuffix("元"), !text.hasSuffix("万元"), !text.hasSuffix("萬元") else { return cell }
        var converted = cell
        converted.value = value / 10000
        diagnostics.append(Diagnostic(.note, "table2.unit", line: cell.line,
                                      "收费金额“\(text)”以元为单位，表格要求万元，按 \(converted.value ?? 0) 万元读取"))
        return converted
    }
}
