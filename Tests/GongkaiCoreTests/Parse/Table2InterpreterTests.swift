import Foundation
import Testing
@testable import GongkaiCore

@Suite("Table2Interpreter")
struct Table2InterpreterTests {
    private static func read(_ text: String, reader: any TableLayoutReader = TabRowReader(), hint: ReportFormat = .current) -> TableReading<Table2Row>? {
        let lines = SourceText(path: "t.txt", text: text).lines.enumerated().map { SourceLine(number: $0.offset + 1, text: $0.element) }
        return Table2Interpreter.read(reader.rows(from: lines), formatHint: hint)
    }

    private static func decimal(_ text: String) -> Decimal {
        Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))!
    }

    /// The trial (2019) form with signed 本年增/减 and a procurement amount.
    static let trialTabs = """
    第二十条第（一）项\t\t\t
    信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量
    规章\t1\t2\t3
    规范性文件\t4\t5\t6
    第二十条第（五）项\t\t\t
    信息内容\t上一年项目数量\t本年增/减\t处理决定数量
    行政许可\t30\t+12\t300
    其他对外管理服务事项\t40\t-18\t400
    第二十条第（六）项\t\t\t
    信息内容\t上一年项目数量\t本年增/减\t处理决定数量
    行政处罚\t50\t减4\t500
    行政强制\t60\t0\t600
    第二十条第（八）项\t\t\t
    信息内容\t上一年项目数量\t本年增/减\t
    行政事业性收费\t70\t-1\t
    第二十条第（九）项\t\t\t
    信息内容\t采购项目数量\t采购总金额\t
    政府集中采购\t8\t123.45\t
    """

    @Test("trial format: every cell, signed 本年增/减 and the procurement amount")
    func trialFormat() throws {
        let reading = try #require(Self.read(Self.trialTabs, hint: .current))
        let table = reading.table
        #expect(table.format == .trial)
        #expect(table[.regulations].map(\.value) == [1, 2, 3])
        #expect(table[.normativeDocuments].map(\.value) == [4, 5, 6])
        #expect(table[.licensing].map(\.value) == [30, 12, 300])
        #expect(table[.otherServices].map(\.value) == [40, -18, 400])
        #expect(table[.punishment].map(\.value) == [50, -4, 500])
        #expect(table[.coercion].map(\.value) == [60, 0, 600])
        #expect(table[.fees].map(\.value) == [70, -1])
        #expect(table[.procurement].map(\.value) == [8, Self.decimal("123.45")])
        #expect(table.missingRows.isEmpty)
        #expect(reading.score == 22)
        #expect(table.cell(.punishment, 1).text == "减4")
        #expect(table.cell(.licensing, 1).text == "+12")
        #expect(reading.diagnostics.filter { $0.severity >= .warning }.isEmpty, "\(reading.diagnostics.map(\.message))")
    }

    @Test("trial format: a procurement amount with a unit and thousands separators")
    func procurementWithUnit() throws {
        let text = """
        第二十条第（九）项\t\t
        信息内容\t采购项目数量\t采购总金额
        政府集中采购\t3件\t2,510,000元
        第二十条第（五）项\t\t\t
        信息内容\t上一年项目数量\t本年增/减\t处理决定数量
        行政许可\t1\t减2\t3
        """
        let table = try #require(Self.read(text)).table
        #expect(table.format == .trial)
        #expect(table[.procurement].map(\.value) == [3, 2_510_000])
        #expect(table.cell(.procurement, 1).text == "2,510,000元")
        #expect(table[.licensing].map(\.value) == [1, -2, 3])
    }

    @Test("trial format read in the other layouts", arguments: ["pipes", "spaces"])
    func trialOtherLayouts(layout: String) throws {
        let text: String
        let reader: any TableLayoutReader
        if layout == "pipes" {
            text = """
            | 第二十条第（五）项 | | | |
            | 信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |
            |---|---|---|---|
            | 行政许可 | 30 | +12 | 300 |
            | 其他对外管理服务事项 | 40 | -18 | 400 |
            | 第二十条第（九）项 | | | |
            | 信息内容 | 采购项目数量 | 采购总金额 | |
            | 政府集中采购 | 8 | 251000元 | |
            """
            reader = PipeRowReader()
        } else {
            text = """
            第二十条第（五）项
            信息内容  上一年项目数量  本年增/减  处理决定数量
            行政许可  30  +12  300
            其他对外管理服务事项  40  -18  400
            第二十条第（九）项
            信息内容  采购项目数量  采购总金额
            政府集中采购  8  251000元
            """
            reader = SpaceRunReader()
        }
        let table = try #require(Self.read(text, reader: reader)).table
        #expect(table.format == .trial)
        #expect(table[.licensing].map(\.value) == [30, 12, 300])
        #expect(table[.otherServices].map(\.value) == [40, -18, 400])
        #expect(table[.procurement].map(\.value) == [8, 251_000])
    }

    /// The 2021 form as the seeds print it.
    static let currentTabs = """
    第二十条第（一）项\t\t\t
    信息内容\t本年制发件数\t本年废止件数\t现行有效件数
    规章\t1\t2\t3
    行政规范性文件\t4\t5\t6
    第二十条第（五）项\t\t\t
    信息内容\t本年处理决定数量\t\t
    行政许可\t84\t\t
    第二十条第（六）项\t\t\t
    信息内容\t本年处理决定数量\t\t
    行政处罚\t7\t\t
    行政强制\t9\t\t
    第二十条第（八）项\t\t\t
    信息内容\t本年收费金额（单位：万元）\t\t
    行政事业性收费\t0.35\t\t
    """

    @Test("2021 format: every cell, the fee as a decimal")
    func currentFormat() throws {
        let reading = try #require(Self.read(Self.currentTabs, hint: .trial))
        let table = reading.table
        #expect(table.format == .current)
        #expect(table[.regulations].map(\.value) == [1, 2, 3])
        #expect(table[.normativeDocuments].map(\.value) == [4, 5, 6])
        #expect(table[.licensing].map(\.value) == [84])
        #expect(table[.punishment].map(\.value) == [7])
        #expect(table[.coercion].map(\.value) == [9])
        #expect(table[.fees].map(\.value) == [Self.decimal("0.35")])
        #expect(table.rows == [.regulations, .normativeDocuments, .licensing, .punishment, .coercion, .fees])
        #expect(reading.score == 10)
        #expect(reading.diagnostics.filter { $0.severity >= .warning }.isEmpty, "\(reading.diagnostics.map(\.message))")
    }

    @Test("2021 format: a fee printed in 元 is read in 万元 and the conversion noted")
    func feeInYuan() throws {
        let text = """
        第二十条第（八）项\t
        信息内容\t本年收费金额（单位：万元）
        行政事业性收费\t251000元
        第二十条第（五）项\t
        信息内容\t本年处理决定数量
        行政许可\t3
        """
        let reading = try #require(Self.read(text))
        #expect(reading.table.format == .current)
        #expect(reading.table.cell(.fees, 0).value == Self.decimal("25.1"))
        #expect(reading.diagnostics.contains { $0.code == "table2.unit" && $0.line == 3 })
    }

    @Test("a table cut off mid-row: the trailing cells are missing, never 0")
    func cutOffMidRow() throws {
        let text = """
        第二十条第（一）项\t\t\t
        信息内容\t本年制发件数\t本年废止件数\t现行有效件数
        规章\t1\t2\t3
        行政规范性文件\t4
        """
        let reading = try #require(Self.read(text))
        let cells = reading.table[.normativeDocuments]
        #expect(cells.map(\.value) == [4, nil, nil])
        #expect(cells.map(\.status) == [.printed, .missing, .missing])
        #expect(reading.table[.licensing].allSatisfy { $0.status == .missing && $0.value == nil })
        #expect(reading.diagnostics.contains { $0.code == "table2.short-row" && $0.line == 4 })
        #expect(reading.diagnostics.contains { $0.code == "table2.missing-rows" })
    }

    @Test("blank, / and - cells are unknown with their status")
    func blankAndDash() throws {
        let text = """
        第二十条第（一）项\t\t\t
        信息内容\t本年制发件数\t本年废止件数\t现行有效件数
        规章\t/\t\t-
        行政规范性文件\t0\t—\t2
        """
        let table = try #require(Self.read(text)).table
        #expect(table[.regulations].map(\.value) == [nil, nil, nil])
        #expect(table[.regulations].map(\.status) == [.dash, .blank, .dash])
        #expect(table[.normativeDocuments].map(\.value) == [0, nil, 2])
        #expect(table[.normativeDocuments].map(\.status) == [.printed, .dash, .printed])
    }

    @Test("numbers with units, full-width digits and thousands separators")
    func numberForms() throws {
        let text = """
        第二十条第（一）项\t\t\t
        信息内容\t本年制发件数\t本年废止件数\t现行有效件数
        规章\t3件\t１２\t1,234
        行政规范性文件\t1，234\t 5 \t0
        """
        let table = try #require(Self.read(text)).table
        #expect(table[.regulations].map(\.value) == [3, 12, 1234])
        #expect(table[.normativeDocuments].map(\.value) == [1234, 5, 0])
    }

    @Test("2021 format in traditional script")
    func traditional() throws {
        let text = """
        第二十條第（一）項\t\t\t
        信息內容\t本年製發件數\t本年廢止件數\t現行有效件數
        規章\t1\t2\t3
        行政規範性文件\t4\t5\t6
        第二十條第（五）項\t\t\t
        信息內容\t本年處理決定數量\t\t
        行政許可\t84\t\t
        行政處罰\t7\t\t
        行政強制\t9\t\t
        信息內容\t本年收費金額（單位：萬元）\t\t
        行政事業性收費\t0.35\t\t
        """
        let table = try #require(Self.read(text, hint: .trial)).table
        #expect(table.format == .current)
        #expect(table[.regulations].map(\.value) == [1, 2, 3])
        #expect(table[.normativeDocuments].map(\.value) == [4, 5, 6])
        #expect(table[.licensing].map(\.value) == [84])
        #expect(table[.punishment].map(\.value) == [7])
        #expect(table[.coercion].map(\.value) == [9])
        #expect(table[.fees].map(\.value) == [Self.decimal("0.35")])
    }

    @Test("a header whose label cell is not 信息内容 does not shift the columns", arguments: ["内容", "项目", "信息內容"])
    func headerLabelVariant(label: String) throws {
        let text = """
        第二十条第（一）项\t\t\t
        \(label)\t本年新制作数量\t本年新公开数量\t对外公开总数量
        规章\t1\t2\t3
        第二十条第（五）项\t\t\t
        \(label)\t上一年项目数量\t本年增/减\t处理决定数量
        行政许可\t30\t-18\t300
        """
        let table = try #require(Self.read(text)).table
        #expect(table.format == .trial)
        #expect(table[.regulations].map(\.value) == [1, 2, 3])
        #expect(table[.licensing].map(\.value) == [30, -18, 300])
    }

    @Test("2021 format: a fee printed in 万元 keeps its value")
    func feeInWanYuan() throws {
        let text = "信息内容\t本年收费金额（单位：万元）\n行政事业性收费\t3.5万元\n信息内容\t本年处理决定数量\n行政许可\t2"
        let reading = try #require(Self.read(text))
        #expect(reading.table.cell(.fees, 0).value == Self.decimal("3.5"))
        #expect(!reading.diagnostics.contains { $0.code == "table2.unit" })
    }

    @Test("a row label split over two lines")
    func splitLabel() throws {
        let text = """
        第二十条第（八）项\t
        信息内容\t本年收费金额（单位：万元）
        行政事业性
        收费\t2
        第二十条第（五）项\t
        信息内容\t本年处理决定数量
        行政许可\t3
        """
        let table = try #require(Self.read(text)).table
        #expect(table.cell(.fees, 0).value == 2)
        #expect(table.cell(.licensing, 0).value == 3)
    }

    @Test("one cell per line, as in seed 002")
    func cellPerLine() throws {
        let text = """
        \t第二十条第（一）项

        \t信息内容
        \t本年新制发件数
        \t本年废止件数
        \t现行有效件数

        \t规章
        \t1
        \t2
        \t3

        \t行政规范性文件
        \t4
        \t5
        \t6

        \t第二十条第（五）项

        \t信息内容
        \t本年处理决定数量

        \t行政许可
        \t84
        """
        let table = try #require(Self.read(text, reader: CellPerLineReader())).table
        #expect(table.format == .current)
        #expect(table[.regulations].map(\.value) == [1, 2, 3])
        #expect(table[.normativeDocuments].map(\.value) == [4, 5, 6])
        #expect(table[.licensing].map(\.value) == [84])
    }

    @Test("a trial-only row in a 2021 table is not used and is reported")
    func formatRow() throws {
        let text = """
        第二十条第（一）项\t\t\t
        信息内容\t本年制发件数\t本年废止件数\t现行有效件数
        规章\t1\t2\t3
        行政规范性文件\t4\t5\t6
        第二十条第（九）项\t\t\t
        政府集中采购\t8\t9
        """
        let reading = try #require(Self.read(text))
        // 制发/废止/现行有效 weigh 3 for 2021; 政府集中采购 weighs 2 for the trial form.
        #expect(reading.table.format == .current)
        #expect(reading.table.cells[.procurement] == nil)
        #expect(reading.diagnostics.contains { $0.code == "table2.format-row" && $0.line == 6 })
    }

    @Test("a duplicated row keeps the first")
    func duplicateRow() throws {
        let text = "信息内容\t本年处理决定数量\n行政许可\t1\n行政许可\t2"
        let reading = try #require(Self.read(text))
        #expect(reading.table.cell(.licensing, 0).value == 1)
        #expect(reading.diagnostics.contains { $0.code == "table2.duplicate-row" && $0.line == 3 })
    }

    @Test("row labels and column headings")
    func labels() {
        #expect(Table2Interpreter.rowKey("规章") == .regulations)
        #expect(Table2Interpreter.rowKey("行政规范性文件") == .normativeDocuments)
        #expect(Table2Interpreter.rowKey("规范性文件") == .normativeDocuments)
        #expect(Table2Interpreter.rowKey("其他对外管理服务事项") == .otherServices)
        #expect(Table2Interpreter.rowKey("行政事业性收费") == .fees)
        #expect(Table2Interpreter.rowKey("政府集中采购") == .procurement)
        #expect(Table2Interpreter.rowKey("信息内容") == nil)
        #expect(Table2Interpreter.columnFormat("本年新制发件数") == .current)
        #expect(Table2Interpreter.columnFormat("本年增/减") == .trial)
        #expect(Table2Interpreter.columnFormat("采购总金额") == .trial)
        #expect(Table2Interpreter.columnFormat("本年处理决定数量") == .current, "the trial form says 处理决定数量, without 本年")
        #expect(Table2Interpreter.columnFormat("处理决定数量") == nil)
        #expect(Table2Interpreter.columnIndex("采购总金额", row: .procurement, format: .trial) == 1)
        #expect(Table2Interpreter.columnIndex("本年增/减", row: .fees, format: .trial) == 1)
        #expect(Table2Interpreter.columnIndex("现行有效件数", row: .regulations, format: .current) == 2)
    }

    @Test("lines with no row of table 2 give no table")
    func noTable() {
        #expect(Self.read("一、本年新收政府信息公开申请数量\t\t1\t2") == nil)
    }
}
