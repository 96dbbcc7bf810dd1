/// Tables are the bulk of every page (table 3 alone has 175 cells), so they are written to HTML
/// here rather than through a template per cell, which cost more than the rest of the page.
/// The markup is fixed; themes style it with CSS (`table`, `th[scope]`, `td.number`,
/// `td.unknown`, `td.flagged`).
extension TableView {
    /// The table as HTML, every text escaped.
    var html: String {
        var out = ""
        out.reserveCapacity(128 + (head.count + body.count) * 400)
        out += "<div class=\"table-wrap\" role=\"region\" aria-labelledby=\"\(id)-caption\" tabindex=\"0\">\n<table id=\"\(id)\">\n"
        out += "<caption id=\"\(id)-caption\">" + HTMLText.escape(caption) + "</caption>\n<thead>"
        for (index, row) in head.enumerated() { row.write(to: &out, place: (id, index)) }
        out += "</thead>\n<tbody>"
        for (index, row) in body.enumerated() {
            row.write(to: &out, place: (id, index))
            out += "\n"
        }
        out += "</tbody>\n</table>\n</div>\n"
        if !notes.isEmpty {
            out += "<ol class=\"table-notes\">"
            for (index, note) in notes.enumerated() {
                out += "<li id=\"\(Self.noteID(table: id, number: index + 1))\"><span class=\"note-mark\">注\(index + 1)</span> " + HTMLText.escape(note) + "</li>"
            }
            out += "</ol>\n"
        }
        return out
    }
}

extension TableView {
    /// The id of note `number` (from 1) under the table `table`, e.g. `table3-note-2`.
    static func noteID(table: String, number: Int) -> String { "\(table)-note-\(number)" }
}

extension TableRowView {
    /// `place` is the table's id and the row's index, for the ids of number cells without one.
    fileprivate func write(to out: inout String, place: (table: String, row: Int)) {
        out += "<tr>"
        for (index, cell) in cells.enumerated() {
            cell.write(to: &out, place: (place.table, place.row, index))
        }
        out += "</tr>"
    }
}

extension TableCellView {
    /// Every number cell (class `number`) is citable: it gets an id — its own `anchor`, else
    /// one made of the table id, row and column (stable while the table's rows are) — and a small link
    /// to itself, "链接", which style.css shows when the cell is hovered, focused or targeted and
    /// cite.js when it is tapped (it also offers the 引用 snippet). Without JavaScript the link
    /// and the anchor still work.
    /// `place` is the table's id and the cell's row and column indexes; the fallback id is made
    /// only for a number cell without its own (one string fewer for each of a page's ~500 cells).
    fileprivate func write(to out: inout String, place: (table: String, row: Int, column: Int)) {
        let table = place.table
        if header {
            out += "<th"
            if let scope { out += " scope=\"\(scope)\"" }
            if let classes { out += " class=\"\(classes)\"" }
            if let colspan { out += " colspan=\"\(colspan)\"" }
            if let rowspan { out += " rowspan=\"\(rowspan)\"" }
            out += ">"
            out += link.map { "<a href=\"" + HTMLText.escape($0) + "\">" + HTMLText.escape(text) + "</a>" } ?? HTMLText.escape(text)
            out += "</th>"
        } else {
            let isNumber = classes.map(Self.hasNumberClass) ?? false
            let id = anchor ?? (isNumber ? "\(table)-\(place.row + 1)-\(place.column + 1)" : nil)
            out += "<td"
            if let id { out += " id=\"" + HTMLText.escape(id) + "\"" }
            if let classes { out += " class=\"\(classes)\"" }
            if let note { out += " title=\"" + HTMLText.escape(note) + "\"" }
            if let colspan { out += " colspan=\"\(colspan)\"" }
            out += ">" + HTMLText.escape(text)
            if let footnote {
                out += "<sup><a class=\"note-ref\" href=\"#\(TableView.noteID(table: table, number: footnote))\">注\(footnote)</a></sup>"
            }
            if isNumber, let id { out += Self.citeLink(to: id) }
            out += "</td>"
        }
    }

    /// Whether a class list (names separated by spaces) has the class `number`, without an
    /// array of its names for every cell.
    static func hasNumberClass(_ classes: String) -> Bool {
        classes == "number" || classes.hasPrefix("number ") || classes.hasSuffix(" number") || classes.contains(" number ")
    }

    /// The small link of a number cell to itself, `<a class="cite" href="#id">链接</a>`, written
    /// right after the cell's text; a table written by hand (not through `TableView`) puts it in
    /// each number cell, with the cell's `id`, so its numbers are citable too.
    static func citeLink(to id: String) -> String {
        "<a class=\"cite\" href=\"#" + HTMLText.escape(id) + "\">链接</a>"
    }
}
