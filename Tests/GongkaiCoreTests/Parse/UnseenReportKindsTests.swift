import Foundation
import Testing
@testable import GongkaiCore

/// Kinds of fault found on 2 Dec 2026 in real reports the parser had not seen (corpus
/// `real/c`): each test is the kind, on small rows and texts, not the one report.
@Suite("Kinds found in unseen reports")
struct UnseenReportKindsTests {
    private static func lines(_ text: String) -> [SourceLine] {
        SourceText(path: "t.txt", text: text).lines.enumerated().map { SourceLine(number: $0.offset + 1, text: $0.element) }
    }

    private static func values(_ row: SplitRow, count: Int) -> [Decimal?] {
        row.resolvingRuns(count: count, table: 3, label: "x").row.cells(count: count).map(\.value)
    }

    private static func metadata(_ text: String) -> ReportMetadata {
        let lines = lines(text)
        return MetadataReader.read(lines: lines, firstSectionIndex: lines.firstIndex { SectionFinder.heading($0)?.0 == 1 }).0
    }

    // MARK: pipe rows with blank cells before their first value (real c/27: 8 wrong numbers)

    @Test("a pipe row's blank cells before its value are blank values when the cells after the label are the form's")
    func pipeLeadingBlanks() throws {
        let rows = PipeRowReader().rows(from: Self.lines("""
        二、上年结转政府信息公开申请数量 | | | | | | | 0 |
        | (三)不予公开 | 1.属于国家秘密 | | | | | | | 0 |
        一、本年新收政府信息公开申请数量 | 0 | | | | | | 0 |
        """))
        for row in rows {
            let resolved = SplitRow(row).resolvingRuns(count: 7, table: 3, label: "x").row
            #expect(resolved.cells(count: 7).last?.value == 0)
            #expect(TableDiagnostics.rowLength(table: 3, label: "x", row: resolved, expected: 7) == nil)
        }
        let carried = SplitRow(rows[0]).resolvingRuns(count: 7, table: 3, label: "x").row.cells(count: 7)
        #expect(carried.prefix(6).allSatisfy { $0.value == nil && $0.status == .blank })
        #expect(Self.values(SplitRow(rows[2]), count: 7) == [0, nil, nil, nil, nil, nil, 0])
    }

    @Test("more blank cells than the form has room for: the first ones are a merged label's padding")
    func pipePadding() throws {
        let row = try #require(PipeRowReader().rows(from: Self.lines("| 二、上年结转 | | | 1 | 0 | 0 | 0 | 0 | 1 |")).first)
        #expect(Self.values(SplitRow(row), count: 7) == [nil, 1, 0, 0, 0, 0, 1])
    }

    @Test("a short pipe row without room for its blanks, or with words in them, is left as it was")
    func pipeShortRowKept() throws {
        let short = try #require(PipeRowReader().rows(from: Self.lines("| 二、上年结转 | | 1 | 0 | 1 |")).first)
        let resolved = SplitRow(short).resolvingRuns(count: 7, table: 3, label: "x").row
        #expect(resolved.values.count == 3)
        #expect(TableDiagnostics.rowLength(table: 3, label: "x", row: resolved, expected: 7)?.code == "table3.short-row")
        // A row ending in an empty cell: a trailing separator may be one, so nothing is placed, and
        // with blanks before its values they are not taken from the left either (a tester's
        // `| 行政规范性文件 | | | 6 | |` gave 本年制发 6).
        for (text, count) in [("| 二、上年结转 | | | | | | 5 | |", 7), ("| 行政规范性文件 | | | 6 | |", 3),
                              ("| 二、上年结转 | | | 2 | | | | 2 | |", 7), ("规章\t\t4\t", 3), ("| 行政复议 | | | | | 1 | |", 5)] {
            let row = try #require((PipeRowReader().rows(from: Self.lines(text)) + TabRowReader().rows(from: Self.lines(text))).first)
            #expect(Self.values(SplitRow(row), count: count) == Array(repeating: nil, count: count), "\(text)")
        }
        // Without a blank before its values a short row keeps its values from the left, as before.
        let cut = try #require(PipeRowReader().rows(from: Self.lines("| 规章 | 0 | 0 | |")).first)
        #expect(Self.values(SplitRow(cut), count: 3) == [0, 0, nil])
        // A row of values under a header, without a label: placed from the row's start.
        let values = try #require(PipeRowReader().rows(from: Self.lines("| | | | | 1 |")).first)
        #expect(Self.values(SplitRow(values), count: 5) == [nil, nil, nil, nil, 1])
    }

    @Test("tab rows print every cell too")
    func tabLeadingBlanks() throws {
        let rows = TabRowReader().rows(from: Self.lines("二、上年结转\t\t\t\t\t\t\t0\n规章\t\t\t4"))
        #expect(Self.values(SplitRow(rows[0]), count: 7) == [nil, nil, nil, nil, nil, nil, 0])
        #expect(Self.values(SplitRow(rows[1]), count: 3) == [nil, nil, 4])
    }

    // MARK: a number printed onto the end of its label (real c/08)

    @Test("a label's glued number is cut off and read only where it has one reading")
    func gluedNumber() {
        func row(_ cells: String...) -> SplitRow { SplitRow(GridRow(cells: cells.map { GridCell(text: $0, line: 3) })) }
        #expect(Self.values(row("规章000"), count: 3) == [0, 0, 0])
        #expect(Self.values(row("行政许可124"), count: 1) == [124])
        #expect(Self.values(row("一、本年新收政府信息公开申请数量2", "0", "0", "0", "0", "0", "2"), count: 7) == [2, 0, 0, 0, 0, 0, 2])
        // Several readings, or no reading with the form's cells: unknown, never a guessed column.
        #expect(Self.values(row("行政规范性文件3112"), count: 3) == [nil, nil, nil])
        #expect(Self.values(row("（七）总计5"), count: 7) == Array(repeating: nil, count: 7))
        // Numbering, dates and labels without Han before the digits are not cut.
        #expect(SplitRow.gluedNumber("2.属于国家秘密") == nil)
        #expect(SplitRow.gluedNumber("时间:2026-01-26") == nil)
        #expect(SplitRow.gluedNumber("行政事业性收费（万元）1.5")?.number == "1.5")
        #expect(SplitRow.gluedNumber("abc12") == nil)
        // Notes, references and years are no glued numbers; nor is a run longer than any row's.
        for text in ["行政处罚注1", "行政许可见附表3", "行政许可附件2", "行政许可表1", "行政事业性收费2022", "行政许可第2"] {
            #expect(SplitRow.gluedNumber(text) == nil, "\(text)")
        }
        #expect(SplitRow.gluedNumber("一、本年新收政府信息公开申请数量" + String(repeating: "1", count: 60)) == nil)
        #expect(SplitRow.gluedNumber("行政规范性文件000")?.number == "000")
    }

    // MARK: traditional script

    @Test("本年增/减 written out: 减少8 and 增加3 (real d/02: the row broke and its 10 went to 处理决定数量)")
    func signWords() {
        #expect(CellText.read("减少8") == .number(-8, unit: nil))
        #expect(CellText.read("减少 8件") == .number(-8, unit: "件"))
        #expect(CellText.read("增加3") == .number(3, unit: nil))
        #expect(CellText.read("減少2") == .number(-2, unit: nil))
        #expect(CellText.read("减少") == .words)
        #expect(CellText.read("增加") == .words)
    }

    @Test("one heading where the form has several maps no value: a lone number is not sent to the last column")
    func loneHeading() throws {
        let text = """
        善感乡2019年政府信息公开工作年度报告
        一、总体情况
        本年度工作平稳。
        二、主动公开政府信息情况
        第二十条第（一）项

        信息内容

        本年新制作数量

        本年新公开数量

        对外公开总数量

        规章

        0

        0

        0

        规范性文件

        0

        0

        0

        第二十条第（五）项

        信息内容

        上一年项目数量

        本年增/

        处理决定数量

        行政许可

        10

        其他对外管理服务事项

        0

        0

        0

        三、收到和处理政府信息公开申请情况
        本年度未收到申请。
        """
        let report = ReportParser.parse(SourceText(path: "t.txt", text: text))
        let licensing = try #require(report.table2?[.licensing])
        // The row's one number is placed by the form's order, a short row, not by the lone heading.
        #expect(licensing.map(\.value) == [10, nil, nil])
    }

    @Test("traditional 減 is a minus sign and 萬元, 個, 項, 條 are units")
    func traditionalCells() {
        #expect(CellText.read("減3") == .number(-3, unit: nil))
        #expect(CellText.read("減 3") == .number(-3, unit: nil))
        #expect(CellText.read("1.5萬元") == .number(Decimal(string: "1.5") ?? 0, unit: "萬元"))
        #expect(CellText.read("3個") == .number(3, unit: "個"))
        #expect(CellText.read("減") == .words)
    }

    @Test("an organ opening a sentence in traditional script, cut at its verb (real c/33)")
    func traditionalSentenceOrgan() {
        let metadata = Self.metadata("""
        政府信息公開工作年度報告
        一、總體情況
        2022年,撫遠市自然資源局不斷強化宣傳信息報送工作。
        """)
        #expect(metadata.organ == "撫遠市自然資源局")
        #expect(metadata.county == "撫遠市")
    }

    // MARK: metadata

    @Test("a county-level city ending in 城市 or 都市 before its township (real c/08)")
    func cityEndingInCheng() {
        for (title, county, township) in [("海城市西四镇", "海城市", "西四镇"), ("邹城市田黄镇", "邹城市", "田黄镇"), ("辽宁省海城市西四镇", "海城市", "西四镇")] {
            let metadata = Self.metadata("\(title)2025年政府信息公开工作年度报告\n一、总体情况\n正文。")
            #expect(metadata.county == county)
            #expect(metadata.township == township)
        }
        // 城市管理局 is a word, not a county's end.
        let bureau = Self.metadata("南岭县城市管理局2025年政府信息公开工作年度报告\n一、总体情况\n正文。")
        #expect(bureau.county == "南岭县")
        #expect(bureau.township == "南岭县城市管理局")
    }

    @Test("a township government's office publishes the township's report; a county's office keeps its name")
    func townshipOffice() {
        let split = MetadataReader.splitOrgan("和静县克尔古提乡人民政府办公室")
        #expect(split.county == "和静县")
        #expect(split.township == "克尔古提乡")
        #expect(MetadataReader.splitOrgan("宽城满族自治县人民政府办公室").township == "宽城满族自治县人民政府办公室")
        #expect(MetadataReader.splitOrgan("凤凰镇党政办公室").township == "凤凰镇")
    }

    @Test("a clause opening with a preposition names no organ; a county is cut at 为")
    func prepositions() {
        let web = Self.metadata("""
        政府信息公开工作年度报告
        一、总体情况
        2022年我镇公开政府信息243条,在门户网站的“镇场工作”栏目公开了63条动态信息,信息公开专栏公开180条。
        """)
        #expect(web.organ == nil)
        #expect(web.township == nil)
        for (opening, organ) in [("由县政府办公室统一部署，青山镇认真落实。", "青山镇"), ("以青山镇为主体，推进公开。", nil)] {
            let metadata = Self.metadata("政府信息公开工作年度报告\n一、总体情况\n\(opening)")
            #expect(metadata.organ == organ, "\(opening)")
        }
        let county = Self.metadata("""
        卯都乡2022年政府信息公开工作年度报告
        一、总体情况
        明确受理机构为商都县卯都乡人民政府党政综合办公室。
        """)
        #expect(county.county == "商都县")
    }

    @Test("a publication date labelled only 时间:, but not the crawler's 抓取时间 (real c/08, c/13)")
    func bareTimeLabel() {
        #expect(PageChrome.publicationDate(in: "    时间:2026-01-26 09:42来源:海城市西四镇作者: 点击:") == "2026-01-26")
        #expect(PageChrome.publicationDate(in: "来源:昌图县人民政府办公室 时间:2024-01-31") == "2024-01-31")
        #expect(PageChrome.publicationDate(in: "抓取时间: 2024-03-01") == nil)
        #expect(PageChrome.publicationDate(in: "办理时间:2024-03-01") == nil)
        #expect(PageChrome.publicationDate(in: "发布时间：2024-01-20 09:30") == "2024-01-20")
    }

    // MARK: cells ending in " |", a bare "|" an empty cell (real c/28)

    @Test("cells ending in a pipe: a bare pipe is an empty cell, a line of pipes ends the row")
    func terminatedCells() throws {
        let text = """
        (本列数据的勾稽关系为:第一项加第二项之和,
        申请人情况 |
        ||||||||
        一、本年新收政府信息公开申请数量 |
        |
        |
        |
        |
        |
        |
        0 |
        ||
        二、上年结转政府信息公开申请数量 |
        3 |
        |
        |
        |
        |
        |
        3 |
        ||
        """
        let lines = Self.lines(text)
        #expect(TerminatedCellReader().applies(to: lines))
        let rows = TerminatedCellReader().rows(from: lines).filter { SplitRow($0).hasValues }
        #expect(rows.count == 2)
        #expect(rows.allSatisfy { $0.isInferred && $0.printsEveryCell })
        #expect(Self.values(SplitRow(rows[0]), count: 7) == [nil, nil, nil, nil, nil, nil, 0])
        #expect(Self.values(SplitRow(rows[1]), count: 7) == [3, nil, nil, nil, nil, nil, 3])
        // An empty cell before the row's printed end is a cell (real d/05: 行政事业性收费 0, then blank).
        let fees = TerminatedCellReader().rows(from: Self.lines("行政事业性收费 |\n0 |\n|\n||"))
        #expect(Self.values(SplitRow(fees[0]), count: 2) == [0, nil])
        // Three cells where the form has four: nothing says where the blank belongs.
        let short = TerminatedCellReader().rows(from: Self.lines("规章 |\n|\n0 |\n1 |\n||\n行政许可 |\n2 |\n||"))
        #expect(Self.values(SplitRow(short[0]), count: 4) == [nil, nil, nil, nil])
    }

    @Test("the layout does not apply where a bare pipe starts a row or cells are not closed by one (real a/02, a/07)")
    func terminatedCellsApply() {
        #expect(!TerminatedCellReader().applies(to: Self.lines("| \n 规章  | \n 0  | \n 0  | \n 0  | ||\n| \n 行政许可  | \n 0  | ||")))
        #expect(!TerminatedCellReader().applies(to: Self.lines("一、本年新收\n|\n0\n|\n0\n|\n0\n|\n0\n|")))
    }

    // MARK: corpus real/e: year and county told only by the body

    @Test("no title: the year is section one's sentences opening with it, when they agree")
    func sentenceOpeningYear() {
        let told = Self.metadata("""
        一、总体情况
        文登区住建局重视公开工作。2019年,文登区住建局共主动公开政府信息227条。
        (二)依申请公开情况。2019年度本局收到申请2件。
        二、主动公开政府信息情况
        """)
        #expect(told.year == 2019)
        // Two years opening sentences are two readings; “2018年以来” and a date open no report year.
        for text in ["一、总体情况\n甲局重视公开。2019年,甲局公开10条。2020年,甲局将继续。\n二、主动公开政府信息情况",
                     "一、总体情况\n甲局重视公开。2018年以来,甲局公开10条。2019年1月,甲局开会。\n二、主动公开政府信息情况"] {
            #expect(Self.metadata(text).year == nil, "\(text)")
        }
        // Only section one: a year opening a sentence in section six is next year's plan.
        #expect(Self.metadata("一、总体情况\n甲局重视公开。\n甲局完善制度。\n甲局加强培训。\n六、其他需要报告的事项\n2025年,甲局将继续。").year == nil)
    }

    @Test("a township's or bare-县 department's county is the one portal the report names")
    func portalCounty() {
        let township = Self.metadata("""
        永安镇人民政府2024年政府信息公开工作年度报告
        本年度报告电子版可在突泉县人民政府门户网站(http://www.ab.gov.cn)下载。
        一、总体情况
        """)
        #expect(township.township == "永安镇")
        #expect(township.county == "突泉县")
        let department = Self.metadata("""
        一、总体情况
        2021年,县乡村振兴局依照县委县政府的要求开展工作。2021年县乡村振兴局以青川县门户网站作为主要公开平台。
        """)
        #expect(department.organ == "县乡村振兴局")
        #expect(department.county == "青川县")
        let street = Self.metadata("东大街街道办事处2020年政府信息公开工作年度报告\n一、总体情况\n办事处信息公开平台主要依托汉台区政府门户网站。")
        #expect(street.county == "汉台区")
        // Two portals, a 市 portal (it may be the prefecture), or a 区 portal for a 县 department: unknown.
        for text in ["甲镇人民政府2024年政府信息公开工作年度报告\n可在突泉县人民政府门户网站和科右前旗门户网站下载。\n一、总体情况",
                     "甲镇人民政府2024年政府信息公开工作年度报告\n可在楚雄市人民政府网站下载。\n一、总体情况",
                     "县审计局2024年政府信息公开工作年度报告\n通过甲乙区政府门户网站发布。\n一、总体情况",
                     "河西街道2019年政府信息公开工作年度报告\n一、总体情况\n2019年,河西街道向区政府门户网站报送信息114条。",
                     "硅谷街道2019年政府信息公开工作年度报告\n报告电子版可在长春新区门户网站下载。\n一、总体情况",
                     "甲园区管委会2022年政府信息公开工作年度报告\n报告在昆明市五华区政府门户网站公开。\n一、总体情况"] {
            #expect(Self.metadata(text).county == nil, "\(text)")
        }
    }

    @Test("a heading printed twice over table 2's columns: the form's order places the values, with a note (real d/03)")
    func duplicateTable2Heading() throws {
        let text = """
        甲乡人民政府2019年政府信息公开工作年度报告
        一、总体情况
        甲乡公开信息。
        二、主动公开政府信息情况
        第二十条第(一)项
        信息内容 | 本年新制作数量 | 本年新制作数量 | 对外公开总数量
        规章 | 1 | 2 | 3
        规范性文件 | 4 | 5 | 6
        三、收到和处理政府信息公开申请情况
        本年度未收到申请。
        """
        let report = ReportParser.parse(SourceText(path: "t.txt", text: text))
        #expect(try #require(report.table2?[.regulations]).map(\.value) == [1, 2, 3])
        #expect(try #require(report.table2?[.normativeDocuments]).map(\.value) == [4, 5, 6])
        #expect(report.diagnostics.contains { $0.code == "table2.duplicate-heading" })
        // Distinct headings in another order still place the values by their headings.
        let reordered = text.replacingOccurrences(of: "本年新制作数量 | 本年新制作数量 | 对外公开总数量", with: "本年新公开数量 | 本年新制作数量 | 对外公开总数量")
        let placed = ReportParser.parse(SourceText(path: "t.txt", text: reordered))
        #expect(try #require(placed.table2?[.regulations]).map(\.value) == [2, 1, 3])
        #expect(!placed.diagnostics.contains { $0.code == "table2.duplicate-heading" })
    }

    @Test("table rows run together in one paragraph inside a report of lines are cut into rows, never one row with the last numbers")
    func rowsRunTogetherInOneParagraph() throws {
        let head = "甲镇人民政府2023年政府信息公开工作年度报告\n一、总体情况\n甲镇公开信息。\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n"
        let flat = "申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他一、本年新收政府信息公开申请数量4000004二、上年结转政府信息公开申请数量0000000三、本年度办理结果（一）予以公开0000000（二）部分公开（区分处理的，只计这一情形，不计其他情形）1000001"
        let report = ReportParser.parse(SourceText(path: "t.txt", text: head + flat + "\n"))
        let table3 = try #require(report.table3)
        #expect(table3[.newReceived].map(\.value) == [4, 0, 0, 0, 0, 0, 4])
        #expect(table3[.carriedOver].map(\.value) == [0, 0, 0, 0, 0, 0, 0])
        #expect(table3[.partiallyGranted].map(\.value) == [1, 0, 0, 0, 0, 0, 1])
        // A label holding its own glued number is several rows: its last run is not the first label's.
        #expect(SplitRow.gluedNumber("一、本年新收政府信息公开申请数量4000004二、上年结转政府信息公开申请数量0000000") == nil)
        #expect(SplitRow.gluedNumber("2.其他法律行政法规禁止公开0000000")?.number == "0000000")
        // A sentence (。) or a pipe row is no run-together table.
        #expect(!DumpUnfolder.isRunTogetherCandidate("本年新收申请数量4件，上年结转申请数量12件，均已办结，其中予以公开10件。"))
        #expect(!DumpUnfolder.isRunTogetherCandidate("| 一、本年新收政府信息公开申请数量 | 40 | 0 | 0 | 0 | 0 | 40 |"))
    }

    @Test("a web page whose title names no year: the year comes from the article, not a sidebar's link to last year's report")
    func htmlTitleWithoutYear() throws {
        let sections = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                        "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]
        let body = sections.map { "<p>\($0)</p><p>2023年，本街道依法做好相关工作。</p>" }.joined()
        let page = """
        <html><head><meta charset="utf-8"><title>年报</title></head><body>
        <div class="crumb">首页 &gt; 政务公开 &gt; 政府信息公开年报</div>
        <div class="article"><h1>官洲街道办事处政府信息公开工作年度报告</h1><div class="info">发布日期：2024-01-30</div>
        <div class="content"><div class="section">\(body)</div></div></div>
        <div class="related"><h3>相关链接</h3><ul><li><a href="#">2022年政府信息公开工作年度报告</a></li></ul></div>
        </body></html>
        """
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-sidebar-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("report.html").path
        try Data(page.utf8).write(to: URL(fileURLWithPath: path))
        let report = ReportParser.parse(try ReportFileSystem.disk.loadSource(path).get())
        #expect(report.metadata.year == 2023)
    }
}
