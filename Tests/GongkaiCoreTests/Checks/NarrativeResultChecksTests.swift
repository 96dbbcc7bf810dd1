import Foundation
import Testing
@testable import GongkaiCore

/// N6 (办结/答复 N 件 against 办理结果总计) and N3's 顺延至下年度.
@Suite struct NarrativeResultChecksTests {
    /// Table 3 with 办理结果总计, 上年结转 and 结转下年度 in the 总计 column.
    private static func table3(results: Int, carriedOver: Int = 0, carriedForward: Int = 0) -> ReportTable<Table3Row> {
        var table = ReportTable<Table3Row>(format: .current, lines: 40...70)
        func row(_ value: Int) -> [Cell] { Array(repeating: Cell.printed(0, line: 41), count: 6) + [Cell.printed(Decimal(value), line: 41)] }
        table[.resultsTotal] = row(results)
        table[.carriedOver] = row(carriedOver)
        table[.carriedForward] = row(carriedForward)
        table[.newReceived] = row(results + carriedForward - carriedOver)
        return table
    }

    private static func result(_ id: CheckID, _ text: String, _ table: ReportTable<Table3Row>) -> CheckResult? {
        NarrativeChecks.run(on: CheckTables.report(format: .current, table3: table, table4: nil, text: text, textLine: 7)).first { $0.id == id }
    }

    @Test func answeredCountAgainstResultsTotal() {
        #expect(Self.result("N6", "全年共办结政府信息公开申请12件。", Self.table3(results: 12))?.status == .pass)
        let wrong = Self.result("N6", "全年共办结政府信息公开申请12件。", Self.table3(results: 10))
        #expect(wrong?.status == .fail)
        #expect(wrong?.message.contains("10") == true)
        #expect(Self.result("N6", "已全部答复15件（含上年结转3件）。", Self.table3(results: 15, carriedOver: 3))?.status == .pass)
        #expect(Self.result("N6", "已全部答复15件（含上年结转3件）。", Self.table3(results: 12, carriedOver: 3))?.status == .fail,
                "含上年结转 means the 15 includes them: it must equal 办理结果总计")
        #expect(Self.result("N6", "本年新收申请12件，均已答复12件。", Self.table3(results: 15, carriedOver: 3))?.status == .pass,
                "this year's 12 answered, last year's 3 not counted in the sentence")
    }

    @Test func noAlarmWithoutACount() {
        // k19: the text names a topic without counting it.
        #expect(Self.result("N6", "全年未发生被行政复议纠错的情况，依申请公开答复及时。", Self.table3(results: 4)) == nil)
        #expect(Self.result("N6", "其中延期答复2件。", Self.table3(results: 9)) == nil, "a part of the requests, not all")
        #expect(Self.result("N3", "因答复期限顺延，部分申请于次月办结。", Self.table3(results: 4)) == nil)
    }

    @Test func carriedForwardSaidAsPostponed() {
        #expect(Self.result("N3", "顺延至下年度办理2件。", Self.table3(results: 4, carriedForward: 2))?.status == .pass)
        #expect(Self.result("N3", "顺延至下年度办理2件。", Self.table3(results: 4, carriedForward: 1))?.status == .fail)
    }
}
