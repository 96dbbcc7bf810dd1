/// Parts of the default theme's templates that Gongkai also writes in Swift, used where a theme
/// keeps those templates as they are: the shell around every page (head, navigation,
/// breadcrumbs, footer: about fifty Mustache tags per page) and the check partial (about ten tags
/// per check, some forty checks on a report page). swift-mustache looks every tag up through
/// its context stack with several dynamic casts (a few microseconds a tag, most of the render
/// step in `perf`); the Swift here writes the same bytes with one tag for each part.
///
/// A template is replaced only when the theme's text is the one the Swift was written from
/// (`writtenFrom`, a `ContentHash` of the text: an edit of the default template turns its fragment
/// off, and `DefaultFragmentsTests` fails until the Swift and the hash are brought along), and
/// only where the replacement cannot render differently in the theme's other templates:
/// - no template changes the delimiters or names a partial from the data (`{{=`, `{{>*`, `{{<*`),
///   which could include a template without its name in the text;
/// - for a template others include (the shell, the partial): no line that names it starts with a
///   blank, since a partial or parent included on an indented line of its own is indented line
///   by line (token by token in swift-mustache), and the replacement has other tokens;
/// - for a page's template (the report page's sections and table of contents): no template
///   includes it, so the top of its stack is always its page's view model.
/// A theme that overrides the shell or the partial gets its own template's output, as before.
enum DefaultFragments {
    /// The names of the templates replaced, with the hash of the text each fragment was written from.
    static let writtenFrom: [String: UInt64] = [
        shell: 0x5F28_7FBD_B33E_8AB6,
        check: 0x6A39_A7F4_1840_603D,
        report: 0xA3C9_2721_8D80_8D27,
    ]
    static let shell = "shell"
    static let check = "partials/check"
    static let report = "report"
    /// The replaced templates that other templates include; the others are pages' templates.
    static let included: Set<String> = [shell, check]

    /// The key of the page shell's part before `<main id="main">` and after `</main>\n`.
    static let headKey = "gongkaiHead"
    static let footKey = "gongkaiFoot"
    /// The key of a check's list item (`CheckView`), looked up on the top of the stack only.
    static let checkKey = "gongkaiCheck"
    /// True on a check: the partial's own text is rendered where the top is anything else.
    static let isCheckKey = "gongkaiIsCheck"
    /// The keys of a report page's table of contents and sections (`ReportPage`).
    static let contentsKey = "gongkaiContents"
    static let sectionsKey = "gongkaiSections"
    /// The report template's loops the Swift writes, as the default template has them.
    static let contentsLoop = "{{#contents}}<li><a href=\"{{href}}\">{{text}}</a></li>{{/contents}}"
    static let sectionsLoop = """
        {{#sections}}
        <section id="{{id}}" class="report-section">
        <h2>{{heading}}</h2>
        {{#missing}}<p class="missing">原文缺少这一部分的标题。</p>{{/missing}}
        {{{html}}}
        {{#table}}{{{html}}}{{/table}}
        {{#tableMissing}}<p class="missing">{{.}}</p>{{/tableMissing}}
        </section>
        {{/sections}}

        """

    /// The hash `writtenFrom` compares a template's text with.
    static func hash(_ text: String) -> UInt64 { ContentHash.of(Array(text.utf8)) }

    /// The text each replaceable template of a theme is rendered from instead of its own, by
    /// name: those of `templates` (name → text) that may be replaced (see above).
    static func replacements(for templates: [String: String]) -> [String: String] {
        let texts = Array(templates.values)
        guard !texts.contains(where: changesDelimitersOrNamesPartialsFromData) else { return [:] }
        var replaced: [String: String] = [:]
        for (name, hash) in writtenFrom {
            guard let text = templates[name], Self.hash(text) == hash,
                  included.contains(name) ? !texts.contains(where: { indents(name, in: $0) }) : !texts.contains(where: { includes(name, in: $0) }),
                  let replacement = replacement(of: name, text: text) else { continue }
            replaced[name] = replacement
        }
        return replaced
    }

    /// The replacement of a template: the shell with its head and foot each one tag, and the
    /// main block where it was; the check partial as one tag on the top of the stack, and, when
    /// the top is not a check (a theme's template including the partial elsewhere), the
    /// partial's own text.
    static func replacement(of name: String, text: String) -> String? {
        switch name {
        case shell:
            let main = "<main id=\"main\">\n{{$main}}{{/main}}\n</main>\n"
            guard text.contains(main) else { return nil }
            return "{{{shell.\(headKey)}}}" + main + "{{{shell.\(footKey)}}}"
        case check:
            return "{{{.\(checkKey)}}}{{^.\(isCheckKey)}}" + text + "{{/.\(isCheckKey)}}"
        case report:
            guard text.contains(contentsLoop), text.contains(sectionsLoop) else { return nil }
            // The sections' loop takes its lines whole (its tags stand alone on theirs), so the
            // tag replacing it runs on into the next line as the loop's output did.
            return text.replacingOccurrences(of: contentsLoop, with: "{{{.\(contentsKey)}}}")
                .replacingOccurrences(of: sectionsLoop, with: "{{{.\(sectionsKey)}}}")
        default:
            return nil
        }
    }

    /// Whether a template changes the delimiters or includes a partial or parent named by a value.
    private static func changesDelimitersOrNamesPartialsFromData(_ text: String) -> Bool {
        var rest = text[...]
        while let open = rest.range(of: "{{") {
            rest = rest[open.upperBound...]
            let tag = rest.drop { $0 == " " || $0 == "\t" }
            if tag.first == "=" { return true }
            if tag.first == ">" || tag.first == "<", tag.dropFirst().drop(while: { $0 == " " || $0 == "\t" }).first == "*" { return true }
        }
        return false
    }

    /// Whether `text` includes the template `name` as a partial or a parent (`{{> name}}`, `{{<name}}`).
    private static func includes(_ name: String, in text: String) -> Bool {
        var rest = text[...]
        while let open = rest.range(of: "{{") {
            rest = rest[open.upperBound...]
            let tag = rest.drop { $0 == " " || $0 == "\t" }
            guard tag.first == ">" || tag.first == "<" else { continue }
            let named = tag.dropFirst().drop { $0 == " " || $0 == "\t" }
            guard named.hasPrefix(name) else { continue }
            if named.dropFirst(name.count).drop(while: { $0 == " " || $0 == "\t" }).hasPrefix("}}") { return true }
        }
        return false
    }

    /// Whether a line of `text` that names the template `name` starts with a space or a tab.
    private static func indents(_ name: String, in text: String) -> Bool {
        text.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline).contains { line in
            (line.first == " " || line.first == "\t") && line.contains(name)
        }
    }
}

extension PageShell {
    /// The default shell's text before `<main id="main">`, as its template writes it.
    var fragmentHead: String {
        let escape = FastHTMLEscape.escape
        let root = escape(self.root), siteName = escape(self.siteName)
        var out = ""
        out.reserveCapacity(2048)
        out += "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
        out += escape(title) + " · " + siteName + "</title>\n<meta name=\"description\" content=\"" + escape(description) + "\">\n"
        out += "<link rel=\"icon\" href=\"data:,\">\n<link rel=\"stylesheet\" href=\"" + root + "assets/style.css\">\n"
        out += "<script src=\"" + root + "assets/cite.js\" defer></script>\n"
        out += "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"" + siteName + "\" href=\"" + root + "feed.xml\">\n"
        out += "</head>\n<body>\n<a class=\"skip-link\" href=\"#main\">跳到正文</a>\n<header class=\"site-header\">\n"
        out += "<a class=\"site-name\" href=\"" + root + "index.html\">" + siteName + "</a>\n"
        out += "<nav class=\"site-nav\" aria-label=\"主导航\"><ul>"
        for link in nav {
            out += "<li><a href=\"" + escape(link.href) + "\"" + (link.current ? " aria-current=\"page\"" : "") + ">" + escape(link.text) + "</a></li>"
        }
        out += "</ul></nav>\n</header>\n"
        if hasBreadcrumbs {
            out += "<nav class=\"breadcrumbs\" aria-label=\"当前位置\"><ol>"
            for crumb in breadcrumbs {
                out += crumb.current ? "<li><span aria-current=\"page\">" + escape(crumb.text) + "</span></li>"
                    : "<li><a href=\"" + escape(crumb.href) + "\">" + escape(crumb.text) + "</a></li>"
            }
            out += "</ol></nav>"
        }
        out += "\n"
        return out
    }

    /// The default shell's text after `</main>\n`, as its template writes it.
    var fragmentFoot: String {
        let escape = FastHTMLEscape.escape
        let root = escape(self.root)
        var out = "<footer class=\"site-footer\">\n<p>数据来自各机关公开发布的政府信息公开工作年度报告原文；“未知”表示原文缺少或未填写该数字，不等于 0。</p>\n"
        if let organization {
            out += "<p class=\"site-owner\">主办单位：" + escape(organization)
            if let contact { out += " · 联系方式：" + escape(contact) }
            out += "</p>"
        }
        out += "\n"
        if organization == nil, let contact { out += "<p class=\"site-owner\">联系方式：" + escape(contact) + "</p>" }
        out += "\n"
        if hasFiling {
            out += "<p class=\"site-filing\">"
            if let siteCode { out += "<span>网站标识码：" + escape(siteCode) + "</span> " }
            if let icp { out += "<a href=\"" + escape(icpURL) + "\" rel=\"noopener\">" + escape(icp) + "</a> " }
            if let policeFiling { out += "<a href=\"" + escape(policeFilingURL ?? "") + "\" rel=\"noopener\">" + escape(policeFiling) + "</a>" }
            out += "</p>"
        }
        out += "\n<p>由 Gongkai 生成 · <a href=\"" + root + "data/reports.json\">开放数据</a> · <a href=\"" + root + "feed.xml\">订阅</a></p>\n"
        out += "</footer>\n</body>\n</html>\n"
        return out
    }
}

extension CheckView {
    /// The default check partial's list item, as its template writes it.
    var fragment: String {
        let escape = FastHTMLEscape.escape
        var out = "<li class=\"check check-" + escape(statusClass) + "\"><span class=\"check-status\">" + escape(status)
        out += "</span> <span class=\"check-name\">" + escape(name) + "</span>"
        if hasPlain {
            out += "<ul class=\"check-plain\">"
            for sentence in plain { out += "<li>" + escape(sentence) + "</li>" }
            out += "</ul><p class=\"check-message check-formula\"><span class=\"check-id\">" + escape(id) + "</span> " + escape(message) + "</p>"
        } else {
            out += "<p class=\"check-message\">" + escape(message) + " <span class=\"check-id\">" + escape(id) + "</span></p>"
        }
        if hasCells {
            out += "<p class=\"check-cells\">涉及："
            for cell in cells { out += "<a href=\"" + escape(cell.href) + "\">" + escape(cell.text) + "</a> " }
            out += "</p>"
        }
        if let comparison { out += "<p class=\"check-compare\"><a href=\"" + escape(comparison.href) + "\">" + escape(comparison.text) + "</a></p>" }
        out += "</li>\n"
        return out
    }
}

extension ReportPage {
    /// The default report template's table of contents, as its loop writes it.
    var fragmentContents: String {
        let escape = FastHTMLEscape.escape
        var out = ""
        for link in contents { out += "<li><a href=\"" + escape(link.href) + "\">" + escape(link.text) + "</a></li>" }
        return out
    }

    /// The default report template's six sections, as its loop writes them: narrative HTML and
    /// tables as they are, the rest escaped. (A section without a table: Mustache looks `table`
    /// and `tableMissing` up in the report page too, which gives neither.)
    var fragmentSections: String {
        let escape = FastHTMLEscape.escape
        var out = ""
        for section in sections {
            out += "<section id=\"" + escape(section.id) + "\" class=\"report-section\">\n<h2>" + escape(section.heading) + "</h2>\n"
            if section.missing { out += "<p class=\"missing\">原文缺少这一部分的标题。</p>" }
            out += "\n" + section.html + "\n"
            if let table = section.table { out += table.html }
            out += "\n"
            if let tableMissing = section.tableMissing { out += "<p class=\"missing\">" + escape(tableMissing) + "</p>" }
            out += "\n</section>\n"
        }
        return out
    }
}
