import Foundation
import Testing
import ZIPFoundation
@testable import GongkaiCore

/// The structured forms: HTML pages and Word files read to the same model as the text they were
/// made from (Fixtures/forms, made from seed 003 by make_forms.py), and bad files refused.
@Suite("Structured forms")
struct StructuredFormsTests {
    static func load(_ relative: String) throws -> SourceText {
        try ReportFileSystem.disk.loadSource(try Fixtures.folder.appendingPathComponent(relative).path).get()
    }

    /// What must agree whatever the form: everything but line numbers, path, hash and encoding.
    static func essence(_ report: Report) -> [String] {
        var out = ["\(report.metadata.organ ?? "-") \(report.metadata.township ?? "-") \(report.metadata.year.map(String.init) ?? "-") \(report.format?.rawValue ?? "-")"]
        out += report.sections.map { "§\($0.number) \($0.heading)\n\($0.narrative.markdown)" }
        func cells<Row>(_ table: ReportTable<Row>?) -> [String] {
            guard let table else { return ["none"] }
            return table.rows.map { row in "\(row): " + table[row].map { "\($0.value.map { "\($0)" } ?? "?")/\($0.status.rawValue)" }.joined(separator: " ") }
        }
        out += cells(report.table2) + cells(report.table3) + cells(report.table4)
        out += report.checks.map { "\($0.id) \($0.status)" }
        out += report.diagnostics.map { "\($0.code) \($0.message)" }
        return out
    }

    @Test("seed 003 as text, as a GBK web page with site chrome and as a Word file reads to the same model")
    func sameModel() throws {
        let text = ReportParser.parse(try Self.load("seeds/003_aa5fa00d655c084b.txt"))
        let page = ReportParser.parse(try Self.load("forms/seed003.html"))
        let word = ReportParser.parse(try Self.load("forms/seed003.docx"))
        #expect(Self.essence(page) == Self.essence(text))
        #expect(Self.essence(word) == Self.essence(text))
        #expect(page.encoding == "gb18030")
        #expect(word.encoding == "docx")
    }

    @Test("the GBK page: charset from its <meta>, the article not the chrome, every value exact")
    func gbkPage() throws {
        let bytes = [UInt8](try Data(contentsOf: try Fixtures.folder.appendingPathComponent("forms/seed003.html")))
        #expect(HTMLReportReader.declaredCharset(bytes) == "gb2312")
        let source = try Self.load("forms/seed003.html")
        #expect(source.lines.first == "承留镇人民政府 2022 年政府信息公开工作年度报告")
        #expect(!source.lines.contains { $0.contains("网站标识码") || $0.contains("当前位置") || $0.contains("2021年政府信息公开") })
        let report = ReportParser.parse(source)
        #expect(report.metadata.organ == "承留镇人民政府")
        #expect(report.metadata.year == 2022)
        #expect(report.format == .current)
        let table2 = try #require(report.table2)
        #expect(table2[.normativeDocuments].map(\.value) == [0, 0, 2])
        #expect(table2[.punishment].map(\.value) == [60])
        let table3 = try #require(report.table3)
        #expect(table3[.carriedOver].map(\.value) == [1, 0, 0, 0, 0, 0, 1])
        #expect(table3[.granted].map(\.value) == [1, 0, 0, 0, 0, 0, 1])
        #expect(table3[.resultsTotal].map(\.value) == [1, 0, 0, 0, 0, 0, 1])
        #expect(table3[.otherOther].map(\.value) == [0, 0, 0, 0, 0, 0, 0])
        #expect(try #require(report.table4)[.review].map(\.value) == [0, 0, 0, 0, 0])
        // Word-export markup wraps lines inside sentences; the reader joins them as a browser does.
        #expect(report.section(6)?.narrative.markdown == "2022 年未收取信息处理费。")
    }

    @Test("the Word file: merged header cells, text split across runs, places in diagnostics")
    func wordFile() throws {
        let source = try Self.load("forms/seed003.docx")
        #expect(source.lines.contains("一、总体情况"))
        let headerLines = source.tableRows.filter { $0.value.first?.text.hasPrefix("（本列数据") == true }.keys.sorted()
        let rows = headerLines.compactMap { source.tableRows[$0]?.map(\.isSpanCopy) }
        #expect(rows == [
            [false, true, true, false, true, true, true, true, true, true],  // 申请人情况 across seven columns
            [true, true, true, false, false, true, true, true, true, false],  // 自然人, 法人或其他组织 across five, 总计
            [true, true, true, true, false, false, false, false, false, true],  // the five kinds of organisation
        ])
        let report = ReportParser.parse(source)
        let mismatch = try #require(report.checks.first { $0.id == "N1" })
        #expect(mismatch.status == .fail)
        #expect(try #require(report.table3)[.carriedOver].map(\.value) == [1, 0, 0, 0, 0, 0, 1])
    }

    @Test("an HTML table: &nbsp; is a blank cell, <br> joins a header, rowspan labels every row, a sidebar title is chrome")
    func htmlTable() throws {
        let page = """
        <html><head><meta charset="utf-8"></head><body>
        <div class="side"><p>某某镇2021年政府信息公开工作年度报告</p><p>主动公开</p></div>
        <div id="content"><h1>某某镇人民政府2023年政府信息公开工作年度报告</h1>
        <p>一、总体情况</p><p>本年度工作有序开展。</p>
        <p>四、政府信息公开行政复议、行政诉讼情况</p>
        <table><tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>
        <tr><td rowspan="2">结果<br>维持</td><td rowspan="2">结果<br/>纠正</td><td rowspan="2">其他<br>结果</td><td rowspan="2">尚未<br>审结</td><td rowspan="2">总计</td>
        <td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>
        <tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td></tr>
        <tr><td>1</td><td>&nbsp;</td><td>0</td><td>0</td><td>1</td><td>2</td><td>0</td><td>0</td><td>0</td><td>2</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
        </table><p>五、存在的主要问题及改进情况</p><p>无。</p><p>六、其他需要报告的事项</p><p>无。</p></div>
        <div class="footer">版权所有 主动公开 依申请公开</div></body></html>
        """
        let source = try ReportReader.html.read("p.html", Array(page.utf8))
        #expect(source.lines.first == "某某镇人民政府2023年政府信息公开工作年度报告")
        #expect(!source.lines.contains { $0.contains("版权所有") })
        #expect(source.lines.contains("结果 维持\t结果 纠正\t其他 结果\t尚未 审结\t总计\t未经复议直接起诉\t复议后起诉"))
        let report = ReportParser.parse(source)
        let table4 = try #require(report.table4)
        #expect(table4[.review].map(\.value) == [1, nil, 0, 0, 1])
        #expect(table4[.review][1].status == .blank)
        #expect(table4[.litigationDirect].map(\.value) == [2, 0, 0, 0, 2])
        #expect(report.metadata.year == 2023)
    }

    @Test("Word-export list markup: the number Word wrote in a conditional block is kept, its padding dropped, hidden text left out")
    func wordExportList() throws {
        let page = """
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv=Content-Type content="text/html; charset=utf-8">
        <!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>x</o:Author></o:DocumentProperties></xml><![endif]--></head>
        <body><div class=WordSection1><p class=MsoNormal>某镇人民政府2023年政府信息公开工作年度报告</p>
        <p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>一、<span
        style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>总体情况<o:p></o:p></p>
        <p class=MsoNormal>本年度工作<span style='display:none'>隐藏</span>有序开展。</p></div></body></html>
        """
        let source = try ReportReader.html.read("w.html", Array(page.utf8))
        #expect(source.lines == ["某镇人民政府2023年政府信息公开工作年度报告", "一、总体情况", "本年度工作有序开展。"])
    }

    @Test("refused with a stable code: broken, encrypted and legacy Word files", arguments: [
        ("a.docx", [UInt8]("not a zip".utf8), "load.docx-broken"),
        ("a.docx", [0x50, 0x4B, 0x03, 0x04, 0, 0, 0], "load.docx-broken"),
        ("a.docx", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0], "load.docx-encrypted"),
        ("a.doc", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0], "load.legacy-word"),
    ])
    func refused(_ name: String, _ bytes: [UInt8], _ code: String) {
        let files = ReportFileSystem(read: { _ in bytes }, listReports: { _ in [name] })
        guard case .failure(let diagnostic) = files.loadSource(name) else {
            Issue.record("\(name) was read")
            return
        }
        #expect(diagnostic.code == code)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.message.unicodeScalars.contains { $0.isHan })
    }

    @Test("a .doc/.wps without LibreOffice is refused with how to convert it")
    func legacyWithoutConverter() {
        let error = #expect(throws: Diagnostic.self) { try LegacyWordReader.read(path: "a.wps", bytes: [1, 2, 3], converter: nil) }
        #expect(error?.code == "load.legacy-word")
        #expect(error?.message.contains("另存为") == true)
        #expect(error?.message.contains("libreoffice-writer-nogui") == true)
    }

    @Test("a legacy .doc (saved by LibreOffice from the Word fixture) reads to the same model when LibreOffice is installed")
    func legacyConverted() throws {
        guard LegacyWordReader.executable(named: ["soffice", "libreoffice"]) != nil else {
            let result = ReportFileSystem.disk.loadSource(try Fixtures.folder.appendingPathComponent("forms/seed003.doc").path)
            guard case .failure(let diagnostic) = result else {
                Issue.record("a .doc was read without LibreOffice")
                return
            }
            #expect(diagnostic.code == "load.legacy-word")
            return
        }
        let text = ReportParser.parse(try Self.load("seeds/003_aa5fa00d655c084b.txt"))
        let legacy = ReportParser.parse(try Self.load("forms/seed003.doc"))
        #expect(Self.essence(legacy) == Self.essence(text))
        #expect(legacy.encoding == "doc (LibreOffice)")
    }

    /// A ZIP in memory with the given entries, each `size` bytes of one repeated byte.
    static func zip(_ entries: [(String, Int)]) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create, pathEncoding: nil)
        for (path, size) in entries {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(size), compressionMethod: .deflate) { position, chunk in
                Data(repeating: 0x20, count: min(chunk, size - Int(position)))
            }
        }
        return [UInt8](try #require(archive.data))
    }

    @Test("a zip bomb posing as a Word file is refused while unpacking, and so is one with too many entries")
    func zipBombs() throws {
        let bomb = try Self.zip([("word/document.xml", DOCXReportReader.maximumUnpackedBytes + 1_000_000)])
        #expect(bomb.count < 1_000_000)
        let error = #expect(throws: Diagnostic.self) { try DOCXReportReader.read(path: "bomb.docx", bytes: bomb) }
        #expect(error?.code == "load.docx-too-large")
        let many = try Self.zip((0...DOCXReportReader.maximumEntries).map { ("x/\($0)", 1) })
        let manyError = #expect(throws: Diagnostic.self) { try DOCXReportReader.read(path: "many.docx", bytes: many) }
        #expect(manyError?.code == "load.docx-too-large")
    }

    @Test("the disk lists every form; dispatch by extension")
    func dispatch() {
        #expect(ReportFileSystem.reportExtensions.isSuperset(of: ["txt", "md", "html", "htm", "docx", "doc", "wps"]))
        #expect(ReportFileSystem.reader(for: "a/B.HTM").extensions.contains("htm"))
        #expect(ReportFileSystem.reader(for: "a/b.docx").extensions.contains("docx"))
    }

    @Test("Word list numbering written as Word shows it")
    func numberFormats() {
        #expect(DOCXNumbering.format(3, "chineseCounting") == "三")
        #expect(DOCXNumbering.format(12, "chineseCountingThousand") == "十二")
        #expect(DOCXNumbering.format(20, "chineseCounting") == "二十")
        #expect(DOCXNumbering.format(4, "upperRoman") == "IV")
        #expect(DOCXNumbering.format(2, "decimalEnclosedCircle") == "②")
    }
}
