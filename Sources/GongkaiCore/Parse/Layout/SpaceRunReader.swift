/// Cells separated by runs of spaces (text exported from a PDF). Words separated by a single
/// space stay one label (`结果 维持`); a blank cell cannot be told apart here, a dash can.
struct SpaceRunReader: TableLayoutReader {
    func applies(to lines: [SourceLine]) -> Bool {
        lines.contains { line in
            // Checked first on the bytes, as the split below would: a pipe refuses the line, and
            // a trimmed text without a space or an ideographic space is one token.
            guard !line.text.containsByte(0x7C), line.trimmed.utf8.containsBlankSeparator else { return false }
            let tokens = line.trimmed.splitCells(at: [.space, .ideographicSpace])
            return tokens.count >= 2 && !line.text.containsByte(0x7C) && tokens.dropFirst().contains { CellText.read($0).isValueLike }
        }
    }

    func rows(from lines: [SourceLine]) -> [GridRow] {
        lines.compactMap { line in
            guard !line.isBlank else { return nil }
            var cells: [GridCell] = []
            var previousWasWords = false
            for token in line.trimmed.splitCells(at: [.space, .tab, .ideographicSpace]) {
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

extension Substring.UTF8View {
    /// Whether the bytes hold a space (0x20) or an ideographic space (E3 80 80): without one, a
    /// split at spaces gives at most one token.
    var containsBlankSeparator: Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in self {
            if byte == 0x20 || (byte == 0x80 && previous == (0xE3, 0x80)) { return true }
            previous = (previous.1, byte)
        }
        return false
    }
}
