/// One cell per line, each cell ending in " |", where an empty cell is a bare "|" line and a
/// line of two or more bare pipes ("||", "||||||||") ends a row: a web table stored cell by
/// cell (seen in real department reports kept by a crawler):
///
///     一、本年新收政府信息公开申请数量 |
///     |            ← six empty cells: 自然人 … 其他
///     …
///     0 |          ← 总计
///     ||
///
/// Unlike `CellStreamReader`, which reads a bare "|" as a separator (where cells do not end
/// in one, `real/a/07`), here every empty cell is seen, so a row is read by position
/// (`GridRow.printsEveryCell`). A row is still marked `isInferred`: unless its cells after the
/// label are exactly the form's, nothing says where its blanks belong, and it stays unknown.
struct TerminatedCellReader: TableLayoutReader {
    func applies(to lines: [SourceLine]) -> Bool {
        // Cells that end in a pipe, empty cells among them, and few lines of another shape (a
        // heading or a note broken over lines, read as labels).
        var terminated = 0
        var bare = 0
        var other = 0
        for line in lines where !line.isBlank {
            let text = line.trimmed
            if text.utf8.last != 0x7C {
                other += 1
            } else if text.utf8.count == 1 {
                bare += 1
            } else if !isRowEnd(text) {
                // `0  | ||`: a pipe inside the cell's line marks rows another way (a bare "|"
                // then starts a row, `real/a/02`), and this is not the layout.
                if text.utf8.dropLast().contains(0x7C) { return false }
                terminated += 1
            }
        }
        return terminated >= 4 && bare >= 1 && other * 4 <= terminated
    }

    func rows(from lines: [SourceLine]) -> [GridRow] {
        var rows = RowsByShape { row in
            row.printsEveryCell = true
            row.isInferred = true
        }
        for line in lines where !line.isBlank {
            let text = line.trimmed
            if isRowEnd(text) {
                rows.closeRow(marked: true)
                continue
            }
            let content = text.utf8.last == 0x7C ? text.dropLast().trimmingBlanks() : text  // without its closing pipe
            let cell = GridCell(text: String(content), line: line.number)
            if content.isEmpty {
                // An empty cell belongs to a row only once a label has named it.
                if rows.isOpen { rows.append(cell, isLabel: false) }
            } else {
                rows.append(cell, isLabel: !CellText.read(content).isValueLike)
            }
        }
        return rows.finish()
    }

    /// "||", "| ||||": two or more pipes and nothing else.
    private func isRowEnd(_ text: Substring) -> Bool {
        text.utf8.count >= 2 && text.utf8.allSatisfy { $0 == 0x7C || $0 == 0x20 }
    }
}
