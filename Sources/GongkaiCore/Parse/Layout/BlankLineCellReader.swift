/// One cell per line with one blank line between cells: a web or Word table copied out cell by
/// cell (real a/08, a/15, a/38, b/02). Here an empty cell is not lost: it shows as one more
/// blank line, so a gap of k blank lines between two cells holds k − 1 empty cells. Two lines
/// with no blank between them are one cell broken inside (本年新 / 制作数量).
///
/// Rows are found by their shape, as in `CellStreamReader`: the last label before a run of
/// values names the row, and the labels before it become rows of their own. A row whose cells
/// are all printed (no empty cell, no value broken off without a blank line) lists every cell
/// in order, so a short row (the page cut off) keeps its first values and a long one (a label
/// fragment after it) its first ones, as a printed table row does. A row holding empty cells
/// depends on the gap rule being this file's: it is taken only when it has exactly as many
/// cells as the form (`isInferred`), so an empty cell never moves a number to another column.
struct BlankLineCellReader: TableLayoutReader {
    func applies(to lines: [SourceLine]) -> Bool {
        var cellLines = 0
        var singleGaps = 0
        var gaps = 0
        var blanks = 0
        var seenCell = false
        for line in lines {
            if line.isBlank {
                blanks += 1
                continue
            }
            let trimmed = line.trimmed
            // A line holding several cells is another layout.
            if trimmed.containsByte(0x7C) || trimmed.containsByte(0x09) { return false }
            if seenCell {
                gaps += 1
                if blanks == 1 { singleGaps += 1 }
            }
            seenCell = true
            blanks = 0
            cellLines += 1
        }
        // Most cells are one blank line apart: that is what makes a longer gap mean empty cells.
        return cellLines >= 8 && singleGaps * 10 >= gaps * 6
    }

    func rows(from lines: [SourceLine]) -> [GridRow] {
        var rows: [GridRow] = []
        var labels: [GridCell] = []
        var values: [GridCell] = []
        var uncertain = false  // a value not set apart by a blank line: the gap rule does not hold
        func closeRow() {
            guard values.contains(where: { !$0.text.isEmpty }) else { return }
            let label = labels.popLast()
            rows += labels.map { GridRow(cells: [$0]) }
            while values.last?.text.isEmpty == true { values.removeLast() }
            var row = GridRow(cells: (label.map { [$0] } ?? []) + values)
            row.keepsLeadingBlanks = true
            row.isInferred = uncertain || values.contains { $0.text.isEmpty }
            rows.append(row)
            labels = []
            values = []
            uncertain = false
        }
        var blanks = 0
        var previousWasLabel = false
        var started = false
        for line in lines {
            if line.isBlank {
                blanks += 1
                continue
            }
            let text = String(line.trimmed)
            let isValue = CellText.read(line.trimmed).isValueLike
            defer { blanks = 0; started = true; previousWasLabel = !isValue }
            if started, blanks == 0 {
                if !isValue, previousWasLabel, values.isEmpty, let last = labels.indices.last {
                    labels[last].text += text  // a label broken inside its cell
                    continue
                }
                uncertain = uncertain || isValue
            }
            if isValue {
                // Empty cells after the row's label; between two labels they are empty heading
                // cells, and after the last value they end the row: neither holds a value.
                if started, blanks > 1, !labels.isEmpty {
                    values += Array(repeating: GridCell(text: "", line: line.number), count: blanks - 1)
                }
                values.append(GridCell(text: text, line: line.number))
            } else {
                closeRow()
                values = []
                labels.append(GridCell(text: text, line: line.number))
            }
        }
        closeRow()
        rows += labels.map { GridRow(cells: [$0]) }
        return rows
    }
}
