import Foundation
import Testing
@testable import GongkaiCore

/// Small tables built in code whose numbers hold every identity, then break exactly one.
enum CheckTables {
    /// The source line given to the cells of a row: 100 + its index in the form.
    static func line(_ row: Table3Row, _ format: ReportFormat) -> Int {
        100 + (Table3Row.rows(in: format).firstIndex(of: row) ?? 0)
    }

    /// A row of six applicant values and their 总计.
    static func cells(_ applicants: [Int], line: Int) -> [Cell] {
        (applicants + [applicants.reduce(0, +)]).map { Cell.printed(Decimal($0), line: line) }
    }

    /// Table 3 in which V1, V2 and V3 hold in every column and row.
    static func table3(_ format: ReportFormat) -> ReportTable<Table3Row> {
        var table = ReportTable<Table3Row>(format: format, lines: 99...130)
        var totals = Array(repeating: 0, count: 6)
        for (k, row) in Table3Row.resultRows(in: format).enumerated() {
            let values = (0..<6).map { 8 + (k + $0) % 3 }
            for c in 0..<6 { totals[c] += values[c] }
            table[row] = cells(values, line: line(row, format))
        }
        let forward = (0..<6).map { $0 % 2 }
        let over = (0..<6).map { ($0 + 1) % 2 * 3 }
        let received = (0..<6).map { totals[$0] + forward[$0] - over[$0] }
        table[.resultsTotal] = cells(totals, line: line(.resultsTotal, format))
        table[.carriedForward] = cells(forward, line: line(.carriedForward, format))
        table[.carriedOver] = cells(over, line: line(.carriedOver, format))
        table[.newReceived] = cells(received, line: line(.newReceived, format))
        return table
    }

    /// Adds to one printed cell.
    static func add(_ amount: Int, to table: inout ReportTable<Table3Row>, _ row: Table3Row, _ column: Int) {
        var cells = table[row]
        cells[column].value = (cells[column].value ?? 0) + Decimal(amount)
        table[row] = cells
    }

    /// Replaces one cell.
    static func set(_ cell: Cell, in table: inout ReportTable<Table3Row>, _ row: Table3Row, _ column: Int) {
        var cells = table[row]
        cells[column] = cell
        table[row] = cells
    }

    static func value(_ table: ReportTable<Table3Row>, _ row: Table3Row, _ column: Int) -> Int {
        NSDecimalNumber(decimal: table.cell(row, column).value ?? 0).intValue
    }

    /// Table 4 with the given five values per group.
    static func table4(_ review: [Int], _ direct: [Int], _ afterReview: [Int], format: ReportFormat = .current) -> ReportTable<Table4Group> {
        var table = ReportTable<Table4Group>(format: format, lines: 200...203)
        for (offset, (group, values)) in [(Table4Group.review, review), (.litigationDirect, direct), (.litigationAfterReview, afterReview)].enumerated() {
            table[group] = values.map { Cell.printed(Decimal($0), line: 201 + offset) }
        }
        return table
    }

    /// A report holding the given tables and no text.
    static func report(format: ReportFormat?, table2: ReportTable<Table2Row>? = nil, table3: ReportTable<Table3Row>? = nil,
                       table4: ReportTable<Table4Group>? = nil, text: String = "", textLine: Int = 3) -> Report {
        let narrative = Narrative(markdown: text, subheadings: [], lines: text.isEmpty ? [] : [textLine], blockLines: text.isEmpty ? [] : [textLine])
        var report = Report(path: "built.txt", sha256: "", encoding: "utf-8", metadata: ReportMetadata(), format: format,
                            preamble: narrative, sections: [], table2: table2, table3: table3, table4: table4,
                            checks: [], diagnostics: [])
        report.checks = ReportChecks.run(on: report)
        return report
    }

    /// Table 2 from rows of values.
    static func table2(_ format: ReportFormat, _ rows: [Table2Row: [Decimal]]) -> ReportTable<Table2Row> {
        var table = ReportTable<Table2Row>(format: format, lines: 50...60)
        for (row, values) in rows { table[row] = values.map { Cell.printed($0, line: 51) } }
        return table
    }
}

@Suite("ReportChecks V1–V5")
struct ReportChecksTests {
    private static func decimal(_ text: String) -> Decimal {
        Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))!
    }

    // MARK: the consistent tables pass

    @Test("a consistent table 3 passes V1, V2 and V3", arguments: ReportFormat.allCases)
    func consistentPasses(format: ReportFormat) {
        let table = CheckTables.table3(format)
        #expect(ReportChecks.v1(table).status == .pass)
        #expect(ReportChecks.v2(table).status == .pass)
        #expect(ReportChecks.v3(table).status == .pass)
        #expect(ReportChecks.v3(table).message.contains(format == .current ? "25" : "23"))
    }

    @Test("run gives V1–V5 in order")
    func runOrder() {
        let report = CheckTables.report(format: .current, table3: CheckTables.table3(.current), table4: CheckTables.table4([1, 2, 3, 4, 10], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0]))
        // V1–V5 come first; the text checks (T, S, Q: no date, no sections here) follow.
        let hard = Array(report.checks.prefix(5))
        #expect(hard.map(\.id) == ["V1", "V2", "V3", "V4", "V5"])
        #expect(hard.allSatisfy { $0.status == .pass })
        #expect(hard.allSatisfy { $0.severity == .error })
        #expect(report.checks.dropFirst(5).map(\.id) == ["T1", "S1", "S3", "Q1", "Q2", "Q3"])
    }

    // MARK: V1

    @Test("V1 fails when 新收 + 结转 ≠ 总计 + 结转下年度, naming the numbers", arguments: ReportFormat.allCases)
    func v1Fails(format: ReportFormat) {
        var table = CheckTables.table3(format)
        CheckTables.add(100, to: &table, .newReceived, 0)
        CheckTables.add(100, to: &table, .newReceived, 6)
        let received = CheckTables.value(table, .newReceived, 0)
        let over = CheckTables.value(table, .carriedOver, 0)
        let total = CheckTables.value(table, .resultsTotal, 0)
        let forward = CheckTables.value(table, .carriedForward, 0)
        let result = ReportChecks.v1(table)
        #expect(result.status == .fail)
        #expect(result.severity == .error)
        for number in [received, over, received + over, total, forward, total + forward] {
            #expect(result.message.contains(String(number)), "\(number) in “\(result.message)”")
        }
        #expect(result.message.contains("自然人"))
        #expect(result.message.contains("总计"))
        #expect(!result.message.contains("商业企业"))
        #expect(result.cells.contains(CellReference(table: 3, row: "newReceived", column: 0)))
        #expect(result.cells.contains(CellReference(table: 3, row: "carriedForward", column: 6)))
        #expect(!result.cells.contains { $0.column == 1 })
        #expect(result.line == CheckTables.line(.newReceived, format))
        // Only V1 is broken.
        #expect(ReportChecks.v2(table).status == .pass)
        #expect(ReportChecks.v3(table).status == .pass)
    }

    @Test("V1 is unknown, not passed, when one of its cells is unknown", arguments: [Cell.Status.blank, .dash, .missing, .unreadable])
    func v1Unknown(status: Cell.Status) {
        var table = CheckTables.table3(.current)
        CheckTables.set(Cell(value: nil, status: status, line: 101), in: &table, .carriedOver, 2)
        let result = ReportChecks.v1(table)
        #expect(result.status == .unknown)
        #expect(result.message.contains("科研机构"))
        #expect(!result.message.contains("自然人、"))
    }

    @Test("V1 fails when one column fails though another is unknown")
    func v1FailBeatsUnknown() {
        var table = CheckTables.table3(.current)
        CheckTables.set(.missing, in: &table, .carriedForward, 3)
        CheckTables.add(5, to: &table, .carriedForward, 1)
        #expect(ReportChecks.v1(table).status == .fail)
    }

    @Test("V1–V3 are unknown without table 3")
    func noTable3() {
        for result in [ReportChecks.v1(nil), ReportChecks.v2(nil), ReportChecks.v3(nil)] {
            #expect(result.status == .unknown)
            #expect(result.message.contains("表三"))
        }
    }

    @Test("V1 on a zero table passes, on a table of missing cells is unknown")
    func zeroAndMissing() {
        var zeros = ReportTable<Table3Row>(format: .current, lines: 1...30)
        for row in zeros.rows { zeros[row] = Array(repeating: Cell.printed(0, line: 2), count: 7) }
        #expect(ReportChecks.v1(zeros).status == .pass)
        #expect(ReportChecks.v1(ReportTable<Table3Row>(format: .current, lines: 1...30)).status == .unknown)
    }

    // MARK: V2

    @Test("V2 fails when 总计 ≠ the sum of the result rows, naming the numbers", arguments: ReportFormat.allCases)
    func v2Fails(format: ReportFormat) {
        var table = CheckTables.table3(format)
        CheckTables.add(50, to: &table, .granted, 4)
        CheckTables.add(50, to: &table, .granted, 6)
        let result = ReportChecks.v2(table)
        #expect(result.status == .fail)
        let total = CheckTables.value(table, .resultsTotal, 4)
        let granted = CheckTables.value(table, .granted, 4)
        let sum = Table3Row.resultRows(in: format).reduce(0) { $0 + CheckTables.value(table, $1, 4) }
        for number in [total, granted, sum] {
            #expect(result.message.contains(String(number)), "\(number) in “\(result.message)”")
        }
        #expect(result.message.contains("法律服务机构"))
        #expect(result.cells.contains(CellReference(table: 3, row: "granted", column: 4)))
        #expect(result.cells.contains(CellReference(table: 3, row: "resultsTotal", column: 4)))
        #expect(ReportChecks.v1(table).status == .pass)
        #expect(ReportChecks.v3(table).status == .pass)
    }

    @Test("V2 counts 其他处理 by format: one row in the trial form, three in 2021")
    func v2OtherRows() {
        var trial = CheckTables.table3(.trial)
        CheckTables.add(2, to: &trial, .otherHandling, 0)
        CheckTables.add(2, to: &trial, .otherHandling, 6)
        #expect(ReportChecks.v2(trial).status == .fail)
        var current = CheckTables.table3(.current)
        CheckTables.add(2, to: &current, .otherOther, 0)
        CheckTables.add(2, to: &current, .otherOther, 6)
        #expect(ReportChecks.v2(current).status == .fail)
        #expect(Table3Row.resultRows(in: .trial).count == 19)
        #expect(Table3Row.resultRows(in: .current).count == 21)
    }

    @Test("V2 is unknown when a result row is missing")
    func v2Unknown() {
        var table = CheckTables.table3(.current)
        table[.rejectedDuplicate] = Array(repeating: .missing, count: 7)
        let result = ReportChecks.v2(table)
        #expect(result.status == .unknown)
        #expect(result.message.contains("自然人"))
    }

    // MARK: V3

    @Test("V3 fails when a row's 总计 ≠ the six applicants, naming the row and numbers", arguments: ReportFormat.allCases)
    func v3Fails(format: ReportFormat) {
        var table = CheckTables.table3(format)
        CheckTables.add(7, to: &table, .granted, 0)
        CheckTables.add(-7, to: &table, .partiallyGranted, 0)
        let result = ReportChecks.v3(table)
        #expect(result.status == .fail)
        #expect(result.message.contains("予以公开"))
        #expect(result.message.contains("部分公开"))
        let grantedTotal = CheckTables.value(table, .granted, 6)
        let grantedSum = (0..<6).reduce(0) { $0 + CheckTables.value(table, .granted, $1) }
        #expect(grantedSum == grantedTotal + 7)
        for number in [grantedTotal, grantedSum, CheckTables.value(table, .granted, 0)] {
            #expect(result.message.contains(String(number)), "\(number) in “\(result.message)”")
        }
        #expect(!result.message.contains("本年新收"))
        #expect(result.line == CheckTables.line(.granted, format))
        #expect(ReportChecks.v1(table).status == .pass)
        #expect(ReportChecks.v2(table).status == .pass)
    }

    @Test("V3 is unknown when a row's 总计 is a dash")
    func v3Unknown() {
        var table = CheckTables.table3(.trial)
        CheckTables.set(Cell(value: nil, status: .dash, line: 120, text: "/"), in: &table, .otherHandling, 6)
        let result = ReportChecks.v3(table)
        #expect(result.status == .unknown)
        #expect(result.message.contains("其他处理"))
    }

    // MARK: V4

    @Test("V4 passes when each group's 总计 = 维持 + 纠正 + 其他 + 尚未审结")
    func v4Passes() {
        let table = CheckTables.table4([1, 2, 3, 4, 10], [0, 0, 0, 0, 0], [5, 0, 1, 0, 6])
        #expect(ReportChecks.v4(table).status == .pass)
    }

    @Test("V4 fails in the group that does not add up, naming its numbers")
    func v4Fails() {
        let table = CheckTables.table4([1, 2, 3, 4, 10], [15, 20, 30, 0, 66], [0, 0, 0, 0, 0])
        let result = ReportChecks.v4(table)
        #expect(result.status == .fail)
        for number in ["15", "20", "30", "65", "66"] {
            #expect(result.message.contains(number), "\(number) in “\(result.message)”")
        }
        #expect(result.message.contains("直接起诉"))
        #expect(!result.message.contains("复议后起诉"))
        #expect(result.cells.contains(CellReference(table: 4, row: "litigationDirect", column: 4)))
        #expect(result.line == 202)
    }

    @Test("V4 is unknown when a cell is unknown, or without table 4")
    func v4Unknown() {
        var table = CheckTables.table4([1, 2, 3, 4, 10], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0])
        table[.review] = [Cell.printed(1, line: 201), .printed(2, line: 201), .printed(3, line: 201),
                          Cell(value: nil, status: .blank, line: 201), .printed(10, line: 201)]
        let result = ReportChecks.v4(table)
        #expect(result.status == .unknown)
        #expect(result.message.contains("行政复议"))
        #expect(ReportChecks.v4(nil).status == .unknown)
        #expect(ReportChecks.v4(nil).message.contains("表四"))
    }

    // MARK: V5

    @Test("V5 passes whole counts ≥ 0, a decimal amount, and a negative trial 本年增/减")
    func v5PassesTrialSigned() {
        let table2 = CheckTables.table2(.trial, [
            .regulations: [1, 2, 3], .normativeDocuments: [4, 5, 6],
            .licensing: [30, 12, 300], .otherServices: [40, -18, 400], .punishment: [50, -4, 500], .coercion: [60, 0, 600],
            .fees: [70, -1], .procurement: [8, Self.decimal("123.45")],
        ])
        let report = CheckTables.report(format: .trial, table2: table2, table3: CheckTables.table3(.trial))
        let result = ReportChecks.v5(report)
        #expect(result.status == .pass, "\(result.message)")
        #expect(result.message.contains(String(22 + 161)))
    }

    @Test("V5 fails a negative count in table 3, naming it")
    func v5NegativeCount() {
        var table3 = CheckTables.table3(.current)
        CheckTables.set(Cell.printed(-3, line: 130, text: "-3"), in: &table3, .rejectedDuplicate, 1)
        let result = ReportChecks.v5(CheckTables.report(format: .current, table3: table3))
        #expect(result.status == .fail)
        #expect(result.message.contains("-3"))
        #expect(result.message.contains("重复申请"))
        #expect(result.cells == [CellReference(table: 3, row: "rejectedDuplicate", column: 1)])
        #expect(result.line == 130)
    }

    @Test("V5 fails a negative 2021 count and a negative trial count outside 本年增/减", arguments: [
        (ReportFormat.current, Table2Row.licensing, [Decimal(-18)]),
        (ReportFormat.trial, Table2Row.regulations, [Decimal(1), Decimal(-2), Decimal(3)]),
        (ReportFormat.trial, Table2Row.licensing, [Decimal(-30), Decimal(12), Decimal(300)]),
        (ReportFormat.trial, Table2Row.procurement, [Decimal(8), Decimal(-5)]),
    ])
    func v5NegativeElsewhere(format: ReportFormat, row: Table2Row, values: [Decimal]) {
        let result = ReportChecks.v5(CheckTables.report(format: format, table2: CheckTables.table2(format, [row: values])))
        #expect(result.status == .fail)
        #expect(result.message.contains(row.officialLabel))
        let negative = values.first { $0 < 0 }.map { "\($0)" } ?? "?"
        #expect(result.message.contains(negative))
    }

    @Test("V5: a decimal fee in 万元 passes, a negative fee fails")
    func v5Fees() {
        let pass = ReportChecks.v5(CheckTables.report(format: .current, table2: CheckTables.table2(.current, [.fees: [Self.decimal("0.35")]])))
        #expect(pass.status != .fail, "a decimal fee is valid; other cells may be unknown, so pass or unknown")
        #expect(!pass.message.contains("0.35"))
        let fail = ReportChecks.v5(CheckTables.report(format: .current, table2: CheckTables.table2(.current, [.fees: [Self.decimal("-0.35")]])))
        #expect(fail.status == .fail)
        #expect(fail.message.contains("-0.35"))
    }

    @Test("V5 fails a count that is not whole")
    func v5Fraction() {
        var table4 = CheckTables.table4([1, 0, 0, 0, 1], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0])
        table4[.litigationAfterReview] = [Cell.printed(Self.decimal("1.5"), line: 203, text: "1.5")] + Array(repeating: Cell.printed(0, line: 203), count: 4)
        let result = ReportChecks.v5(CheckTables.report(format: .current, table4: table4))
        #expect(result.status == .fail)
        #expect(result.message.contains("1.5"))
        let trialCount = ReportChecks.v5(CheckTables.report(format: .trial, table2: CheckTables.table2(.trial, [.licensing: [1, Self.decimal("0.5"), 3]])))
        #expect(trialCount.status == .fail)
    }

    @Test("V5 is not passed while some cell is unknown (report-format.md: “never as passed”)")
    func v5NotPassedWithUnknownCells() {
        var table3 = CheckTables.table3(.current)
        CheckTables.set(Cell(value: nil, status: .blank, line: 110), in: &table3, .deniedThirdParty, 3)
        let result = ReportChecks.v5(CheckTables.report(format: .current, table3: table3))
        #expect(result.status == .unknown, "\(result.message)")
        // A known bad number still fails, unknown cells or not.
        CheckTables.set(Cell.printed(-1, line: 111, text: "-1"), in: &table3, .deniedThirdParty, 4)
        #expect(ReportChecks.v5(CheckTables.report(format: .current, table3: table3)).status == .fail)
    }

    @Test("V5 is unknown when no number is printed")
    func v5Unknown() {
        #expect(ReportChecks.v5(CheckTables.report(format: nil)).status == .unknown)
        let empty = CheckTables.report(format: .current, table3: ReportTable<Table3Row>(format: .current, lines: 1...30))
        #expect(ReportChecks.v5(empty).status == .unknown)
    }

    // MARK: through the parser

    @Test("parsed trial report: -18 and 减4 in 本年增/减 pass V5; a -1 in table 3 fails it")
    func v5Parsed() throws {
        func report(newReceived: String) -> Report {
            CheckStage.checked(ReportParser.parse(SourceText(path: "r.txt", text: """
            鲁河镇人民政府2020年政府信息公开工作年度报告
            一、总体情况
            正文。
            二、主动公开政府信息情况
            \(Table2InterpreterTests.trialTabs)
            三、收到和处理政府信息公开申请情况
            \t\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计
            一、本年新收政府信息公开申请数量\t\t\(newReceived)\t0\t0\t0\t0\t0\t\(newReceived)
            二、上年结转政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0
            \t（六）其他处理\t0\t0\t0\t0\t0\t0\t0
            """)))
        }
        let good = report(newReceived: "1")
        #expect(good.format == .trial)
        #expect(good.table2?.cell(.otherServices, 1).value == -18)
        // Table 3 is cut short here, so V5 is unknown rather than passed; the signed changes are not failures.
        #expect(good.checks.first { $0.id == "V5" }?.status == .unknown)
        let bad = report(newReceived: "-1")
        let v5 = try #require(bad.checks.first { $0.id == "V5" })
        #expect(v5.status == .fail)
        #expect(v5.message.contains("-1"))
        #expect(!v5.message.contains("-18"))
        #expect(v5.line == 25)
    }

    @Test("parsed 2021 report: a negative 行政许可 fails V5")
    func v5ParsedCurrent() throws {
        let report = CheckStage.checked(ReportParser.parse(SourceText(path: "r.txt", text: """
        刘楼镇人民政府2022年政府信息公开工作年度报告
        一、总体情况
        正文。
        二、主动公开政府信息情况
        第二十条第（五）项\t
        信息内容\t本年处理决定数量
        行政许可\t-12
        行政处罚\t3
        """)))
        #expect(report.format == .current)
        let v5 = try #require(report.checks.first { $0.id == "V5" })
        #expect(v5.status == .fail)
        #expect(v5.message.contains("-12"))
        #expect(v5.cells == [CellReference(table: 2, row: "licensing", column: 0)])
    }

    @Test("an identity instance added as integers holds exactly when Decimal's sums are equal")
    func identityIntegerSums() {
        let texts = ["0", "1", "7", "12", "100", "1e3", "1000", "0.5", "1.5", "2.0", "-3", "-0.5", "9007199254740991", "9007199254740992",
                     "123456789012345678901234567890", "0.1", "0.2", "0.3", "65536", "4294967296"]
        let values = texts.compactMap { Decimal(string: $0) }
        let form = IdentityForm<Table3Row>([("a", [(.newReceived, 0), (.carriedOver, 0)], [(.resultsTotal, 0)])])
        var state: UInt64 = 11
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<4000 {
            let picked = (0..<3).map { _ in values[next(values.count)] }
            // Half the time the right side is the exact sum, so that equal sums are tried as often as unequal ones.
            let right = next(2) == 0 ? picked[0] + picked[1] : picked[2]
            let rows = [[Cell.printed(picked[0], line: 1)], [Cell.printed(picked[1], line: 1)], [Cell.printed(right, line: 1)]]
            #expect(IdentityForm.compare(form.instances[0], rows) == (picked[0] + picked[1] == right), "\(picked) \(right)")
        }
        let unknown = [[Cell.printed(1, line: 1)], [Cell(value: nil, status: .blank, line: 1)], [Cell.printed(1, line: 1)]]
        #expect(IdentityForm.compare(form.instances[0], unknown) == nil)
        #expect(IdentityForm.compare(form.instances[0], [[Cell.printed(1, line: 1)], [], [Cell.printed(1, line: 1)]]) == nil, "a short row is unknown")
    }
}

@Suite("TableRows")
struct TableRowsTests {
    /// A cell's every field, its number as its bytes: equal only when the cell is the same.
    static func fields(_ cell: Cell) -> [String] {
        [cell.value.map { value in withUnsafeBytes(of: value) { Array($0).map(String.init).joined(separator: ",") } } ?? "nil",
         "\(cell.status)", cell.line.map(String.init) ?? "nil", cell.text ?? "nil"]
    }

    static func expectSame<Row: TableRowKey>(_ table: ReportTable<Row>?, _ place: String) {
        guard let table else { return }
        let rows = TableRows(table)
        #expect(rows.format == table.format && rows.rows == table.rows, "\(place)")
        for row in Row.allCases {
            #expect(rows[row].map(fields) == table[row].map(fields), "\(place) \(row)")
        }
    }

    @Test("the rows unpacked once are the table's rows, cell for cell, in every real and seed report and both forms")
    func sameAsTable() throws {
        let root = try Fixtures.folder
        var reports = 0
        for group in ["real", "seeds", "cases"] {
            let folder = root.appendingPathComponent(group)
            for file in FileManager.default.enumerator(atPath: folder.path)?.compactMap({ $0 as? String }) ?? [] where file.hasSuffix(".txt") || file.hasSuffix(".md") {
                guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(file).path),
                      let source = try? SourceText(path: file, bytes: [UInt8](data)) else { continue }
                let report = ReportParser.parse(source)
                reports += 1
                Self.expectSame(report.table2, file)
                Self.expectSame(report.table3, file)
                Self.expectSame(report.table4, file)
            }
        }
        #expect(reports > 50)
        // Tables built in code: every row of both forms, a row outside the format, extras.
        for format in [ReportFormat.current, .trial] {
            var table = CheckTables.table3(format)
            Self.expectSame(table, "\(format)")
            let outside = Table3Row.allCases.first { !table.has($0) }
            if let outside { table[outside] = [Cell(value: nil, status: .unreadable, line: 7, text: "x")] }
            table[.newReceived] = [Cell.printed(Decimal(string: "12345678901234567890.5") ?? 0, line: 1 << 25), .missing]
            Self.expectSame(table, "\(format) changed")
        }
    }
}
