import Foundation

extension Report {
    /// A readable summary for the terminal: metadata, the three tables, the checks, the diagnostics.
    /// Unknown cells print as `?`, never as 0.
    public var summary: String {
        var lines: [String] = [path]
        func show(_ value: String?) -> String { value ?? "?" }
        lines.append("  organ \(show(metadata.organ)) · township \(show(metadata.township)) · county \(show(metadata.county)) · year \(show(metadata.year.map(String.init))) · format \(show(format?.rawValue)) · published \(show(metadata.published))")
        let found = sections.map { "\($0.number)@\($0.line)" }.joined(separator: " ")
        lines.append("  sections \(found.isEmpty ? "none" : found)")
        lines += tableSummary(table2, number: 2)
        lines += tableSummary(table3, number: 3)
        lines += tableSummary(table4, number: 4)
        lines.append("  checks " + checks.map { "\($0.id) \($0.status.rawValue)" }.joined(separator: " · "))
        for check in checks where check.status == .fail {
            lines.append("    \(check.id): \(check.message)")
        }
        for diagnostic in diagnostics {
            lines.append("  " + diagnostic.located(in: path).formatted)
        }
        return lines.joined(separator: "\n")
    }

    private func tableSummary<Row>(_ table: ReportTable<Row>?, number: Int) -> [String] {
        guard let table else { return ["  table \(number): none"] }
        var out = ["  table \(number) (\(table.format.rawValue) format, line \(table.line)):"]
        for row in table.rows {
            let values = table[row].map { $0.value?.text ?? "?" }.joined(separator: " ")
            out.append("    \(row.rawValue.padding(toLength: 26, withPad: " ", startingAt: 0)) \(values)")
        }
        return out
    }

    /// How many cells of the three tables were read as numbers and how many are unknown, over
    /// every cell of the report's form (the 2021 form when no table decides it): a table the file
    /// lacks counts as all unknown, so an editor sees at once which reports need a look.
    public var cellTally: (read: Int, unknown: Int) {
        let format = format ?? .current
        func tally<Row: TableRowKey>(_ table: ReportTable<Row>?, _: Row.Type) -> (Int, Int) {
            let cells = table.map { table in table.rows.flatMap { table[$0] } }
                ?? Row.rows(in: format).flatMap { Array(repeating: Cell.missing, count: $0.columnCount(in: format)) }
            let read = cells.count { $0.isKnown }
            return (read, cells.count - read)
        }
        let counts = [tally(table2, Table2Row.self), tally(table3, Table3Row.self), tally(table4, Table4Group.self)]
        return (counts.reduce(0) { $0 + $1.0 }, counts.reduce(0) { $0 + $1.1 })
    }

    /// The diagnostic that keeps a file off the portal (empty, or not a report at all), if any.
    public var unpublishableReason: Diagnostic? {
        diagnostics.first { $0.code == "load.empty" || $0.code == "report.not-a-report" }
    }

    /// How many diagnostics of a severity the report has, plus its failed checks of that severity
    /// (hard checks count as errors, soft ones as warnings).
    public func problemCount(_ severity: Diagnostic.Severity) -> Int {
        diagnostics.count { $0.severity == severity } + checks.count { $0.status == .fail && $0.severity == severity }
    }

    /// The failed checks as compiler-style lines.
    public var failedCheckLines: [String] {
        checks.filter { $0.status == .fail }.map {
            Diagnostic($0.severity, $0.id, file: path, line: $0.line, $0.message).formatted
        }
    }
}
