import Foundation
import Testing
@testable import GongkaiCore

/// Report text containing markup, quotes or Mustache tags never becomes markup on a page.
@Suite struct EscapingTests {
    static let hostile = """
    <script>alert(1)</script>镇人民政府2022年政府信息公开工作年度报告
    一、总体情况
    正文<script>alert("x")</script>与{{shell.title}}和{{{svg}}}，[链接](javascript:alert(1))，&lt;b&gt;实体&amp;。
    <img src=x onerror=alert(1)>
    二、主动公开政府信息情况
    第二十条第（一）项
    信息内容\t本年制发件数\t本年废止件数\t现行有效件数
    规章\t0\t0\t0
    """

    @Test func hostileReportTextStaysText() throws {
        let folder = try Repository.temporaryFolder()
        let content = folder.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        try Self.hostile.write(to: content.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("site")
        let summary = try Repository.build(content: content.path, output: output)
        #expect(summary.reports == 1)
        var pages = 0
        for (path, data) in try LinkCheck.files(in: output) where path.hasSuffix(".html") {
            pages += 1
            let html = String(decoding: data, as: UTF8.self)
            #expect(!html.contains("<script>alert"), "\(path)")
            #expect(!html.contains("<img src=x"), "\(path)")
            #expect(!html.contains("href=\"javascript:"), "\(path)")
            #expect(!html.contains("onerror=alert(1)>"), "\(path)")
        }
        #expect(pages > 5)
        let report = try #require(try LinkCheck.files(in: output).first { $0.key.hasPrefix("reports/") && $0.key.hasSuffix("index.html") })
        let html = String(decoding: report.value, as: UTF8.self)
        #expect(html.contains("{{shell.title}}"))
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;") || html.contains("&lt;script&gt;alert(\"x\")&lt;/script&gt;"))
        let json = try #require(try LinkCheck.files(in: output)["data/reports.json"])
        #expect(!String(decoding: json, as: UTF8.self).contains("<script>"))
    }
}
