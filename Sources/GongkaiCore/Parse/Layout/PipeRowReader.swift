/// Markdown pipe rows, `| 行政许可 | 0 |`, with or without outer pipes and padding cells.
struct PipeRowReader: TableLayoutReader {
    func applies(to lines: [SourceLine]) -> Bool {
        // A line with two "|" characters and a value between them. Two "|" need two 0x7C bytes:
        // counting bytes first skips the split on every line of the other layouts. An empty
        // piece is no value, so the pieces may keep the empty ones.
        lines.contains { line in
            guard line.text.holdsByte(0x7C, atLeast: 2) else { return false }
            let pieces = Substring(line.text).splitCells(at: .pipe, omittingEmpty: false)
            return pieces.count >= 3 && pieces.contains { CellText.read($0).isValueLike }
        }
    }

    func rows(from lines: [SourceLine]) -> [GridRow] {
        lines.compactMap { line in
            let trimmed = line.trimmed
            guard !trimmed.isEmpty, !isSeparator(trimmed) else { return nil }
            guard trimmed.containsByte(0x7C) else { return GridRow(cells: [GridCell(text: String(trimmed), line: line.number)]) }
            var parts = trimmed.splitCells(at: .pipe, omittingEmpty: false)
            // The pieces of a character split: the first is empty exactly when the text starts
            // with a "|" character (`hasPrefix("|")`; a "|" joined by a combining mark is none),
            // the last exactly when it ends with one; asked before either is removed, as the
            // text was asked.
            let (opens, closes) = (parts.first?.isEmpty == true, parts.last?.isEmpty == true)
            if opens { parts.removeFirst() }
            if closes, !parts.isEmpty { parts.removeLast() }
            var row = GridRow(cells: parts.map { GridCell(text: String($0.trimmingBlanks()), line: line.number) })
            row.printsEveryCell = true
            return row
        }
    }

    /// `|---|:--:|`: the header separator of a markdown table.
    private func isSeparator(_ text: Substring) -> Bool {
        text.containsByte(0x2D) && text.unicodeScalars.allSatisfy { $0 == "|" || $0 == "-" || $0 == ":" || $0.isBlank }
    }
}

extension Sequence {
    /// Whether at least `minimum` elements satisfy `predicate` (`count(where:) >= minimum`,
    /// stopping at the `minimum`th).
    func hasAtLeast(_ minimum: Int, where predicate: (Element) -> Bool) -> Bool {
        var found = 0
        for element in self where predicate(element) {
            found += 1
            if found >= minimum { return true }
        }
        return found >= minimum
    }
}
