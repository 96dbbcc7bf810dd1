import Foundation
import Testing
@testable import GongkaiCore
import GongkaiTestSupport

/// Writing a report out with `ReportTextWriter` and parsing the text gives the same model back:
/// metadata, format and every cell of tables 2–4, unknown cells staying unknown.
@Suite("Round trip: ReportTextWriter → ReportParser")
struct RoundTripTests {
    typealias Layout = ReportTextWriter.Layout

    // MARK: - Reports built in the test

    /// A decimal from its text, so `0.35` is exactly 0.35.
    static func decimal(_ text: String) -> Decimal {
        Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))!
    }

    /// A table whose every cell is `value(row index, column)`, or unknown where it is nil.
    static func table<Row: TableRowKey>(_ format: ReportFormat, value: (Int, Row, Int) -> Decimal?) -> ReportTable<Row> {
        var table = ReportTable<Row>(format: format, lines: 1...1)
        for (index, row) in Row.rows(in: format).enumerated() {
            table[row] = (0..<row.columnCount(in: format)).map { column in
                if let number = value(index, row, column) { return .printed(number, line: nil) }
                return Cell(value: nil, status: .dash, line: nil, text: "/")
            }
        }
        return table
    }

    /// A report model with tables 2–4 and no text of its own.
    static func report(_ metadata: ReportMetadata, table2: ReportTable<Table2Row>?, table3: ReportTable<Table3Row>?,
                       table4: ReportTable<Table4Group>?) -> Report {
        Report(path: "generated.txt", sha256: "", encoding: "utf-8", metadata: metadata,
               format: table2?.format ?? table3?.format, preamble: Narrative(markdown: "", subheadings: [], lines: [], blockLines: []),
               sections: [], table2: table2, table3: table3, table4: table4, checks: [], diagnostics: [])
    }

    /// Table 3 with distinct numbers: row r, column c → 1000 + 10r + c; unknown where `unknown` says.
    static func table3(_ format: ReportFormat, unknown: (Int, Table3Row, Int) -> Bool) -> ReportTable<Table3Row> {
        table(format) { index, row, column in unknown(index, row, column) ? nil : Decimal(1000 + index * 10 + column) }
    }

    /// Table 4 with distinct numbers: group g, column c → 500 + 10g + c; unknown where `unknown` says.
    static func table4(_ format: ReportFormat, unknown: (Table4Group, Int) -> Bool) -> ReportTable<Table4Group> {
        table(format) { index, group, column in unknown(group, column) ? nil : Decimal(500 + index * 10 + column) }
    }

    /// 2021 format: distinct numbers, a decimal fee, unknown cells at the start, middle and end of rows.
    static let current: Report = {
        let table2: ReportTable<Table2Row> = table(.current) { index, row, column in
            switch (row, column) {
            case (.fees, _): decimal("12.35")
            case (.normativeDocuments, 1): nil
            default: Decimal(11 + index * 3 + column)
            }
        }
        let table3: ReportTable<Table3Row> = Self.table3(.current) { _, row, column in
            let cells: [(Table3Row, Int)] = [(.deniedThirdParty, 0), (.rejectedDuplicate, 6), (.carriedOver, 3)]
            return cells.contains { $0 == row && $1 == column }
        }
        let table4: ReportTable<Table4Group> = Self.table4(.current) { group, column in (group == .litigationDirect && column == 0) || (group == .review && column == 4) }
        return report(ReportMetadata(organ: "汶上县刘楼镇人民政府", township: "刘楼镇", county: "汶上县", year: 2022, published: "2023-01-10"),
                      table2: table2, table3: table3, table4: table4)
    }()

    /// Trial format: signed 本年增/减 (one negative), a decimal procurement amount, unknown cells,
    /// a whole row unknown; the county is not part of the organ's name.
    static let trial: Report = {
        let table2: ReportTable<Table2Row> = table(.trial) { index, row, column in
            switch (row, column) {
            case (.otherServices, 1): -18
            case (.punishment, 1): -4
            case (.procurement, 1): decimal("123.45")
            case (.coercion, 2), (.regulations, 0): nil
            default: Decimal(21 + index * 3 + column)
            }
        }
        let table3: ReportTable<Table3Row> = Self.table3(.trial) { _, row, column in
            if row == .deniedAdminQuery { return true }
            return (row == .otherHandling && column == 5) || (row == .newReceived && column == 0)
        }
        let table4: ReportTable<Table4Group> = Self.table4(.trial) { group, _ in group == .litigationAfterReview }
        return report(ReportMetadata(organ: "鲁河镇人民政府", township: "鲁河镇", county: "汶上县", year: 2020),
                      table2: table2, table3: table3, table4: table4)
    }()

    /// The trial tables in a report on 2021: the tables decide the format, not the year.
    static let trialIn2021: Report = {
        var report = trial
        report.metadata = ReportMetadata(organ: "济宁市任城区唐口街道办事处", township: "唐口街道", county: "任城区", year: 2021)
        return report
    }()

    /// 2021 format with every cell unknown in table 4 and the first value of every table 3 row unknown.
    static let sparse: Report = {
        let table2: ReportTable<Table2Row> = table(.current) { index, row, column in
            switch row {
            case .fees: decimal("0.5")
            case .licensing: nil
            default: Decimal(index * 3 + column)
            }
        }
        let table3: ReportTable<Table3Row> = Self.table3(.current) { _, _, column in column == 0 }
        let table4: ReportTable<Table4Group> = Self.table4(.current) { _, _ in true }
        return report(ReportMetadata(organ: "汶上县次丘镇人民政府", township: "次丘镇", county: "汶上县", year: 2023),
                      table2: table2, table3: table3, table4: table4)
    }()

    static let builtReports: [(name: String, report: Report)] = [
        ("2021 format", current), ("trial format", trial), ("trial tables in 2021", trialIn2021), ("sparse 2021 format", sparse),
    ]

    // MARK: - Comparison

    /// Compares the parsed round trip with the model, cell by cell.
    static func expectSame(_ parsed: Report, as model: Report, _ what: String, text: String, metadata: Bool = true,
                           sourceLocation: SourceLocation = #_sourceLocation) {
        if metadata {
            #expect(parsed.metadata.organ == model.metadata.organ, "\(what): organ", sourceLocation: sourceLocation)
            #expect(parsed.metadata.township == model.metadata.township, "\(what): township", sourceLocation: sourceLocation)
            #expect(parsed.metadata.county == model.metadata.county, "\(what): county", sourceLocation: sourceLocation)
            #expect(parsed.metadata.year == model.metadata.year, "\(what): year", sourceLocation: sourceLocation)
        }
        #expect(parsed.format == model.format, "\(what): format", sourceLocation: sourceLocation)
        #expect(parsed.sections.map(\.number) == [1, 2, 3, 4, 5, 6], "\(what): sections", sourceLocation: sourceLocation)
        let mismatches = cellMismatches(parsed.table2, model.table2, number: 2)
            + cellMismatches(parsed.table3, model.table3, number: 3)
            + cellMismatches(parsed.table4, model.table4, number: 4)
        #expect(mismatches.isEmpty, "\(what): \(mismatches.count) differences:\n\(mismatches.prefix(12).joined(separator: "\n"))\(mismatches.isEmpty ? "" : excerpt(of: text, tables: mismatches))",
                sourceLocation: sourceLocation)
    }

    /// The sections of the written text holding the tables that differ, to show with a failure.
    static func excerpt(of text: String, tables mismatches: [String]) -> String {
        var out = ""
        for number in 2...4 where mismatches.contains(where: { $0.hasPrefix("table \(number)") }) {
            guard let start = text.range(of: Section.officialHeading(number)) else { continue }
            let end = text.range(of: Section.officialHeading(number + 1), range: start.upperBound..<text.endIndex)?.lowerBound ?? text.endIndex
            out += "\n--- written text, section \(number) ---\n" + text[start.lowerBound..<end].trimmingCharacters(in: .newlines)
        }
        return out
    }

    /// One line per cell whose value differs, naming table, row and column.
    static func cellMismatches<Row>(_ parsed: ReportTable<Row>?, _ model: ReportTable<Row>?, number: Int) -> [String] {
        switch (parsed, model) {
        case (nil, nil): return []
        case (nil, _): return ["table \(number): missing after the round trip"]
        case (_, nil): return ["table \(number): present after the round trip, absent from the model"]
        case let (parsed?, model?):
            guard parsed.format == model.format else { return ["table \(number): format \(parsed.format) instead of \(model.format)"] }
            var out: [String] = []
            for row in model.rows {
                let expected = model[row]
                let actual = parsed[row]
                if actual.count != expected.count { out.append("table \(number) \(row.rawValue): \(actual.count) cells instead of \(expected.count)") }
                for column in expected.indices where parsed.cell(row, column).value != expected[column].value {
                    let got = parsed.cell(row, column)
                    out.append("table \(number) \(row.rawValue)[\(column)]: expected \(expected[column].value.map { "\($0)" } ?? "nil"), "
                               + "got \(got.value.map { "\($0)" } ?? "nil") (\(got.status.rawValue), line \(got.line.map(String.init) ?? "-"))")
                }
            }
            return out
        }
    }

    static func parse(_ text: String) -> Report {
        ReportParser.parse(SourceText(path: "roundtrip.txt", text: text))
    }

    // MARK: - Tests

    @Test("built reports in both formats round-trip through every layout", arguments: Layout.allCases)
    func builtReports(layout: Layout) {
        for (name, model) in Self.builtReports {
            let text = ReportTextWriter.text(of: model, layout: layout)
            let parsed = Self.parse(text)
            Self.expectSame(parsed, as: model, "\(name), \(layout.rawValue)", text: text)
        }
    }

    @Test("a round trip keeps the publication date and the unknown cells' unknown-ness", arguments: Layout.allCases)
    func unknownStaysUnknown(layout: Layout) throws {
        let text = ReportTextWriter.text(of: Self.current, layout: layout)
        let parsed = Self.parse(text)
        #expect(parsed.metadata.published == "2023-01-10")
        let table3 = try #require(parsed.table3)
        #expect(table3.cell(.deniedThirdParty, 0).value == nil)
        #expect(table3.cell(.deniedThirdParty, 0).status == .dash)
        #expect(table3.cell(.deniedThirdParty, 1).value == 1071)
        #expect(parsed.table2?.cell(.fees, 0).value == Self.decimal("12.35"))
        let trial = Self.parse(ReportTextWriter.text(of: Self.trial, layout: layout))
        #expect(trial.table2?[.otherServices].map(\.value) == [30, -18, 32])
        #expect(trial.table2?[.procurement].map(\.value) == [42, Self.decimal("123.45")])
    }

    @Test("seeds round-trip through every layout", arguments: 0...4, Layout.allCases)
    func seeds(number: Int, layout: Layout) throws {
        let model = try Fixtures.seed(number)
        let text = ReportTextWriter.text(of: model, layout: layout)
        let parsed = Self.parse(text)
        Self.expectSame(parsed, as: model, "seed \(number), \(layout.rawValue)", text: text)
    }

    @Test("a report without tables writes every heading and no table", arguments: Layout.allCases)
    func noTables(layout: Layout) {
        let model = Self.report(ReportMetadata(organ: "汶上县刘楼镇人民政府", township: "刘楼镇", county: "汶上县", year: 2022),
                                table2: nil, table3: nil, table4: nil)
        let text = ReportTextWriter.text(of: model, layout: layout)
        for number in 1...6 { #expect(text.contains(Section.officialHeading(number))) }
        let parsed = Self.parse(text)
        Self.expectSame(parsed, as: model, "no tables, \(layout.rawValue)", text: text)
    }

    /// Cells read back with another number than the model's: a dump may leave a run unknown,
    /// never read it wrong.
    static func wrongNumbers<Row>(_ parsed: ReportTable<Row>?, _ model: ReportTable<Row>?, number: Int) -> [String] {
        guard let parsed, let model else { return [] }
        var out: [String] = []
        for row in model.rows {
            for column in model[row].indices {
                guard let got = parsed.cell(row, column).value, got != model[row][column].value else { continue }
                out.append("table \(number) \(row.rawValue)[\(column)]: \(got) instead of \(model[row][column].value.map { "\($0)" } ?? "unknown")")
            }
        }
        return out
    }

    @Test("a crawler's one-line text of a seed reads back whole: metadata, sections, every cell", arguments: 0...4)
    func crawlerDumpOfSeed(number: Int) throws {
        let model = try Fixtures.seed(number)
        let text = ReportTextWriter.crawlerDump(of: model)
        #expect(text.split(separator: "\n").count <= 5, "the report is one line")
        Self.expectSame(Self.parse(text), as: model, "seed \(number), crawler dump", text: text)
    }

    @Test("a crawler's one-line text never reads a wrong number, whatever the numbers", arguments: [0, 1, 2, 3, 4])
    func crawlerDumpNeverWrong(number: Int) throws {
        var models = Self.builtReports.map(\.report)
        models.append(try Fixtures.seed(number))
        for model in models {
            let parsed = Self.parse(ReportTextWriter.crawlerDump(of: model))
            let wrong = Self.wrongNumbers(parsed.table2, model.table2, number: 2) + Self.wrongNumbers(parsed.table3, model.table3, number: 3)
                + Self.wrongNumbers(parsed.table4, model.table4, number: 4)
            #expect(wrong.isEmpty, "\(wrong.prefix(8).joined(separator: "\n"))")
        }
    }

    @Test("the text starts with the title line")
    func title() {
        let text = ReportTextWriter.text(of: Self.current, layout: .tabs)
        #expect(text.hasPrefix("汶上县刘楼镇人民政府2022年政府信息公开工作年度报告\n"))
    }
}
