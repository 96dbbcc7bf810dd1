/// Tables are the bulk of every page (table 3 alone has 175 cells), so they are written to HTML
/// here rather than through a template per cell, which cost more than the rest of the page.
/// The markup is fixed; themes style it with CSS (`table`, `th[scope]`, `td.number`,
/// `td.unknown`, `td.flagged`).
extension TableView {
    /// The table as HTML, every text escaped; written as UTF-8 bytes (a table's ~500 pieces
    /// joined as Strings were a tenth of a report page's work).
    var html: String { HTMLBytes.text(capacity: 256 + (head.count + body.count) * 900) { write(to: &$0) } }

    /// `html` written as UTF-8 into a page's bytes.
    func write(to out: inout HTMLBytes) {
        out += "<div class=\"table-wrap\" role=\"region\" aria-labelledby=\""
        out += id
        out += "-caption\" tabindex=\"0\">\n<table id=\""
        out += id
        out += "\">\n<caption id=\""
        out += id
        out += "-caption\">"
        out.escaped(caption)
        out += "</caption>\n<thead>"
        for (index, row) in head.enumerated() { row.write(to: &out, place: (id, index)) }
        out += "</thead>\n<tbody>"
        for (index, row) in body.enumerated() {
            row.write(to: &out, place: (id, index))
            out += "\n"
        }
        out += "</tbody>\n</table>\n</div>\n"
        Self.writeNotes(notes, table: id, to: &out)
    }

    /// The notes under a table, after its `</div>`: nothing when there are none.
    static func writeNotes(_ notes: [String], table id: String, to out: inout HTMLBytes) {
        guard !notes.isEmpty else { return }
        out += "<ol class=\"table-notes\">"
        for (index, note) in notes.enumerated() {
            out += "<li id=\""
            out += noteID(table: id, number: index + 1)
            out += "\"><span class=\"note-mark\">注"
            out.number(index + 1)
            out += "</span> "
            out.escaped(note)
            out += "</li>"
        }
        out += "</ol>\n"
    }
}

extension TableView {
    /// The id of note `number` (from 1) under the table `table`, e.g. `table3-note-2`.
    static func noteID(table: String, number: Int) -> String { "\(table)-note-\(number)" }
}

/// HTML written as UTF-8 bytes: a page of the default theme is written this way end to end
/// (`WholePage`), other text is made a String once.
struct HTMLBytes {
    var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    /// The text `write` writes, as a String (for Mustache).
    static func text(capacity: Int = 4096, _ write: (inout HTMLBytes) -> Void) -> String {
        var out = HTMLBytes(capacity: capacity)
        write(&out)
        return out.text
    }

    /// Text as it is (markup, or text already safe), copied from its contiguous UTF-8.
    static func += (out: inout HTMLBytes, text: String) { out.append(text) }

    /// Text as it is.
    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Text escaped as `HTMLText.escape` escapes it.
    mutating func escaped(_ text: String) { HTMLText.appendEscaped(text, to: &bytes) }

    /// Text escaped as a template's `{{variable}}` escapes it (`FastHTMLEscape`).
    mutating func mustache(_ text: String) {
        var text = text
        let plain = text.withUTF8 { utf8 in
            guard !FastHTMLEscape.needsEscaping(utf8) else { return false }
            bytes.append(contentsOf: utf8)
            return true
        }
        if !plain { append(FastHTMLEscape.escape(text)) }
    }

    /// A number in decimal digits.
    mutating func number(_ value: Int) { append(String(value)) }

    /// The HTML.
    var text: String { String(decoding: bytes, as: UTF8.self) }
}

extension TableRowView {
    /// `place` is the table's id and the row's index, for the ids of number cells without one.
    fileprivate func write(to out: inout HTMLBytes, place: (table: String, row: Int)) {
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
    fileprivate func write(to out: inout HTMLBytes, place: (table: String, row: Int, column: Int)) {
        let table = place.table
        if header {
            out += "<th"
            if let scope { out += " scope=\""; out += scope; out += "\"" }
            if let classes { out += " class=\""; out += classes; out += "\"" }
            if let colspan { out += " colspan=\""; out += colspan; out += "\"" }
            if let rowspan { out += " rowspan=\""; out += rowspan; out += "\"" }
            out += ">"
            if let link {
                out += "<a href=\""
                out.escaped(link)
                out += "\">"
                out.escaped(text)
                out += "</a>"
            } else {
                out.escaped(text)
            }
            out += "</th>"
        } else {
            let isNumber = classes.map(Self.hasNumberClass) ?? false
            out += "<td"
            // The cell's id, written where it goes (twice for a number cell: its link to itself)
            // rather than made once as an array of its own.
            let writeID = { (out: inout HTMLBytes) in
                if let anchor {
                    out.escaped(anchor)
                } else {
                    // `table-row-column`: the table id escaped as any id is.
                    out.escaped(table)
                    out.bytes.append(UInt8(ascii: "-"))
                    out.number(place.row + 1)
                    out.bytes.append(UInt8(ascii: "-"))
                    out.number(place.column + 1)
                }
            }
            let hasID = anchor != nil || isNumber
            if hasID { out += " id=\""; writeID(&out); out += "\"" }
            if let classes { out += " class=\""; out += classes; out += "\"" }
            if let note { out += " title=\""; out.escaped(note); out += "\"" }
            if let colspan { out += " colspan=\""; out += colspan; out += "\"" }
            out += ">"
            out.escaped(text)
            if let footnote { Self.writeFootnote(footnote, table: table, to: &out) }
            if isNumber, hasID { out += "<a class=\"cite\" href=\"#"; writeID(&out); out += "\">链接</a>" }
            out += "</td>"
        }
    }

    /// A cell's marker linking to note `number` under the table `table`.
    static func writeFootnote(_ number: Int, table: String, to out: inout HTMLBytes) {
        out += "<sup><a class=\"note-ref\" href=\"#"
        out += TableView.noteID(table: table, number: number)
        out += "\">注"
        out.number(number)
        out += "</a></sup>"
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
