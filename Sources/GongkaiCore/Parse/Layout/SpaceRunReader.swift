/// Cells separated by runs of spaces (text exported from a PDF). Words separated by a single
/// space stay one label (`结果 维持`); a blank cell cannot be told apart here, a dash can.
struct SpaceRunReader: TableLayoutReader {
    func applies(to lines: [SourceLine]) -> Bool {
        lines.count { line in
            let tokens = line.trimmed.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" })
            return tokens.count >= 2 && !line.text.utf8.contains(0x7C) && tokens.dropFirst().contains { CellText.read($0).isValueLike }
        } >= 1
    }

    func rows(from lines: [SourceLine]) -> [GridRow] {
        lines.compactMap { line in
            guard !line.isBlank else { return nil }
            var cells: [GridCell] = []
            var previousWasWords = false
            for token in line.trimmed.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{3000}" }) {
                let isWords = CellText.read(token) == .words
                if isWords, previousWasWords, let last = cells.indices.last {
                    cells[last].text += " " + token
                } else {
                    cells.append(GridCell(text: String(token), line: line.number))
                }
                previousWasWords = isWords
            }
            return GridRow(cells: cells)
        }
    }
}
