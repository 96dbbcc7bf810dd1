import Foundation
import Testing
@testable import GongkaiCore

/// What a seed report says, written by hand from its text: every cell, section and check.
struct SeedExpectation {
    var organ: String?
    var township: String?
    var county: String?
    var year: Int?
    var published: String?
    var format: ReportFormat?
    /// Section number → heading line.
    var sections: [(Int, Int)]
    var table2: [Table2Row: [Decimal?]]?
    var table3: [Table3Row: [Decimal?]]?
    var table4: [Table4Group: [Decimal?]]?
    var checks: [CheckID: CheckResult.Status]
    /// (severity, code, line) of every diagnostic, in order.
    var diagnostics: [(Diagnostic.Severity, String, Int?)]

    /// The table of a format with every cell 0, then `overrides` applied.
    static func zeros<Row: TableRowKey>(_ format: ReportFormat, _ overrides: [Row: [Decimal?]] = [:]) -> [Row: [Decimal?]] {
        var rows: [Row: [Decimal?]] = [:]
        for row in Row.rows(in: format) { rows[row] = Array(repeating: 0, count: row.columnCount(in: format)) }
        for (row, values) in overrides { rows[row] = values }
        return rows
    }

    /// Compares a parsed report with the expectation, cell by cell.
    func verify(_ report: Report, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(report.metadata.organ == organ, sourceLocation: sourceLocation)
        #expect(report.metadata.township == township, sourceLocation: sourceLocation)
        #expect(report.metadata.county == county, sourceLocation: sourceLocation)
        #expect(report.metadata.year == year, sourceLocation: sourceLocation)
        #expect(report.metadata.published == published, sourceLocation: sourceLocation)
        #expect(report.format == format, sourceLocation: sourceLocation)
        #expect(report.sections.map(\.number) == sections.map(\.0), sourceLocation: sourceLocation)
        #expect(report.sections.map(\.line) == sections.map(\.1), sourceLocation: sourceLocation)
        verifyTable(report.table2, table2, sourceLocation: sourceLocation)
        verifyTable(report.table3, table3, sourceLocation: sourceLocation)
        verifyTable(report.table4, table4, sourceLocation: sourceLocation)
        let statuses = Dictionary(uniqueKeysWithValues: report.checks.map { ($0.id, $0.status) })
        #expect(statuses == checks, sourceLocation: sourceLocation)
        let found = report.diagnostics.map { "\($0.severity) \($0.code) \($0.line.map(String.init) ?? "-")" }
        let expected = diagnostics.map { "\($0.0) \($0.1) \($0.2.map(String.init) ?? "-")" }
        #expect(found == expected, sourceLocation: sourceLocation)
    }

    private func verifyTable<Row>(_ table: ReportTable<Row>?, _ expected: [Row: [Decimal?]]?, sourceLocation: SourceLocation) {
        guard let expected else {
            #expect(table == nil, "expected no table", sourceLocation: sourceLocation)
            return
        }
        guard let table else {
            Issue.record("expected a table", sourceLocation: sourceLocation)
            return
        }
        #expect(Set(table.rows) == Set(expected.keys), sourceLocation: sourceLocation)
        for row in table.rows {
            let values = table[row].map(\.value)
            #expect(values == expected[row], "row \(row.rawValue)", sourceLocation: sourceLocation)
            for cell in table[row] where cell.value == nil {
                #expect(cell.status != .printed, "row \(row.rawValue): an unknown cell is never printed", sourceLocation: sourceLocation)
            }
        }
    }
}
