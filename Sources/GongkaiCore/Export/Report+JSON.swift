import Foundation

extension Report {
    /// The schema id of the published report JSON; bumped only when a key changes meaning.
    public static let jsonSchema = "gongkai.report/1"

    /// The report as JSON, in the schema of report-json.md (`gongkai.report/1`).
    public var json: JSONValue {
        .object([
            ("schema", .string(Report.jsonSchema)),
            ("path", .string(path)),
            ("sha256", .string(sha256)),
            ("encoding", .string(encoding)),
            ("organ", .string(metadata.organ)),
            ("township", .string(metadata.township)),
            ("county", .string(metadata.county)),
            ("year", .int(metadata.year)),
            ("format", .string(format?.rawValue)),
            ("published", .string(metadata.published)),
            ("sections", .array(sections.map(\.json))),
            ("table2", table2.map(\.json) ?? .null),
            ("table3", table3.map(\.json) ?? .null),
            ("table4", table4.map(\.json) ?? .null),
            ("figures", .object(KeyFigure.allCases.map { ($0.rawValue, $0.value(in: self).map(JSONValue.number) ?? .null) })),
            ("unknownCells", .array(unknownCells)),
            ("checks", .array(checks.map(\.json))),
            ("diagnostics", .array(diagnostics.map(\.json))),
        ])
    }

    /// Why each unknown cell of the tables the file has is unknown: blank, dash, unreadable, missing.
    private var unknownCells: [JSONValue] {
        func reasons<Row>(_ table: ReportTable<Row>?, number: Int) -> [JSONValue] {
            guard let table else { return [] }
            return table.rows.flatMap { row in
                table[row].enumerated().compactMap { column, cell -> JSONValue? in
                    guard cell.value == nil else { return nil }
                    return .object([("table", .int(number)), ("row", .string(row.rawValue)), ("column", .int(column)),
                                    ("reason", .string(cell.status.rawValue)), ("line", .int(cell.line)), ("text", .string(cell.text))])
                }
            }
        }
        return reasons(table2, number: 2) + reasons(table3, number: 3) + reasons(table4, number: 4)
    }
}

extension ReportTable {
    /// The table as an object of row key → array of numbers or null, rows in the official order.
    public var json: JSONValue {
        .object(rows.map { row in (row.rawValue, .array(self[row].map { $0.value.map(JSONValue.number) ?? .null })) })
    }
}

extension Section {
    /// The section as JSON: number, heading, line, and its text as markdown.
    public var json: JSONValue {
        .object([
            ("number", .int(number)),
            ("heading", .string(heading)),
            ("line", .int(line)),
            ("markdown", .string(narrative.markdown)),
            ("subheadings", .array(narrative.subheadings.map { .object([("title", .string($0.title)), ("line", .int($0.line)), ("style", .string($0.style.rawValue))]) })),
        ])
    }
}

extension CheckResult {
    /// The check as JSON.
    public var json: JSONValue {
        .object([
            ("id", .string(id)),
            ("status", .string(status.rawValue)),
            ("message", .string(message)),
            ("line", .int(line)),
            ("cells", .array(cells.map { .object([("table", .int($0.table)), ("row", .string($0.row)), ("column", .int($0.column))]) })),
        ])
    }
}

extension Diagnostic {
    /// The diagnostic as JSON.
    public var json: JSONValue {
        var fields: [(String, JSONValue)] = [("severity", .string(severity.rawValue)), ("code", .string(code)), ("line", .int(line))]
        if let place { fields.append(("place", .string(place))) }
        fields.append(("message", .string(message)))
        return .object(fields)
    }
}
