/// Rows as lines, cells separated by tabs: text copied out of a Word or web table.
struct TabRowReader: TableLayoutReader {
    func applies(to lines: [SourceLine]) -> Bool {
        lines.count { $0.trimmed.utf8.contains(0x09) } >= 2
    }

    func rows(from lines: [SourceLine]) -> [GridRow] {
        lines.compactMap { line in
            guard !line.isBlank else { return nil }
            let cells = line.text.split(separator: "\t", omittingEmptySubsequences: false).map {
                GridCell(text: String($0.trimmingBlanks()), line: line.number)
            }
            return GridRow(cells: cells)
        }
    }
}
