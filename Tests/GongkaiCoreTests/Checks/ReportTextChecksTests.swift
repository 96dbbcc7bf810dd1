import Foundation
import Testing
@testable import GongkaiCore

/// Small reports built in code for the checks of issue 15: each check passes on one and fails on another.
enum TextReports {
    /// A report of `year` whose sections hold `texts[n]` (paragraphs separated by a blank line).
    static func report(year: Int? = 2022, published: String? = nil, township: String = "甲镇", format: ReportFormat? = .current,
                       texts: [Int: String], fees: Decimal? = nil, path: String? = nil) -> Report {
        let sections = (1...6).compactMap { number -> Section? in
            guard let text = texts[number] else { return nil }
            let blocks = text.components(separatedBy: "\n\n").count
            return Section(number: number, heading: Section.officialHeading(number), line: number * 10,
                           narrative: Narrative(markdown: text, subheadings: [], lines: [number * 10 + 1],
                                                blockLines: (0..<blocks).map { number * 10 + 1 + $0 }))
        }
        var table2: ReportTable<Table2Row>?
        if let fees, let format {
            var table = ReportTable<Table2Row>(format: format, lines: 1...1)
            table[.fees] = [.printed(fees, line: 5)]
            table2 = table
        }
        return Report(path: path ?? "\(township)/\(year.map(String.init) ?? "x").txt", sha256: "", encoding: "utf-8",
                      metadata: ReportMetadata(organ: township + "人民政府", township: township, year: year, published: published),
                      format: format, preamble: Narrative(markdown: "", subheadings: [], lines: [], blockLines: []),
                      sections: sections, table2: table2, table3: nil, table4: nil, checks: [], diagnostics: [])
    }

    static let problems = "一是政务公开工作人员业务能力有待进一步提高，培训次数偏少。\n\n二是主动公开内容的及时性和完整性仍需加强，部分栏目更新不及时。\n\n下一步，我们将针对上年发现的问题加强培训，完善制度。"
    static let other = "本年度未收取信息处理费。"
}

@Suite struct TimelinessCheckTests {
    @Test func onTimeLateAndUnknown() {
        #expect(TimelinessCheck.t1(TextReports.report(published: "2023-01-31", texts: [:])).status == .pass)
        let late = TimelinessCheck.t1(TextReports.report(published: "2023-03-02", texts: [:]))
        #expect(late.status == .fail)
        #expect(late.message.contains("30 天"), "31 Jan → 2 Mar 2023 is 30 days")
        let leap = TimelinessCheck.t1(TextReports.report(year: 2023, published: "2024-03-01", texts: [:]))
        #expect(leap.message.contains("30 天"), "2024 is a leap year: 31 Jan → 1 Mar is 30 days")
        let unknown = TimelinessCheck.t1(TextReports.report(published: nil, texts: [:]))
        #expect(unknown.status == .unknown)
        #expect(unknown.message.contains("未写明发布日期"))
        #expect(late.severity == .warning)
    }
}

@Suite struct SectionContentChecksTests {
    @Test func sectionFive() {
        #expect(SectionContentChecks.s1(TextReports.report(texts: [5: TextReports.problems])).status == .pass)
        #expect(SectionContentChecks.s1(TextReports.report(texts: [5: "无。"])).status == .fail)
        #expect(SectionContentChecks.s1(TextReports.report(texts: [5: ""])).status == .fail)
        #expect(SectionContentChecks.s1(TextReports.report(texts: [5: "工作人员业务水平有待提高。"])).status == .fail)
        #expect(SectionContentChecks.s1(TextReports.report(texts: [1: "x"])).status == .fail, "no section 五 at all")
    }

    @Test func sectionSixAgainstFees() {
        #expect(SectionContentChecks.s2(TextReports.report(texts: [6: "无"], fees: 0)) == nil, "no fees, nothing to say")
        let silent = SectionContentChecks.s2(TextReports.report(texts: [6: "无"], fees: Decimal(string: "1.5")))
        #expect(silent?.status == .fail)
        #expect(silent?.cells.first?.row == Table2Row.fees.rawValue)
        #expect(SectionContentChecks.s2(TextReports.report(texts: [6: TextReports.other], fees: 2))?.status == .pass)
    }

    @Test func informationProcessingFee() {
        #expect(SectionContentChecks.s3(TextReports.report(texts: [6: TextReports.other]))?.status == .pass)
        let silent = SectionContentChecks.s3(TextReports.report(texts: [6: "无"]))
        #expect(silent?.status == .fail)
        #expect(silent?.severity == .note)
        #expect(SectionContentChecks.s3(TextReports.report(format: .trial, texts: [6: "无"])) == nil, "the 2019 format predates 国办函〔2020〕109号")
    }
}

@Suite struct TextQualityChecksTests {
    private func run(_ check: ([[NarrativeText.Paragraph]]) -> CheckResult, _ text: String) -> CheckResult {
        check(TextQualityChecks.paragraphs(of: TextReports.report(texts: [1: text])))
    }

    @Test func doubledWords() {
        let fail = run(TextQualityChecks.q1, "本年度落实资金资金10万元。")
        #expect(fail.status == .fail)
        #expect(fail.message.contains("资金资金"))
        #expect(fail.severity == .note)
        #expect(run(TextQualityChecks.q1, "常常听取群众意见，人人参与，认认真真做好公开工作。").status == .pass)
    }

    @Test func sentencesCutOff() {
        #expect(run(TextQualityChecks.q2, "本年度主动公开信息120条，").status == .fail)
        #expect(run(TextQualityChecks.q2, "本年度主动公开信息120条。我镇进一步完善了依申请公开的受理").status == .fail)
        #expect(run(TextQualityChecks.q2, "（一）主动公开情况\n\n本年度主动公开信息120条。我镇进一步完善了制度。").status == .pass)
    }

    @Test func numberingSwitches() {
        let fail = run(TextQualityChecks.q3, "（一）主动公开\n\n（二）依申请公开\n\n三、政府信息管理")
        #expect(fail.status == .fail)
        #expect(fail.message.contains("（二） 之后是 三、"))
        #expect(run(TextQualityChecks.q3, "（一）主动公开\n\n1、规章\n\n2、规范性文件\n\n（二）依申请公开\n\n1、收到申请").status == .pass,
                "a nested list returning to its parent is not a switch")
        #expect(run(TextQualityChecks.q3, "1.5万元用于公开。\n\n2、平台建设").status == .pass, "1.5 is a number, not a marker")
    }

    @Test func markers() {
        #expect(ListMarker("（十二）其他") == ListMarker(style: .parenthesizedHan, value: 12))
        #expect(ListMarker("二十三、其他") == ListMarker(style: .han, value: 23))
        #expect(ListMarker("三是加强") == ListMarker(style: .ordinal, value: 3))
        #expect(ListMarker("(2)收到") == ListMarker(style: .parenthesizedArabic, value: 2))
        #expect(ListMarker("2021年") == nil)
        #expect(ListMarker("(2021年)") == nil)
    }
}

@Suite struct CarriedProblemChecksTests {
    @Test func repeatedProblemSentence() throws {
        let previous = TextReports.report(year: 2021, texts: [5: TextReports.problems])
        let copied = TextReports.report(year: 2022, texts: [5: TextReports.problems])
        let results = CarriedProblemChecks.checks(previous: previous, current: copied, previousYear: "2021")
        let p1 = try #require(results.first { $0.id == "P1" })
        #expect(p1.status == .fail)
        #expect(p1.message.contains("有 3 句"), "every sentence of 12 or more characters, the same in both years")
        let fresh = TextReports.report(year: 2022, texts: [5: "2021年报告所列培训不足的问题已通过举办三期专题培训得到改进。本年度存在的问题是网站栏目设置不够清晰，群众查找信息不便。"])
        let again = CarriedProblemChecks.checks(previous: previous, current: fresh, previousYear: "2021")
        #expect(again.map(\.status) == [.pass, .pass])
    }

    @Test func silentOnLastYear() throws {
        let previous = TextReports.report(year: 2021, texts: [5: TextReports.problems])
        let silent = TextReports.report(year: 2022, texts: [5: "本年度存在的问题是网站栏目设置不够清晰，群众查找信息不便。下一步将优化栏目设置。"])
        let p2 = try #require(CarriedProblemChecks.checks(previous: previous, current: silent, previousYear: "2021").first { $0.id == "P2" })
        #expect(p2.status == .fail)
        #expect(p2.severity == .note)
        #expect(p2.message.contains("政务公开工作人员业务能力"), "names last year's problems")
    }
}
