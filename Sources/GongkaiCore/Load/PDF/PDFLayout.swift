import Foundation

/// A PDF report read into what the parser needs: narrative paragraphs and tables, in reading
/// order, without running heads, footers and page numbers, a table broken across pages joined.
struct PDFLayout: Sendable, Hashable {
    /// A paragraph of narrative, reflowed from its printed lines, and where it starts.
    struct Paragraph: Sendable, Hashable {
        var text: String
        var page: Int
        var y: Double
    }

    /// What the report holds, in order.
    enum Block: Sendable, Hashable {
        case paragraph(Paragraph)
        case table(PDFTable)
    }

    var blocks: [Block]
    var pageCount: Int

    /// Reads the pages `pdftotext` gave; throws `load.pdf-no-text` when they hold (almost) no
    /// text: a scanned PDF, which would need OCR.
    static func read(_ pages: [PDFPage]) throws(Diagnostic) -> PDFLayout {
        let characters = pages.reduce(0) { $0 + $1.words.reduce(0) { $0 + $1.text.count } }
        guard characters >= 20 * pages.count else {
            throw Diagnostic(.error, "load.pdf-no-text", line: nil,
                             "PDF 没有文字层（\(pages.count) 页只有 \(characters) 个字符），可能是扫描件或图片；本工具不做文字识别（OCR），请提供带文字的 PDF 或 Word、网页原件；未发布")
        }
        let linesByPage = pages.map { PDFLine.lines(of: $0.words) }
        let body = PDFFurniture.bodyLines(linesByPage, pages: pages)
        var items: [Item] = []
        for lines in body { items += regions(of: lines) }
        items = joinBrokenTables(items)
        return PDFLayout(blocks: reflow(items), pageCount: pages.count)
    }

    /// A page's content before paragraphs are reflowed.
    enum Item {
        /// Whether this is a tentative table of header rows only (no numbers).
        var isFootHeader: Bool {
            if case .table(let table, _, _, _?) = self { return table.isHeaderOnly }
            return false
        }

        case line(PDFLine)
        /// `tentative`: the lines of a header at a page's foot or a row of numbers at a page's
        /// head, a table only if it joins one across the page break; else read as lines.
        case table(PDFTable, lastOnPage: Bool, firstOnPage: Bool, tentative: [PDFLine]? = nil)
    }

    /// The lines of a page split into narrative lines and tables. A table is a run of lines of
    /// two or more cells (gaps under 1.5 lines) and of single texts close to them (gaps under 0.6
    /// of the text height), with at least two lines of cells and a number among them; a section
    /// heading never belongs to a table.
    static func regions(of lines: [PDFLine]) -> [Item] {
        var items: [Item] = []
        var index = 0
        while index < lines.count {
            guard lines[index].segments.count >= 2, !isHeading(lines[index]) else {
                items.append(.line(lines[index]))
                index += 1
                continue
            }
            var start = index
            // Title rows just above (a 第二十条第（一）项 row across the table).
            while start > 0, case .line(let above)? = items.last, above == lines[start - 1],
                  closeTogether(lines[start - 1], lines[start]), !isHeading(above), above.x1 - above.x0 < 0.7 * (lines[index].x1 - lines[index].x0) {
                items.removeLast()
                start -= 1
            }
            // A table going on from the page before that opens with a label wrapped in a tall row
            // (its first lines above the row's numbers): those lines, when they are all that stands
            // above it on the page, are its first row, so it joins the table before.
            var top = start
            while top > 0, items.count >= start - top + 1, case .line(let above) = items[items.count - (start - top) - 1], above == lines[top - 1],
                  above.segments.count == 1, !isHeading(above), lines[top].y0 - above.y1 < 1.5 * above.height,
                  above.x1 <= lines[index].x1 + above.height {
                top -= 1
            }
            if top == 0, start > 0 {
                items.removeLast(start)
                start = 0
            }
            var end = index + 1
            var left = lines[index].x0, right = lines[index].x1
            // Rows of cells go on across the padding of a web-page table (a gap up to 1.5 lines);
            // a single run of text joins only when close (a wrapped label), never a heading.
            while end < lines.count, !isHeading(lines[end]) {
                let line = lines[end]
                let gap = line.y0 - lines[end - 1].y1
                let opens = line.segments.count < 2 && opensRow(lines, at: end)
                if line.segments.count >= 2 ? gap >= 1.5 * line.height : !closeTogether(lines[end - 1], line) && !opens { break }
                // Left of the rows so far only as a label of a column no row on this page has
                // reached yet (办理结果 of 三、本年度办理结果, merged down the left), never wider.
                if line.segments.count < 2, (line.x0 < left - line.height && !opens) || line.x1 > right + line.height { break }
                left = min(left, line.x0)
                right = max(right, line.x1)
                end += 1
            }
            items += table(Array(lines[start..<end]), first: start == 0, last: end == lines.count)
            index = end
        }
        return items
    }

    /// Whether a single text after a row's padding (a gap under 1.5 lines) goes on in the table:
    /// a row of cells or a number follows within three lines, each under 1.5 lines from the one
    /// above and none a heading. A label wrapped in a tall row prints its first lines above the
    /// row's numbers, which sit in the middle of the cell ((二)部分公开（区分处理 / 的，只计这一… 3;
    /// 办理结果 / 1.本机关不掌握相 / 252 12 1): without them, the rows after such a label made a table
    /// of their own, without the header, and their numbers took the columns left of blank ones.
    private static func opensRow(_ lines: [PDFLine], at index: Int) -> Bool {
        guard index > 0, lines[index].y0 - lines[index - 1].y1 < 1.5 * lines[index].height else { return false }
        for next in (index + 1)..<min(lines.count, index + 4) {
            let line = lines[next]
            guard !isHeading(line), line.y0 - lines[next - 1].y1 < 1.5 * line.height else { return false }
            if line.segments.count >= 2 || line.segments.contains(where: { CellText.read(Substring($0.text)).isValueLike }) { return true }
        }
        return false
    }

    /// A region of lines as a table, or as lines when it is none: two lines of cells and a
    /// number among them; also a header at the foot of a page (its numbers on the next page) and a
    /// row of numbers at the head of one (under a header on the page before), which
    /// `joinBrokenTables` joins when their columns line up, else reads as lines.
    private static func table(_ region: [PDFLine], first: Bool, last: Bool) -> [Item] {
        let multi = region.count { $0.segments.count >= 2 }
        let hasValue = region.contains { $0.segments.contains { CellText.read(Substring($0.text)).isValueLike } }
        let footHeader = multi >= 1 && !hasValue && last
        let headRow = multi >= 1 && hasValue && first
        guard (multi >= 2 && hasValue) || footHeader || headRow, let table = PDFTableBuilder.build(parts: region) else {
            return region.map { .line($0) }
        }
        let tentative = multi >= 2 && hasValue ? nil : region
        return [.table(table, lastOnPage: last, firstOnPage: first, tentative: tentative)]
    }

    private static func closeTogether(_ upper: PDFLine, _ lower: PDFLine) -> Bool {
        lower.y0 - upper.y1 < 0.6 * min(upper.height, lower.height)
    }

    /// A section heading: one run of text (a table row naming 行政复议 and 行政诉讼 is not).
    private static func isHeading(_ line: PDFLine) -> Bool {
        line.segments.count == 1 && SectionFinder.heading(SourceLine(number: 0, text: line.text)) != nil
    }

    /// A table at the foot of a page and one at the head of the next whose columns line up are
    /// one table; the header rows the next page repeats are dropped. So are a table and one
    /// right after it on its page that has no header and whose columns line up.
    static func joinBrokenTables(_ items: [Item]) -> [Item] {
        var out: [Item] = []
        // A tentative table that joined nothing is read as the lines it was made of.
        func settle() {
            if case .table(_, _, _, let lines?)? = out.last {
                out.removeLast()
                out += lines.map { .line($0) }
            }
        }
        for item in items {
            // On one page too: rows after a gap wider than the table's own (a tall row, a label
            // wrapped over many lines) come without a header, and alone would give their numbers
            // to the columns left of blank ones.
            if case .table(let next, let nextLast, let nextFirst, let nextTentative) = item,
               case .table(let table, let lastOnPage, let first, _)? = out.last,
               nextFirst ? lastOnPage : nextTentative == nil && next.headerRows.isEmpty && next.rows.first?.first?.page == page(of: table),
               let joined = join(table, next) {
                out[out.count - 1] = .table(joined, lastOnPage: nextLast, firstOnPage: first)
            } else {
                settle()
                out.append(item)
                // A row of numbers at a page's head that joined no header is lines at once; a
                // header at a page's foot waits for the next page.
                if case .table(_, _, true, _?) = item, !item.isFootHeader { settle() }
            }
        }
        settle()
        return out
    }

    /// The page a table's last row is on.
    private static func page(of table: PDFTable) -> Int? {
        table.rows.last?.first?.page
    }

    /// `next` appended to `table`, its columns mapped by where they sit, or nil when they do not
    /// line up (two different tables).
    static func join(_ table: PDFTable, _ next: PDFTable) -> PDFTable? {
        let columns = table.columns
        func target(_ span: (lo: Double, hi: Double)) -> Int? {
            let center = (span.lo + span.hi) / 2
            return columns.indices.first { index in
                let left = index == 0 ? -Double.infinity : (columns[index - 1].hi + columns[index].lo) / 2
                let right = index == columns.count - 1 ? Double.infinity : (columns[index].hi + columns[index + 1].lo) / 2
                return center >= left && center < right
            }
        }
        let mapping = next.columns.map(target)
        // Under a header alone (its numbers all on the next page) a row may show a few of its
        // columns: each must still fall in a column of its own.
        let headerOnly = table.isHeaderOnly
        guard mapping.allSatisfy({ $0 != nil }), Set(mapping.compactMap { $0 }).count == next.columns.count,
              headerOnly || next.columns.count * 10 >= columns.count * 7 else { return nil }
        // A repeated header: rows without numbers whose every text is in the first page's header.
        let header = table.headerRows.flatMap { $0.map(\.text) }.joined()
        var rows = next.rows
        while let first = rows.first, !first.contains(where: { CellText.read(Substring($0.text)).isValueLike }),
              first.allSatisfy({ $0.text.isEmpty || header.contains($0.text) }) { rows.removeFirst() }
        var joined = table
        let isValue = { (cell: PDFCell) in CellText.read(Substring(cell.text)).isValueLike }
        // The rest of the last row's label, wrapped over the page break (4.保护第 / 三方合法 / 权益):
        // rows without numbers that start no new item, under the label columns of a last row
        // that has numbers, go on in its label cells.
        if let last = table.rows.last, let firstValue = last.firstIndex(where: isValue) {
            while let first = rows.first, page(of: table) != first.first?.page, !first.contains(where: isValue),
                  first.contains(where: { !$0.text.isEmpty }),
                  first.indices.allSatisfy({ first[$0].text.isEmpty || (mapping[$0].map { $0 < firstValue } ?? false) && !PDFText.startsNewItem(first[$0].text) }) {
                var row = joined.rows[joined.rows.count - 1]
                for (index, cell) in first.enumerated() where !cell.text.isEmpty {
                    guard let column = mapping[index], !row[column].isSpanCopy else { continue }
                    row[column].text = PDFText.join(row[column].text, cell.text)
                }
                joined.rows[joined.rows.count - 1] = row
                rows.removeFirst()
            }
        }
        for row in rows {
            guard let page = row.first?.page else { continue }
            var cells = columns.map { PDFCell(text: "", page: page, x: $0.lo, y: row.first?.y ?? 0) }
            for (index, cell) in row.enumerated() {
                guard let column = mapping[index] else { continue }
                cells[column] = cells[column].text.isEmpty ? cell : PDFCell(text: PDFText.join(cells[column].text, cell.text), page: page, x: cells[column].x, y: cells[column].y)
            }
            joined.rows.append(cells)
        }
        return joined
    }

    /// Narrative lines joined into paragraphs: a line that runs to the right margin goes on in
    /// the next line when that one starts at the left margin (not indented as a new paragraph)
    /// and starts no new item or section, on the same page or the next.
    static func reflow(_ items: [Item]) -> [Block] {
        let narrative = items.compactMap { item -> PDFLine? in if case .line(let line) = item { line } else { nil } }
        let lefts = narrative.map(\.x0).sorted()
        let rights = narrative.map(\.x1).sorted()
        let marginLeft = lefts.isEmpty ? 0 : lefts[lefts.count / 10]
        let marginRight = rights.isEmpty ? 0 : rights[rights.count * 9 / 10]
        var blocks: [Block] = []
        var previous: PDFLine?
        for item in items {
            switch item {
            case .table(let table, _, _, _):
                blocks.append(.table(table))
                previous = nil
            case .line(let line):
                let text = line.text
                if let above = previous, case .paragraph(var paragraph)? = blocks.last,
                   above.x1 >= marginRight - 1.2 * above.height,
                   abs(line.x0 - marginLeft) < 0.5 * line.height,
                   line.page != above.page || line.y0 - above.y1 < line.height,
                   !PDFText.startsNewItem(text), !isHeading(line), !endsTitle(above.text), !PDFText.startsField(text) {
                    paragraph.text = PDFText.join(paragraph.text, text)
                    blocks[blocks.count - 1] = .paragraph(paragraph)
                } else {
                    blocks.append(.paragraph(Paragraph(text: text, page: line.page, y: line.y0)))
                }
                previous = line
            }
        }
        return blocks
    }

    /// Whether a line is a whole title (…政府信息公开工作年度报告, …年报): in a printed web page the
    /// title runs across the page in a large font and would be joined with the 发布日期 line below.
    private static func endsTitle(_ text: String) -> Bool {
        let compact = LabelText.compact(text)
        return (compact.hasSuffix("报告") || compact.hasSuffix("年报")) && compact.unicodeScalars.count <= 60
    }

    /// The layout as the parser takes it: paragraphs with their page, tables as grids whose
    /// cells keep their page (and their table, row and column), a merged cell's copies the place
    /// of its first position.
    var document: StructuredDocument {
        var out: [StructuredDocument.Block] = []
        var paragraphs = 0
        var tables = 0
        for block in blocks {
            switch block {
            case .paragraph(let paragraph):
                paragraphs += 1
                out.append(.paragraph(paragraph.text, SourcePlace(page: paragraph.page, paragraph: paragraphs)))
            case .table(let table):
                tables += 1
                var firstPlace: [PDFCell: SourcePlace] = [:]
                let rows = table.rows.enumerated().map { row, cells in
                    cells.enumerated().map { column, cell in
                        var key = cell
                        key.isSpanCopy = false
                        let place = cell.isSpanCopy ? firstPlace[key] ?? SourcePlace(page: cell.page, table: tables, row: row + 1, column: column + 1)
                            : SourcePlace(page: cell.page, table: tables, row: row + 1, column: column + 1)
                        if !cell.isSpanCopy, !cell.text.isEmpty { firstPlace[key] = place }
                        return StructuredCell(text: cell.text, place: place, isSpanCopy: cell.isSpanCopy)
                    }
                }
                out.append(.table(rows))
            }
        }
        return StructuredDocument(blocks: out)
    }
}

/// Running heads, footers and page numbers: what is not the report's text.
enum PDFFurniture {
    /// The lines of each page without its furniture: a line at the top or bottom of a page (above
    /// or below a gap, in the outer eighth of the page) that is a page number (第 3 页, - 3 -,
    /// 3/12) or repeats, digits aside, at the same height on at least half the pages.
    static func bodyLines(_ linesByPage: [[PDFLine]], pages: [PDFPage]) -> [[PDFLine]] {
        var candidates: [(page: Int, line: Int, key: String, y: Double)] = []
        for (pageIndex, lines) in linesByPage.enumerated() {
            let height = pages[pageIndex].height
            var index = 0
            while index < lines.count, lines[index].y1 < height / 8,
                  index + 1 == lines.count || lines[index + 1].y0 - lines[index].y1 > 0.8 * lines[index].height {
                candidates.append((pageIndex, index, key(lines[index].text), lines[index].y0))
                index += 1
            }
            index = lines.count - 1
            while index >= 0, lines[index].y0 > height * 7 / 8,
                  index == 0 || lines[index].y0 - lines[index - 1].y1 > 0.8 * lines[index].height {
                candidates.append((pageIndex, index, key(lines[index].text), lines[index].y0))
                index -= 1
            }
        }
        var drop = Set<[Int]>()
        let needed = max(2, (pages.count + 1) / 2)
        for candidate in candidates {
            let text = linesByPage[candidate.page][candidate.line].text
            let repeats = Set(candidates.filter { $0.key == candidate.key && abs($0.y - candidate.y) < 4 }.map(\.page)).count
            if isPageNumber(text) || (pages.count >= 2 && repeats >= needed) { drop.insert([candidate.page, candidate.line]) }
        }
        return linesByPage.enumerated().map { page, lines in
            lines.enumerated().filter { !drop.contains([page, $0.offset]) }.map(\.element)
        }
    }

    /// The text with digits as # and no blanks: page 3's head matches page 4's.
    private static func key(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.compactMap { $0.isBlank ? nil : ($0.isDigit ? "#" : $0) }))
    }

    /// 第 3 页, 第3页 共12页, - 3 -, — 3 —, 3, 3/12, Page 3.
    static func isPageNumber(_ text: String) -> Bool {
        // Numbers side by side are a row of a table, not a page number.
        let scalars = Array(text.unicodeScalars)
        for index in scalars.indices.dropFirst() where scalars[index].isBlank && scalars[index - 1].isDigit {
            if let next = scalars[index...].first(where: { !$0.isBlank }), next.isDigit { return false }
        }
        let compact = key(text)
        let patterns = ["#", "-#-", "—#—", "–#–", "#/#", "第#页", "第#页共#页", "第#页,共#页", "第#页，共#页", "共#页第#页", "Page#", "page#", "Page#of#"]
        var collapsed = ""
        for scalar in compact.unicodeScalars where !(scalar == "#" && collapsed.hasSuffix("#")) { collapsed.unicodeScalars.append(scalar) }
        return patterns.contains(collapsed)
    }
}
