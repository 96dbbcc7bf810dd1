import Foundation
import Testing
@testable import GongkaiCore

/// Table 3 written out in each file layout, with a distinct number in every cell
/// (`(row index + 1) * 10 + column`), so a row or column mix-up cannot pass unnoticed.
enum GeneratedTable3 {
    /// The ways a file lays a table out.
    enum Layout: String, CaseIterable, Sendable, CustomTestStringConvertible {
        case tabs, pipes, paddedPipes, cellPerLine, spaces

        var testDescription: String { rawValue }

        /// The layout reader that reads this layout.
        var reader: any TableLayoutReader {
            switch self {
            case .tabs: TabRowReader()
            case .pipes, .paddedPipes: PipeRowReader()
            case .cellPerLine: CellPerLineReader()
            case .spaces: SpaceRunReader()
            }
        }
    }

    /// The number printed in a cell.
    static func value(_ rowIndex: Int, _ column: Int) -> Int { (rowIndex + 1) * 10 + column }

    /// The label cells of a row as the official form prints them; "" is a merged layout cell.
    static func labels(_ row: Table3Row, format: ReportFormat) -> [String] {
        switch row {
        case .newReceived: ["一、本年新收政府信息公开申请数量", ""]
        case .carriedOver: ["二、上年结转政府信息公开申请数量", ""]
        case .granted: ["三、本年度办理结果", "（一）予以公开"]
        case .partiallyGranted: ["", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"]
        case .deniedStateSecret: ["", "（三）不予公开", "1.属于国家秘密"]
        case .deniedOtherLaws: ["", "", "2.其他法律行政法规禁止公开"]
        case .deniedThreeSafeties: ["", "", "3.危及“三安全一稳定”"]
        case .deniedThirdParty: ["", "", "4.保护第三方合法权益"]
        case .deniedInternalAffairs: ["", "", "5.属于三类内部事务信息"]
        case .deniedProcessInfo: ["", "", "6.属于四类过程性信息"]
        case .deniedEnforcementFile: ["", "", "7.属于行政执法案卷"]
        case .deniedAdminQuery: ["", "", "8.属于行政查询事项"]
        case .unavailableNotHeld: ["", "（四）无法提供", "1.本机关不掌握相关政府信息"]
        case .unavailableNeedsCreation: ["", "", "2.没有现成信息需要另行制作"]
        case .unavailableUnclear: ["", "", "3.补正后申请内容仍不明确"]
        case .rejectedComplaint: ["", "（五）不予处理", "1.信访举报投诉类申请"]
        case .rejectedDuplicate: ["", "", "2.重复申请"]
        case .rejectedPublication: ["", "", "3.要求提供公开出版物"]
        case .rejectedExcessive: ["", "", "4.无正当理由大量反复申请"]
        case .rejectedConfirmation: ["", "", "5.要求行政机关确认或重新出具已获取信息"]
        case .otherNoCorrection: ["", "（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"]
        case .otherFeeUnpaid: ["", "", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"]
        case .otherOther: ["", "", "3.其他"]
        case .otherHandling: ["", "（六）其他处理"]
        case .resultsTotal: ["", "（七）总计"]
        case .carriedForward: ["四、结转下年度继续办理", ""]
        }
    }

    /// The header lines of the table in a layout.
    static func header(_ layout: Layout) -> [String] {
        switch layout {
        case .tabs:
            [
                "(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)\t\t申请人情况\t\t\t\t\t\t\t",
                "\t\t自然人\t法人或其他组织\t\t\t\t\t总计\t",
                "\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t\t",
            ]
        case .pipes:
            [
                "| 申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |",
                "|---|---|---|---|---|---|---|---|",
            ]
        case .paddedPipes:
            [
                "| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | | | 申请人情况 | | | | | | |",
                "| :-- | --- | --- | :-: | --- | --- | --- | --- | --- | --: |",
                "| | | | 自然人 | 法人或其他组织 | | | | | 总计 |",
                "| | | | | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | |",
            ]
        case .cellPerLine:
            [
                "\t（本列数据的勾稽关系为：第一项加第二项之和等于第三项加第四项之和",
                "\t申请人情况",
                "",
                "\t",
                "\t自然人",
                "\t法人或其他组织",
                "\t总计",
                "",
                "\t",
                "\t",
                "\t商业企业",
                "\t科研机构",
                "\t社会公益组织",
                "\t法律服务机构",
                "\t其他",
                "\t",
                "",
            ]
        case .spaces:
            [
                "申请人情况",
                "自然人  商业企业  科研机构  社会公益组织  法律服务机构  其他  总计",
            ]
        }
    }

    /// The lines of one row with the given value texts.
    static func rowLines(_ row: Table3Row, format: ReportFormat, values: [String], layout: Layout) -> [String] {
        let labels = labels(row, format: format)
        let printed = labels.filter { !$0.isEmpty }
        switch layout {
        case .tabs:
            return [(labels + values).joined(separator: "\t")]
        case .pipes:
            return ["| " + (printed + values).joined(separator: " | ") + " |"]
        case .paddedPipes:
            let padding = Array(repeating: "", count: 3 - labels.count)
            return ["| " + (labels + padding + values).joined(separator: " | ") + " | |"]
        case .cellPerLine:
            var lines: [String] = []
            for label in labels {
                if label == "（三）不予公开" {
                    lines += ["\t（三）不", "予", "公", "开"]  // a label written vertically
                } else {
                    lines.append("\t" + label)
                }
            }
            return lines + values.map { "\t" + $0 } + [""]
        case .spaces:
            return [(printed + values).joined(separator: "  ")]
        }
    }

    /// Table 3 in a format and layout. `rowCount` cuts the table after that many rows, and
    /// `lastRowValues` cuts the last printed row after that many values.
    static func text(_ format: ReportFormat, _ layout: Layout, rowCount: Int? = nil, lastRowValues: Int = 7) -> String {
        let rows = Table3Row.rows(in: format)
        let count = rowCount ?? rows.count
        var lines = header(layout)
        for (index, row) in rows.prefix(count).enumerated() {
            let valueCount = index == count - 1 ? lastRowValues : 7
            let values = (0..<valueCount).map { String(value(index, $0)) }
            lines += rowLines(row, format: format, values: values, layout: layout)
        }
        return lines.joined(separator: "\n")
    }

    /// The source lines of a text, normalised as a file would be.
    static func sourceLines(_ text: String, firstLine: Int = 1) -> [SourceLine] {
        SourceText(path: "t.txt", text: text).lines.enumerated().map { SourceLine(number: $0.offset + firstLine, text: $0.element) }
    }

    /// Checks that every cell of every row holds its distinct number.
    static func expectEveryCell(_ table: ReportTable<Table3Row>, format: ReportFormat, rowCount: Int? = nil,
                                sourceLocation: SourceLocation = #_sourceLocation) {
        let rows = Table3Row.rows(in: format)
        for (index, row) in rows.enumerated() where index < (rowCount ?? rows.count) {
            let expected = (0..<7).map { Decimal(value(index, $0)) }
            let actual = table[row].map(\.value)
            #expect(actual == expected, "row \(row.rawValue)", sourceLocation: sourceLocation)
            #expect(table[row].allSatisfy { $0.status == .printed }, "row \(row.rawValue)", sourceLocation: sourceLocation)
        }
    }
}

@Suite("Table3Interpreter")
struct Table3InterpreterTests {
    private static func read(_ text: String, layout: GeneratedTable3.Layout = .tabs, hint: ReportFormat = .current) -> TableReading<Table3Row>? {
        Table3Interpreter.read(layout.reader.rows(from: GeneratedTable3.sourceLines(text)), formatHint: hint)
    }

    @Test("the form has 25 value rows in 2021 and 23 in the trial format")
    func rowCounts() {
        #expect(Table3Row.rows(in: .current).count == 25)
        #expect(Table3Row.rows(in: .trial).count == 23)
        #expect(Table3Row.rows(in: .trial).contains(.otherHandling))
        #expect(!Table3Row.rows(in: .trial).contains { $0.isCurrentFormatOnly })
        #expect(!Table3Row.rows(in: .current).contains(.otherHandling))
    }

    @Test("every cell of every row, per layout and format", arguments: ReportFormat.allCases, GeneratedTable3.Layout.allCases)
    func everyCell(format: ReportFormat, layout: GeneratedTable3.Layout) throws {
        let lines = GeneratedTable3.sourceLines(GeneratedTable3.text(format, layout))
        #expect(layout.reader.applies(to: lines))
        // The hint is the other format: the rows themselves must decide.
        let hint: ReportFormat = format == .current ? .trial : .current
        let reading = try #require(Table3Interpreter.read(layout.reader.rows(from: lines), formatHint: hint))
        #expect(reading.table.format == format)
        #expect(reading.table.rows.count == (format == .current ? 25 : 23))
        GeneratedTable3.expectEveryCell(reading.table, format: format)
        #expect(reading.table.missingRows.isEmpty)
        #expect(reading.score == (format == .current ? 175 : 161))
        #expect(reading.diagnostics.filter { $0.severity >= .warning }.isEmpty, "\(reading.diagnostics.map(\.message))")
    }

    @Test("the best layout reader reads every cell, per layout and format", arguments: ReportFormat.allCases, GeneratedTable3.Layout.allCases)
    func bestReader(format: ReportFormat, layout: GeneratedTable3.Layout) throws {
        let lines = GeneratedTable3.sourceLines(GeneratedTable3.text(format, layout))
        let reading = try #require(TableReading.best(in: lines) { Table3Interpreter.read($0, formatHint: .current) })
        #expect(reading.table.format == format)
        GeneratedTable3.expectEveryCell(reading.table, format: format)
    }

    @Test("the trial format's one （六）其他处理 row", arguments: GeneratedTable3.Layout.allCases)
    func trialOtherHandling(layout: GeneratedTable3.Layout) throws {
        let reading = try #require(Self.read(GeneratedTable3.text(.trial, layout), layout: layout, hint: .current))
        let index = try #require(Table3Row.rows(in: .trial).firstIndex(of: .otherHandling))
        #expect(index == 20)
        #expect(reading.table[.otherHandling].map(\.value) == (0..<7).map { Decimal(210 + $0) })
        #expect(reading.table[.otherNoCorrection].allSatisfy { $0.status == .missing })
    }

    @Test("a table cut off mid-row: the trailing cells are missing, never 0", arguments: GeneratedTable3.Layout.allCases)
    func cutOffMidRow(layout: GeneratedTable3.Layout) throws {
        // Cut inside （三）2.其他法律行政法规禁止公开 (row 6) after three of its seven values.
        let text = GeneratedTable3.text(.current, layout, rowCount: 6, lastRowValues: 3)
        let reading = try #require(Self.read(text, layout: layout))
        let table = reading.table
        GeneratedTable3.expectEveryCell(table, format: .current, rowCount: 5)
        let cut = table[.deniedOtherLaws]
        #expect(cut.map(\.value) == [60, 61, 62, nil, nil, nil, nil])
        #expect(cut.map(\.status) == [.printed, .printed, .printed, .missing, .missing, .missing, .missing])
        for row in Table3Row.rows(in: .current).dropFirst(6) {
            #expect(table[row].allSatisfy { $0.value == nil && $0.status == .missing }, "row \(row.rawValue)")
        }
        #expect(table.missingRows.count == 19)
        #expect(reading.diagnostics.contains { $0.code == "table3.short-row" })
        #expect(reading.diagnostics.contains { $0.code == "table3.missing-rows" })
    }

    @Test("a table cut off mid-row: the best layout reader keeps the columns", arguments: GeneratedTable3.Layout.allCases)
    func cutOffMidRowBestReader(layout: GeneratedTable3.Layout) throws {
        let lines = GeneratedTable3.sourceLines(GeneratedTable3.text(.current, layout, rowCount: 6, lastRowValues: 3))
        let reading = try #require(TableReading.best(in: lines) { Table3Interpreter.read($0, formatHint: .current) })
        GeneratedTable3.expectEveryCell(reading.table, format: .current, rowCount: 5)
        #expect(reading.table[.deniedOtherLaws].map(\.value) == [60, 61, 62, nil, nil, nil, nil])
        #expect(reading.table[.deniedOtherLaws].map(\.status) == [.printed, .printed, .printed, .missing, .missing, .missing, .missing])
    }

    @Test("a label split over two lines (tab rows)")
    func splitLabelTabs() throws {
        let text = """
        \t\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计
        一、本年新收政府
        信息公开申请数量\t\t1\t2\t3\t4\t5\t6\t21
        二、上年结转政府信息公开申请数量\t\t7\t8\t9\t10\t11\t12\t57
        \t（二）部分公开（区分处理的，只计这一情形，
        \t不计其他情形）\t13\t14\t15\t16\t17\t18\t93
        """
        let table = try #require(Self.read(text)).table
        #expect(table[.newReceived].map(\.value) == [1, 2, 3, 4, 5, 6, 21])
        #expect(table[.carriedOver].map(\.value) == [7, 8, 9, 10, 11, 12, 57])
        #expect(table[.partiallyGranted].map(\.value) == [13, 14, 15, 16, 17, 18, 93])
        #expect(table.cell(.newReceived, 0).line == 3)
    }

    @Test("a label split over two lines (one cell per line and pipe rows)")
    func splitLabelOtherLayouts() throws {
        let cellPerLine = """
        \t一、本年新收政府信息
        \t公开申请数量
        \t1
        \t2
        \t3
        \t4
        \t5
        \t6
        \t21

        \t四、结转下年度
        \t继续办理
        \t0
        \t0
        \t0
        \t0
        \t0
        \t1
        \t1
        """
        let perLine = try #require(Self.read(cellPerLine, layout: .cellPerLine)).table
        #expect(perLine[.newReceived].map(\.value) == [1, 2, 3, 4, 5, 6, 21])
        #expect(perLine[.carriedForward].map(\.value) == [0, 0, 0, 0, 0, 1, 1])

        let pipes = """
        | 一、本年新收政府信息 | | | | | | | |
        | 公开申请数量 | 1 | 2 | 3 | 4 | 5 | 6 | 21 |
        | 二、上年结转政府信息公开申请数量 | 7 | 8 | 9 | 10 | 11 | 12 | 57 |
        """
        let piped = try #require(Self.read(pipes, layout: .pipes)).table
        #expect(piped[.newReceived].map(\.value) == [1, 2, 3, 4, 5, 6, 21])
        #expect(piped[.carriedOver].map(\.value) == [7, 8, 9, 10, 11, 12, 57])
    }

    @Test("blank, / and - cells are unknown with status .blank / .dash")
    func blankAndDashCells() throws {
        let text = """
        \t\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计
        一、本年新收政府信息公开申请数量\t\t5\t\t/\t-\t—\t／\t5
        二、上年结转政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0
        """
        let table = try #require(Self.read(text)).table
        let cells = table[.newReceived]
        #expect(cells.map(\.value) == [5, nil, nil, nil, nil, nil, 5])
        #expect(cells.map(\.status) == [.printed, .blank, .dash, .dash, .dash, .dash, .printed])
        #expect(cells[1].line == 2)
        #expect(table[.carriedOver].map(\.value) == [0, 0, 0, 0, 0, 0, 0])
    }

    @Test("numbers with units, thousands separators, full-width digits and stray spaces")
    func numberForms() throws {
        let text = """
        \t\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计
        一、本年新收政府信息公开申请数量\t\t1,234\t1，234\t3件\t１２\t 7 \t1 000\t3,490
        """
        let table = try #require(Self.read(text)).table
        #expect(table[.newReceived].map(\.value) == [1234, 1234, 3, 12, 7, 1000, 3490])
        #expect(table[.newReceived].allSatisfy { $0.status == .printed })
    }

    @Test("rows are found by label whatever their order")
    func rowsOutOfOrder() throws {
        let text = """
        \t\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计
        四、结转下年度继续办理\t\t1\t0\t0\t0\t0\t0\t1
        （七）总计\t\t2\t0\t0\t0\t0\t0\t2
        一、本年新收政府信息公开申请数量\t\t3\t0\t0\t0\t0\t0\t3
        """
        let table = try #require(Self.read(text)).table
        #expect(table.cell(.carriedForward, 0).value == 1)
        #expect(table.cell(.resultsTotal, 0).value == 2)
        #expect(table.cell(.newReceived, 0).value == 3)
    }

    @Test("label variants: 上年转结, 转结下年度, 其他法律法规禁止公开, 社会组织")
    func labelVariants() throws {
        let text = """
        \t\t自然人\t法人或其他组织\t\t\t\t\t总计
        \t\t\t商业企业\t科研机构\t社会组织\t法律服务机构\t其他\t
        二、上年转结政府信息公开申请数量\t\t1\t2\t3\t4\t5\t6\t21
        \t（三）不予公开\t2.其他法律法规禁止公开\t7\t8\t9\t10\t11\t12\t57
        四、转结下年度继续办理\t\t13\t14\t15\t16\t17\t18\t93
        """
        let table = try #require(Self.read(text)).table
        #expect(table[.carriedOver].map(\.value) == [1, 2, 3, 4, 5, 6, 21])
        #expect(table[.deniedOtherLaws].map(\.value) == [7, 8, 9, 10, 11, 12, 57])
        #expect(table[.carriedForward].map(\.value) == [13, 14, 15, 16, 17, 18, 93])
    }

    /// Every row label of the 2021 form in traditional script, in form order.
    static let traditionalLabels = [
        "一、本年新收政府信息公開申請數量",
        "二、上年結轉政府信息公開申請數量",
        "（一）予以公開",
        "（二）部分公開（區分處理的，只計這一情形，不計其他情形）",
        "1.屬於國家秘密",
        "2.其他法律行政法規禁止公開",
        "3.危及“三安全一穩定”",
        "4.保護第三方合法權益",
        "5.屬於三類內部事務信息",
        "6.屬於四類過程性信息",
        "7.屬於行政執法案卷",
        "8.屬於行政查詢事項",
        "1.本機關不掌握相關政府信息",
        "2.沒有現成信息需要另行製作",
        "3.補正後申請內容仍不明確",
        "1.信訪舉報投訴類申請",
        "2.重複申請",
        "3.要求提供公開出版物",
        "4.無正當理由大量反覆申請",
        "5.要求行政機關確認或重新出具已獲取信息",
        "1.申請人無正當理由逾期不補正、行政機關不再處理其政府信息公開申請",
        "2.申請人逾期未按收費通知要求繳納費用、行政機關不再處理其政府信息公開申請",
        "3.其他",
        "（七）總計",
        "四、結轉下年度繼續辦理",
    ]

    @Test("every row label of the form in traditional script")
    func traditionalRowLabels() {
        let rows = Table3Row.rows(in: .current)
        #expect(rows.count == Self.traditionalLabels.count)
        for (row, label) in zip(rows, Self.traditionalLabels) {
            #expect(Table3Labels.row(LabelText.key(label)) == row, "\(label)")
        }
        #expect(Table3Labels.row(LabelText.key("（六）其他處理")) == .otherHandling)
    }

    @Test("every column heading in traditional script")
    func traditionalColumnLabels() {
        let headings = ["自然人", "商業企業", "科研機構", "社會公益組織", "法律服務機構", "其他", "總計"]
        #expect(headings.map { Table3Labels.column(LabelText.key($0)) } == Table3Column.allCases)
    }

    @Test("a table 3 in traditional script: every cell")
    func traditionalTable() throws {
        let header = "\t自然人\t商業企業\t科研機構\t社會公益組織\t法律服務機構\t其他\t總計"
        let rows = Self.traditionalLabels.enumerated().map { index, label in
            ([label] + (0..<7).map { String(GeneratedTable3.value(index, $0)) }).joined(separator: "\t")
        }
        let reading = try #require(Self.read(([header] + rows).joined(separator: "\n")))
        GeneratedTable3.expectEveryCell(reading.table, format: .current)
        #expect(!reading.diagnostics.contains { $0.code == "table3.unknown-row" })
    }

    @Test("columns follow a header printed in another order")
    func reorderedColumns() throws {
        let text = """
        | 申请人情况 | 总计 | 其他 | 法律服务机构 | 社会公益组织 | 科研机构 | 商业企业 | 自然人 |
        |---|---|---|---|---|---|---|---|
        | 一、本年新收政府信息公开申请数量 | 21 | 6 | 5 | 4 | 3 | 2 | 1 |
        | 二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
        """
        let table = try #require(Self.read(text, layout: .pipes)).table
        #expect(table[.newReceived].map(\.value) == [1, 2, 3, 4, 5, 6, 21])
    }

    @Test("a duplicated row keeps the first and says so")
    func duplicateRow() throws {
        let text = """
        一、本年新收政府信息公开申请数量\t\t1\t0\t0\t0\t0\t0\t1
        一、本年新收政府信息公开申请数量\t\t9\t0\t0\t0\t0\t0\t9
        """
        let reading = try #require(Self.read(text))
        #expect(reading.table.cell(.newReceived, 0).value == 1)
        #expect(reading.diagnostics.contains { $0.code == "table3.duplicate-row" && $0.line == 2 })
    }

    @Test("a row with more values than columns keeps the first seven and warns")
    func longRow() throws {
        let text = "一、本年新收政府信息公开申请数量\t\t1\t2\t3\t4\t5\t6\t21\t99\n二、上年结转政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0"
        let reading = try #require(Self.read(text))
        #expect(reading.table[.newReceived].map(\.value) == [1, 2, 3, 4, 5, 6, 21])
        #expect(reading.diagnostics.contains { $0.code == "table3.long-row" && $0.line == 1 })
    }

    @Test("without 其他处理 rows the hint decides the format")
    func formatHint() throws {
        let text = "一、本年新收政府信息公开申请数量\t\t1\t0\t0\t0\t0\t0\t1\n二、上年结转政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0"
        let trial = try #require(Self.read(text, hint: .trial))
        let current = try #require(Self.read(text, hint: .current))
        #expect(trial.table.format == .trial)
        #expect(current.table.format == .current)
    }

    @Test("without a header row the columns are the form's order, as columnOrder reads no rows")
    func orderWithoutHeader() throws {
        // The interpreter starts from the form's order instead of working it out from no rows.
        #expect(Table3Interpreter.columnOrder([]) == Table3Column.allCases)
        let text = "一、本年新收政府信息公开申请数量\t\t1\t2\t3\t4\t5\t6\t21"
        let reading = try #require(Self.read(text, hint: .current))
        #expect(reading.table[.newReceived].map(\.value) == [1, 2, 3, 4, 5, 6, 21])
    }

    @Test("lines with no row of table 3 give no table")
    func noTable() {
        #expect(Self.read("行政许可\t84\n行政处罚\t0") == nil)
        #expect(Self.read("") == nil)
    }

    @Test("a misspelt label in its place in the group takes that row, with a note; a stranger does not")
    func misspeltLabel() throws {
        let zeros = Array(repeating: "0", count: 6).joined(separator: "\t")
        func text(_ label: String) -> String {
            "自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计\n（三）不予公开\n1.属于国家秘密\t\(zeros)\t0\n\(label)\t1\t0\t0\t0\t0\t0\t1\n3.危及“三安全一稳定”\t\(zeros)\t0"
        }
        let typo = try #require(Self.read(text("2.其他法律行政止公开")))
        #expect(typo.table[.deniedOtherLaws].map(\.value) == [1, 0, 0, 0, 0, 0, 1])
        #expect(typo.diagnostics.contains { $0.code == "table3.label-typo" })
        for stranger in ["2.本年度共收到的其他各类申请", "5.其他法律行政止公开"] {
            let reading = try #require(Self.read(text(stranger)))
            #expect(reading.table[.deniedOtherLaws].allSatisfy { $0.value == nil })
        }
    }
}
