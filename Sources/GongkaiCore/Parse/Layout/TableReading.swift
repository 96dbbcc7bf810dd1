/// What a table interpreter read from one layout's rows, with how much it recognised.
struct TableReading<Row: TableRowKey>: Sendable {
    /// The table.
    var table: ReportTable<Row>
    /// What was wrong in the table.
    var diagnostics: [Diagnostic]
    /// How many cells were read as the form has them (numbers, dashes, blanks; not unreadable
    /// text, not missing): the measure by which layouts compete.
    var score: Int {
        table.rows.reduce(0) { total, row in
            total + table.count(in: row) { $0 == .printed || $0 == .dash || $0 == .blank }
        }
    }
}

extension TableReading {
    /// The reading of the layout reader that recognises the most cells in the lines, or nil.
    static func best(in lines: [SourceLine], interpret: ([GridRow]) -> TableReading?) -> TableReading? {
        var best: TableReading?
        var bestScore = 0  // best's score, counted once
        // Runs of digits are cut only by the stream reader, where a run is one cell to split.
        let readers: [any TableLayoutReader] = lines.contains(where: \.isRun) ? [CellStreamReader()] : tableLayoutReaders
        // Rows another reader already gave read the same (the interpreters are pure functions):
        // their reading is neither better nor complete, or the loop would have stopped there.
        var readRows: [[GridRow]] = []
        for reader in readers where reader.applies(to: lines) {
            let rows = reader.rows(from: lines)
            if readRows.contains(rows) { continue }
            readRows.append(rows)
            guard let reading = interpret(rows) else { continue }
            let score = reading.score
            if score > bestScore {
                best = reading
                bestScore = score
            }
            // A reading with every cell of every row is as good as a reading gets: stop there.
            if score == reading.table.rows.reduce(0, { $0 + $1.columnCount(in: reading.table.format) }) { break }
        }
        return best
    }
}
