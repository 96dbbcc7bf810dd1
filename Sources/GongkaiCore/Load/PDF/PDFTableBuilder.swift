/// One cell of a table read from a PDF: its text and where it was printed.
struct PDFCell: Sendable, Hashable {
    /// The text, lines of a wrapped cell joined; empty for a blank cell.
    var text: String
    /// 1-based page.
    var page: Int
    /// The top left of the cell's text (of its grid position when blank), in points.
    var x: Double
    var y: Double
    /// Whether this position is covered by a merged cell whose text is first given at an
    /// earlier position (left, or above).
    var isSpanCopy = false
}

/// A table rebuilt from where its words sit: a rectangular grid, each merged cell's text in
/// every position it covers.
struct PDFTable: Sendable, Hashable {
    /// The rows, all of the same length.
    var rows: [[PDFCell]]
    /// The x-spans of the columns, left to right.
    var columns: [(lo: Double, hi: Double)]

    static func == (lhs: PDFTable, rhs: PDFTable) -> Bool {
        lhs.rows == rhs.rows && lhs.columns.elementsEqual(rhs.columns) { $0.lo == $1.lo && $0.hi == $1.hi }
    }

    func hash(into hasher: inout Hasher) { hasher.combine(rows) }

    /// Whether no row holds a number: a header alone.
    var isHeaderOnly: Bool { headerRows.count == rows.count }

    /// The rows before the first that holds a number: the header.
    var headerRows: [[PDFCell]] {
        Array(rows.prefix { row in !row.contains { CellText.read(Substring($0.text)).isValueLike } })
    }
}

/// Rebuilds a table's grid from the lines of a table region.
///
/// Columns come from the x-spans of the cells, rows from their y-spans (``PDFGeometry/partition``):
/// a cell whose span covers two cells that do not overlap each other is a merged cell. A cell
/// printed over several lines is joined first: a line that runs to the column's right edge and
/// is followed, in the same column, by a line that starts no new item (一、 （一） 1.) and is
/// not a number, goes on in that line.
enum PDFTableBuilder {
    /// A cell's text as printed, over one or more lines.
    private struct Block {
        var segments: [PDFBox]
        var columns: ClosedRange<Int>
        var y0: Double { segments.map(\.y0).min() ?? 0 }
        var y1: Double { segments.map(\.y1).max() ?? 0 }
        var text: String {
            segments.dropFirst().reduce(segments.first?.text ?? "") { PDFText.join($0, $1.text) }
        }
    }

    /// Whether a line is the title of a part of table 2 (第二十条第（八）项): one text alone.
    static func isPartTitle(_ line: PDFLine) -> Bool {
        line.segments.count == 1 && line.text.includes("第二十条")
    }

    /// The grid of `lines` whose parts under a title of their own (table 2's 第二十条第（X）项) each
    /// have their own columns: one grid for all of them gave the rows of table 2's 3-column parts
    /// a fourth, blank, column where the 2019 form's 收费 part prints its 本年增/减 between two of
    /// theirs, and its numbers were dropped as a long row. The parts' rows are stacked into one
    /// table (the document's one table, so cells keep their table number), each padded on the
    /// right to the widest part, whose columns the table takes. One grid when there is one part
    /// or a part makes no grid.
    static func build(parts lines: [PDFLine]) -> PDFTable? {
        let titles = lines.indices.filter { $0 > 0 && isPartTitle(lines[$0]) }
        guard !titles.isEmpty else { return build(lines) }
        // Whether a label runs to its column's edge (and goes on in the next line) is judged by
        // the whole table's columns: in a part whose labels are all as wide (信息内容, 行政许可)
        // each would seem to fill its column.
        let wide = PDFGeometry.partition(lines.flatMap { $0.segments.map { ($0.x0, $0.x1) } }, tolerance: 1).groups
        var parts: [(from: Int, table: PDFTable)] = []
        // A part that makes no grid of its own (a title and a label cut off by the page's end)
        // goes with the part before it.
        for (from, to) in zip([0] + titles, titles + [lines.count]) {
            if let part = build(Array(lines[from..<to]), edges: wide) {
                parts.append((from, part))
            } else if let previous = parts.last, let merged = build(Array(lines[previous.from..<to]), edges: wide) {
                parts[parts.count - 1] = (previous.from, merged)
            } else {
                return build(lines)
            }
        }
        guard let widest = parts.map(\.table).max(by: { $0.columns.count < $1.columns.count }) else { return build(lines) }
        let rows = parts.map(\.table).flatMap { part in
            part.rows.map { row in
                row + (row.count..<widest.columns.count).map { column in
                    PDFCell(text: "", page: row.last?.page ?? 1, x: widest.columns[column].lo, y: row.last?.y ?? 0)
                }
            }
        }
        return PDFTable(rows: rows, columns: widest.columns)
    }

    /// The grid of `lines`, or nil when they do not make at least two columns. `edges`: the
    /// column spans of the whole table when `lines` are one part of it.
    static func build(_ lines: [PDFLine], edges: [(lo: Double, hi: Double)] = []) -> PDFTable? {
        // Columns come from the rows that hold numbers: header text is centred over merged
        // cells whose width the words alone cannot tell.
        let holdsNumber = { (box: PDFBox) in CellText.read(Substring(box.text)).isValueLike }
        let dataLines = Set(lines.indices.filter { lines[$0].segments.contains(where: holdsNumber) })
        let dataSegments = dataLines.sorted().flatMap { index in lines[index].segments.map { (box: $0, line: index) } }
        // Other lines are cut where a column of numbers starts between two of their words.
        var columns = PDFGeometry.partition(dataSegments.map { ($0.box.x0, $0.box.x1) }, tolerance: 1).groups
        let starts = columns.map(\.lo)
        let segments = lines.enumerated().flatMap { index, line in
            (dataLines.contains(index) ? line.segments : line.segments(cutAt: starts)).map { (box: $0, line: index) }
        }
        guard let page = segments.first?.box.page else { return nil }
        let height = PDFGeometry.median(segments.map(\.box.height))
        // A column blank in every row of numbers is still a column: the header's own cells
        // (not a merged one over several) add the columns the numbers do not show, so a number
        // never slides into the position of a blank cell.
        // Not a part's title (第二十条第（八）项, centred over a part of table 2): it sits over no
        // column of its own.
        let titles = Set(lines.indices.filter { isPartTitle(lines[$0]) })
        let everyColumn = PDFGeometry.partition(segments.filter { !titles.contains($0.line) }.map { ($0.box.x0, $0.box.x1) }, tolerance: 1).groups
        columns += everyColumn.filter { group in !columns.contains { PDFGeometry.overlap($0, group) > 1 } }
        columns.sort { $0.lo < $1.lo }
        guard columns.count >= 2 else { return nil }

        func span(_ box: PDFBox) -> ClosedRange<Int> {
            let covered = columns.indices.filter { PDFGeometry.overlap(columns[$0], (box.x0, box.x1)) > 0.5 }
            if let first = covered.first, let last = covered.last { return first...last }
            let center = (box.x0 + box.x1) / 2
            let nearest = columns.indices.min { abs((columns[$0].lo + columns[$0].hi) / 2 - center) < abs((columns[$1].lo + columns[$1].hi) / 2 - center) } ?? 0
            return nearest...nearest
        }

        // The first column that holds a number in any row: the row labels are left of it.
        let firstValueColumn = dataSegments.filter { holdsNumber($0.box) }.map { span($0.box).lowerBound }.min() ?? columns.count

        // Lines of one cell joined into blocks.
        var blocks: [Block] = []
        var lastLineOf: [Int] = []
        for segment in segments {
            let columnsOf = span(segment.box)
            // The cell goes on from the last block above that covers these columns (a line of
            // other cells, a centred 总计, may sit between its lines).
            let candidate = blocks.indices.last { index in
                lastLineOf[index] < segment.line && blocks[index].columns.contains(columnsOf.lowerBound)
                    && blocks[index].columns.contains(columnsOf.upperBound)
            }
            // Two cells of one line under it are sub-cells of a header, not its next line.
            let siblings = candidate.map { index in
                lines[segment.line].segments.count { blocks[index].columns.overlaps(span($0)) }
            } ?? 0
            // A row prints its numbers once: a line with numbers under a line with numbers is the
            // next row (行政处罚 4 / 行政强制 0 in a part of table 2 whose labels are all as wide).
            let nextRow = candidate.map { dataLines.contains(lastLineOf[$0]) && dataLines.contains(segment.line) } ?? false
            if let index = candidate, siblings == 1, !nextRow, continues(blocks[index], with: segment.box, narrower: blocks[index].columns != columnsOf,
                                                       numbersBelowOnly: !dataLines.contains(lastLineOf[index]) && dataLines.contains(segment.line)) {
                blocks[index].segments.append(segment.box)
                lastLineOf[index] = segment.line
            } else {
                blocks.append(Block(segments: [segment.box], columns: columnsOf))
                lastLineOf.append(segment.line)
            }
        }
        /// Whether `box` is the next line of the cell `block`: close below it, within its width,
        /// the line above running to the column's edge (a line wider than its columns is centred in
        /// a merged cell: where it would wrap is unknown), neither a number, no new item.
        func continues(_ block: Block, with box: PDFBox, narrower: Bool, numbersBelowOnly: Bool) -> Bool {
            guard let last = block.segments.last else { return false }
            // In fewer columns than the line above, only a line centred or aligned under it goes on.
            if narrower, abs((box.x0 + box.x1) - (last.x0 + last.x1)) > height, abs(box.x0 - last.x0) > 0.5 * height { return false }
            let own = columns[block.columns.upperBound]
            let edge = edges.filter { PDFGeometry.overlap($0, own) > 0 }.map(\.hi).max().map { max($0, own.hi) } ?? own.hi
            let width = edge - columns[block.columns.lowerBound].lo
            // Left-aligned, the line above runs to the column's edge and the next starts under it.
            // Centred (a Word table's default), both lines are centred on one axis and the line
            // above lacks at most two characters of the column's width: a word that did not fit,
            // or one held over because “ may not end a line (3.危 / 及“三安 / 全一稳).
            let left = edge - last.x1 < 0.8 * last.height && box.x0 >= last.x0 - 0.5 * height && box.x1 <= last.x1 + 0.5 * height
            let columnLeft = columns[block.columns.lowerBound].lo
            // Only among the row labels, left of every number: a header's centred cells over
            // narrow columns are sub-cells as often as lines of one cell.
            // Nor onto a line with numbers under a line without (信息内容 over 行政许可 60).
            let centred = block.columns.upperBound < firstValueColumn && !numbersBelowOnly && abs((box.x0 + box.x1) - (last.x0 + last.x1)) < height
                && (edge - columnLeft) - (last.x1 - last.x0) < 2.5 * last.height
                && box.x0 >= columnLeft - 0.5 * height && box.x1 <= edge + 0.5 * height
            return box.y0 - last.y1 < 0.5 * height && (left || centred)
                && last.x1 - last.x0 <= width + 2 * last.height
                && !CellText.read(Substring(last.text)).isValueLike && !CellText.read(Substring(box.text)).isValueLike
                && !PDFText.startsNewItem(box.text)
        }

        let tolerance = 0.25 * height
        let (bands, spanning) = PDFGeometry.partition(blocks.map { ($0.y0, $0.y1) }, tolerance: tolerance)
        var grid: [[[Int]]] = Array(repeating: Array(repeating: [], count: columns.count), count: bands.count)
        for (index, block) in blocks.enumerated() {
            var rows = bands.indices.filter { PDFGeometry.overlap(bands[$0], (block.y0, block.y1)) > tolerance }
            if rows.isEmpty {
                let center = (block.y0 + block.y1) / 2
                rows = [bands.indices.min { abs((bands[$0].lo + bands[$0].hi) / 2 - center) < abs((bands[$1].lo + bands[$1].hi) / 2 - center) } ?? 0]
            }
            if !spanning.contains(index) { rows = [rows[0]] }
            for row in rows { for column in block.columns { grid[row][column].append(index) } }
        }
        // A row holding one text alone, not in the first column, is a title across the table.
        for row in grid.indices {
            let present = Set(grid[row].joined())
            if present.count == 1, let only = present.first, !spanning.contains(only), grid[row][0].isEmpty {
                for column in columns.indices { grid[row][column] = [only] }
            }
        }
        func isValue(_ row: Int, _ column: Int) -> Bool {
            grid[row][column].contains { CellText.read(Substring(blocks[$0].text)).isValueLike }
        }
        let isHeader = grid.indices.map { row in !columns.indices.contains { isValue(row, $0) } }
        // Text that starts left of its column or ends right of it belongs to a merged cell that
        // covers the blank label positions it reaches into (一、本年新收… over three columns).
        for (index, block) in blocks.enumerated() where !CellText.read(Substring(block.text)).isValueLike {
            let rows = grid.indices.filter { row in block.columns.allSatisfy { grid[row][$0].contains(index) } }
            guard !rows.isEmpty, !rows.contains(where: { isHeader[$0] }) else { continue }
            let left = block.segments.map(\.x0).min() ?? 0
            let right = block.segments.map(\.x1).max() ?? 0
            func free(_ column: Int) -> Bool {
                rows.allSatisfy { row in grid[row][column].isEmpty && !(0...column).contains { isValue(row, $0) } }
            }
            var range = block.columns
            while range.lowerBound > 0, left < columns[range.lowerBound].lo - 1, free(range.lowerBound - 1) {
                range = (range.lowerBound - 1)...range.upperBound
            }
            while range.upperBound < columns.count - 1, right > columns[range.upperBound].hi + 1, free(range.upperBound + 1) {
                range = range.lowerBound...(range.upperBound + 1)
            }
            blocks[index].columns = range
            for row in rows { for column in range { grid[row][column] = [index] } }
        }
        // A header cell is centred in its merged cell: it covers the blank positions on both
        // sides as far as it stays centred (申请人情况 over the seven columns).
        for (index, block) in blocks.enumerated() {
            let rows = grid.indices.filter { row in block.columns.allSatisfy { grid[row][$0].contains(index) } }
            guard !rows.isEmpty, rows.allSatisfy({ isHeader[$0] }) else { continue }
            let center = (block.segments.map(\.x0).min()! + block.segments.map(\.x1).max()!) / 2
            var range = block.columns
            while range.lowerBound > 0, range.upperBound < columns.count - 1,
                  rows.allSatisfy({ grid[$0][range.lowerBound - 1].isEmpty && grid[$0][range.upperBound + 1].isEmpty }) {
                let wider = (range.lowerBound - 1)...(range.upperBound + 1)
                // Never past the edge of the cell above it (未经复议直接起诉 stays under 行政诉讼).
                if let top = rows.first, top > 0, grid[top - 1][wider.lowerBound] != grid[top - 1][range.lowerBound]
                    || grid[top - 1][wider.upperBound] != grid[top - 1][range.upperBound] { break }
                let middle = (columns[wider.lowerBound].lo + columns[wider.upperBound].hi) / 2
                guard abs(middle - center) < 0.15 * (columns[wider.upperBound].hi - columns[wider.lowerBound].lo) else { break }
                range = wider
            }
            for row in rows { for column in range { grid[row][column] = [index] } }
        }
        // A cell merged over several rows reaches the blank label positions above and below it,
        // among rows of its kind (header or numbers).
        for index in spanning.sorted() {
            let block = blocks[index]
            let rows = grid.indices.filter { row in block.columns.allSatisfy { grid[row][$0].contains(index) } }
            guard let top = rows.first, let bottom = rows.last else { continue }
            func labelBlank(_ row: Int) -> Bool {
                isHeader[row] == isHeader[top] && block.columns.allSatisfy { grid[row][$0].isEmpty }
                    && !(0...block.columns.upperBound).contains { isValue(row, $0) }
            }
            var row = top - 1
            while row >= 0, labelBlank(row) { for column in block.columns { grid[row][column] = [index] }; row -= 1 }
            row = bottom + 1
            while row < grid.count, labelBlank(row) { for column in block.columns { grid[row][column] = [index] }; row += 1 }
        }

        var seen = Set<[Int]>()
        let rows = grid.enumerated().map { row, cells in
            cells.enumerated().map { column, indices in
                let ordered = indices.sorted { (blocks[$0].y0, blocks[$0].segments[0].x0) < (blocks[$1].y0, blocks[$1].segments[0].x0) }
                guard let first = ordered.first else {
                    return PDFCell(text: "", page: page, x: columns[column].lo, y: bands[row].lo)
                }
                let text = ordered.dropFirst().reduce(blocks[first].text) { PDFText.join($0, blocks[$1].text) }
                let origin = blocks[first].segments[0]
                let isCopy = !seen.insert(ordered).inserted
                return PDFCell(text: text, page: origin.page, x: origin.x0, y: origin.y0, isSpanCopy: isCopy)
            }
        }
        return PDFTable(rows: rows, columns: columns)
    }
}

/// Joining and judging text pieces of a PDF.
enum PDFText {
    /// Two pieces of text printed one after the other: joined directly (Chinese has no spaces),
    /// with a space where either side is a Latin letter or digit (a line breaks at the space
    /// between a word or number and the Chinese beside it: `2023 年`).
    static func join(_ first: String, _ second: String) -> String {
        guard let last = first.unicodeScalars.last, let next = second.unicodeScalars.first else { return first + second }
        return isLatin(last) || isLatin(next) ? first + " " + second : first + second
    }

    private static func isLatin(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || scalar.isDigit)
    }

    /// Whether a piece of text starts with a page's field (发布日期：, 来源：, 索引号：): a line of
    /// its own, never the rest of a paragraph.
    static func startsField(_ text: String) -> Bool {
        let compact = String(text.unicodeScalars.prefix(12).filter { !$0.isBlank }.map(Character.init))
        return ["发布日期", "发布时间", "发文日期", "成文日期", "来源", "索引号", "文号", "发布机构", "时间"].contains { field in
            compact.hasPrefix(field + "：") || compact.hasPrefix(field + ":")
        }
    }

    /// Whether a piece of text starts a new item: 一、 （一） (1) 1. 1、 and the like.
    static func startsNewItem(_ text: String) -> Bool {
        let compact = LabelText.compact(text)
        return LabelText.stripNumbering(compact) != compact
    }
}
