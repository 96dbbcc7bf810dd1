/// One cell per line, rows separated by blank lines (seed 002): text copied out of a PDF or a
/// Word table cell by cell. A lone character on a line continues the label above it, which
/// reads a vertical label (不/予/公/开, one per line) as one cell.
struct CellPerLineReader: TableLayoutReader {
    func applies(to lines: [SourceLine]) -> Bool {
        lines.hasAtLeast(4) { line in
            let trimmed = line.trimmed
            return !trimmed.containsByte(0x09) && !trimmed.containsByte(0x20) && CellText.read(trimmed).isValueLike
        }
    }

    func rows(from lines: [SourceLine]) -> [GridRow] {
        var rows: [GridRow] = []
        var cells: [GridCell] = []
        for line in lines {
            if line.text.isEmpty || (line.isBlank && !line.text.containsByte(0x09)) {
                if !cells.isEmpty { rows.append(GridRow(cells: cells)) }
                cells = []
                continue
            }
            let text = String(line.trimmed)
            if isVerticalLabelPiece(text), let last = cells.lastIndex(where: { !$0.text.isEmpty }),
               case .words = CellText.read(Substring(cells[last].text)) {
                cells[last].text += text
            } else {
                cells.append(GridCell(text: text, line: line.number))
            }
        }
        if !cells.isEmpty { rows.append(GridRow(cells: cells)) }
        return rows
    }

    /// A single Han character that is not a number: a piece of a label written vertically.
    private func isVerticalLabelPiece(_ text: String) -> Bool {
        // One scalar is at most four bytes: a longer text is not counted scalar by scalar.
        text.utf8.count <= 4 && text.unicodeScalars.count == 1 && text.unicodeScalars.allSatisfy(\.isHan)
    }
}
