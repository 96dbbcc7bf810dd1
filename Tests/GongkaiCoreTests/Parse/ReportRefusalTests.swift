import Testing
@testable import GongkaiCore

/// A report is refused only when nothing says it is one; a report cut short is published with
/// its warnings (issue 10, k12).
@Suite("Report refusal")
struct ReportRefusalTests {
    private static func codes(_ text: String) -> [String] {
        ReportParser.parse(SourceText(path: "t.txt", text: text)).diagnostics.map(\.code)
    }

    @Test("a report whose text stops after section one is published with a warning", arguments: [
        "松林镇2022年政府信息公开工作年度报告\n一、总体情况\n本镇全年通过政府网站发布信息。\n",
        "关怀版 无障碍\n松林镇2022年政府信息公开工作年度报告\n发布时间：2023-01-20\n一、总体情况\n本镇全年通过政府网站发布信息。\n",
        "松林镇2022年政府信息公开工作年度报告\n本镇全年通过政府网站发布信息。\n",
        "一、总体情况\n本镇全年通过政府网站发布信息。\n二、主动公开政府信息情况\n本年度主动公开信息120条。\n",
    ])
    func truncatedIsPublished(text: String) {
        let codes = Self.codes(text)
        #expect(!codes.contains("report.not-a-report"))
        #expect(codes.contains("table2.missing"))
    }

    @Test("the cut-off report says where its text stops")
    func truncatedSaysWhere() {
        let report = ReportParser.parse(SourceText(path: "t.txt", text: "松林镇2022年政府信息公开工作年度报告\n一、总体情况\n本镇全年发布信息。\n"))
        let truncated = report.diagnostics.first { $0.code == "report.truncated" }
        #expect(truncated?.line == 2)
        #expect(truncated?.message.contains("一、总体情况") == true)
        #expect(report.unpublishableReason == nil)
    }

    @Test("a text that is no report is refused, and the message does not claim a heading it has is missing")
    func notAReport() {
        let report = ReportParser.parse(SourceText(path: "t.txt", text: "工作总结\n一、基本情况\n今天天气很好。\n"))
        let refusal = report.diagnostics.first { $0.code == "report.not-a-report" }
        #expect(refusal != nil)
        #expect(refusal?.message.contains("只有“一、基本情况”") == true)
        #expect(Self.codes("今天天气很好，我们去公园散步。\n").contains("report.not-a-report"))
    }
}
