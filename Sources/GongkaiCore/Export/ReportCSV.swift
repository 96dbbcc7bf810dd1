import Foundation

/// CSV of reports for spreadsheets: UTF-8 with a BOM, one row per report: who and when, the
/// key figures (`kf.newReceived`), then one column per cell of either format (`t3.2021.newReceived.7` = table 3, 2021 format, row, 1-based column),
/// empty where a cell is unknown or the report uses the other format.
public enum ReportCSV {
    /// The byte order mark that makes spreadsheet programs read UTF-8.
    static let bom = "\u{FEFF}"

    /// Every cell column, in a fixed order: its machine key, its label as the form prints it
    /// (表 and format, row label · column heading; unique), and its cell in a report.
    static let cellColumns: [(name: String, label: String, value: @Sendable (Report) -> Cell?)] = {
        var columns: [(String, String, @Sendable (Report) -> Cell?)] = []
        for format in [ReportFormat.current, .trial] {
            let edition = format == .current ? "2021年版" : "2019年版"
            for row in Table2Row.rows(in: format) {
                for column in 0..<row.columnCount(in: format) {
                    columns.append(("t2.\(format.rawValue).\(row.rawValue).\(column + 1)",
                                    "表二（\(edition)）\(row.officialLabel)·\(row.columnLabels(in: format).dropFirst(column).first ?? "第\(column + 1)列")", { report in
                        report.table2?.format == format ? report.table2?.cell(row, column) : nil
                    }))
                }
            }
            for row in Table3Row.rows(in: format) {
                for column in 0..<7 {
                    columns.append(("t3.\(format.rawValue).\(row.rawValue).\(column + 1)",
                                    "表三（\(edition)）\(row.officialLabel)·\(Table3Column(rawValue: column)?.officialLabel ?? "第\(column + 1)列")", { report in
                        report.table3?.format == format ? report.table3?.cell(row, column) : nil
                    }))
                }
            }
        }
        for group in Table4Group.allCases {
            for column in 0..<5 {
                columns.append(("t4.\(group.rawValue).\(column + 1)", "表四 \(group.officialLabel)·\(Table4Column(rawValue: column)?.officialLabel ?? "第\(column + 1)列")",
                                { $0.table4?.cell(group, column) }))
            }
        }
        // A label printed twice by the forms keeps its machine key, so every header is unique.
        var seen: [String: Int] = [:]
        for (name, label, _) in columns { seen[label, default: 0] += 1 }
        return columns.map { ($0.0, seen[$0.1, default: 0] > 1 ? "\($0.1)（\($0.0)）" : $0.1, $0.2) }
    }()

    /// The columns about the report before its cells: machine key, Chinese header, Table Schema type, value.
    static let metaColumns: [(key: String, label: String, type: String, value: @Sendable (String, Report) -> String)] = [
        ("id", "编号", "string", { id, _ in id }),
        ("path", "文件", "string", { $1.path }),
        ("organ", "机关", "string", { $1.metadata.organ ?? "" }),
        ("township", "乡镇（街道）", "string", { $1.metadata.township ?? "" }),
        ("county", "县（区）", "string", { $1.metadata.county ?? "" }),
        ("year", "年度", "integer", { $1.metadata.year.map(String.init) ?? "" }),
        ("format", "表格格式", "string", { $1.format?.rawValue ?? "" }),
        ("published", "发布日期", "string", { $1.metadata.published ?? "" }),
        ("sha256", "原文件SHA-256", "string", { $1.sha256 }),
    ]

    /// The key figures (`KeyFigure`, the numbers pages compare), after the report's columns and
    /// before its cells: machine key `kf.<figure>`, Chinese header 关键数字·<label>, value (empty
    /// when unknown: a sum with an unknown term is unknown).
    static let figureColumns: [(key: String, label: String, figure: KeyFigure)] = KeyFigure.allCases.map {
        ("kf.\($0.rawValue)", "关键数字·\($0.label)", $0)
    }

    /// The long CSV's columns: machine key (the header), Chinese name, Table Schema type.
    static let longColumns: [(key: String, label: String, type: String)] = [
        ("report", "报告编号", "string"), ("table", "表", "integer"), ("row", "行", "string"), ("column", "列", "integer"),
        ("label", "栏目（行·列）", "string"), ("value", "数值", "number"), ("status", "单元格状态", "string"), ("line", "原文行号", "integer"),
    ]

    /// Where one year's CSV goes, under `data/`.
    public static func yearPath(_ year: Int) -> String { "years/\(year).csv" }

    /// The CSV of reports with their ids, one row each; with `chinese`, the header is the forms'
    /// own words (表三（2021年版）… · 自然人), the machine keys being in `datapackage.json`.
    public static func table(_ reports: [(id: String, report: Report)], chinese: Bool = false) -> String {
        var out: [UInt8] = []
        table(reports, chinese: chinese) { out += $0 }
        return String(decoding: out, as: UTF8.self)
    }

    /// The CSV of `table(_:chinese:)` (UTF-8) given a row at a time to `emit`, for a file written
    /// as it is made.
    /// `shared`, given a report's position in `reports` and how to make its line, gives the line:
    /// `reports.csv` and the years' CSVs share each line through `SharedRows`, so it is made once.
    static func table<Failure: Error>(_ reports: [(id: String, report: Report)], chinese: Bool = false,
                                      shared: ((Int, () -> [UInt8]) -> [UInt8])? = nil,
                                      emit: ([UInt8]) throws(Failure) -> Void) throws(Failure) {
        try table(count: reports.count, id: { reports[$0].id }, report: { reports[$0].report }, chinese: chinese, shared: shared, emit: emit)
    }

    /// `table(_:chinese:shared:emit:)` of `count` reports given by position: `report` is asked
    /// for only when its line is made (a line `shared` already holds needs no copy of its report).
    static func table<Failure: Error>(count: Int, id: (Int) -> String, report: (Int) -> Report, chinese: Bool = false,
                                      shared: ((Int, () -> [UInt8]) -> [UInt8])? = nil,
                                      emit: ([UInt8]) throws(Failure) -> Void) throws(Failure) {
        let header = chinese ? metaColumns.map(\.label) + figureColumns.map(\.label) + cellColumns.map(\.label)
            : metaColumns.map(\.key) + figureColumns.map(\.key) + cellColumns.map(\.name)
        try emit(Array((bom + header.map(field).joined(separator: ",") + "\r\n").utf8))
        var line: [UInt8] = []
        for position in 0..<count {
            if let shared {
                try emit(shared(position) { wideLine(id: id(position), report: report(position)) })
                continue
            }
            line.removeAll(keepingCapacity: true)
            appendWideLine(id: id(position), report: report(position), to: &line)
            try emit(line)
        }
    }

    /// One report's line of `table`: who and when, the key figures, the cells, CRLF.
    private static func appendWideLine(id: String, report: Report, to line: inout [UInt8]) {
        for (index, column) in metaColumns.enumerated() {
            if index > 0 { line.append(comma) }
            line.append(contentsOf: field(column.value(id, report)).utf8)
        }
        for column in figureColumns {
            line.append(comma)
            // A number's text needs no quoting (digits, a point, a sign a number starts with).
            column.figure.value(in: report)?.appendText(to: &line)
        }
        appendCellValues(of: report, to: &line)
        line.append(contentsOf: "\r\n".utf8)
    }

    private static func wideLine(id: String, report: Report) -> [UInt8] {
        var line: [UInt8] = []
        line.reserveCapacity(2048)
        appendWideLine(id: id, report: report, to: &line)
        return line
    }

    /// The lines of `table` the build's `reports.csv` and its years' CSVs both write (each report
    /// with a year is in both), by report index: the first to need a line makes and keeps it, the
    /// second takes it (and it is let go). A line both make at once is made twice, and kept by
    /// neither; lines are kept up to `limit` bytes in all, past which the second makes its own.
    /// Thread-safe.
    final class SharedRows: @unchecked Sendable {
        private let lock = NSLock()
        private var kept: [Int: [UInt8]] = [:]
        /// Lines being made by a first user.
        private var making: Set<Int> = []
        /// Lines a first user made but could not keep (past `limit`): the second makes its own.
        private var notKept: Set<Int> = []
        private var bytes = 0
        private let limit: Int

        init(limit: Int = 32 << 20) {
            self.limit = limit
        }

        /// The line of the report at `index`: the kept one, or `make`'s. `shared`: whether a
        /// second file will ask for it (a report without a year is in no year's CSV).
        func line(_ index: Int, shared: Bool = true, make: () -> [UInt8]) -> [UInt8] {
            guard shared else { return make() }
            lock.lock()
            if let line = kept.removeValue(forKey: index) {
                bytes -= line.count
                lock.unlock()
                return line
            }
            let second = making.remove(index) != nil || notKept.remove(index) != nil
            if !second { making.insert(index) }
            lock.unlock()
            let line = make()
            guard !second else { return line }
            lock.lock()
            if making.remove(index) != nil {
                if bytes + line.count <= limit {
                    kept[index] = line
                    bytes += line.count
                } else {
                    notKept.insert(index)
                }
            }
            lock.unlock()
            return line
        }

        /// How many bytes of lines are kept (for the tests).
        var keptBytes: Int {
            lock.lock()
            defer { lock.unlock() }
            return bytes
        }
    }

    /// Each cell column's value in a report, in the order of `cellColumns` (which walks the same
    /// formats, rows and columns), each after a comma: a row's cells are looked up once, not once
    /// per column.
    /// The row's values are walked in place (`forEachValue`), not made into an array of cells per row.
    private static func appendCellValues(of report: Report, to out: inout [UInt8]) {
        func add<Row: TableRowKey>(_ table: ReportTable<Row>?, _ row: Row, count: Int) {
            var written = 0
            table?.forEachValue(in: row) { column, value in
                guard column < count else { return }
                out.append(comma)
                value?.appendText(to: &out)
                written += 1
            }
            for _ in written..<count { out.append(comma) }
        }
        for format in [ReportFormat.current, .trial] {
            let table2 = report.table2?.format == format ? report.table2 : nil
            for row in Table2Row.rows(in: format) { add(table2, row, count: row.columnCount(in: format)) }
            let table3 = report.table3?.format == format ? report.table3 : nil
            for row in Table3Row.rows(in: format) { add(table3, row, count: 7) }
        }
        for group in Table4Group.allCases { add(report.table4, group, count: 5) }
    }

    /// `appendCellValues` as it was written, from each row's array of cells (`table[row]`): the
    /// oracle `ReportCSVTests` compares the walk with on every fixture report.
    static func cellValuesByRowArrays(of report: Report) -> [UInt8] {
        var out: [UInt8] = []
        func add(_ cells: [Cell]?, count: Int) {
            for column in 0..<count {
                out.append(comma)
                if let cells, column < cells.count, let value = cells[column].value { value.appendText(to: &out) }
            }
        }
        for format in [ReportFormat.current, .trial] {
            let table2 = report.table2?.format == format ? report.table2 : nil
            for row in Table2Row.rows(in: format) { add(table2?[row], count: row.columnCount(in: format)) }
            let table3 = report.table3?.format == format ? report.table3 : nil
            for row in Table3Row.rows(in: format) { add(table3?[row], count: 7) }
        }
        for group in Table4Group.allCases { add(report.table4?[group], count: 5) }
        return out
    }

    /// `appendCellValues` alone, for the tests.
    static func cellValues(of report: Report) -> [UInt8] {
        var out: [UInt8] = []
        appendCellValues(of: report, to: &out)
        return out
    }

    /// Every report's cells in one long (tidy) CSV: report id, table, row, column, label, value,
    /// status of the cell, line in the original.
    public static func allCells(_ reports: [(id: String, report: Report)]) -> String {
        var out: [UInt8] = []
        allCells(reports) { out += $0 }
        return String(decoding: out, as: UTF8.self)
    }

    /// The CSV of `allCells(_:)` (UTF-8) given a report at a time to `emit`, for a file written
    /// as it is made.
    /// `written` gives, for the report at a position of `reports`, the bytes of its own CSV
    /// (`cellsUTF8`) as the same build wrote it, or nil: its lines are then the long CSV's
    /// lines less the id (`addPrefixed`), and the report's cells are not made a second time.
    static func allCells<Failure: Error>(_ reports: [(id: String, report: Report)], written: (Int) -> [UInt8]? = { _ in nil },
                                         emit: ([UInt8]) throws(Failure) -> Void) throws(Failure) {
        try allCells(count: reports.count, id: { reports[$0].id }, report: { reports[$0].report }, written: written, emit: emit)
    }

    /// `allCells(_:written:emit:)` of `count` reports given by position: `report` is asked for
    /// only when `written` has no file for it.
    static func allCells<Failure: Error>(count: Int, id: (Int) -> String, report: (Int) -> Report, written: (Int) -> [UInt8]? = { _ in nil },
                                         emit: ([UInt8]) throws(Failure) -> Void) throws(Failure) {
        try emit(allCellsHeader)
        var rows: [UInt8] = []
        rows.reserveCapacity(32_000)
        for position in 0..<count {
            rows.removeAll(keepingCapacity: true)
            appendAllCellsPart(id: id(position), file: written(position), report: { report(position) }, to: &rows)
            try emit(rows)
        }
    }

    /// The first line of `allCells`' CSV (BOM included), before any report's lines.
    static var allCellsHeader: [UInt8] { Array((bom + longColumns.map(\.key).joined(separator: ",") + "\r\n").utf8) }

    /// Adds one report's lines of `allCells`' CSV to `rows`: the lines of its own CSV `file`
    /// (`cellsUTF8`, as the same build wrote it) each after the id, or, without such a file, its
    /// cells made again from `report()`.
    static func appendAllCellsPart(id: String, file: [UInt8]?, report: () -> Report, to rows: inout [UInt8]) {
        let prefix = Array((field(id) + ",").utf8)
        // `addPrefixed` adds nothing when it says false.
        if let file, addPrefixed(file, prefix: prefix, to: &rows) { return }
        addCells(of: report(), prefix: prefix, to: &rows)
    }

    /// The header of a report's own CSV (`cellsUTF8`), BOM included.
    private static let reportHeader = Array((bom + "table,row,column,label,value,status,line\r\n").utf8)

    /// Adds the lines of a report's own CSV (`cellsUTF8`'s bytes) after its header, each after
    /// `prefix`: what `addCells(of:prefix:to:)` adds for the report, since every line of that CSV
    /// ends at its only line feed (the labels are the forms' own, without one:
    /// `ReportCSVTests` checks every head). False, adding nothing, when `file` does not start
    /// with the header or end a line.
    static func addPrefixed(_ file: [UInt8], prefix: [UInt8], to out: inout [UInt8]) -> Bool {
        guard file.count >= reportHeader.count, file.starts(with: reportHeader),
              file.count == reportHeader.count || file.last == UInt8(ascii: "\n") else { return false }
        file.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var start = reportHeader.count
            while start < buffer.count {
                let end = memchr(base + start, 0x0A, buffer.count - start).map { UnsafePointer<UInt8>($0.assumingMemoryBound(to: UInt8.self)) - base + 1 } ?? buffer.count
                out.append(contentsOf: prefix)
                out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start..<end]))
                start = end
            }
        }
        return true
    }

    /// One report's cells in long form: table, row, column, value, status, line.
    public static func cells(of report: Report) -> String {
        String(decoding: cellsUTF8(of: report), as: UTF8.self)
    }

    /// `cells(of:)` as UTF-8 bytes.
    static func cellsUTF8(of report: Report) -> [UInt8] {
        var out = Array((bom + "table,row,column,label,value,status,line\r\n").utf8)
        out.reserveCapacity(32_000)
        addCells(of: report, prefix: [], to: &out)
        return out
    }

    private static let comma = UInt8(ascii: ",")

    /// One CSV line per cell of the report's tables, each starting with `prefix`: table, row,
    /// column, label, value, status, line.
    /// The prefix and the heads are appended from buffers borrowed once per table (`HeadBytes`):
    /// appending an array element retained and released it, twice for every cell.
    private static func addCells(of report: Report, prefix: [UInt8], to out: inout [UInt8]) {
        let format = report.format ?? .current
        prefix.withUnsafeBufferPointer { prefix in
            func add<Row: TableRowKey>(_ table: ReportTable<Row>?, number: Int) {
                guard let table else { return }
                let heads = cellLineHeadBytes[number - 2][format == .current ? 0 : 1]
                heads.bytes.withUnsafeBufferPointer { headBytes in
                    heads.bounds.withUnsafeBufferPointer { bounds in
                        for row in table.rows {
                            let first = row.ordinal * heads.columns
                            table.forEachCell(in: row) { column, cell in
                                out.append(contentsOf: prefix)
                                if column < heads.columns {
                                    out.append(contentsOf: UnsafeBufferPointer(rebasing: headBytes[bounds[first + column]..<bounds[first + column + 1]]))
                                } else {
                                    out.append(contentsOf: cellLineHead(number, row, column, format: format))
                                }
                                cell.value?.appendText(to: &out)
                                out.append(comma)
                                out.append(literal: statusText(cell.status))
                                out.append(comma)
                                if let line = cell.line { appendDigits(line, to: &out) }
                                out.append(literal: "\r\n")
                            }
                        }
                    }
                }
            }
            add(report.table2, number: 2)
            add(report.table3, number: 3)
            add(report.table4, number: 4)
        }
    }

    /// A cell's status as the CSV writes it: its `rawValue`.
    static func statusText(_ status: Cell.Status) -> StaticString {
        switch status {
        case .printed: "printed"
        case .blank: "blank"
        case .dash: "dash"
        case .unreadable: "unreadable"
        case .missing: "missing"
        }
    }

    /// One table's `cellLineHeadTables` in one format, joined: the head of the row with ordinal
    /// `r` at column `c` is `bytes[bounds[r * columns + c]..<bounds[r * columns + c + 1]]`.
    struct HeadBytes: Sendable {
        let bytes: [UInt8]
        let bounds: [Int]
        let columns: Int

        init(_ rows: [[[UInt8]]], columns: Int) {
            var bytes: [UInt8] = [], bounds = [0]
            for row in rows {
                for column in 0..<columns {
                    bytes += row[column]
                    bounds.append(bytes.count)
                }
            }
            self.bytes = bytes
            self.bounds = bounds
            self.columns = columns
        }

        /// The head of the row with `ordinal` at `column`.
        func head(_ ordinal: Int, _ column: Int) -> ArraySlice<UInt8> {
            bytes[bounds[ordinal * columns + column]..<bounds[ordinal * columns + column + 1]]
        }
    }

    /// `cellLineHeadTables` joined (`HeadBytes`), by table (2, 3, 4), then format (current, trial).
    static let cellLineHeadBytes: [[HeadBytes]] = zip(cellLineHeadTables, [3, 7, 5]).map { formats, columns in
        formats.map { HeadBytes($0, columns: columns) }
    }

    /// A long CSV line's part from the table to the label (`3,newReceived,1,本年新收政府信息公开申请数量 自然人,`),
    /// for a report whose labels follow `format`. Keys and numbers need no quoting; only the
    /// label is free text.
    static func cellLineHead<Row: TableRowKey>(_ number: Int, _ row: Row, _ column: Int, format: ReportFormat) -> [UInt8] {
        let heading: String? = switch row {
        case let row as Table2Row: row.columnLabels(in: format).dropFirst(column).first
        case is Table3Row: Table3Column(rawValue: column)?.officialLabel
        default: Table4Column(rawValue: column)?.officialLabel
        }
        return Array("\(number),\(row.rawValue),\(column + 1),\(field(row.officialLabel + " " + (heading ?? ""))),".utf8)
    }

    /// `cellLineHead` of every row of the three tables in both formats, for the columns the
    /// tables have, made once: each of tens of thousands of reports' cells reuses them. By table
    /// (2, 3, 4), then format (current, trial), then the row's `ordinal` (an array index: a
    /// dictionary keyed by the row's name hashed that name for every row of every report).
    static let cellLineHeadTables: [[[[[UInt8]]]]] = {
        func heads<Row: TableRowKey>(_ rows: [Row], number: Int, columns: Int) -> [[[[UInt8]]]] {
            [ReportFormat.current, .trial].map { format in
                rows.map { row in (0..<columns).map { cellLineHead(number, row, $0, format: format) } }
            }
        }
        return [heads(Array(Table2Row.allCases), number: 2, columns: 3), heads(Array(Table3Row.allCases), number: 3, columns: 7),
                heads(Array(Table4Group.allCases), number: 4, columns: 5)]
    }()

    /// Appends an integer in decimal ASCII, as `"\(value)"` prints it.
    private static func appendDigits(_ value: Int, to out: inout [UInt8]) {
        if value < 0 { out.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            for index in stride(from: count - 1, through: 0, by: -1) { out.append(buffer[index]) }
        }
    }

    /// A CSV file of `rows` (the first is the header): BOM, fields quoted as `field` does, CRLF.
    static func document(_ rows: [[String]]) -> String {
        bom + rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// A CSV field: quoted when needed; text that a spreadsheet would run as a formula is defused.
    static func field(_ text: String) -> String {
        guard let first = text.utf8.first, first == UInt8(ascii: "=") || first == UInt8(ascii: "+") || first == UInt8(ascii: "@")
                || first == UInt8(ascii: "-") || text.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else {
            return text
        }
        var value = text
        if let first = value.first, "=+@".contains(first) || (first == "-" && Decimal(string: value) == nil) { value = "'" + value }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
