import Foundation
import Testing
@testable import GongkaiCore

/// The year ranking: every report of a year in one table, a default order without JavaScript,
/// unknown as 未知 (never 0) and last, failed hard checks marked, and a CSV of exactly the table.
@Suite struct RankingTableTests {
    /// A report of 2022 whose 表三 总计 column has `newReceived` and `granted` (nil: blank), whose
    /// 表二 has `fees` (万元), and whose checks are `checks` (id → status).
    static func report(_ township: String, county: String? = "甲县", newReceived: Decimal?, granted: Decimal? = 1,
                       fees: Decimal? = nil, format: ReportFormat = .current, checks: [(CheckID, CheckResult.Status)] = []) -> Report {
        var report = TextReports.report(township: township, format: format, texts: [:], fees: fees)
        report.metadata.county = county
        var table = ReportTable<Table3Row>(format: format, lines: 40...60)
        let total = Table3Column.total.rawValue
        func row(_ value: Decimal?) -> [Cell] {
            (0...total).map { $0 == total ? (value.map { .printed($0, line: 41) } ?? Cell(value: nil, status: .blank, line: 41)) : .printed(0, line: 41) }
        }
        table[.newReceived] = row(newReceived)
        table[.granted] = row(granted)
        report.table3 = table
        report.checks = checks.map { CheckResult(id: $0.0, status: $0.1, message: "") }
        return report
    }

    static func ranking(_ reports: [Report]) -> RankingTable {
        RankingTable(year: 2022, corpus: CorpusAssembler.assemble(reports))
    }

    @Test("a figure table's column reads each compared figure as the report gives it, and leaves any other figure to be read from the report")
    func figureColumnReadsWhatItHolds() {
        for report in [Self.report("甲镇", newReceived: 12, fees: 3), Self.report("乙镇", newReceived: nil, granted: nil, format: .trial)] {
            let column = FigureTable.Column(label: "2022年", report: report)
            for figure in KeyFigure.compared { #expect(column.read(figure) == .some(figure.value(in: report)), "\(figure)") }
            // 表二's fees are known (3 万元) but no figure table shows them: not read here, so never shown as unknown.
            #expect(!KeyFigure.compared.contains(.fees))
            #expect(column.read(.fees) == nil)
        }
    }

    @Test("default order: new requests, most first; unknown last; ties by county and name")
    func defaultOrder() {
        let ranking = Self.ranking([
            Self.report("甲镇", newReceived: 12), Self.report("乙镇", newReceived: nil), Self.report("丙镇", newReceived: 30),
            Self.report("丁镇", county: "乙县", newReceived: 12), Self.report("戊镇", newReceived: 0),
        ])
        // 丁镇 and 甲镇 tie at 12: 乙县 (U+4E59) sorts before 甲县 (U+7532), as everywhere in the portal.
        #expect(ranking.rows.map(\.name) == ["丙镇", "丁镇", "甲镇", "戊镇", "乙镇"])
        #expect(ranking.rows.map { $0.values[0] } == [30, 12, 12, 0, nil])
    }

    @Test("unknown is 未知 in the table and the CSV, never 0; 0 stays 0")
    func unknownIsNeverZero() throws {
        let ranking = Self.ranking([Self.report("甲镇", newReceived: nil, granted: 0)])
        let texts = RankingTable.texts(of: try #require(ranking.rows.first))
        let headings = RankingTable.headings
        #expect(texts[try #require(headings.firstIndex(of: "新收申请"))] == "未知")
        #expect(texts[try #require(headings.firstIndex(of: "予以公开"))] == "0")
        #expect(texts[try #require(headings.firstIndex(of: "行政复议"))] == "未知", "no table 4")
        let html = ranking.html(page: 1, from: SiteRoutes.year(2022))
        #expect(html.contains("<td id=\"甲镇-2022-newReceived\" class=\"number unknown\" data-sort=\"\">未知<a class=\"cite\" href=\"#甲镇-2022-newReceived\">"))
        #expect(html.contains("<td id=\"甲镇-2022-granted\" class=\"number\" data-sort=\"0\">0<a class=\"cite\""))
    }

    @Test("fees: 表二 本年收费金额 of the 2021 format; unknown in the trial format, which counts items")
    func fees() throws {
        let ranking = Self.ranking([Self.report("甲镇", newReceived: 1, fees: 3.32),
                                    Self.report("乙镇", newReceived: 2, fees: 5, format: .trial)])
        let column = try #require(RankingTable.columns.firstIndex { $0.heading == "收费（万元）" })
        #expect(ranking.rows.first { $0.name == "甲镇" }?.values[column] == 3.32)
        #expect(ranking.rows.first { $0.name == "乙镇" }?.values[column] == nil)
    }

    @Test("a report whose hard checks failed is marked; a failed warning (T1) does not mark it")
    func failedChecksMarked() throws {
        let ranking = Self.ranking([
            Self.report("甲镇", newReceived: 5, checks: [("V1", .fail), ("V2", .fail), ("T1", .pass)]),
            Self.report("乙镇", newReceived: 4, checks: [("V1", .pass), ("T1", .fail)]),
            Self.report("丙镇", newReceived: 3, checks: [("V1", .unknown)]),
        ])
        #expect(ranking.rows.map(\.checkText) == ["未通过 V1、V2", "通过", "无法核对"])
        let html = ranking.html(page: 1, from: SiteRoutes.year(2022))
        #expect(html.components(separatedBy: "<tr class=\"check-failed\">").count == 2, "exactly one marked row")
        let marked = try #require(html.components(separatedBy: "<tr class=\"check-failed\">").last)
        #expect(marked.hasPrefix("<th scope=\"row\"><a href=\"../../reports/%E7%94%B2%E9%95%87/2022/index.html\">甲镇</a>"))
        let page = YearPage(year: 2022, page: 1, ranking: ranking, site: SiteContext(name: "测试"))
        #expect(page.chartNote == "图中带 ⚠ 的报告表格核验未通过，其数字可能有误：甲镇。")
        let top = try #require(page.charts.first)
        #expect(top.svgText.contains("甲镇 ⚠"), "the chart marks it too")
        #expect(!top.svgText.contains("乙镇 ⚠"))
    }

    @Test("the CSV is exactly the table: Chinese header, one row per report in the table's order, BOM and CRLF")
    func csvIsTheTable() throws {
        let reports = [Self.report("甲镇", newReceived: 2), Self.report("乙镇,\"引号\"", newReceived: nil),
                       Self.report("丙镇", newReceived: 9, checks: [("V1", .fail)])]
        let ranking = Self.ranking(reports)
        let csv = ranking.csv
        #expect(csv.hasPrefix("\u{FEFF}乡镇（机关）,县（区）,新收申请,予以公开,部分公开,不予公开,无法提供,不予处理,行政复议,行政诉讼,收费（万元）,表格核验\r\n"))
        let lines = csv.dropFirst().components(separatedBy: "\r\n")
        #expect(lines.count == reports.count + 2, "header, one line per report, the final CRLF")
        #expect(lines.last == "")
        #expect(lines[1] == "丙镇,甲县,9,1,未知,未知,未知,未知,未知,未知,未知,未通过 V1")
        #expect(lines[2] == "甲镇,甲县,2,1,未知,未知,未知,未知,未知,未知,未知,通过")
        #expect(lines[3].hasPrefix("\"乙镇,\"\"引号\"\"\",甲县,未知,1,"), "a name with a comma or quote is quoted")
        for (line, row) in zip(lines.dropFirst(), ranking.rows) where !row.name.contains(",") {
            #expect(line == RankingTable.texts(of: row).joined(separator: ","))
        }
    }

    @Test("one table up to 500 reports; pages only past it")
    func pagination() {
        let many = (0..<501).map { Self.report("镇\($0)", newReceived: Decimal($0)) }
        let ranking = Self.ranking(many)
        #expect(ranking.pageCount == 2)
        #expect(ranking.rows(page: 1).count == 500)
        #expect(ranking.rows(page: 2).map(\.name) == ["镇0"])
        #expect(Self.ranking(Array(many.prefix(500))).pageCount == 1)
    }
}

/// The comparison of any two reports: the page holds no list of reports, the index is compact
/// and names every report, and the pickers start on two different reports.
@Suite struct CompareIndexTests {
    static func report(_ township: String, _ year: Int, county: String? = "甲县") -> Report {
        var report = TextReports.report(year: year, township: township, texts: [:])
        report.metadata.county = county
        return report
    }

    @Test("the index: each township's name, county, slug and report segments; ids and pages follow from them")
    func index() throws {
        let corpus = CorpusAssembler.assemble([Self.report("甲镇", 2021), Self.report("甲镇", 2022), Self.report("乙镇", 2022, county: nil)])
        #expect(CompareIndexPage.index(of: corpus) == #"{"townships":[["乙镇",null,"乙镇",["2022"]],["甲镇","甲县","甲镇",["2021","2022"]]]}"# + "\n")
        for (index, placement) in corpus.placements.enumerated() {
            let township = corpus.townships[placement.townshipIndex]
            #expect(placement.id == township.slug + "-" + placement.segment, "compare.js derives the id")
            #expect(SiteRoutes.report(placement, in: corpus) == "reports/\(township.slug)/\(placement.segment)/index.html", "and the page")
            #expect(corpus.reports[index].metadata.township == township.name)
        }
    }

    @Test("the pickers start on the newest report of a township and its year before; the page lists no reports")
    func defaults() throws {
        let reports = (0..<101).flatMap { [Self.report("镇\($0)", 2021), Self.report("镇\($0)", 2022)] }
        let corpus = CorpusAssembler.assemble(reports)
        let page = CompareIndexPage(corpus: corpus, site: SiteContext())
        #expect(page.defaultA != page.defaultB)
        let a = try #require(corpus.placements.first { $0.id == page.defaultA })
        let b = try #require(corpus.placements.first { $0.id == page.defaultB })
        #expect(a.townshipIndex == b.townshipIndex && a.segment == "2022" && b.segment == "2021")
        #expect(page.pairs.isEmpty, "202 reports: no pre-built pairs")
        #expect(page.townships.isEmpty && page.townshipCount == 101, "past 100 townships their names are not listed, only counted")
        #expect(CompareIndexPage(corpus: CorpusAssembler.assemble([Self.report("甲镇", 2022)]), site: SiteContext()).defaultB == "")
    }
}

/// The change column of the pre-built comparisons (pair pages, a township year over year), as
/// compare.js writes it for any two reports.
@Suite struct ChangeColumnTests {
    @Test("difference and per cent of the old value; no per cent from 0; empty when unknown")
    func change() {
        #expect(Display.change(from: 85, to: 120) == "+35（+41.2%）")
        #expect(Display.change(from: 3, to: 1) == "-2（-66.7%）")
        #expect(Display.change(from: 8, to: 8) == "±0（0%）")
        #expect(Display.change(from: 0, to: 5) == "+5")
        #expect(Display.change(from: nil, to: 5) == "")
    }

    /// Whole numbers take an integer path (`Display.wholeChange`): it gives Foundation's decimal
    /// text for every pair of a grid around 0, for halves of a tenth of a per cent (rounded away
    /// from 0 either side), and for large values; other numbers take the decimal path.
    @Test func wholeNumbersGiveTheDecimalText() {
        var pairs: [(Int64, Int64)] = []
        for old in Int64(-25)...160 { for new in Int64(-5)...90 { pairs.append((old, new)) } }
        pairs += [(2000, 2001), (2000, 1999), (4000, 4001), (4000, 3999), (200, 201), (200, 199), (-2000, -1999), (-2000, 2001),
                  (1 << 39, (1 << 39) + 1), (-(1 << 39), 1 << 39), (999_999_999, 1), (3, 1_000_000_007), (7, 0), (1_000_000, 1_000_500)]
        for (old, new) in pairs {
            let (a, b) = (Decimal(old), Decimal(new))
            let whole = Display.wholeChange(from: a, to: b)
            #expect(whole == Display.decimalChange(from: a, to: b), "\(old) → \(new)")
        }
        #expect(Display.wholeChange(from: Decimal(string: "1.5")!, to: 3) == nil)
        #expect(Display.wholeChange(from: Decimal(1 << 41), to: 3) == nil)
        #expect(Display.change(from: Decimal(string: "1.5")!, to: 3) == "+1.5（+100%）")
    }

    @Test("不可比 across the 2019/2021 format change for the figures whose meaning changed, only there")
    func acrossFormats() throws {
        let trial = RankingTableTests.report("甲镇", newReceived: 85, fees: 2, format: .trial)
        let current = RankingTableTests.report("甲镇", newReceived: 120, fees: 3)
        let table = FigureTable.byFigure(caption: "", id: "pair", columns: [FigureTable.Column(label: "2020年", report: trial), FigureTable.Column(label: "2021年", report: current)], changes: true)
        func change(_ figure: KeyFigure) -> String? {
            table.body.first { $0.cells.first?.text == figure.label }?.cells.last?.text
        }
        #expect(change(.newReceived) == "+35（+41.2%）")
        #expect(change(.otherHandling) == "不可比")
        #expect(KeyFigure.compared.filter { !$0.comparableAcrossFormats }.allSatisfy { change($0) == "不可比" })
        let same = FigureTable.byFigure(caption: "", id: "pair", columns: [FigureTable.Column(label: "乙", report: current), FigureTable.Column(label: "甲", report: current)], changes: true)
        #expect(!same.body.contains { $0.cells.last?.text == "不可比" })
    }
}
