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
}
