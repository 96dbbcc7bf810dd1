import Dispatch
import Testing
@testable import GongkaiCore

/// Narrative markdown becomes HTML through cmark-gfm; a report's raw HTML never does.
@Suite struct MarkdownRendererTests {
    @Test func rendersHeadingsParagraphsAndTables() {
        let html = MarkdownRenderer.html("### （一）主动公开情况\n\n正文。\n\n| 项目 | 日期 |\n|---|---|\n| 会议 | 2022-12-19 |")
        #expect(html.contains("<h3>（一）主动公开情况</h3>"))
        #expect(html.contains("<p>正文。</p>"))
        #expect(html.contains("<td>会议</td>"))
    }

    @Test func rawHTMLInAReportStaysText() {
        let narrative = NarrativeBuilder.build([SourceLine(number: 1, text: "见<script>alert(1)</script>与&amp;")])
        let html = MarkdownRenderer.html(narrative.markdown)
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&amp;amp;"))
    }

    @Test func rawHTMLInMarkdownIsOmitted() {
        let html = MarkdownRenderer.html("<div onclick=\"x()\">hi</div>\n\ntext <b>bold</b>")
        #expect(!html.contains("<div"))
        #expect(!html.contains("<b>"))
    }

    /// cmark-gfm's inline special characters are process-wide: parses on several cores at once
    /// used to drop a bare URL's link now and then (seen as one report page differing between two
    /// builds of the same content). Every concurrent rendering must equal the serial one.
    @Test func concurrentRenderingsAgree() {
        let markdown = "政府网站 https://www.example.gov.cn/xxgk/ 与邮箱 office@example.gov.cn 均已公开，~~旧~~ 新。\n\n"
            + "| 项目 | 网址 |\n|---|---|\n| 公开指南 | www.example.gov.cn/zn |\n\n见 http://example.gov.cn/a 。"
        let expected = MarkdownRenderer.html(markdown)
        #expect(expected.contains("<a href=\"https://www.example.gov.cn/xxgk/\">"))
        #expect(expected.contains("<a href=\"mailto:office@example.gov.cn\">"))
        #expect(expected.contains("<td>公开指南</td>"))
        let results = ResultSlots<String>(count: 4_000)
        DispatchQueue.concurrentPerform(iterations: 4_000) { index in
            results.set(index, MarkdownRenderer.html(markdown))
        }
        let differing = results.values.filter { $0 != expected }.count
        #expect(differing == 0, "\(differing) of 4,000 concurrent renderings differ from the serial one")
    }
}
