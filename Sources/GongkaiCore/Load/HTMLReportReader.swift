import Foundation

extension ReportReader {
    /// A report saved as a web page (`.html`, `.htm`): the article is found among the site's
    /// chrome, its paragraphs become lines and its tables grids (see `HTMLReportReader`).
    public static let html = ReportReader(extensions: ["html", "htm", "xhtml"]) { path, bytes throws(Diagnostic) in
        try HTMLReportReader.read(path: path, bytes: bytes)
    }
}

/// Reads a report web page with libxml2's HTML parser, as government sites publish them: site
/// navigation, breadcrumbs and footers around the article; tables with `rowspan`/`colspan`,
/// `<br>` inside cells, `&nbsp;` for blank cells; Word-export markup (`mso-` styles, `<o:p>`);
/// the charset declared in a `<meta>` (GBK/GB2312 is common) or not at all.
enum HTMLReportReader {
    /// The source of a page's bytes; throws `load.too-large`, `load.encoding` or `load.html`.
    static func read(path: String, bytes: [UInt8]) throws(Diagnostic) -> SourceText {
        guard bytes.count <= SourceText.maximumBytes else { throw SourceText.tooLarge(bytes.count) }
        let (text, encoding) = try decode(bytes)
        guard let root = LibXML.html(utf8: Array(text.utf8)) else {
            throw Diagnostic(.error, "load.html", line: nil, "网页无法解析（没有任何 HTML 元素）；请确认文件是保存的网页")
        }
        let body = root.child("body") ?? root
        var blocks = HTMLBlocks()
        blocks.add(HTMLArticle.find(in: body))
        blocks.flush()
        return SourceText(path: path, sha256: SHA256.hex(bytes), encoding: encoding, document: StructuredDocument(blocks: blocks.blocks))
    }

    /// The page's text and the name of its encoding. Bytes that are valid UTF-8 are UTF-8 (a
    /// page saved by a browser is re-encoded but often keeps its old declaration; GBK text is
    /// never valid UTF-8 in practice); otherwise the charset the page declares in a `<meta>`,
    /// read by the HTML parser, and GB18030 (the superset of GBK and GB2312) when it names a GB
    /// charset or none.
    static func decode(_ bytes: [UInt8]) throws(Diagnostic) -> (String, String) {
        let decoded = try TextDecoding.decode(bytes)
        guard decoded.1 != "utf-8", decoded.1 != "utf-16le", decoded.1 != "utf-16be" else { return decoded }
        let declared = declaredCharset(bytes)
        if declared == "utf-8" || declared == "utf8", decoded.1 == TextDecoding.lossyUTF8 || decoded.1 == "gb18030" {
            let lossy = String(decoding: bytes, as: UTF8.self)
            return (lossy, TextDecoding.lossyUTF8)
        }
        return decoded
    }

    /// The charset a `<meta charset>` or `<meta http-equiv="Content-Type" content="…; charset=…">`
    /// declares, lowercase, or nil. The page is parsed as Latin-1 for this, which reads any bytes
    /// and keeps the ASCII of the markup intact.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let latin1 = String(String.UnicodeScalarView(bytes.prefix(65536).map { Unicode.Scalar($0) }))
        guard let root = LibXML.html(utf8: Array(latin1.utf8)) else { return nil }
        var stack = [root]
        while let element = stack.popLast() {
            if element.name == "meta" {
                if let charset = element.attributes["charset"] { return charset.trimmingCharacters(in: .whitespaces).lowercased() }
                if let content = element.attributes["content"]?.lowercased(), let range = content.range(of: "charset=") {
                    return String(content[range.upperBound...].prefix { $0 != ";" && $0 != " " && $0 != "\"" })
                }
            }
            stack += element.elements
        }
        return nil
    }
}

/// Finds the article in a page: the element holding the report's title and its six sections,
/// not the navigation, breadcrumbs and footers around it.
enum HTMLArticle {
    /// Words of the six section headings, any of which marks its section (both formats).
    static let sectionWords: [[String]] = [
        ["总体情况"], ["主动公开"], ["收到和处理", "依申请公开"], ["行政复议", "行政诉讼"],
        ["存在的主要问题", "主要问题"], ["其他需要报告"],
    ]
    /// Text longer than this is a paragraph, not a heading or a title.
    static let shortText = 100

    /// What the survey learns about an element.
    private struct Survey {
        /// The element's text when short, with no blanks; nil when long.
        var text: String?
        /// The sections whose heading-like short blocks it holds, one bit each.
        var sections: UInt8
        /// Whether it holds a title-like short block (a year and 报告).
        var hasTitle: Bool
    }

    /// The element to read: the deepest holding as many numbered section headings as the page
    /// has, then up to four ancestors further when that one lacks the title and an ancestor has
    /// it. A page without numbered headings is read whole.
    static func find(in body: MarkupElement) -> MarkupElement {
        var candidates: [(path: [Int], sections: Int, hasTitle: Bool)] = []
        _ = survey(body, path: [], into: &candidates)
        guard let most = candidates.map(\.sections).max(), most > 0 else { return body }
        let deepest = candidates.filter { $0.sections == most }.max { $0.path.count < $1.path.count }
        guard var chosen = deepest else { return body }
        if !chosen.hasTitle {
            for up in 1...4 where chosen.path.count >= up {
                let ancestor = Array(chosen.path.dropLast(up))
                if let found = candidates.first(where: { $0.path == ancestor }), found.hasTitle {
                    chosen = found
                    break
                }
            }
        }
        var element = body
        for index in chosen.path {
            guard index < element.children.count, case .element(let child) = element.children[index] else { return body }
            element = child
        }
        return element
    }

    private static func survey(_ element: MarkupElement, path: [Int], into candidates: inout [(path: [Int], sections: Int, hasTitle: Bool)]) -> Survey {
        if HTMLBlocks.skipped(element) { return Survey(text: "", sections: 0, hasTitle: false) }
        var text: String? = ""
        var sections: UInt8 = 0
        var hasTitle = false
        for (index, child) in element.children.enumerated() {
            switch child {
            case .text(let piece):
                text = text.map { $0 + piece.filter { !$0.isWhitespace } }
            case .element(let childElement):
                let inner = survey(childElement, path: path + [index], into: &candidates)
                sections |= inner.sections
                hasTitle = hasTitle || inner.hasTitle
                text = text.flatMap { outer in inner.text.map { outer + $0 } }
            }
            if let current = text, current.count > shortText { text = nil }
        }
        // Only a numbered heading (一、总体情况) marks a section: navigation says 主动公开 too.
        if let text, !text.isEmpty, LabelText.stripNumbering(text) != text {
            for (number, words) in sectionWords.enumerated() where words.contains(where: text.contains) {
                sections |= 1 << number
            }
        }
        // A title names a year (2023年, 二〇二三年) or says 年度报告 without one (官洲街道办事处政府信息
        // 公开工作年度报告): else the ancestor that holds a sidebar's “2022年…年度报告” link is taken
        // for the article's, and its year read for the report's.
        if let text, text.contains("报告"), text.unicodeScalars.contains(where: \.isDigit) || text.contains("〇") || text.contains("年度报告") { hasTitle = true }
        candidates.append((path, sections.nonzeroBitCount, hasTitle))
        return Survey(text: text, sections: sections, hasTitle: hasTitle)
    }
}

/// Turns the article's markup into paragraphs and tables, as a browser would lay them out.
struct HTMLBlocks {
    private(set) var blocks: [StructuredDocument.Block] = []
    private var paragraphCount = 0
    private var tableCount = 0
    /// The inline text gathered since the last block boundary, as in the markup (whitespace not
    /// yet collapsed); `lineBreak` marks a `<br>`.
    private var pending = String.UnicodeScalarView()

    static let lineBreak: Unicode.Scalar = "\u{2028}"
    /// Elements whose content a reader never sees.
    static let invisible: Set<String> = [
        "script", "style", "noscript", "head", "title", "template", "iframe", "object", "embed", "select", "option",
        "button", "input", "textarea", "svg", "img", "map", "meta", "link", "xml",
    ]
    /// Elements that start and end a block (a line of their own).
    static let blockNames: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "section",
        "article", "main", "header", "footer", "nav", "aside", "center", "pre", "address", "form", "fieldset", "hr",
        "caption", "figure", "figcaption", "tr", "td", "th", "tbody", "thead", "tfoot",
    ]
    /// The most columns a `colspan` may add and the most rows a `rowspan` may cover: bounds the
    /// grid on any page (real report tables have under 20 columns).
    static let maximumColspan = 100
    static let maximumRowspan = 1000

    /// Whether an element is never shown: not content, or hidden by its style (Word export hides
    /// its own bookkeeping with `mso-hide:all` and `display:none`).
    static func skipped(_ element: MarkupElement) -> Bool {
        if invisible.contains(element.name) { return true }
        guard let style = element.attributes["style"]?.lowercased().filter({ !$0.isWhitespace }) else { return false }
        return style.contains("display:none") || style.contains("mso-hide:all") || style.contains("visibility:hidden")
    }

    /// Adds an element and what it holds.
    mutating func add(_ element: MarkupElement) {
        if Self.skipped(element) { return }
        switch element.name {
        case "br":
            pending.append(Self.lineBreak)
        case "table":
            flush()
            addTable(element)
        case let name where Self.blockNames.contains(name):
            flush()
            addChildren(of: element)
            flush()
        default:
            if element.attributes["style"]?.lowercased().filter({ !$0.isWhitespace }).contains("mso-list:ignore") == true {
                // The list number Word wrote (一、), padded with non-breaking spaces where Word
                // draws a tab: the number is content, the padding is not.
                let number = Self.plainText(of: element)
                pending.append(contentsOf: number.trimmingCharacters(in: .whitespaces.union(["\u{00A0}"])).unicodeScalars)
            } else {
                addChildren(of: element)
            }
        }
    }

    private mutating func addChildren(of element: MarkupElement) {
        for child in element.children {
            switch child {
            case .text(let text): pending.append(contentsOf: Self.withoutDownlevelMarkers(text).unicodeScalars)
            case .element(let inner): add(inner)
            }
        }
    }

    /// The text under an element, all of it.
    private static func plainText(of element: MarkupElement) -> String {
        element.children.map { child in
            switch child {
            case .text(let text): withoutDownlevelMarkers(text)
            case .element(let inner): skipped(inner) ? "" : plainText(of: inner)
            }
        }.joined()
    }

    /// Text without Word's downlevel-revealed conditional markers (`<![if !supportLists]>`,
    /// `<![endif]>`), which are markup in Word-export HTML but which libxml2's HTML parser, not
    /// knowing them, hands over as text.
    static func withoutDownlevelMarkers(_ text: String) -> String {
        guard text.contains("<![") else { return text }
        var out = ""
        var rest = Substring(text)
        while let start = rest.range(of: "<!["), let end = rest[start.upperBound...].range(of: "]>") {
            out += rest[..<start.lowerBound]
            rest = rest[end.upperBound...]
        }
        return out + rest
    }

    /// Ends the paragraph being gathered.
    mutating func flush() {
        let text = Self.collapsed(pending)
        pending.removeAll()
        guard text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else { return }
        paragraphCount += 1
        blocks.append(.paragraph(text, SourcePlace(paragraph: paragraphCount)))
    }

    /// The text as a browser shows it: each run of spaces, tabs and line ends one space, none
    /// where a line end falls between two Chinese characters (Word export wraps its markup
    /// inside sentences; CSS Text 3 removes such a break), none at the start or end of a line.
    /// Non-breaking spaces (`&nbsp;`) are content and stay.
    static func collapsed(_ scalars: String.UnicodeScalarView) -> String {
        var out = String.UnicodeScalarView()
        var run: (hasNewline: Bool, present: Bool) = (false, false)
        for scalar in scalars {
            if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{0C}" {
                run.present = true
                run.hasNewline = run.hasNewline || scalar == "\n" || scalar == "\r"
                continue
            }
            if run.present, let last = out.last, last != lineBreak, scalar != lineBreak,
               !(run.hasNewline && isWide(last) && isWide(scalar)) {
                out.append(" ")
            }
            run = (false, false)
            out.append(scalar)
        }
        return String(String(out).unicodeScalars.map { $0 == lineBreak ? "\n" : Character($0) })
    }

    /// A character laid out full-width: CJK ideographs, CJK punctuation, full-width forms.
    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isHan || (0x3000...0x303F).contains(scalar.value) || (0xFF00...0xFFEF).contains(scalar.value)
            || (0x2018...0x201D).contains(scalar.value) || scalar.value == 0x2026 || scalar.value == 0x2014
    }

    /// The rows of a table, not those of tables nested in it.
    private static func rows(of table: MarkupElement) -> [MarkupElement] {
        table.elements.flatMap { element -> [MarkupElement] in
            switch element.name {
            case "tr": [element]
            case "thead", "tbody", "tfoot": element.children("tr")
            default: []
            }
        }
    }

    private static func cells(of row: MarkupElement) -> [MarkupElement] {
        row.elements.filter { $0.name == "td" || $0.name == "th" }
    }

    private static func containsTable(_ element: MarkupElement) -> Bool {
        element.elements.contains { $0.name == "table" || containsTable($0) }
    }

    /// A data table as a grid; a layout table (one holding tables, or a single column) as the
    /// blocks of its cells, in reading order.
    private mutating func addTable(_ table: MarkupElement) {
        if let caption = table.child("caption") { add(caption) }
        let rows = Self.rows(of: table)
        let isLayout = rows.contains { Self.cells(of: $0).contains(where: Self.containsTable) }
            || rows.allSatisfy { row in Self.cells(of: row).reduce(0) { $0 + Self.span($1, "colspan", Self.maximumColspan) } <= 1 }
        if isLayout {
            for row in rows {
                for cell in Self.cells(of: row) {
                    add(cell)
                }
            }
            return
        }
        tableCount += 1
        var grid: [[StructuredCell?]] = Array(repeating: [], count: rows.count)
        for (rowIndex, row) in rows.enumerated() {
            var column = 0
            for cell in Self.cells(of: row) {
                while column < grid[rowIndex].count, grid[rowIndex][column] != nil { column += 1 }
                let colspan = Self.span(cell, "colspan", Self.maximumColspan)
                var rowspan = Self.span(cell, "rowspan", Self.maximumRowspan)
                if cell.attributes["rowspan"]?.trimmingCharacters(in: .whitespaces) == "0" { rowspan = rows.count - rowIndex }
                rowspan = min(rowspan, rows.count - rowIndex)
                let origin = StructuredCell(text: Self.text(of: cell), place: SourcePlace(table: tableCount, row: rowIndex + 1, column: column + 1))
                for down in 0..<rowspan {
                    for across in 0..<colspan {
                        var copy = origin
                        copy.isSpanCopy = down > 0 || across > 0
                        Self.put(copy, in: &grid[rowIndex + down], at: column + across)
                    }
                }
                column += colspan
            }
        }
        let filled = grid.enumerated().map { rowIndex, row in
            row.enumerated().map { column, cell in
                cell ?? StructuredCell(text: "", place: SourcePlace(table: tableCount, row: rowIndex + 1, column: column + 1))
            }
        }
        blocks.append(.table(filled))
    }

    private static func put(_ cell: StructuredCell, in row: inout [StructuredCell?], at column: Int) {
        if row.count <= column { row += Array(repeating: nil, count: column + 1 - row.count) }
        if row[column] == nil { row[column] = cell }
    }

    /// A `colspan` or `rowspan` as a count from 1 to `limit`; 1 when absent or not a number.
    private static func span(_ cell: MarkupElement, _ name: String, _ limit: Int) -> Int {
        guard let text = cell.attributes[name], let value = Int(text.trimmingCharacters(in: .whitespaces).prefix(6)) else { return 1 }
        return max(1, min(value, limit))
    }

    /// A cell's text: its paragraphs and `<br>` breaks as lines.
    private static func text(of cell: MarkupElement) -> String {
        var inner = HTMLBlocks()
        inner.addChildren(of: cell)
        inner.flush()
        return inner.blocks.compactMap { block in
            if case .paragraph(let text, _) = block { text } else { nil }
        }.joined(separator: "\n")
    }
}
