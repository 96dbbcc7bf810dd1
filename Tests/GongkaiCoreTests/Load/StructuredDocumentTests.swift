import Foundation
import Testing
@testable import GongkaiCore

@Suite("StructuredDocument")
struct StructuredDocumentTests {
    /// A grid row of table `table`, row `row`: texts with `nil` for a copy of the merged cell on the left.
    static func row(_ texts: [String?], table: Int, row: Int) -> [StructuredCell] {
        var cells: [StructuredCell] = []
        for (index, text) in texts.enumerated() {
            if let text {
                cells.append(StructuredCell(text: text, place: SourcePlace(table: table, row: row, column: index + 1)))
            } else if var copy = cells.last {
                copy.isSpanCopy = true
                cells.append(copy)
            }
        }
        return cells
    }

    /// Table 4 with its two-level merged header, as an HTML or DOCX reader hands it over.
    static let document: StructuredDocument = {
        let review = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
        let values = (0..<3).flatMap { group in (0..<5).map { String((group + 1) * 10 + $0) } }
        var valueRow = values.map(Optional.some)
        valueRow[7] = "\u{00A0}"  // an &nbsp; blank
        valueRow[13] = "若干"  // unreadable: a diagnostic on the row
        return StructuredDocument(blocks: [
            .paragraph("X镇人民政府2023年政府信息公开工作年度报告", SourcePlace(paragraph: 1)),
            .paragraph("一、总体情况", SourcePlace(paragraph: 2)),
            .paragraph("2023年，X镇扎实推进政务公开。\n全年无重大事项。", SourcePlace(paragraph: 3)),
            .paragraph("四、政府信息公开行政复议、行政诉讼情况", SourcePlace(paragraph: 4)),
            .table([
                row(["行政复议", nil, nil, nil, nil, "行政诉讼", nil, nil, nil, nil, nil, nil, nil, nil, nil], table: 1, row: 1),
                row(review.map(Optional.some) + ["未经复议直接起诉", nil, nil, nil, nil, "复议后起诉", nil, nil, nil, nil], table: 1, row: 2),
                row(Array(repeating: nil as String?, count: 0) + (review + review + review).map(Optional.some), table: 1, row: 3),
                row(valueRow, table: 1, row: 4),
            ]),
            .paragraph("五、存在的主要问题及改进情况", SourcePlace(paragraph: 5)),
        ])
    }()

    @Test("lines: one per paragraph piece, one per table row with merged cells written once")
    func lines() {
        let source = SourceText(path: "x.html", sha256: "", encoding: "utf-8", document: Self.document)
        #expect(source.lines[2] == "2023年，X镇扎实推进政务公开。")
        #expect(source.lines[3] == "全年无重大事项。")
        #expect(source.lines[5] == "行政复议\t行政诉讼")
        #expect(source.tableRows[6]?.count == 15)
        #expect(source.places[9] == SourcePlace(table: 1, row: 4))
        #expect(source.places[3] == SourcePlace(paragraph: 3))
    }

    @Test("a structured table goes to the interpreter as its grid; blanks stay blank; diagnostics name the table row")
    func table4FromGrid() throws {
        let report = ReportParser.parse(SourceText(path: "x.html", sha256: "", encoding: "utf-8", document: Self.document))
        let table = try #require(report.table4)
        #expect(table[.review].map(\.value) == [10, 11, 12, 13, 14])
        #expect(table[.litigationDirect].map(\.value) == [20, 21, nil, 23, 24])
        #expect(table[.litigationDirect][2].status == .blank)
        #expect(table[.litigationAfterReview].map(\.value) == [30, 31, 32, nil, 34])
        #expect(report.sections.map(\.number) == [1, 4, 5])
        #expect(report.section(1)?.narrative.markdown == "2023年，X镇扎实推进政务公开。\n\n全年无重大事项。")
        let unreadable = try #require(report.diagnostics.first { $0.line == 9 })
        #expect(unreadable.place == "第1个表格第4行")
        #expect(unreadable.located(in: "x.html").formatted.hasPrefix("x.html:9（第1个表格第4行）: warning: "))
    }

    @Test("the loader dispatches by extension; text is the default")
    func dispatch() {
        #expect(ReportFileSystem.reader(for: "a/b.TXT").extensions.contains("txt"))
        #expect(ReportFileSystem.reportExtensions.isSuperset(of: ["txt", "md"]))
    }
}
