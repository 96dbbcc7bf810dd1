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
        for row in head { row.write(to: &out) }
        out += "</thead>\n<tbody>"
        for row in body {
            row.write(to: &out)
            out += "\n"
        }
        out += "</tbody>\n</table>\n</div>\n"
        return out
    }
}

extension TableRowView {
    fileprivate func write(to out: inout String) {
        out += "<tr>"
        for cell in cells { cell.write(to: &out) }
        out += "</tr>"
    }
}

extension TableCellView {
    fileprivate func write(to out: inout String) {
        if header {
            out += "<th"
            if let scope { out += " scope=\"\(scope)\"" }
            if let classes { out += " class=\"\(classes)\"" }
            if let colspan { out += " colspan=\"\(colspan)\"" }
            if let rowspan { out += " rowspan=\"\(rowspan)\"" }
            out += ">" + HTMLText.escape(text) + "</th>"
        } else {
            out += "<td"
            if let anchor { out += " id=\"\(anchor)\"" }
            if let classes { out += " class=\"\(classes)\"" }
            if let note { out += " title=\"" + HTMLText.escape(note) + "\"" }
            if let colspan { out += " colspan=\"\(colspan)\"" }
            out += ">" + HTMLText.escape(text) + "</td>"
        }
    }
}
