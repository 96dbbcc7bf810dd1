/// One of a report's tables 2–4 on its page: made into a `TableView` only when a template asks
/// for it (a theme's own report template), and written straight from the report's cells where
/// the default theme's page is written whole (`write(to:)`): the table's markup around its
/// number cells is the same for every table of a format, so it is made once per process
/// (`Skeleton`) and only the number cells are written per page, without a `TableView`, a
/// `TableCellView` or a `String` per cell (building and writing the three tables was more than
/// half of a report page's work).
struct OfficialTable: Sendable {
    enum Kind: Sendable {
        case table2(ReportTable<Table2Row>)
        case table3(ReportTable<Table3Row>)
        case table4(ReportTable<Table4Group>)
    }

    let kind: Kind
    let tables: OfficialTables

    /// The table as templates see it.
    var view: TableView {
        switch kind {
        case .table2(let table): tables.table2(table)
        case .table3(let table): tables.table3(table)
        case .table4(let table): tables.table4(table)
        }
    }

    /// The table's caption and id, as `view` has them.
    var caption: String { skeletonParts.caption }
    var id: String { skeletonParts.id }

    private var skeletonParts: (caption: String, id: String) {
        switch kind {
        case .table2(let table): Self.table2Skeletons[table.format].map { ($0.caption, $0.id) } ?? (view.caption, view.id)
        case .table3(let table): Self.table3Skeletons[table.format].map { ($0.caption, $0.id) } ?? (view.caption, view.id)
        case .table4(let table): Self.table4Skeletons[table.format].map { ($0.caption, $0.id) } ?? (view.caption, view.id)
        }
    }

    /// Writes `view.html`: from the skeleton of the table's format when the table has that
    /// format's shape, else through `view`.
    func write(to out: inout HTMLBytes) {
        let written = switch kind {
        case .table2(let table): Self.table2Skeletons[table.format]?.write(table, tables: tables, to: &out) ?? false
        case .table3(let table): Self.table3Skeletons[table.format]?.write(table, tables: tables, to: &out) ?? false
        case .table4(let table): Self.table4Skeletons[table.format]?.write(table, tables: tables, to: &out) ?? false
        }
        if !written { view.write(to: &out) }
    }

    static let table2Skeletons = Skeleton<Table2Row>.all { OfficialTables.unflagged.table2($0, cell: $1) }
    static let table3Skeletons = Skeleton<Table3Row>.all { OfficialTables.unflagged.table3($0, cell: $1) }
    static let table4Skeletons = Skeleton<Table4Group>.all { OfficialTables.unflagged.table4($0, cell: $1) }

    /// A table's HTML as `TableView.write` writes it for a format, cut at its number cells:
    /// slot `i`'s `piece` comes before its cell, `end` after the last cell (the notes under the
    /// table, which depend on the cells, follow it). Made by writing the table of a format with
    /// a marker in place of each number cell.
    /// Every piece and every slot's fixed parts are ranges of one byte buffer, and the slots are
    /// plain values: a page reads each table's skeleton and every slot of it, and an array (or an
    /// object) per piece and per part cost a retain and a release at each read, a third of
    /// writing the tables.
    final class Skeleton<Row: TableRowKey>: Sendable {
        let format: ReportFormat
        let caption: String
        let id: String
        /// The pieces and the slots' parts, back to back.
        let bytes: [UInt8]
        let slots: [Slot]
        /// The bytes after the last cell (`bytes[end]`).
        let end: Range<Int>
        /// Each slot's index by its cell id (`t3-newReceived-6`, what `OfficialTables.flagged`
        /// is keyed by).
        let slotIndexes: [String: Int]

        /// A number cell of the table: where it is and its fixed parts in `bytes`.
        struct Slot: Sendable {
            let row: Row
            /// The cell's 0-based column.
            let column: Int
            /// The table's HTML before the cell, after the previous one.
            let piece: Range<Int>
            /// `<td id="…" class="number`, with the id escaped as `TableCellView` escapes an anchor.
            let open: Range<Int>
            /// ` colspan="N"` (table 2's last cell of a short row), or nothing.
            let colspan: Range<Int>
            /// The cell's link to itself and its end: `<a class="cite" href="#…">链接</a></td>`.
            let cite: Range<Int>
        }

        typealias Make = (ReportTable<Row>, OfficialTables.DataCell) -> TableView

        /// The skeleton of each format whose table can be cut (every format; nil would leave
        /// the table to `view`).
        static func all(_ make: Make) -> [ReportFormat: Skeleton] {
            var all: [ReportFormat: Skeleton] = [:]
            for format in ReportFormat.allCases { all[format] = Skeleton(format: format, make: make) }
            return all
        }

        /// The marker a number cell is written as: a private-use scalar and the cell's number.
        private static var marker: String { "\u{E000}" }

        init?(format: ReportFormat, make: Make) {
            var references: [CellReference] = []
            let view = make(ReportTable(format: format, lines: 1...1)) { _, reference, _ in
                references.append(reference)
                return TableCellView(text: Self.marker + String(references.count - 1), header: false)
            }
            var out = HTMLBytes(capacity: 16_384)
            view.write(to: &out)
            let bytes = out.bytes
            // Each marker cell is written `<td>` or `<td colspan="N">`, the marker, its number, `</td>`.
            let markerBytes = Array(Self.marker.utf8), open = Array("<td".utf8), close = Array("</td>".utf8)
            var buffer: [UInt8] = [], slots: [Slot] = [], ids: [String] = []
            var start = 0, index = 0
            while let found = Self.find(markerBytes, in: bytes, from: index) {
                guard let cellStart = Self.findLast(open, in: bytes, before: found), cellStart >= start,
                      let cellEnd = Self.find(close, in: bytes, from: found) else { return nil }
                let digits = bytes[(found + markerBytes.count)..<cellEnd]
                let attributes = String(decoding: bytes[(cellStart + open.count)..<(found - 1)], as: UTF8.self)
                guard let number = Int(String(decoding: digits, as: UTF8.self)), number == slots.count, number < references.count,
                      let row = Row(rawValue: references[number].row) else { return nil }
                var colspan: String?
                if !attributes.isEmpty {
                    guard attributes.hasPrefix(" colspan=\""), attributes.hasSuffix("\"") else { return nil }
                    colspan = String(attributes.dropFirst(10).dropLast())
                }
                let reference = references[number]
                let cellID = OfficialTables.cellID(reference)
                let escaped = HTMLText.escapedBytes(cellID)
                // Appends `parts` to the buffer, giving their range.
                func add(_ parts: [UInt8]...) -> Range<Int> {
                    let first = buffer.count
                    for part in parts { buffer += part }
                    return first..<buffer.count
                }
                slots.append(Slot(
                    row: row, column: reference.column,
                    piece: add(Array(bytes[start..<cellStart])),
                    open: add(Array("<td id=\"".utf8), escaped, Array("\" class=\"number".utf8)),
                    colspan: add(colspan.map { Array(" colspan=\"\($0)\"".utf8) } ?? []),
                    cite: add(Array("<a class=\"cite\" href=\"#".utf8), escaped, Array("\">链接</a></td>".utf8))))
                ids.append(cellID)
                start = cellEnd + close.count
                index = start
            }
            guard slots.count == references.count else { return nil }
            end = buffer.count..<(buffer.count + bytes.count - start)
            buffer += bytes[start...]
            self.format = format
            caption = view.caption
            id = view.id
            self.bytes = buffer
            self.slots = slots
            slotIndexes = Dictionary(ids.enumerated().map { ($1, $0) }) { first, _ in first }
        }

        /// Writes `table` (of this skeleton's format) as `TableView.write` writes the table
        /// `make` makes of it; false, writing nothing, when a row of the table has another
        /// number of cells than its format's.
        func write(_ table: ReportTable<Row>, tables: OfficialTables, to out: inout HTMLBytes) -> Bool {
            guard table.format == format, table.hasFormatShape else { return false }
            var notes = UnknownNotes()
            // The failed checks naming each slot's cell: the report's few flagged cells placed
            // by id, rather than every cell's id looked up among them.
            var flagged: [String?] = []
            if !tables.flagged.isEmpty {
                flagged = Array(repeating: nil, count: slots.count)
                for (cell, checks) in tables.flagged { if let index = slotIndexes[cell] { flagged[index] = checks } }
            }
            bytes.withUnsafeBufferPointer { parts in
                for (index, slot) in slots.enumerated() {
                    out.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: parts[slot.piece]))
                    tables.writeDataCell(table.cell(slot.row, slot.column), slot: slot, parts: parts, checks: flagged.isEmpty ? nil : flagged[index],
                                         tableID: id, notes: &notes, to: &out)
                }
                out.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: parts[end]))
            }
            TableView.writeNotes(notes.texts, table: id, to: &out)
            return true
        }

        private static func find(_ needle: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
            guard bytes.count >= needle.count, from <= bytes.count - needle.count else { return nil }
            return (from...(bytes.count - needle.count)).first { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }
        }

        private static func findLast(_ needle: [UInt8], in bytes: [UInt8], before: Int) -> Int? {
            guard before >= needle.count else { return nil }
            return (0...(before - needle.count)).reversed().first { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }
        }
    }
}

extension OfficialTables {
    /// Writes the cell `dataCell` makes as `TableCellView.write` writes it, without making it:
    /// the slot's bytes made once (ranges of `parts`, its skeleton's bytes), the cell's classes,
    /// note, number and footnote. `checks`: the failed checks naming the cell (`flagged` under
    /// the slot's cell id), nil when none does.
    func writeDataCell<Row>(_ cell: Cell, slot: OfficialTable.Skeleton<Row>.Slot, parts: UnsafeBufferPointer<UInt8>, checks: String?, tableID: String,
                            notes: inout UnknownNotes, to out: inout HTMLBytes) {
        out.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: parts[slot.open]))
        if cell.value == nil { out.bytes += Self.unknownClass }
        if checks != nil { out.bytes += Self.flaggedClass }
        out.bytes.append(UInt8(ascii: "\""))
        var note: String?
        var footnote: Int?
        if cell.value == nil {
            let reason = Self.unknownReason(cell)
            note = reason
            footnote = notes.number(for: reason)
        } else if let text = cell.text {
            note = Self.printedNote(text)
        }
        if let checks { note = Self.flaggedNote(note, checks: checks) }
        if let note {
            out.bytes += Self.titleOpen
            out.escaped(note)
            out.bytes.append(UInt8(ascii: "\""))
        }
        out.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: parts[slot.colspan]))
        out.bytes.append(UInt8(ascii: ">"))
        if let value = cell.value, value.smallWholeValue != nil { value.appendText(to: &out.bytes) } else { out.escaped(Display.number(cell.value)) }
        if let footnote { TableCellView.writeFootnote(footnote, table: tableID, to: &out) }
        out.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: parts[slot.cite]))
    }

    private static let unknownClass = Array(" unknown".utf8)
    private static let flaggedClass = Array(" flagged".utf8)
    private static let titleOpen = Array(" title=\"".utf8)
}
