/// A table as templates render it: header rows and body rows of cells with scope, spans, ids
/// and classes prepared, so the template only loops.
struct TableView: Sendable {
    /// The caption.
    var caption: String
    /// An id for the table.
    var id: String
    /// Rows of the `<thead>`.
    var head: [TableRowView]
    /// Rows of the `<tbody>`.
    var body: [TableRowView]
    /// Notes under the table, numbered from 1, that the cells' footnote markers link to: why
    /// cells are 未知, visible on every device (a `title` tooltip is never shown on a phone).
    var notes: [String] = []
}

/// One `<tr>`.
struct TableRowView: Sendable {
    var cells: [TableCellView]
}

/// One `<th>` or `<td>`.
struct TableCellView: Sendable {
    /// The text.
    var text: String
    /// `<th>` when true.
    var header: Bool
    /// `col`, `row`, `colgroup`, `rowgroup` for headers.
    var scope: String?
    var colspan: String?
    var rowspan: String?
    /// An id for linking to the cell. (Named so no enclosing context has the same key: Mustache
    /// looks a missing or nil key up in the enclosing contexts.)
    var anchor: String?
    /// CSS classes (`unknown`, `flagged`, `number`; on headers e.g. table 3's `label-group level-1`).
    var classes: String?
    /// A tooltip, e.g. why a cell is unknown.
    var note: String?
    /// Where a header's text links (relative, already encoded), e.g. a township's report.
    var link: String?
    /// The number of the table's note this cell is marked with (`TableView.notes`), if any.
    var footnote: Int?

    static func heading(_ text: String, scope: String, colspan: Int = 1, rowspan: Int = 1, classes: String? = nil, link: String? = nil) -> TableCellView {
        TableCellView(text: text, header: true, scope: scope, colspan: colspan > 1 ? "\(colspan)" : nil,
                      rowspan: rowspan > 1 ? "\(rowspan)" : nil, classes: classes, link: link)
    }

    static func data(_ text: String, classes: String? = "number", id: String? = nil, note: String? = nil) -> TableCellView {
        TableCellView(text: text, header: false, anchor: id, classes: classes, note: note)
    }
}
