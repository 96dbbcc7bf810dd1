import Mustache
import Testing
@testable import GongkaiCore

/// The templates' fast escaping (`FastHTMLEscape`, selected by the pragma line `PageRenderer`
/// puts before every template) gives byte for byte what swift-mustache's own HTML escaping gives.
@Suite struct PageRendererTests {
    static let texts = [
        "", "纯中文，无需转义。", "a < b && c > d", "\"引号\" 与 'apostrophe'", "&amp; already", "<script>alert(1)</script>",
        "<\u{0338} joined by a combining mark", "e\u{301}<", "👨‍👩‍👧 <emoji>", "tab\tand\nnewline", "{{mustache}}",
    ]

    @Test(arguments: texts) func fastEscapingEqualsTheLibrarys(text: String) throws {
        let library = try MustacheTemplate(string: "<p title=\"{{x}}\">{{x}}</p>").render(["x": text])
        _ = FastHTMLEscape.register
        let fast = try MustacheTemplate(string: FastHTMLEscape.pragma + "<p title=\"{{x}}\">{{x}}</p>").render(["x": text])
        #expect(fast == library)
    }

    /// The pragma line leaves a template's output and its error lines as they were.
    @Test func thePragmaLineChangesNothing() throws {
        let text = "{{#items}}\n<li>{{name}}</li>\n{{/items}}\n{{! note }}\nend {{count}}\n"
        let view: [String: Any] = ["items": [["name": "甲<"], ["name": "乙"]], "count": 2]
        let theme = ThemeFiles(templates: ["page": (text: text, path: "page.mustache")], assets: [:])
        let rendered = try PageRenderer(theme: theme).render(view, template: "page")
        let plain = try MustacheTemplate(string: text).render(view)
        #expect(rendered == plain)
        #expect(rendered == "<li>甲&lt;</li>\n<li>乙</li>\nend 2\n")
        let broken = "a\nb\n{{#open}}\nc\n"
        var expected: Int?
        do { _ = try MustacheTemplate(string: broken) } catch let error as MustacheTemplate.ParserError { expected = error.context.lineNumber }
        var caught: Diagnostic?
        do { _ = try PageRenderer(theme: ThemeFiles(templates: ["bad": (text: broken, path: "bad.mustache")], assets: [:])) } catch { caught = error }
        #expect(expected != nil)
        #expect(caught?.line == expected)
    }
}
