/// A table printed as a stream of cells whose row ends are not marked: one cell per line with
/// or without blank lines between cells, each cell ending in " |", a bare "|" line between
/// cells or rows, "| ||||" padding, header cells broken over two lines, and the pieces of a
/// crawler's one-line text after `DumpUnfolder` cut them apart.
///
/// Rows are found by their shape: a run of label cells, then a run of value cells. The last
/// label before the values names the row; the labels before it (headers, group headers, the
/// first half of a broken label) become rows of their own. Blank cells cannot be seen in a
/// stream, so each value row is marked `isInferred`: the interpreters take it only when it has
/// exactly as many values as the form.
struct CellStreamReader: TableLayoutReader {
    func applies(to lines: [SourceLine]) -> Bool {
        lines.contains { !$0.isBlank }
    }

    func rows(from lines: [SourceLine]) -> [GridRow] {
        var rows = RowsByShape { $0.isInferred = true }
        for line in lines {
            for cell in Self.cells(of: line) {
                rows.append(cell, isLabel: !CellText.read(Substring(cell.text)).isValueLike)
            }
        }
        return rows.finish()
    }

    /// The non-empty cells of one line: split at pipes and tabs, and at blanks between values
    /// (`0 0 0`), never inside a label (`结果 维持`).
    static func cells(of line: SourceLine) -> [GridCell] {
        if line.isRun { return [GridCell(text: String(line.trimmed), line: line.number, isRun: true)] }
        var cells: [GridCell] = []
        for part in Substring(line.text).splitCells(at: [.pipe, .tab]) {
            let trimmed = part.trimmingBlanks()
            guard !trimmed.isEmpty else { continue }
            let tokens = trimmed.splitCells(at: [.space, .ideographicSpace])
            if tokens.count > 1, tokens.allSatisfy({ CellText.read($0).isValueLike }) {
                cells += tokens.map { GridCell(text: String($0), line: line.number) }
            } else {
                cells.append(GridCell(text: String(trimmed), line: line.number))
            }
        }
        return cells
    }
}
