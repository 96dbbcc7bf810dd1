import Foundation
import Testing
@testable import GongkaiCore

@Suite("NarrativeChecks")
struct NarrativeChecksTests {
    /// Table 3 with the given 总计 for 新收, 上年结转 and 结转下年度 (one applicant column each).
    private static func table3(newReceived: Int?, carriedOver: Int = 0, carriedForward: Int = 0) -> ReportTable<Table3Row> {
        var table = ReportTable<Table3Row>(format: .current, lines: 40...70)
        func row(_ value: Int?) -> [Cell] {
            guard let value else { return Array(repeating: Cell(value: nil, status: .blank, line: 41), count: 7) }
            return [Cell.printed(Decimal(value), line: 41)] + Array(repeating: Cell.printed(0, line: 41), count: 5) + [Cell.printed(Decimal(value), line: 41)]
        }
        table[.newReceived] = row(newReceived)
        table[.carriedOver] = row(carriedOver)
        table[.carriedForward] = row(carriedForward)
        return table
    }

    private static func table4(review: Int, direct: Int, afterReview: Int) -> ReportTable<Table4Group> {
        CheckTables.table4([review, 0, 0, 0, review], [direct, 0, 0, 0, direct], [afterReview, 0, 0, 0, afterReview])
    }

    private static func results(_ text: String, table3: ReportTable<Table3Row>? = nil, table4: ReportTable<Table4Group>? = nil) -> [String: CheckResult] {
        let report = CheckTables.report(format: .current, table3: table3, table4: table4, text: text, textLine: 7)
        return Dictionary(NarrativeChecks.run(on: report).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    @Test("N1 fails when the text says 新收…申请 2 件 but table 3 says 0, naming both")
    func n1Fails() throws {
        let n1 = try #require(Self.results("本年度，我镇共新收政府信息公开申请2件。", table3: Self.table3(newReceived: 0))["N1"])
        #expect(n1.status == .fail)
        #expect(n1.severity == .warning)
        #expect(n1.message.contains("2 件"))
        #expect(n1.message.contains("0"))
        #expect(n1.line == 7)
        #expect(n1.cells == [CellReference(table: 3, row: "newReceived", column: 6)])
    }

    @Test("N1 passes when text and table agree")
    func n1Passes() throws {
        let n1 = try #require(Self.results("本年度，我镇共新收政府信息公开申请2件。", table3: Self.table3(newReceived: 2))["N1"])
        #expect(n1.status == .pass)
        #expect(n1.message.contains("2"))
    }

    @Test("N1 is unknown when the table's number is unknown, or the report has no table 3")
    func n1Unknown() throws {
        let blank = try #require(Self.results("本年度新收政府信息公开申请3件。", table3: Self.table3(newReceived: nil))["N1"])
        #expect(blank.status == .unknown)
        #expect(blank.message.contains("3"))
        let none = try #require(Self.results("本年度新收政府信息公开申请3件。")["N1"])
        #expect(none.status == .unknown)
    }

    @Test("N1: 未收到…申请 states 0")
    func n1Negation() throws {
        let agrees = try #require(Self.results("2022年度，我镇未收到政府信息公开申请。", table3: Self.table3(newReceived: 0))["N1"])
        #expect(agrees.status == .pass)
        let differs = try #require(Self.results("2022年度，我镇未收到政府信息公开申请。", table3: Self.table3(newReceived: 4))["N1"])
        #expect(differs.status == .fail)
        #expect(differs.message.contains("4"))
    }

    @Test("N1 is found through the parser in a section's text")
    func n1Parsed() throws {
        let report = ReportParser.parse(SourceText(path: "n1.txt", text: """
        刘楼镇人民政府2022年政府信息公开工作年度报告
        一、总体情况
        本年度，我镇共新收政府信息公开申请2件，均已按时答复。
        二、主动公开政府信息情况
        三、收到和处理政府信息公开申请情况
        \t\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计
        一、本年新收政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0
        二、上年结转政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0
        """))
        let n1 = try #require(report.checks.first { $0.id == "N1" })
        #expect(n1.status == .fail)
        #expect(n1.line == 3)
        #expect(n1.message.contains("2 件"))
    }

    @Test("N2 上年结转 and N3 结转下年度")
    func n2n3() throws {
        let results = Self.results("上年结转政府信息公开申请1件，结转下年度继续办理3件。", table3: Self.table3(newReceived: 0, carriedOver: 1, carriedForward: 2))
        #expect(results["N2"]?.status == .pass)
        let n3 = try #require(results["N3"])
        #expect(n3.status == .fail)
        #expect(n3.message.contains("3"))
        #expect(n3.message.contains("2"))
    }

    @Test("N4 行政复议 and N5 行政诉讼, the two litigation totals added")
    func n4n5() throws {
        let table4 = Self.table4(review: 1, direct: 2, afterReview: 1)
        let agree = Self.results("全年发生政府信息公开行政复议1件，行政诉讼3件。", table4: table4)
        #expect(agree["N4"]?.status == .pass)
        #expect(agree["N5"]?.status == .pass)
        let differ = Self.results("全年发生政府信息公开行政复议1件，行政诉讼2件。", table4: table4)
        let n5 = try #require(differ["N5"])
        #expect(n5.status == .fail)
        #expect(n5.message.contains("2 件"))
        #expect(n5.message.contains("3"))
        #expect(n5.cells.count == 2)
    }

    @Test("N4/N5: 未发生政府信息公开行政复议、行政诉讼 states 0 for both")
    func n4n5NegatedList() throws {
        let results = Self.results("本年度未发生政府信息公开行政复议、行政诉讼案件。", table4: Self.table4(review: 1, direct: 0, afterReview: 0))
        let n4 = try #require(results["N4"])
        #expect(n4.status == .fail)
        #expect(n4.message.contains("0 件"))
        #expect(results["N5"]?.status == .pass)
    }

    @Test("N4/N5: 未发生…行政复议 states 0")
    func n4Negation() throws {
        let results = Self.results("本年度未发生行政复议、行政诉讼案件。", table4: Self.table4(review: 1, direct: 0, afterReview: 0))
        #expect(results["N4"]?.status == .fail)
    }

    @Test("N4/N5: prose about outcomes (被行政复议纠错, 败诉) is not a count to check (k19)", arguments: [
        "全年未发生被行政复议纠错的情况，依申请公开答复及时。",
        "本年度没有行政复议纠错案件。",
        "行政复议被纠正1件。",
        "未发生行政诉讼败诉的情况。",
        "全年行政诉讼被撤销0件。",
    ])
    func outcomesAreNoCount(text: String) {
        let results = Self.results(text, table4: Self.table4(review: 4, direct: 1, afterReview: 1))
        #expect(results["N4"] == nil)
        #expect(results["N5"] == nil)
    }

    @Test("N4: a count after a sentence about outcomes is still checked")
    func countAfterOutcome() {
        let table4 = Self.table4(review: 4, direct: 1, afterReview: 1)
        #expect(Self.results("未发生被行政复议纠错的情况。全年发生行政复议4件。", table4: table4)["N4"]?.status == .pass)
        #expect(Self.results("未发生被行政复议纠错的情况。全年发生行政复议3件。", table4: table4)["N4"]?.status == .fail)
    }

    @Test("text that states no number gives no narrative check")
    func noStatement() {
        #expect(Self.results("本年度，我镇认真做好政府信息公开工作。", table3: Self.table3(newReceived: 0)).isEmpty)
        #expect(Self.results("").isEmpty)
    }

    @Test("find: the number after a trigger, up to 件/个/起/次, within its clause")
    func find() throws {
        let n1 = try #require(NarrativeChecks.statements.first { $0.id == "N1" })
        #expect(NarrativeChecks.find(n1, in: "新收政府信息公开申请12件") == 12)
        #expect(NarrativeChecks.find(n1, in: "共受理政府信息公开申请5个") == 5)
        #expect(NarrativeChecks.find(n1, in: "未收到政府信息公开申请") == 0)
        // A number after a clause mark is not the one stated.
        #expect(NarrativeChecks.find(n1, in: "新收政府信息公开申请，其中2件") == nil)
        // 收到 without 申请 nearby is no statement about requests.
        #expect(NarrativeChecks.find(n1, in: "收到群众来信3件") == nil)
        // A number that is no count (a year) is not taken.
        #expect(NarrativeChecks.find(n1, in: "新收政府信息公开申请的时间为2022年") == nil)
    }
}
