/// Where a piece of a structured report file (HTML, DOCX, PDF) sits in the original, in words a
/// portal editor can find it by: a page, a table, a row, a column, a paragraph. Diagnostics about
/// such a file carry it (`Diagnostic.place`), because the line numbers of the lines the file was
/// turned into point at nothing a person can open.
public struct SourcePlace: Sendable, Hashable {
    /// The 1-based page (PDF).
    public var page: Int?
    /// The 1-based table of the document, counting every table in reading order.
    public var table: Int?
    /// The 1-based row within the table.
    public var row: Int?
    /// The 1-based column within the table, counted on the expanded grid (a cell spanning two
    /// columns covers two).
    public var column: Int?
    /// The 1-based paragraph of the document, counting paragraphs outside tables.
    public var paragraph: Int?

    /// Creates a place; give what the form knows.
    public init(page: Int? = nil, table: Int? = nil, row: Int? = nil, column: Int? = nil, paragraph: Int? = nil) {
        self.page = page
        self.table = table
        self.row = row
        self.column = column
        self.paragraph = paragraph
    }

    /// The place in Chinese, e.g. `第3页第2个表格第5行第4列`, `第12段`.
    public var description: String {
        var out = ""
        if let page { out += "第\(page)页" }
        if let table { out += "第\(table)个表格" }
        if let row { out += "第\(row)行" }
        if let column { out += "第\(column)列" }
        if let paragraph { out += "第\(paragraph)段" }
        return out
    }

    /// The place of a whole row: the same without the column.
    var wholeRow: SourcePlace {
        var copy = self
        copy.column = nil
        return copy
    }
}

/// One cell of a table that came with its structure.
public struct StructuredCell: Sendable, Hashable {
    /// The cell's text: line breaks inside the cell (`<br>`, `w:br`, several paragraphs) joined
    /// with a space, non-breaking spaces as spaces, a blank cell as "".
    public var text: String
    /// Where the cell is in the original; a merged cell's copies keep the place of its first
    /// position, so a diagnostic names the cell a person sees.
    public var place: SourcePlace
    /// Whether this is a copy of a merged cell at a position it covers beyond its first
    /// (`colspan`/`rowspan`, `gridSpan`/`vMerge`): the grid has it, the row's text line does not.
    public var isSpanCopy: Bool

    /// Creates a cell.
    public init(text: String, place: SourcePlace, isSpanCopy: Bool = false) {
        self.text = text
        self.place = place
        self.isSpanCopy = isSpanCopy
    }
}

/// A report file a structured reader (HTML, DOCX, PDF) has read: paragraphs and tables in
/// reading order. The reader decides what the report is (the article, not the page chrome; the
/// body, not running heads) and hands over only that.
///
/// How to write a reader for a new form (one file under `Load/`):
/// 1. Turn the bytes into `[StructuredDocument.Block]`: each paragraph of narrative as
///    `.paragraph(text, place)`, each table as `.table(rows)` with every row a full grid row —
///    merged cells expanded to every position they cover (the copies marked `isSpanCopy`), blank
///    cells kept as "" (they mark blank values), so column `k` of every row is the same column.
///    Do not guess: a table whose structure the form gives goes to the table interpreters as is.
/// 2. `SourceText(path:sha256:encoding:document:)` turns the blocks into lines: one line per
///    paragraph (split at line breaks), one line per table row with its cells joined by a tab.
///    The section finder, the metadata reader and the narrative see those lines exactly as they
///    see a text file, so the narrative is the markdown the text path produces; the table
///    interpreters get the rows of the grid directly (`SourceText.tableRows`), never a re-reading
///    of the tab-joined line.
/// 3. Add a `ReportReader` for the form's extensions to `ReportFileSystem.readers`.
public struct StructuredDocument: Sendable, Hashable {
    /// A paragraph or a table.
    public enum Block: Sendable, Hashable {
        /// A paragraph of narrative (a title, a heading, a sentence); may hold "\n" for line breaks.
        case paragraph(String, SourcePlace)
        /// A table as rows of cells, merged cells expanded.
        case table([[StructuredCell]])
    }

    /// The blocks in reading order.
    public var blocks: [Block]

    /// Creates a document.
    public init(blocks: [Block]) {
        self.blocks = blocks
    }
}

extension SourceText {
    /// The lines of a structured document, with its table rows and the places of its lines.
    ///
    /// - Parameters:
    ///   - path: the path as given.
    ///   - sha256: the SHA-256 of the original file's bytes (not of the lines).
    ///   - encoding: what the text was decoded from, e.g. `gb18030` for a GBK web page, `utf-8`
    ///     for the XML of a DOCX.
    ///   - document: the paragraphs and tables.
    public init(path: String, sha256: String, encoding: String, document: StructuredDocument) {
        var lines: [String] = []
        var tableRows: [Int: [StructuredCell]] = [:]
        var places: [Int: SourcePlace] = [:]
        for block in document.blocks {
            switch block {
            case .paragraph(let text, let place):
                for piece in TextNormalizer.lines(of: text) {
                    lines.append(piece)
                    places[lines.count] = place
                }
            case .table(let rows):
                for row in rows {
                    let cells = row.map { cell in
                        StructuredCell(text: Self.cellText(cell.text), place: cell.place, isSpanCopy: cell.isSpanCopy)
                    }
                    // A row that is nothing but copies of merged cells from above says nothing new.
                    guard cells.contains(where: { !$0.isSpanCopy }) else { continue }
                    lines.append(cells.filter { !$0.isSpanCopy }.map(\.text).joined(separator: "\t"))
                    tableRows[lines.count] = cells
                    if let first = cells.first(where: { !$0.isSpanCopy }) { places[lines.count] = first.place.wholeRow }
                }
            }
        }
        self.init(path: path, sha256: sha256, encoding: encoding, lines: lines)
        self.tableRows = tableRows
        self.places = places
    }

    /// A cell's text as one normalised line without tabs: line breaks and tabs become spaces.
    private static func cellText(_ text: String) -> String {
        TextNormalizer.lines(of: text.replacingOccurrences(of: "\t", with: " "))
            .map { String($0.trimmingBlanks()) }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// The rows of cells, as the table interpreters take them, of the table rows among `lines`.
    ///
    /// A cell merged across columns is one cell here, as it is one value or one heading on the
    /// page and in a text file: its copies to the right are left out, so a value spanning two
    /// grid columns is not read twice. Copies from a cell merged across rows stay: they give each
    /// row the labels of its group (三、本年度办理结果 › （三）不予公开 › 1.属于国家秘密).
    func structuredRows(in lines: [SourceLine]) -> [GridRow] {
        lines.compactMap { line in
            tableRows[line.number].map { cells in
                var kept: [GridCell] = []
                for (index, cell) in cells.enumerated() where !(cell.isSpanCopy && index > 0 && cells[index - 1].place == cell.place) {
                    kept.append(GridCell(text: cell.text, line: line.number))
                }
                return GridRow(cells: kept)
            }
        }
    }

    /// The diagnostic with the place of its line in the original file, when the source has one.
    func placed(_ diagnostic: Diagnostic) -> Diagnostic {
        guard let line = diagnostic.line, let place = places[line] else { return diagnostic }
        var copy = diagnostic
        copy.place = place.description
        return copy
    }
}
