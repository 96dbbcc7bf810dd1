import Foundation
import Testing
@testable import GongkaiCore

/// The PDF reader on reports LibreOffice printed from Word files made from the seeds
/// (Tests/PDFFixtures/make-fixtures.sh; values in Fixtures/cases/pdf/expected.json).
@Suite("PDF reader")
struct PDFReaderTests {
    static func path(_ name: String) throws -> String {
        try Fixtures.folder.appendingPathComponent(name).path
    }

    static func source(_ name: String) throws -> SourceText {
        try ReportFileSystem.disk.loadSource(try path(name)).get()
    }

    static func refusal(_ name: String) throws -> Diagnostic? {
        if case .failure(let diagnostic) = ReportFileSystem.disk.loadSource(try path(name)) { return diagnostic }
        return nil
    }

    static func refusal(bytes: [UInt8]) -> Diagnostic? {
        do {
            _ = try ReportReader.pdf.read("inline.pdf", bytes)
            return nil
        } catch {
            return error
        }
    }

    /// Every cell of tables 2–4 of `report` as in `text` (the same report read from its text).
    static func expectSameTables(_ report: Report, _ text: Report) throws {
        let table3 = try #require(report.table3)
        let textTable3 = try #require(text.table3)
        for row in Table3Row.rows(in: .current) {
            #expect(table3[row].map(\.value) == textTable3[row].map(\.value), "table 3 \(row)")
        }
        for row in Table2Row.rows(in: .current) {
            #expect(report.table2?[row].map(\.value) == text.table2?[row].map(\.value), "table 2 \(row)")
        }
        for group in Table4Group.allCases {
            #expect(report.table4?[group].map(\.value) == text.table4?[group].map(\.value), "table 4 \(group)")
        }
    }

    /// The same report as text and as PDF gives the same model: metadata, every table cell,
    /// section headings and narrative.
    @Test(arguments: [("cases/pdf/chengliu-2022.pdf", "cases/pdf/chengliu-2022.txt"),
                      ("cases/pdf/liuzhentun-2023-repeated-header.pdf", "cases/pdf/liuzhentun-2023.txt"),
                      ("cases/pdf/liuzhentun-2023-no-repeated-header.pdf", "cases/pdf/liuzhentun-2023.txt")])
    func sameModelAsText(_ pdf: String, _ text: String) throws {
        let fromPDF = ReportParser.parse(try Self.source(pdf))
        let fromText = ReportParser.parse(try Self.source(text))
        #expect(fromPDF.metadata == fromText.metadata)
        #expect(fromPDF.format == fromText.format)
        try Self.expectSameTables(fromPDF, fromText)
        #expect(fromPDF.sections.map(\.heading) == fromText.sections.map(\.heading))
        // Spaces aside: LibreOffice sets Chinese and Latin text apart (autospace) as wide as the
        // space some reports type between them, so neither can be told from the other in a PDF.
        let unspaced = { (markdown: String) in markdown.replacingOccurrences(of: " ", with: "") }
        #expect(fromPDF.sections.map { unspaced($0.narrative.markdown) } == fromText.sections.map { unspaced($0.narrative.markdown) })
        #expect(unspaced(fromPDF.preamble.markdown) == unspaced(fromText.preamble.markdown))
        #expect(!fromPDF.diagnostics.contains { $0.severity == .warning || $0.severity == .error })
    }

    /// Running heads and page numbers (第N页, - N -) are not report text; table 3, broken across
    /// pages, is one table with one header.
    @Test(arguments: ["cases/pdf/chengliu-2022.pdf", "cases/pdf/liuzhentun-2023-repeated-header.pdf",
                      "cases/pdf/liuzhentun-2023-no-repeated-header.pdf"])
    func furnitureDroppedAndTablesJoined(_ name: String) throws {
        let source = try Self.source(name)
        let lines = source.lines.map { $0.trimmingBlanks() }
        #expect(lines.filter { PDFFurniture.isPageNumber(String($0)) }.isEmpty)
        #expect(!lines.contains("承留镇人民政府政府信息公开工作年度报告"))
        #expect(!lines.contains("刘振屯镇2023年政府信息公开工作年度报告"))
        #expect(source.lines.count { $0.hasPrefix("（本列数据的勾稽关系为") } == 1)
        #expect(source.lines.count { $0.contains("四、结转下年度继续办理") } == 1)
    }

    /// Merged header cells cover every position; each cell keeps its page, table, row, column.
    @Test func mergedCellsAndPlaces() throws {
        let source = try Self.source("cases/pdf/liuzhentun-2023-repeated-header.pdf")
        let rows = source.tableRows.sorted { $0.key < $1.key }.map(\.value)
        let applicants = try #require(rows.first { $0.contains { $0.text == "申请人情况" } })
        #expect(applicants.count == 10)
        #expect(applicants[3...].allSatisfy { $0.text == "申请人情况" })
        #expect(applicants[4...].allSatisfy { $0.isSpanCopy })
        #expect(!applicants[3].isSpanCopy)
        #expect(applicants[9].place == applicants[3].place)
        let organisations = try #require(rows.first { $0.contains { $0.text == "法人或其他组织" } })
        #expect(Array(organisations.map(\.text).dropFirst(3)) == ["自然人"] + Array(repeating: "法人或其他组织", count: 5) + ["总计"])
        let newReceived = try #require(rows.first { $0.first?.text == "一、本年新收政府信息公开申请数量" })
        #expect(newReceived.map(\.text) == Array(repeating: "一、本年新收政府信息公开申请数量", count: 3) + ["12", "3", "0", "1", "0", "2", "18"])
        #expect(newReceived.map(\.isSpanCopy) == [false, true, true] + Array(repeating: false, count: 7))
        #expect(newReceived[3].place.table == 2)
        #expect(newReceived[3].place.column == 4)
        #expect(newReceived[3].place.page != nil)
        let review = try #require(rows.first { $0.first?.text == "行政复议" })
        #expect(review.map(\.text) == Array(repeating: "行政复议", count: 5) + Array(repeating: "行政诉讼", count: 10))
        let label = try #require(rows.first { $0.contains { $0.text == "（二）部分公开（区分处理的，只计这一情形，不计其他情形）" } })
        #expect(Array(label.map(\.text).dropFirst(3)) == ["2", "1", "0", "0", "0", "0", "3"])
    }

    /// A row of table 3 printed on the next page keeps that page.
    @Test func continuedRowsKeepTheirPage() throws {
        let source = try Self.source("cases/pdf/liuzhentun-2023-repeated-header.pdf")
        let rows = source.tableRows.values
        let first = try #require(rows.first { $0.first?.text == "一、本年新收政府信息公开申请数量" })
        let last = try #require(rows.first { $0.contains { $0.text == "四、结转下年度继续办理" } })
        let firstPage = try #require(first[3].place.page)
        let lastPage = try #require(last[3].place.page)
        #expect(lastPage == firstPage + 1)
    }

    @Test func scannedIsRefused() throws {
        let refused = try Self.refusal("pdf-refused/scanned.pdf")
        let diagnostic = try #require(refused)
        #expect(diagnostic.code == "load.pdf-no-text")
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.message.contains("扫描件"))
    }

    @Test func encryptedIsRefused() throws {
        let refused = try Self.refusal("pdf-refused/encrypted.pdf")
        let diagnostic = try #require(refused)
        #expect(diagnostic.code == "load.pdf-encrypted")
        #expect(diagnostic.message.contains("加密"))
    }

    /// Broken files: not a PDF, a header with garbage, a PDF cut short, a PDF with bytes
    /// overwritten; each is refused or read, never a crash or a hang.
    @Test func brokenFilesAreRefused() throws {
        #expect(Self.refusal(bytes: Array("一、总体情况\n".utf8))?.code == "load.pdf-broken")
        #expect(Self.refusal(bytes: Array("%PDF-1.4\ngarbage\n".utf8))?.code == "load.pdf-broken")
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: try Self.path("cases/pdf/chengliu-2022.pdf"))))
        #expect(Self.refusal(bytes: Array(bytes.prefix(3000)))?.code == "load.pdf-broken")
        var damaged = bytes
        for index in stride(from: 2000, to: damaged.count - 2000, by: 997) { damaged[index] ^= 0x5A }
        if let diagnostic = Self.refusal(bytes: damaged) {
            #expect(diagnostic.code.hasPrefix("load.pdf-"))
        }
    }

    /// The helper process is killed past its time or output bound.
    @Test func boundedProcess() throws {
        let sleep = try #require(PopplerWords.executable(named: "sleep"))
        #expect(BoundedProcess.run(sleep, arguments: ["20"], timeLimit: 0.3, outputLimit: 1000).outcome == .timedOut)
        let yes = try #require(PopplerWords.executable(named: "yes"))
        #expect(BoundedProcess.run(yes, arguments: [], timeLimit: 20, outputLimit: 1000).outcome == .tooLarge)
    }

    @Test func pageNumbers() {
        for text in ["第 3 页", "第3页 共12页", "- 3 -", "— 12 —", "7", "3/12"] { #expect(PDFFurniture.isPageNumber(text), "\(text)") }
        for text in ["一、总体情况", "第二十条第（一）项", "2023年", "0\t0\t0", "12 3 0"] { #expect(!PDFFurniture.isPageNumber(text), "\(text)") }
    }
}

/// The grid rebuilt from word positions alone (table 4 of 上海市人民政府办公厅's 2019 report, a web
/// page printed by LibreOffice: cells padded like a web table, most value cells blank).
@Suite("PDF table grid")
struct PDFTableGridTests {
    static func word(_ x: Double, _ y: Double, _ text: String) -> PDFBox {
        // 12 pt characters: a Chinese one 12 pt wide, a digit 6.
        let width = text.unicodeScalars.reduce(0.0) { $0 + ($1.isASCII ? 6 : 12) }
        return PDFBox(page: 5, x0: x, y0: y, x1: x + width, y1: y + 15.6, text: text)
    }

    static let words: [PDFBox] = {
        var words = [word(58.2, 418.9, "行政复议"), word(228.1, 418.9, "行政诉讼"), word(228.1, 453.3, "未经复议直接起诉"), word(397.3, 453.3, "复议后起诉")]
        let lefts = [58.2, 94.1, 129.3, 164.4, 199.6, 228.1, 263.3, 298.4, 333.6, 368.7, 397.3, 432.4, 467.6, 502.7, 537.9]
        let heads = [("结果", "维持"), ("结果", "纠正"), ("其他", "结果"), ("尚未", "审结")]
        for group in 0..<3 {
            let top = group == 0 ? 470.4 : 487.6
            for (index, head) in heads.enumerated() {
                words.append(word(lefts[group * 5 + index], top, head.0))
                words.append(word(lefts[group * 5 + index], top + 17.3, head.1))
            }
            words.append(word(lefts[group * 5 + 4], top + 8.7, "总计"))
        }
        for (column, value) in [(0, "5"), (3, "2"), (4, "7"), (5, "8"), (8, "1"), (9, "9")] {
            words.append(word(lefts[column], 536.6, value))
        }
        return words
    }()

    /// Blank value cells keep their columns: no number slides into a blank's place.
    @Test func blankCellsKeepTheirColumns() throws {
        let items = PDFLayout.regions(of: PDFLine.lines(of: Self.words))
        #expect(items.count == 1)
        guard case .table(let table, _, _, _)? = items.first else {
            Issue.record("no table")
            return
        }
        let values = try #require(table.rows.last).map(\.text)
        #expect(values == ["5", "", "", "2", "7", "8", "", "", "1", "9", "", "", "", "", ""])
        // The leaf headers, each over its column (行政复议's 总计, centred higher, is a row up).
        let leaves = try #require(table.rows.dropLast().last).map(\.text)
        let names = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
        #expect(Array(leaves[0..<4]) == Array(names[0..<4]))
        #expect(Array(leaves[5...]) == names + names)
    }

    /// LibreOffice's PDF of a report whose 科研机构 and 社会公益组织 columns are blank in every row:
    /// the two narrow header cells sit less than half a character apart (社会公 | 法律服务) and are
    /// still two columns, and the rows after a label wrapped in a tall row ((二)部分公开（区分处理 /
    /// 的，只计这一… 3) stay in the table that has the header, so no number slides left into a
    /// blank column (a tester's PDF gave 总计 859 to 其他 and 72 to 法律服务机构).
    @Test func narrowHeaderCellsAndWrappedLabelsKeepColumns() throws {
        let report = ReportParser.parse(try PDFReaderTests.source("cases/pdf/blank-columns-wrapped-labels.pdf"))
        let table3 = try #require(report.table3)
        func values(_ row: Table3Row) -> [Decimal?] { table3[row].map(\.value) }
        #expect(values(.newReceived) == [821, 35, nil, nil, 2, 1, 859])
        #expect(values(.carriedOver) == [18, nil, nil, nil, nil, nil, 18])
        #expect(values(.partiallyGranted) == [3, nil, nil, nil, nil, nil, nil])
        #expect(values(.resultsTotal) == [767, 35, nil, nil, 2, 1, 805])
        #expect(values(.carriedForward) == [72, nil, nil, nil, nil, nil, 72])
    }

    /// LibreOffice's PDF of a real report (real/b/10, 上海) with blank columns: table 3 goes on over
    /// a page whose first row's label wraps above its numbers, and table 4's header ends page 4 while
    /// its one row of numbers opens page 5. The continuation joins the table before (a tester's copy
    /// gave 总计 to 其他 in four rows and table 4's 9 to 行政复议's first column).
    @Test func tablesGoOnOverPagesWithWrappedLabelsAndAFootHeader() throws {
        let report = ReportParser.parse(try PDFReaderTests.source("cases/pdf/table-over-pages-wrapped-labels.pdf"))
        let table3 = try #require(report.table3)
        func values(_ row: Table3Row) -> [Decimal?] { table3[row].map(\.value) }
        #expect(values(.newReceived) == [821, 35, nil, nil, 2, 1, 859])
        #expect(values(.unavailableNotHeld) == [252, 12, nil, nil, 1, nil, nil])
        #expect(values(.rejectedComplaint) == [148, 1, nil, nil, nil, nil, nil])
        #expect(values(.resultsTotal) == [767, 35, nil, nil, 2, 1, 805])
        #expect(values(.carriedForward) == [72, nil, nil, nil, nil, nil, 72])
        let table4 = try #require(report.table4)
        let review: [Decimal?] = table4[.review].map(\.value)
        let direct: [Decimal?] = table4[.litigationDirect].map(\.value)
        #expect(review == [5, nil, nil, 2, 7])
        #expect(direct == [8, nil, nil, 1, 9])
        // No number anywhere in the two tables lands in a column the text version leaves blank.
        let text = ReportParser.parse(try PDFReaderTests.source("real/b/10_上海市人民政府办公厅_2019.txt"))
        for row in Table3Row.rows(in: .current) {
            for (pdf, txt) in zip(table3[row].map(\.value), text.table3?[row].map(\.value) ?? []) where pdf != nil {
                #expect(pdf == txt, "table 3 \(row)")
            }
        }
    }

    /// A Word file (python-docx, printed by LibreOffice) of real/b/10 on the 2019 trial form: table
    /// 2's 收费 and 采购 parts print their two columns where the parts above print three, so one
    /// grid for the whole table gave every 3-column row a fourth, blank, column and its last number
    /// was dropped as a long row. Each part under its 第二十条 title has its own columns.
    @Test func trialTable2PartsKeepTheirOwnColumns() throws {
        let report = ReportParser.parse(try PDFReaderTests.source("cases/pdf/trial-table2-parts.pdf"))
        let table2 = try #require(report.table2)
        func values(_ row: Table2Row) -> [Decimal?] { table2[row].map(\.value) }
        #expect(report.format == .trial)
        #expect(values(.regulations) == [13, 13, 524])
        #expect(values(.normativeDocuments) == [60, 60, 368])
        #expect(values(.coercion) == [0, 0, 0])
        #expect(values(.fees) == [0, 0])
        #expect(values(.procurement) == [6, 251000])
        #expect(!report.diagnostics.contains { $0.code == "table2.long-row" })
    }

    /// Seed 004 as a Word file (python-docx, cells centred as Word's tables are by default)
    /// printed by LibreOffice: table 3's narrow label cells wrap their centred lines (3.危 /
    /// 及“三安 / 全一稳 / 定”, “ held over by the line-break rules, the last line on the next
    /// page). Every cell of tables 2–4 reads as in the text.
    /// Seed 000 likewise, where a row label wraps over the page break (its rest opens the next
    /// page, above the next row's label and numbers) and goes on in the row before.
    @Test(arguments: [("cases/pdf/word-centred-wrapped-labels.pdf", "seeds/004_90d63866d45b81d2.txt"),
                      ("cases/pdf/word-label-over-page-break.pdf", "seeds/000_b147ded839d7d9d3.txt")])
    func wordCentredWrappedLabelsReadAsText(_ pdf: String, _ text: String) throws {
        let fromPDF = ReportParser.parse(try PDFReaderTests.source(pdf))
        let fromText = ReportParser.parse(try PDFReaderTests.source(text))
        try PDFReaderTests.expectSameTables(fromPDF, fromText)
    }

    /// A web page printed to PDF (real/a/38): the title, in a large font across the page, is a
    /// line of its own, not the start of a paragraph with the 发布日期 line under it (the organ
    /// was lost); every table cell reads as in the text.
    @Test func printedWebPageKeepsItsTitle() throws {
        let fromPDF = ReportParser.parse(try PDFReaderTests.source("cases/pdf/printed-web-page.pdf"))
        let fromText = ReportParser.parse(try PDFReaderTests.source("real/a/38_大五里镇_2020.txt"))
        #expect(fromPDF.metadata.organ == "大五里镇")
        #expect(fromPDF.metadata.township == fromText.metadata.township)
        #expect(fromPDF.metadata.year == 2020)
        try PDFReaderTests.expectSameTables(fromPDF, fromText)
        #expect(PDFText.startsField("发布日期：2024-01-30 来源：大五里镇"))
        #expect(!PDFText.startsField("发布信息32条"))
    }

    /// wkhtmltopdf's narrow 其他 | 总计 columns print their numbers 5 points apart, less than half
    /// a character: two numbers set apart are still two cells (read as 212219 and 总计 unknown).
    @Test func numbersCloseTogetherAreTwoCells() throws {
        let report = ReportParser.parse(try PDFReaderTests.source("cases/pdf/numbers-close-together.pdf"))
        let newReceived: [Decimal?] = try #require(report.table3)[.newReceived].map(\.value)
        #expect(newReceived == [177, 184, 191, 198, 205, 212, 219])
    }

    /// A browser's print of a web page: the title, twice as tall, overlaps the breadcrumb's line a
    /// little; the two are separate lines, not words of one line read left to right (the organ
    /// was read as 首页刘楼镇人民政府).
    @Test func tallTitleBesideBreadcrumbIsItsOwnLine() {
        let breadcrumb = [PDFBox(page: 1, x0: 60, y0: 100, x1: 120, y1: 112, text: "当前位置：首页"),
                          PDFBox(page: 1, x0: 200, y0: 100, x1: 260, y1: 112, text: ">政务公开")]
        let title = PDFBox(page: 1, x0: 130, y0: 104, x1: 400, y1: 132, text: "刘楼镇人民政府2022年政府信息公开工作年度报告")
        let lines = PDFLine.lines(of: breadcrumb + [title])
        #expect(lines.map(\.text) == ["当前位置：首页 >政务公开", "刘楼镇人民政府2022年政府信息公开工作年度报告"])
        // Text of one size on one line stays one line, however little it overlaps past half.
        let row = PDFLine.lines(of: [PDFBox(page: 1, x0: 60, y0: 100, x1: 100, y1: 112, text: "规章"),
                                      PDFBox(page: 1, x0: 200, y0: 105, x1: 206, y1: 117, text: "0")])
        #expect(row.count == 1)
    }
}
