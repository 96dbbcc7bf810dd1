import Foundation
import Testing
@testable import GongkaiCore

/// Bad input never crashes the build, loses a report, or reaches a reader unescaped.
@Suite struct BadInputTests {
    static func seedBytes(_ number: Int) throws -> [UInt8] {
        let folder = try Fixtures.folder.appendingPathComponent("seeds")
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.path).first { $0.hasPrefix(String(format: "%03d_", number)) })
        return [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
    }

    static func parse(_ bytes: [UInt8]) -> Result<Report, Diagnostic> {
        Result { () throws(Diagnostic) in ReportParser.parse(try SourceText(path: "f.txt", bytes: bytes)) }
    }

    static func code(_ result: Result<Report, Diagnostic>) -> String? {
        switch result {
        case .failure(let diagnostic): diagnostic.code
        case .success(let report): report.unpublishableReason?.code
        }
    }

    @Test func encodingsGiveTheSameReport() throws {
        let text = String(decoding: try Self.seedBytes(3), as: UTF8.self)
        let expected = try Self.parse(Array(text.utf8)).get()
        let variants: [(String, [UInt8])] = [
            ("utf-8", [0xEF, 0xBB, 0xBF] + Array(text.utf8)),
            ("utf-16le", [0xFF, 0xFE] + Array(try #require(text.data(using: .utf16LittleEndian)))),
            ("utf-16be", [0xFE, 0xFF] + Array(try #require(text.data(using: .utf16BigEndian)))),
            ("gb18030", Array(try #require(text.data(using: String.Encoding(rawValue: 0x8000_0632))))),
            ("utf-8", Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)),
            ("utf-8", Array(text.replacingOccurrences(of: "\n", with: "\r").utf8)),
        ]
        for (encoding, bytes) in variants {
            let report = try Self.parse(bytes).get()
            #expect(report.encoding == encoding)
            #expect(report.table3 == expected.table3, "\(encoding)")
            #expect(report.sections.map(\.line) == expected.sections.map(\.line), "\(encoding): line numbers point at the original file")
            #expect(report.metadata == expected.metadata)
        }
    }

    @Test func oddCharactersAreNormalisedWithoutMovingLines() throws {
        let text = "鲁河镇2021年政府信息公开工作年度报告\n一、总体情况\n正\u{200B}文\u{00A0}。\n二、主动公开政府信息情况\n第二十条第（五）项\n信息内容\t本年处理决定数量\n行政许可\t８４\n"
        let report = try Self.parse(Array(text.utf8)).get()
        #expect(report.table2?.cell(.licensing, 0).value == 84)
        #expect(report.table2?.cell(.licensing, 0).line == 7)
        #expect(report.section(1)?.narrative.markdown == "正文 。")
    }

    @Test(arguments: BadInputFiles.all().filter { $0.name != "hostile.txt" && $0.name != "one-long-line.txt" })
    func badFilesAreRefusedWithAReason(file: (name: String, bytes: [UInt8])) {
        let expected = ["empty.txt": "load.empty", "blank.txt": "load.empty", "image.txt": "load.encoding", "word.txt": "load.encoding",
                        "scan.txt": "load.encoding", "latin1.txt": "load.encoding", "news.txt": "report.not-a-report"]
        #expect(Self.code(Self.parse(file.bytes)) == expected[file.name], "\(file.name)")
    }

    @Test func aFiftyMegabyteFileIsRefusedUnread() {
        #expect(Self.code(Self.parse(BadInputFiles.huge(megabytes: 50))) == "load.too-large")
    }

    @Test func aOneMegabyteLineIsReadAndRefused() {
        let bytes = BadInputFiles.all().first { $0.name == "one-long-line.txt" }?.bytes ?? []
        #expect(bytes.count >= 1_000_000)
        #expect(Self.code(Self.parse(bytes)) == "report.not-a-report")
    }

    @Test func aTableOfTenThousandRowsKeepsItsDiagnosticsShort() throws {
        let report = try Self.parse(Array(BadInputFiles.longTable(rows: 10_000).utf8)).get()
        #expect(report.table3?.cell(.newReceived, 0).value == 0, "the first row is used")
        let counts = Dictionary(grouping: report.diagnostics, by: \.code).mapValues(\.count)
        #expect(counts["table3.duplicate-row"] == DiagnosticLimit.perCode + 1)
        #expect(report.diagnostics.contains { $0.message.contains("另有 9979 条同类问题") })
    }

    @Test func deeplyNestedMarkdownStaysBounded() {
        let lines = [String(repeating: "> ", count: 5000) + "引用", String(repeating: "- ", count: 5000) + "列表",
                     String(repeating: "[", count: 5000) + "链接" + String(repeating: "](x)", count: 5000),
                     String(repeating: "*", count: 10000) + "强调" + String(repeating: "*", count: 10000)]
        let narrative = NarrativeBuilder.build(lines.enumerated().map { SourceLine(number: $0.offset + 1, text: $0.element) })
        let html = MarkdownRenderer.html(narrative.markdown)
        #expect(html.contains("引用") && html.contains("列表") && html.contains("链接") && html.contains("强调"))
        #expect(!html.contains("<blockquote>\n<blockquote>"), "a report line never becomes a nested quote")
    }

    @Test func frontMatterSuppliesWhatTheTextLacks() throws {
        let text = "---\norgan: 汶上县刘楼镇人民政府\nyear: 2020\n---\n工作年度报告\n一、总体情况\n正文。\n二、主动公开政府信息情况\n第二十条第（五）项\n信息内容\t本年处理决定数量\n行政许可\t7\n"
        let report = try Self.parse(Array(text.utf8)).get()
        #expect(report.metadata.organ == "汶上县刘楼镇人民政府")
        #expect(report.metadata.township == "刘楼镇")
        #expect(report.metadata.county == "汶上县")
        #expect(report.metadata.year == 2020)
        #expect(report.section(1)?.line == 6, "line numbers are those of the file")
        #expect(report.table2?.cell(.licensing, 0).line == 11)
        #expect(!report.diagnostics.contains { $0.code.hasPrefix("metadata.") })
        let broken = try Self.parse(Array("---\nyear: [\n---\n一、总体情况\n二、主动公开政府信息情况\n".utf8)).get()
        #expect(broken.diagnostics.contains { $0.code == "frontmatter.yaml" && $0.line == 1 })
        let unknownKey = try Self.parse(Array("---\nmayor: 张三\nyear: 二〇二二\n---\n一、总体情况\n二、主动公开政府信息情况\n".utf8)).get()
        #expect(unknownKey.diagnostics.contains { $0.code == "frontmatter.key" })
        #expect(unknownKey.diagnostics.contains { $0.code == "frontmatter.year" })
    }

    @Test func theBuildGoesOnAndPublishesEveryGoodReport() throws {
        let folder = try Repository.temporaryFolder()
        let content = folder.appendingPathComponent("content")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Repository.content), to: content)
        let bad = content.appendingPathComponent("收到的文件")
        try FileManager.default.createDirectory(at: bad, withIntermediateDirectories: true)
        for file in BadInputFiles.all() { try Data(file.bytes).write(to: bad.appendingPathComponent(file.name)) }
        try Data(BadInputFiles.huge(megabytes: 50)).write(to: bad.appendingPathComponent("huge.txt"))
        try Data(BadInputFiles.longTable(rows: 10_000).utf8).write(to: bad.appendingPathComponent("long-table.txt"))
        let seed = try Self.seedBytes(3)
        try Data(seed).write(to: bad.appendingPathComponent("承留镇-副本.txt"))
        let untitled = String(decoding: seed, as: UTF8.self).replacingOccurrences(of: "# 承留镇人民政府 2022 年政府信息公开工作年度报告", with: "")
            .replacingOccurrences(of: "承留镇", with: "本镇").replacingOccurrences(of: "2022", with: "本")
        try Data(untitled.utf8).write(to: bad.appendingPathComponent("无标题.txt"))
        let output = folder.appendingPathComponent("site")
        let summary = try Repository.build(content: content.path, output: output)

        let skippedNames = Set(summary.skipped.map { URL(fileURLWithPath: $0.0).lastPathComponent })
        #expect(skippedNames == ["empty.txt", "blank.txt", "image.txt", "word.txt", "scan.txt", "latin1.txt", "news.txt", "one-long-line.txt", "huge.txt"])
        for page in ["reports/刘楼镇/2022/index.html", "reports/刘振屯镇/2023/index.html", "reports/鄌郚镇/2022/index.html",
                     "reports/承留镇/2022/index.html", "reports/鲁河镇/2021/index.html", "reports/承留镇/2022-2/index.html",
                     "reports/未能识别的报告/unknown-year/index.html"] {
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(page).path), "\(page)")
        }
        let duplicates = summary.corpus.reports.filter { $0.diagnostics.contains { $0.code == "corpus.duplicate" } }
        #expect(duplicates.count == 2)
        let quality = try String(contentsOf: output.appendingPathComponent("quality/index.html"), encoding: .utf8)
        for name in skippedNames { #expect(quality.contains(name), "\(name) listed on the quality page") }
        #expect(quality.contains("corpus.duplicate"))
        let files = try LinkCheck.files(in: output)
        #expect(files.keys.allSatisfy { !$0.contains("..") })
        #expect(!FileManager.default.fileExists(atPath: "/tmp/evil镇"))
        #expect(try LinkCheck.brokenLinks(in: output) == [])
    }
}
