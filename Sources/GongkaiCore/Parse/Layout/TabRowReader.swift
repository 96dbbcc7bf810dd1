/// Rows as lines, cells separated by tabs: text copied out of a Word or web table.
struct TabRowReader: TableLayoutReader {
    func applies(to lines: [SourceLine]) -> Bool {
        lines.hasAtLeast(2) { $0.text.containsByte(0x09) && $0.trimmed.containsByte(0x09) }
    }

    func rows(from lines: [SourceLine]) -> [GridRow] {
        lines.compactMap { line in
            guard !line.isBlank else { return nil }
            let cells = line.text.splitAtTabs().map {
                GridCell(text: String($0.trimmingBlanks()), line: line.number)
            }
            var row = GridRow(cells: cells)
            row.printsEveryCell = true
            return row
        }
    }
}

extension String {
    /// The text split at every tab, empty pieces kept: `split(separator: "\t",
    /// omittingEmptySubsequences: false)` on the bytes. A tab is a control character, which is
    /// always a character of its own, so its bytes are exactly where the character split cuts.
    func splitAtTabs() -> [Substring] {
        var pieces: [Substring] = []
        var start = utf8.startIndex
        var index = start
        while index < utf8.endIndex {
            if utf8[index] == 0x09 {
                pieces.append(self[start..<index])
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        pieces.append(self[start..<utf8.endIndex])
        return pieces
    }
}
