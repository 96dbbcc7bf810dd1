import Foundation
import Testing
@testable import GongkaiCore
import GongkaiTestSupport

/// Issue 15's acceptance: a multi-year synthetic portal written to a temporary folder, with
/// copied narratives, late dates, repeated problems, empty sections and a doubled word planted in
/// named reports; the build flags every planted case and no failed check touches a clean report.
@Suite struct PlantedPortalTests {
    /// Random prose from Han characters that are neither numerals nor words the checks look for,
    /// seeded, so each clean report's wording is its own.
    struct Prose {
        var random: SplitMix64

        init(state: UInt64) { random = SplitMix64(seed: state) }

        mutating func sentence(_ length: Int) -> String {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<length { scalars.append(Unicode.Scalar(UInt32(0x5000 + random.below(0x800))) ?? "国") }
            return String(scalars) + "。"
        }

        mutating func paragraphs(_ count: Int) -> String {
            (0..<count).map { _ in sentence(30) + sentence(24) }.joined(separator: "\n\n")
        }
    }

    struct Plan {
        var township: String
        var year: Int
        var published = true
        var late = false
        var sectionOne: String?
        var sectionFive: String?
        var sectionSix: String?
    }

    static func report(_ plan: Plan, prose: inout Prose) -> Report {
        let one = plan.sectionOne ?? prose.paragraphs(6)
        let five = plan.sectionFive ?? "一是\(prose.sentence(20))\n\n二是\(prose.sentence(22))\n\n针对上年所列问题，\(prose.sentence(16))"
        let six = plan.sectionSix ?? "本年度未收取信息处理费。\(prose.sentence(18))"
        let sections = [(1, one), (5, five), (6, six)].map { number, text in
            Section(number: number, heading: Section.officialHeading(number), line: 1,
                    narrative: Narrative(markdown: text, subheadings: [], lines: [], blockLines: []))
        }
        var table2 = ReportTable<Table2Row>(format: .current, lines: 1...1)
        for (row, values) in SeedExpectation.zeros(.current) as [Table2Row: [Decimal?]] {
            table2[row] = values.map { .printed($0 ?? 0, line: nil) }
        }
        var table4 = ReportTable<Table4Group>(format: .current, lines: 1...1)
        for group in Table4Group.allCases { table4[group] = (0..<5).map { _ in .printed(0, line: nil) } }
        // The same 结转 every year, so X1 holds across years: 新收 = 办理结果总计.
        var table3 = CheckTables.table3(.current)
        table3[.carriedOver] = table3[.carriedForward]
        table3[.newReceived] = table3[.resultsTotal]
        let published = plan.published ? (plan.late ? "\(plan.year + 1)-04-15" : "\(plan.year + 1)-01-20") : nil
        return Report(path: "", sha256: "", encoding: "utf-8",
                      metadata: ReportMetadata(organ: plan.township + "人民政府", township: plan.township, county: "试点县",
                                               year: plan.year, published: published),
                      format: .current, preamble: Narrative(markdown: "", subheadings: [], lines: [], blockLines: []),
                      sections: sections, table2: table2, table3: table3, table4: table4,
                      checks: [], diagnostics: [])
    }

    @Test func everyPlantedCaseIsFlaggedAndNoCleanReport() throws {
        var prose = Prose(state: 15)
        let townships = ["东风镇", "红旗乡", "青山镇", "白沙镇", "柳河乡", "石桥镇", "南湖街道", "北坡镇"]
        var plans: [Plan] = []
        for township in townships { for year in 2020...2022 { plans.append(Plan(township: township, year: year)) } }
        func plan(_ township: String, _ year: Int) -> Int { plans.firstIndex { $0.township == township && $0.year == year } ?? 0 }
        // Planted: text shared by index (filled below), and the simple cases.
        plans[plan("青山镇", 2022)].late = true
        plans[plan("白沙镇", 2021)].published = false
        plans[plan("柳河乡", 2022)].sectionFive = "无"
        let doubled = prose.paragraphs(5) + "\n\n本年度落实公开资金资金用于平台建设。"
        plans[plan("石桥镇", 2021)].sectionOne = doubled
        let repeated = "一是\(prose.sentence(20))\n\n二是\(prose.sentence(22))"
        plans[plan("南湖街道", 2021)].sectionFive = repeated + "\n\n针对上年所列问题，\(prose.sentence(16))"
        plans[plan("南湖街道", 2022)].sectionFive = repeated + "\n\n针对上年所列问题，\(prose.sentence(16))"
        var reports = plans.map { Self.report($0, prose: &prose) }
        // 东风镇 2022 copies 东风镇 2021 whole; 北坡镇 2022 copies 红旗乡 2022's section 一.
        reports[plan("东风镇", 2022)].sections = reports[plan("东风镇", 2021)].sections
        reports[plan("北坡镇", 2022)].sections[0] = reports[plan("红旗乡", 2022)].sections[0]

        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("content")
        for (index, report) in reports.enumerated() {
            let directory = content.appendingPathComponent(plans[index].township)
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try ReportTextWriter.text(of: report, layout: .tabs)
                .write(to: directory.appendingPathComponent("\(plans[index].year).txt"), atomically: true, encoding: .utf8)
        }
        let summary = try Repository.build(content: content.path, output: folder.appendingPathComponent("site"))
        let corpus = summary.corpus
        #expect(corpus.reports.count == reports.count)

        let planted: [String: Set<CheckID>] = [
            "东风镇/2022": ["B1", "P1"], "青山镇/2022": ["T1"], "柳河乡/2022": ["S1"], "石桥镇/2021": ["Q1"],
            "南湖街道/2022": ["P1"], "北坡镇/2022": ["B2"], "红旗乡/2022": ["B2"],
        ]
        for report in corpus.reports {
            let key = "\(report.metadata.township ?? "?")/\(report.metadata.year ?? 0)"
            let failed = Set(report.checks.filter { $0.status == .fail }.map(\.id))
            let expected = planted[key] ?? []
            #expect(failed == expected, "\(key): \(report.checks.filter { $0.status == .fail }.map(\.message))")
        }
        let unknownDate = corpus.reports.first { $0.metadata.township == "白沙镇" && $0.metadata.year == 2021 }
        #expect(unknownDate?.checks.first { $0.id == "T1" }?.status == .unknown)

        // The quality page groups them by check, with the count of each; the copies have their comparison pages.
        let site = folder.appendingPathComponent("site")
        let quality = try String(contentsOf: site.appendingPathComponent(SiteRoutes.quality), encoding: .utf8)
        for (id, count) in [("B1", 1), ("B2", 2), ("P1", 2), ("T1", 1), ("S1", 1), ("Q1", 1)] {
            #expect(quality.contains("<code>\(id)</code> <span class=\"count\">\(count) 处</span>"), "\(id) is not one group of \(count) on the quality page")
        }
        let pages = try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent("compare/text").path).sorted()
        #expect(pages == ["东风镇-2021--东风镇-2022", "北坡镇-2022--红旗乡-2022"])
    }
}
