import Foundation

/// CSV of reports for spreadsheets: UTF-8 with a BOM, one row per report and one column per
/// cell of either format (`t3.2021.newReceived.7` = table 3, 2021 format, row, 1-based column),
/// empty where a cell is unknown or the report uses the other format.
public enum ReportCSV {
    /// The byte order mark that makes spreadsheet programs read UTF-8.
    static let bom = "\u{FEFF}"

    /// Every cell column, in a fixed order.
    static let cellColumns: [(name: String, value: @Sendable (Report) -> Cell?)] = {
        var columns: [(String, @Sendable (Report) -> Cell?)] = []
        for format in [ReportFormat.current, .trial] {
            for row in Table2Row.rows(in: format) {
                for column in 0..<row.columnCount(in: format) {
                    columns.append(("t2.\(format.rawValue).\(row.rawValue).\(column + 1)", { report in
                        report.table2?.format == format ? report.table2?.cell(row, column) : nil
                    }))
                }
            }
            for row in Table3Row.rows(in: format) {
                for column in 0..<7 {
                    columns.append(("t3.\(format.rawValue).\(row.rawValue).\(column + 1)", { report in
                        report.table3?.format == format ? report.table3?.cell(row, column) : nil
                    }))
                }
            }
        }
        for group in Table4Group.allCases {
            for column in 0..<5 {
                columns.append(("t4.\(group.rawValue).\(column + 1)", { $0.table4?.cell(group, column) }))
            }
        }
        return columns
    }()

    /// The CSV of reports with their ids.
    public static func table(_ reports: [(id: String, report: Report)]) -> String {
        var lines = [(["id", "path", "organ", "township", "county", "year", "format", "published", "sha256"] + cellColumns.map(\.name)).map(field).joined(separator: ",")]
        for (id, report) in reports {
            let meta = [id, report.path, report.metadata.organ ?? "", report.metadata.township ?? "", report.metadata.county ?? "",
                        report.metadata.year.map(String.init) ?? "", report.format?.rawValue ?? "", report.metadata.published ?? "", report.sha256]
            let cells = cellColumns.map { column in column.value(report)?.value?.text ?? "" }
            lines.append((meta + cells).map(field).joined(separator: ","))
        }
        return bom + lines.joined(separator: "\r\n") + "\r\n"
    }

    /// One report's cells in long form: table, row, column, value, status, line.
    public static func cells(of report: Report) -> String {
        var out = bom + "table,row,column,label,value,status,line\r\n"
        out.reserveCapacity(20_000)
        func add<Row: TableRowKey>(_ table: ReportTable<Row>?, number: Int, labels: (Row, Int) -> String) {
            guard let table else { return }
            for row in table.rows {
                for (column, cell) in table[row].enumerated() {
                    // Keys, numbers and statuses need no quoting; only the label is free text.
                    out += "\(number),\(row.rawValue),\(column + 1),"
                    out += field(labels(row, column))
                    out += ","
                    if let value = cell.value { out += value.text }
                    out += ",\(cell.status.rawValue),"
                    if let line = cell.line { out += "\(line)" }
                    out += "\r\n"
                }
            }
        }
        let format = report.format ?? .current
        add(report.table2, number: 2) { row, column in row.officialLabel + " " + (row.columnLabels(in: format).dropFirst(column).first ?? "") }
        add(report.table3, number: 3) { row, column in row.officialLabel + " " + (Table3Column(rawValue: column)?.officialLabel ?? "") }
        add(report.table4, number: 4) { group, column in group.officialLabel + " " + (Table4Column(rawValue: column)?.officialLabel ?? "") }
        return out
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
