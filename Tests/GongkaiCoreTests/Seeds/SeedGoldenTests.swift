import Foundation
import Testing
@testable import GongkaiCore

/// The five seed reports, each parsed into exactly what its text says.
@Suite struct SeedGoldenTests {
    private let unknownRow: [Decimal?] = Array(repeating: nil, count: 7)

    /// Seed 000 (刘楼镇 2022): no table 4 and no section 4 heading, table 3 stops after
    /// （四）1; its header says 社会组织; web-page leftovers in section 1.
    @Test func seed000() throws {
        let report = try Fixtures.seed(0)
        var table3: [Table3Row: [Decimal?]] = SeedExpectation.zeros(.current)
        let present: [Table3Row] = [.newReceived, .carriedOver, .granted, .partiallyGranted, .deniedStateSecret, .deniedOtherLaws,
                                    .deniedThreeSafeties, .deniedThirdParty, .deniedInternalAffairs, .deniedProcessInfo,
                                    .deniedEnforcementFile, .deniedAdminQuery, .unavailableNotHeld]
        for row in Table3Row.rows(in: .current) where !present.contains(row) { table3[row] = unknownRow }
        SeedExpectation(
            organ: "刘楼镇人民政府", township: "刘楼镇", county: "汶上县", year: 2022, published: nil, format: .current,
            sections: [(1, 12), (2, 81), (3, 99), (5, 118), (6, 130)],
            table2: SeedExpectation.zeros(.current, [.licensing: [84]]),
            table3: table3,
            table4: nil,
            checks: ["V1": .unknown, "V2": .unknown, "V3": .unknown, "V4": .unknown, "V5": .unknown, "N1": .pass,
                     "T1": .unknown, "S1": .pass, "S3": .pass, "Q1": .pass, "Q2": .pass, "Q3": .pass],
            diagnostics: [(.warning, "table3.missing-rows", 116), (.warning, "section.missing", 118), (.warning, "table4.missing", 118)]
        ).verify(report)
        let missing = try #require(report.table3)[.carriedForward]
        #expect(missing.allSatisfy { $0.status == .missing && $0.line == nil })
        #expect(report.table2?.cell(.licensing, 0).line == 89)
    }

    /// Seed 001 (刘振屯镇 2023): complete, all zeros, header rows spread over three lines.
    @Test func seed001() throws {
        SeedExpectation(
            organ: "刘振屯镇人民政府", township: "刘振屯镇", county: nil, year: 2023, published: nil, format: .current,
            sections: [(1, 5), (2, 29), (3, 46), (4, 77), (5, 84), (6, 100)],
            table2: SeedExpectation.zeros(.current), table3: SeedExpectation.zeros(.current), table4: SeedExpectation.zeros(.current),
            checks: ["V1": .pass, "V2": .pass, "V3": .pass, "V4": .pass, "V5": .pass,
                     "T1": .unknown, "S1": .pass, "S3": .pass, "Q1": .pass, "Q2": .pass, "Q3": .pass],
            diagnostics: []
        ).verify(try Fixtures.seed(1))
    }

    /// Seed 002 (昌乐县鄌郚镇 2022): one cell per line, 本年新制发件数, 上年转结, （1） for （一）,
    /// 不/予/公/开 written vertically, a title split over two lines, a signature date.
    @Test func seed002() throws {
        let report = try Fixtures.seed(2)
        SeedExpectation(
            organ: "昌乐县鄌郚镇人民政府", township: "鄌郚镇", county: "昌乐县", year: 2022, published: "2023-01-10", format: .current,
            sections: [(1, 6), (2, 22), (3, 68), (4, 356), (5, 401), (6, 412)],
            table2: SeedExpectation.zeros(.current), table3: SeedExpectation.zeros(.current), table4: SeedExpectation.zeros(.current),
            checks: ["V1": .pass, "V2": .pass, "V3": .pass, "V4": .pass, "V5": .pass, "N1": .pass,
                     "T1": .pass, "S1": .pass, "S3": .pass, "Q1": .pass, "Q2": .pass,
                     "Q3": .fail /* （1） then （二） */],
            diagnostics: []
        ).verify(report)
        let table3 = try #require(report.table3)
        #expect(table3.cell(.carriedOver, 0).line == 96)
        #expect(table3.cell(.deniedStateSecret, 6).line == 136)
        #expect(table3.cell(.carriedForward, 6).line == 353)
        #expect(report.table4?.cell(.litigationAfterReview, Table4Column.total.rawValue).line == 398)
        let subheadings = report.section(1)?.narrative.subheadings.map(\.title) ?? []
        #expect(subheadings.first == "（1） 主动公开情况")
    }

    /// Seed 003 (承留镇 2022): the text says one request was newly received, the table has 0 new
    /// and 1 carried over: a narrative-vs-table warning, not a parser error.
    @Test func seed003() throws {
        let report = try Fixtures.seed(3)
        let one: [Decimal?] = [1, 0, 0, 0, 0, 0, 1]
        SeedExpectation(
            organ: "承留镇人民政府", township: "承留镇", county: nil, year: 2022, published: nil, format: .current,
            sections: [(1, 7), (2, 23), (3, 40), (4, 71), (5, 78), (6, 84)],
            table2: SeedExpectation.zeros(.current, [.normativeDocuments: [0, 0, 2], .punishment: [60]]),
            table3: SeedExpectation.zeros(.current, [.carriedOver: one, .granted: one, .resultsTotal: one]),
            table4: SeedExpectation.zeros(.current),
            checks: ["V1": .pass, "V2": .pass, "V3": .pass, "V4": .pass, "V5": .pass, "N1": .fail,
                     "T1": .unknown, "S1": .pass, "S3": .pass, "Q1": .pass, "Q2": .pass, "Q3": .pass],
            diagnostics: []
        ).verify(report)
        let n1 = try #require(report.checks.first { $0.id == "N1" })
        #expect(n1.line == 13)
        #expect(n1.severity == .warning)
        #expect(n1.message.contains("1") && n1.message.contains("0"))
        #expect(report.preamble.markdown == "### 承留镇人民政府 2022 年政府信息公开工作年度报告\n\n### 告")
        #expect(report.preamble.lines == [3, 5])
    }

    /// Seed 004 (鲁河镇 2021): 3.危及… outside its group at the start of a line, a repeated
    /// heading, 其他法律法规禁止公开, bold lead-ins, rows shifted by empty cells.
    @Test func seed004() throws {
        let report = try Fixtures.seed(4)
        SeedExpectation(
            organ: "鲁河镇", township: "鲁河镇", county: nil, year: 2021, published: nil, format: .current,
            sections: [(1, 5), (2, 19), (3, 36), (4, 68), (5, 75), (6, 89)],
            table2: SeedExpectation.zeros(.current), table3: SeedExpectation.zeros(.current), table4: SeedExpectation.zeros(.current),
            checks: ["V1": .pass, "V2": .pass, "V3": .pass, "V4": .pass, "V5": .pass,
                     "T1": .unknown, "S1": .pass, "S3": .fail /* 六 silent on 信息处理费 */, "Q1": .pass, "Q2": .pass, "Q3": .pass],
            diagnostics: [(.note, "section.repeated", 7)]
        ).verify(report)
        let table3 = try #require(report.table3)
        #expect(table3.cell(.deniedThreeSafeties, 0).line == 47)
        #expect(table3.cell(.deniedOtherLaws, 6).line == 46)
        let leadIns = report.section(1)?.narrative.subheadings.filter { $0.style == .leadIn }.map(\.line)
        #expect(leadIns == [11, 13, 15, 17])
        #expect(report.section(1)?.narrative.markdown.hasPrefix("###") == false)
    }

    /// Nothing of a report's text is silently dropped: every non-blank line is a heading, table
    /// or narrative line, or a repeated heading that a diagnostic names.
    @Test(arguments: 0...4) func everyLineIsAccountedFor(seed: Int) throws {
        let report = try Fixtures.seed(seed)
        var covered = Set(report.preamble.lines)
        for section in report.sections {
            covered.insert(section.line)
            covered.formUnion(section.narrative.lines)
        }
        for range in [report.table2.map { $0.line...$0.endLine }, report.table3.map { $0.line...$0.endLine },
                      report.table4.map { $0.line...$0.endLine }].compactMap({ $0 }) {
            covered.formUnion(range)
        }
        covered.formUnion(report.diagnostics.filter { $0.code == "section.repeated" }.compactMap(\.line))
        let folder = try Fixtures.folder.appendingPathComponent("seeds")
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.path).first { $0.hasPrefix(String(format: "%03d_", seed)) })
        let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        let lines = TextNormalizer.lines(of: text)
        let uncovered = lines.indices.filter { !lines[$0].trimmingBlanks().isEmpty && !covered.contains($0 + 1) }.map { $0 + 1 }
        #expect(uncovered == [])
    }
}
