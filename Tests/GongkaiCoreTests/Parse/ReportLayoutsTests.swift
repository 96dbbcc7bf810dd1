import Foundation
import Testing
@testable import GongkaiCore

/// Whole reports written in each layout and both formats, parsed end to end.
@Suite("Report layouts")
struct ReportLayoutsTests {
    typealias Layout = GeneratedTable3.Layout

    /// A table written with tabs, rewritten in another layout.
    static func convert(_ tabText: String, to layout: Layout) -> String {
        let rows = tabText.split(separator: "\n", omittingEmptySubsequences: false).map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        switch layout {
        case .tabs:
            return tabText
        case .pipes:
            return rows.map { "| " + $0.filter { !$0.isEmpty }.joined(separator: " | ") + " |" }.joined(separator: "\n")
        case .paddedPipes:
            return rows.map { "| | " + $0.joined(separator: " | ") + " |" }.joined(separator: "\n")
        case .spaces:
            return rows.map { $0.filter { !$0.isEmpty }.joined(separator: "  ") }.joined(separator: "\n")
        case .cellPerLine:
            return rows.map { $0.filter { !$0.isEmpty }.map { "\t" + $0 }.joined(separator: "\n") + "\n" }.joined(separator: "\n")
        }
    }

    /// Table 4 as the seeds print it, with distinct numbers: group g, column c → (g + 1) * 10 + c.
    static let table4Tabs = """
    行政复议\t\t\t\t\t行政诉讼\t\t\t\t\t\t\t\t\t
    结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉\t\t\t\t
    \t\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计
    10\t11\t12\t13\t14\t20\t21\t22\t23\t24\t30\t31\t32\t33\t34
    """

    static func reportText(_ format: ReportFormat, _ layout: Layout, table3: String? = nil, table4: String? = nil, end: Bool = true) -> String {
        let year = format == .current ? 2022 : 2020
        let table2 = convert(format == .current ? Table2InterpreterTests.currentTabs : Table2InterpreterTests.trialTabs, to: layout)
        let head = """
        汶上县刘楼镇人民政府\(year)年政府信息公开工作年度报告

        一、总体情况
        本年度，我镇认真做好政府信息公开工作。
        二、主动公开政府信息情况
        \(table2)
        三、收到和处理政府信息公开申请情况
        \(table3 ?? GeneratedTable3.text(format, layout))
        """
        guard end else { return head }
        return head + "\n" + """
        四、政府信息公开行政复议、行政诉讼情况
        \(table4 ?? convert(table4Tabs, to: layout))
        五、存在的主要问题及改进情况
        一是公开内容还不够全面。
        六、其他需要报告的事项
        本年度未收取信息处理费。

        汶上县刘楼镇人民政府
        \(year + 1)年1月10日
        """
    }

    static func parse(_ text: String) -> Report {
        CheckStage.checked(ReportParser.parse(SourceText(path: "Content/刘楼镇/report.txt", text: text)))
    }

    static func expectTable2(_ table: ReportTable<Table2Row>?, format: ReportFormat, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let table else {
            Issue.record("no table 2", sourceLocation: sourceLocation)
            return
        }
        #expect(table.format == format, sourceLocation: sourceLocation)
        #expect(table[.regulations].map(\.value) == [1, 2, 3], sourceLocation: sourceLocation)
        #expect(table[.normativeDocuments].map(\.value) == [4, 5, 6], sourceLocation: sourceLocation)
        switch format {
        case .current:
            #expect(table[.licensing].map(\.value) == [84], sourceLocation: sourceLocation)
            #expect(table[.punishment].map(\.value) == [7], sourceLocation: sourceLocation)
            #expect(table[.coercion].map(\.value) == [9], sourceLocation: sourceLocation)
            #expect(table[.fees].map(\.value) == [Decimal(string: "0.35")], sourceLocation: sourceLocation)
        case .trial:
            #expect(table[.licensing].map(\.value) == [30, 12, 300], sourceLocation: sourceLocation)
            #expect(table[.otherServices].map(\.value) == [40, -18, 400], sourceLocation: sourceLocation)
            #expect(table[.punishment].map(\.value) == [50, -4, 500], sourceLocation: sourceLocation)
            #expect(table[.coercion].map(\.value) == [60, 0, 600], sourceLocation: sourceLocation)
            #expect(table[.fees].map(\.value) == [70, -1], sourceLocation: sourceLocation)
            #expect(table[.procurement].map(\.value) == [8, Decimal(string: "123.45")], sourceLocation: sourceLocation)
        }
    }

    static func expectTable4(_ table: ReportTable<Table4Group>?, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let table else {
            Issue.record("no table 4", sourceLocation: sourceLocation)
            return
        }
        #expect(table[.review].map(\.value) == [10, 11, 12, 13, 14], sourceLocation: sourceLocation)
        #expect(table[.litigationDirect].map(\.value) == [20, 21, 22, 23, 24], sourceLocation: sourceLocation)
        #expect(table[.litigationAfterReview].map(\.value) == [30, 31, 32, 33, 34], sourceLocation: sourceLocation)
    }

    @Test("a whole report: sections, metadata and every cell of tables 2–4, per layout and format",
          arguments: ReportFormat.allCases, Layout.allCases)
    func wholeReport(format: ReportFormat, layout: Layout) throws {
        let report = Self.parse(Self.reportText(format, layout))
        #expect(report.format == format)
        #expect(report.sections.map(\.number) == [1, 2, 3, 4, 5, 6])
        #expect(report.metadata.organ == "汶上县刘楼镇人民政府")
        #expect(report.metadata.township == "刘楼镇")
        #expect(report.metadata.county == "汶上县")
        #expect(report.metadata.year == (format == .current ? 2022 : 2020))
        #expect(report.metadata.published == (format == .current ? "2023-01-10" : "2021-01-10"))
        Self.expectTable2(report.table2, format: format)
        let table3 = try #require(report.table3)
        #expect(table3.format == format)
        GeneratedTable3.expectEveryCell(table3, format: format)
        Self.expectTable4(report.table4)
        let missing = report.diagnostics.filter { $0.code.hasSuffix(".missing") || $0.code.hasSuffix(".missing-rows") || $0.code == "section.missing" }
        #expect(missing.isEmpty, "\(missing.map(\.message))")
        // Table 4's header line (行政复议  行政诉讼) is a table row, not a repeat of the section heading.
        let repeated = report.diagnostics.filter { $0.code == "section.repeated" }
        #expect(repeated.isEmpty, "\(repeated.map { "\($0.line ?? 0): \($0.message)" })")
    }

    @Test("table text is kept out of the section narratives", arguments: [Layout.tabs, .cellPerLine])
    func tablesNotInNarrative(layout: Layout) throws {
        let report = Self.parse(Self.reportText(.current, layout))
        let section3 = try #require(report.section(3))
        #expect(!section3.narrative.markdown.contains("予以公开"))
        #expect(!section3.narrative.markdown.contains("210"))
        let section1 = try #require(report.section(1))
        #expect(section1.narrative.markdown.contains("认真做好政府信息公开工作"))
    }

    @Test("a space-separated table 4 whose only header line is 行政复议  行政诉讼")
    func spaceTable4OneHeaderLine() throws {
        let table4 = """
        行政复议  行政诉讼
        10  11  12  13  14  20  21  22  23  24  30  31  32  33  34
        """
        let report = Self.parse(Self.reportText(.current, .spaces, table4: table4))
        #expect(report.sections.map(\.number) == [1, 2, 3, 4, 5, 6])
        Self.expectTable4(report.table4)
    }

    @Test("the format is decided by the tables, not the year: a 2021 report printing the trial tables")
    func trialTablesIn2021() throws {
        let text = Self.reportText(.trial, .tabs).replacingOccurrences(of: "2020年政府信息公开", with: "2021年政府信息公开")
        let report = Self.parse(text)
        #expect(report.metadata.year == 2021)
        #expect(report.format == .trial)
        Self.expectTable2(report.table2, format: .trial)
        let table3 = try #require(report.table3)
        #expect(table3.format == .trial)
        GeneratedTable3.expectEveryCell(table3, format: .trial)
    }

    @Test("section headings in traditional script")
    func traditionalHeadings() {
        let report = Self.parse("""
        劉樓鎮人民政府2022年政府信息公開工作年度報告
        一、總體情況
        正文。
        二、主動公開政府信息情況
        正文。
        三、收到和處理政府信息公開申請情況
        正文。
        四、政府信息公開行政復議、行政訴訟情況
        正文。
        五、存在的主要問題及改進情況
        正文。
        六、其他需要報告的事項
        正文。
        """)
        #expect(report.sections.map(\.number) == [1, 2, 3, 4, 5, 6])
        #expect(report.metadata.year == 2022)
    }

    @Test("a report cut off inside table 3", arguments: Layout.allCases)
    func cutOffInsideTable3(layout: Layout) throws {
        // 12 rows, the last (（三）8.属于行政查询事项) cut after two of its values.
        let table3 = GeneratedTable3.text(.current, layout, rowCount: 12, lastRowValues: 2)
        let report = Self.parse(Self.reportText(.current, layout, table3: table3, end: false))
        #expect(report.sections.map(\.number) == [1, 2, 3])
        Self.expectTable2(report.table2, format: .current)
        let table = try #require(report.table3)
        GeneratedTable3.expectEveryCell(table, format: .current, rowCount: 11)
        #expect(table[.deniedAdminQuery].map(\.value) == [120, 121, nil, nil, nil, nil, nil])
        #expect(table[.deniedAdminQuery].map(\.status) == [.printed, .printed, .missing, .missing, .missing, .missing, .missing])
        for row in Table3Row.rows(in: .current).dropFirst(12) {
            #expect(table[row].allSatisfy { $0.value == nil && $0.status == .missing }, "row \(row.rawValue)")
        }
        #expect(report.table4 == nil)
        #expect(report.diagnostics.contains { $0.code == "table3.missing-rows" })
        #expect(report.diagnostics.contains { $0.code == "table4.missing" })
        #expect(report.diagnostics.contains { $0.code == "section.missing" })
        let status = Dictionary(report.checks.map { ($0.id, $0.status) }, uniquingKeysWith: { first, _ in first })
        #expect(status["V1"] == .unknown)
        #expect(status["V2"] == .unknown)
        #expect(status["V4"] == .unknown)
        #expect(status["V3"] != .pass)
    }

    @Test("a trial-format report in pipe rows with padding cells, written by hand")
    func trialPipeReport() throws {
        let text = """
        2020年鲁河镇政府信息公开工作年度报告

        一、总体情况
        本年度政府信息公开工作有序开展。

        二、主动公开政府信息情况

        | 第二十条第（一）项 | | | |
        |---|---|---|---|
        | 信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |
        | 规章 | 0 | 0 | 0 |
        | 规范性文件 | 2 | 2 | 15 |
        | 第二十条第（五）项 | | | |
        | 信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |
        | 行政许可 | 25 | +12 | 1,234 |
        | 其他对外管理服务事项 | 6 | -18 | 7 |
        | 第二十条第（六）项 | | | |
        | 信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |
        | 行政处罚 | 9 | 减4 | 11 |
        | 行政强制 | 1 | 0 | 0 |
        | 第二十条第（八）项 | | | |
        | 信息内容 | 上一年项目数量 | 本年增/减 | |
        | 行政事业性收费 | 3 | 0 | |
        | 第二十条第（九）项 | | | |
        | 信息内容 | 采购项目数量 | 采购总金额 | |
        | 政府集中采购 | 5 | 251000元 | |

        三、收到和处理政府信息公开申请情况

        | （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | | | 申请人情况 | | | | | | |
        |---|---|---|---|---|---|---|---|---|---|
        | | | | 自然人 | 法人或其他组织 | | | | | 总计 |
        | | | | | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | |
        | 一、本年新收政府信息公开申请数量 | | | 3 | 1 | 0 | 0 | 0 | 0 | 4 |
        | 二、上年结转政府信息公开申请数量 | | | 1 | 0 | 0 | 0 | 0 | 0 | 1 |
        | 三、本年度办理结果 | （一）予以公开 | | 2 | 1 | 0 | 0 | 0 | 0 | 3 |
        | | （二）部分公开（区分处理的，只计这一情形，不计其他情形） | | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
        | | （三）不予公开 | 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
        | | | 2.其他法律行政法规禁止公开 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
        | | | 3.危及“三安全一稳定” | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
        | | | 4.保护第三方合法权益 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
        | | | 5.属于三类内部事务信息 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
        | | | 6.属于四类过程性信息 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
        | | | 7.属于行政执法案卷 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
        | | | 8.属于行政查询事项 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
        | | （四）无法提供 | 1.本机关不掌握相关政府信息 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |
        | | | 2.没有现成信息需要另行制作 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
        | | | 3.补正后申请内容仍不明确 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
        | | （五）不予处理 | 1.信访举报投诉类申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
        | | | 2.重复申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
        | | | 3.要求提供公开出版物 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
        | | | 4.无正当理由大量反复申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
        | | | 5.要求行政机关确认或重新出具已获取信息 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
        | | （六）其他处理 | | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
        | | （七）总计 | | 3 | 1 | 0 | 0 | 0 | 0 | 4 |
        | 四、结转下年度继续办理 | | | 1 | 0 | 0 | 0 | 0 | 0 | 1 |

        四、政府信息公开行政复议、行政诉讼情况

        | 行政复议 | | | | | 行政诉讼 | | | | | | | | | |
        |---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
        | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | | | | | 复议后起诉 | | | | |
        | | | | | | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |
        | 1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 1 | 1 | 0 | 0 | 0 | 0 | 0 |

        五、存在的主要问题及改进情况
        一是公开内容还不够全面。
        六、其他需要报告的事项
        无。
        """
        let report = Self.parse(text)
        #expect(report.format == .trial)
        #expect(report.metadata.organ == "鲁河镇")
        #expect(report.metadata.year == 2020)
        let table2 = try #require(report.table2)
        #expect(table2.format == .trial)
        #expect(table2[.normativeDocuments].map(\.value) == [2, 2, 15])
        #expect(table2[.licensing].map(\.value) == [25, 12, 1234])
        #expect(table2[.otherServices].map(\.value) == [6, -18, 7])
        #expect(table2[.punishment].map(\.value) == [9, -4, 11])
        #expect(table2[.fees].map(\.value) == [3, 0])
        #expect(table2[.procurement].map(\.value) == [5, 251_000])
        let table3 = try #require(report.table3)
        #expect(table3.format == .trial)
        #expect(table3[.newReceived].map(\.value) == [3, 1, 0, 0, 0, 0, 4])
        #expect(table3[.granted].map(\.value) == [2, 1, 0, 0, 0, 0, 3])
        #expect(table3[.unavailableNotHeld].map(\.value) == [1, 0, 0, 0, 0, 0, 1])
        #expect(table3[.otherHandling].map(\.value) == [0, 0, 0, 0, 0, 0, 0])
        #expect(table3[.resultsTotal].map(\.value) == [3, 1, 0, 0, 0, 0, 4])
        #expect(table3[.carriedForward].map(\.value) == [1, 0, 0, 0, 0, 0, 1])
        #expect(table3.missingRows.isEmpty)
        // Table 4 as pandoc writes a Word table: two header rows, one row of fifteen values.
        #expect(report.table4?[.review].map(\.value) == [1, 0, 0, 0, 1])
        #expect(report.table4?[.litigationDirect].map(\.value) == [0, 0, 0, 1, 1])
        #expect(report.table4?[.litigationAfterReview].map(\.value) == [0, 0, 0, 0, 0])
        for id: CheckID in ["V1", "V2", "V3", "V4", "V5"] {
            #expect(report.checks.first { $0.id == id }?.status == .pass, "\(id): \(report.checks.first { $0.id == id }?.message ?? "missing")")
        }
    }

    @Test("a 2021 report in pipe rows without padding cells, written by hand")
    func currentPipeReport() throws {
        let text = """
        # 刘楼镇人民政府2022年政府信息公开工作年度报告

        ## 一、总体情况
        本年度政府信息公开工作有序开展。
        ## 二、主动公开政府信息情况
        | 第二十条第（一）项 |
        | 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
        | 规章 | 0 | 0 | 0 |
        | 行政规范性文件 | 1 | 0 | 3 |
        | 第二十条第（五）项 |
        | 信息内容 | 本年处理决定数量 |
        | 行政许可 | 84 |
        | 第二十条第（六）项 |
        | 信息内容 | 本年处理决定数量 |
        | 行政处罚 | ３ |
        | 行政强制 | 0 |
        | 第二十条第（八）项 |
        | 信息内容 | 本年收费金额（单位：万元） |
        | 行政事业性收费 | 0 |
        ## 三、收到和处理政府信息公开申请情况
        | 申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |
        |---|---|---|---|---|---|---|---|
        | 一、本年新收政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |
        | 二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
        | （一）予以公开 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |
        | （七）总计 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |
        | 四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
        ## 四、政府信息公开行政复议、行政诉讼情况
        | 行政复议 | 0 | 0 | 0 | 0 | 0 |
        | 行政诉讼（未经复议直接起诉） | 0 | 0 | 0 | 0 | 0 |
        | 行政诉讼（复议后起诉） | 0 | 0 | 0 | 0 | 0 |
        ## 五、存在的主要问题及改进情况
        无。
        ## 六、其他需要报告的事项
        无。
        """
        let report = Self.parse(text)
        #expect(report.sections.map(\.number) == [1, 2, 3, 4, 5, 6])
        #expect(report.format == .current)
        let table2 = try #require(report.table2)
        #expect(table2[.normativeDocuments].map(\.value) == [1, 0, 3])
        #expect(table2[.licensing].map(\.value) == [84])
        #expect(table2[.punishment].map(\.value) == [3])
        #expect(table2[.fees].map(\.value) == [0])
        let table3 = try #require(report.table3)
        #expect(table3[.newReceived].map(\.value) == [2, 0, 0, 0, 0, 0, 2])
        #expect(table3[.granted].map(\.value) == [2, 0, 0, 0, 0, 0, 2])
        #expect(table3[.resultsTotal].map(\.value) == [2, 0, 0, 0, 0, 0, 2])
        // Rows the file lacks are unknown, not 0.
        #expect(table3[.partiallyGranted].allSatisfy { $0.value == nil && $0.status == .missing })
        #expect(report.diagnostics.contains { $0.code == "table3.missing-rows" })
        #expect(report.checks.first { $0.id == "V2" }?.status == .unknown)
        #expect(report.checks.first { $0.id == "V1" }?.status == .pass)
        let table4 = try #require(report.table4)
        #expect(table4[.litigationAfterReview].map(\.value) == [0, 0, 0, 0, 0])
    }

    @Test("a report with no tables has no format and unknown checks")
    func noTables() {
        let report = Self.parse("""
        XX镇人民政府2022年政府信息公开工作年度报告
        一、总体情况
        正文。
        """)
        #expect(report.format == nil)
        #expect(report.table2 == nil)
        #expect(report.table3 == nil)
        #expect(report.table4 == nil)
        #expect(["table2.missing", "table3.missing", "table4.missing"].allSatisfy { code in report.diagnostics.contains { $0.code == code } })
        #expect(report.checks.filter { $0.id.rawValue.hasPrefix("V") }.allSatisfy { $0.status == .unknown })
    }
}

