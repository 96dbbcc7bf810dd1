/// Tables 2, 3 and 4 of a report as HTML tables in the official layout: row and column
/// headers with `scope`, group headers spanning their rows, unknown cells shown as 未知 with
/// the reason, cells of failed checks flagged.
struct OfficialTables {
    /// The report's cells referenced by failed checks, by cell id.
    let flagged: [String: String]

    /// A number cell of a table: the cell, where it is, the table's notes so far.
    typealias DataCell = (Cell, CellReference, inout UnknownNotes) -> TableCellView

    /// Tables without flagged cells (what `OfficialTable.Skeleton` is cut from).
    static let unflagged = OfficialTables(flagged: [:])

    private init(flagged: [String: String]) {
        self.flagged = flagged
    }

    init(report: Report) {
        var flagged: [String: String] = [:]
        for check in report.checks where check.status == .fail {
            for cell in check.cells {
                let id = Self.cellID(cell)
                flagged[id] = flagged[id].map { $0 + "、" + check.id.rawValue } ?? check.id.rawValue
            }
        }
        self.flagged = flagged
    }

    /// The id of a cell on the report page, e.g. `t3-newReceived-6`.
    static func cellID(_ cell: CellReference) -> String {
        "t\(cell.table)-\(cell.row)-\(cell.column)"
    }

    /// Table 2: one block per 第二十条 sub-table.
    func table2(_ table: ReportTable<Table2Row>) -> TableView { table2(table, cell: dataCell) }

    /// Table 2 with its number cells made by `cell`.
    func table2(_ table: ReportTable<Table2Row>, cell dataCell: DataCell) -> TableView {
        var body: [TableRowView] = []
        var notes = UnknownNotes()
        var article = ""
        let width = 3
        for row in table.rows {
            if row.article != article {
                article = row.article
                body.append(TableRowView(cells: [.heading(article, scope: "colgroup", colspan: width + 1)]))
                let labels = row.columnLabels(in: table.format)
                var header: [TableCellView] = [.heading("信息内容", scope: "col")]
                header += labels.enumerated().map { index, label in
                    .heading(label, scope: "col", colspan: index == labels.count - 1 ? width - labels.count + 1 : 1)
                }
                body.append(TableRowView(cells: header))
            }
            var cells: [TableCellView] = [.heading(row.officialLabel, scope: "row")]
            let values = table[row]
            for (column, cell) in values.enumerated() {
                var view = dataCell(cell, CellReference(table: 2, row: row.rawValue, column: column), &notes)
                if column == values.count - 1, values.count < width { view.colspan = "\(width - values.count + 1)" }
                cells.append(view)
            }
            body.append(TableRowView(cells: cells))
        }
        return TableView(caption: "表二 主动公开政府信息情况（\(table.format.rawValue)年格式）", id: "table2", head: [], body: body, notes: notes.texts)
    }

    /// Table 3 with its three header rows and three label columns.
    func table3(_ table: ReportTable<Table3Row>) -> TableView { table3(table, cell: dataCell) }

    /// Table 3 with its number cells made by `cell`.
    func table3(_ table: ReportTable<Table3Row>, cell dataCell: DataCell) -> TableView {
        let head = [
            TableRowView(cells: [.heading("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", scope: "col", colspan: 3, rowspan: 3),
                                 .heading("申请人情况", scope: "colgroup", colspan: 7)]),
            TableRowView(cells: [.heading("自然人", scope: "col", rowspan: 2), .heading("法人或其他组织", scope: "colgroup", colspan: 5),
                                 .heading("总计", scope: "col", rowspan: 2)]),
            TableRowView(cells: [Table3Column.commercial, .research, .publicInterest, .legalService, .otherOrganisation].map { .heading($0.officialLabel, scope: "col") }),
        ]
        let rows = table.rows
        let results = rows.filter { $0 != .newReceived && $0 != .carriedOver && $0 != .carriedForward }
        var body: [TableRowView] = []
        var notes = UnknownNotes()
        for row in rows {
            var cells: [TableCellView] = []
            if row == .newReceived || row == .carriedOver || row == .carriedForward {
                cells.append(.heading(row.officialLabel, scope: "row", colspan: 3))
            } else {
                // Classes place the three label columns side by side when they stay put on a phone
                // (style.css: label-group level-1/level-2, the row label's indent-1/indent-2).
                if row == results.first { cells.append(.heading("三、本年度办理结果", scope: "rowgroup", rowspan: results.count, classes: "label-group level-1")) }
                if let group = row.group {
                    let members = rows.filter { $0.group == group }
                    if row == members.first { cells.append(.heading(group, scope: "rowgroup", rowspan: members.count, classes: "label-group level-2")) }
                    cells.append(.heading(row.officialLabel, scope: "row", classes: "indent-2"))
                } else {
                    cells.append(.heading(row.officialLabel, scope: "row", colspan: 2, classes: "indent-1"))
                }
            }
            for (column, cell) in table[row].enumerated() {
                cells.append(dataCell(cell, CellReference(table: 3, row: row.rawValue, column: column), &notes))
            }
            body.append(TableRowView(cells: cells))
        }
        return TableView(caption: "表三 收到和处理政府信息公开申请情况（\(table.format.rawValue)年格式）", id: "table3", head: head, body: body, notes: notes.texts)
    }

    /// Table 4: the three groups side by side as the form prints them.
    func table4(_ table: ReportTable<Table4Group>) -> TableView { table4(table, cell: dataCell) }

    /// Table 4 with its number cells made by `cell`.
    func table4(_ table: ReportTable<Table4Group>, cell dataCell: DataCell) -> TableView {
        let columns = Table4Column.allCases
        let head = [
            TableRowView(cells: [.heading("行政复议", scope: "colgroup", colspan: 5), .heading("行政诉讼", scope: "colgroup", colspan: 10)]),
            TableRowView(cells: columns.map { .heading($0.officialLabel, scope: "col", rowspan: 2) }
                + [.heading("未经复议直接起诉", scope: "colgroup", colspan: 5), .heading("复议后起诉", scope: "colgroup", colspan: 5)]),
            TableRowView(cells: (columns + columns).map { .heading($0.officialLabel, scope: "col") }),
        ]
        var notes = UnknownNotes()
        var cells: [TableCellView] = []
        for group in table.rows {
            for (column, cell) in table[group].enumerated() {
                cells.append(dataCell(cell, CellReference(table: 4, row: group.rawValue, column: column), &notes))
            }
        }
        return TableView(caption: "表四 政府信息公开行政复议、行政诉讼情况", id: "table4", head: head, body: [TableRowView(cells: cells)],
                         notes: notes.texts)
    }

    /// A value cell: the number, or 未知 with why (a tooltip, and a marker linking to the note
    /// under the table, which every device shows); flagged when a failed check names it.
    private func dataCell(_ cell: Cell, reference: CellReference, notes: inout UnknownNotes) -> TableCellView {
        let id = Self.cellID(reference)
        var classes = ["number"]
        var note: String?
        var footnote: Int?
        if cell.value == nil {
            classes.append("unknown")
            let reason = Self.unknownReason(cell)
            note = reason
            footnote = notes.number(for: reason)
        } else if let text = cell.text {
            note = Self.printedNote(text)
        }
        if let checks = flagged[id] {
            classes.append("flagged")
            note = Self.flaggedNote(note, checks: checks)
        }
        var view = TableCellView.data(Display.number(cell.value), classes: classes.joined(separator: " "), id: id, note: note)
        view.footnote = footnote
        return view
    }

    /// Why an unknown cell is unknown, with what the file printed: its note.
    static func unknownReason(_ cell: Cell) -> String {
        Display.reason(cell.status) + (cell.text.map { "：“\($0)”" } ?? "")
    }

    /// The note of a number the file printed with other text.
    static func printedNote(_ text: String) -> String { "原文：“\(text)”" }

    /// A cell's note with the failed checks that name it.
    static func flaggedNote(_ note: String?, checks: String) -> String {
        [note, "未通过核验 \(checks)"].compactMap { $0 }.joined(separator: "；")
    }
}

/// The notes under one table saying why its cells are 未知: one note per distinct reason, with
/// how many cells it explains, numbered in the order the cells are met.
struct UnknownNotes {
    private var reasons: [String] = []
    private var counts: [Int] = []

    /// The note number (from 1) for `reason`, adding the note when it is new.
    mutating func number(for reason: String) -> Int {
        if let index = reasons.firstIndex(of: reason) {
            counts[index] += 1
            return index + 1
        }
        reasons.append(reason)
        counts.append(1)
        return reasons.count
    }

    /// The notes' texts: `未知：原文此格空白（12 格）`.
    var texts: [String] {
        zip(reasons, counts).map { "未知：\($0.0)（\($0.1) 格）" }
    }
}
