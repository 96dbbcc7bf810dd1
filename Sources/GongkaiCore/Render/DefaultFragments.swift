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
/// - for a page's template (the report page's and the township page's whole `$main` block, or
///   the report page's sections and table of contents where the check partial is the theme's
///   own): no template includes it, so the top of its stack is always its page's view model;
///   a whole block is written only where the partials it includes are the default's too
///   (`wholeMains`, `partialsWrittenFrom`).
/// A theme that overrides the shell or the partial gets its own template's output, as before.
enum DefaultFragments {
    /// The names of the templates replaced, with the hash of the text each fragment was written from.
    static let writtenFrom: [String: UInt64] = [
        shell: 0x5F28_7FBD_B33E_8AB6,
        check: 0x6A39_A7F4_1840_603D,
        report: 0xA3C9_2721_8D80_8D27,
        township: 0xAF7C_39DE_8F35_8EE3,
        townshipChanges: 0xE396_2DBE_0C44_5E99,
        textComparison: 0xDB00_7E6A_0074_1732,
        quality: 0xE533_C58C_46B8_DFEA,
        county: 0x552C_9DA9_5221_7C34,
        yearComparison: 0xA270_A363_CF0A_AEC9,
    ]
    /// Partials that are not replaced themselves but whose markup a whole `$main` fragment
    /// writes, with the hash of the text it was written from.
    static let partialsWrittenFrom: [String: UInt64] = [
        figure: 0xC404_F4FC_C212_0266,
        coverage: 0x885C_31A8_9C23_8684,
        pagination: 0xBD10_EF66_B6F3_9B24,
    ]
    static let shell = "shell"
    static let check = "partials/check"
    static let figure = "partials/figure"
    static let report = "report"
    static let township = "township"
    static let townshipChanges = "compare-township"
    static let textComparison = "compare-text"
    static let quality = "quality"
    static let county = "county"
    static let yearComparison = "compare-year"
    static let coverage = "partials/coverage"
    static let pagination = "partials/pagination"
    /// Pages' templates whose whole `$main` block the Swift writes (report pages and township
    /// pages: 12,000 of a 10,000-report site's 17,000 pages, and most of what swift-mustache
    /// still did), with the partials that block includes: the Swift writes their markup too, so
    /// it is used only where their text is also the default's.
    /// The township changes and text comparison pages (7,000 more of those 17,000 pages) include
    /// no partial.
    /// The quality page (one page, but the longest job of the render step) includes the check
    /// partial; the county pages the coverage partial (a Mustache section per cell), the year
    /// comparisons the pagination partial.
    static let wholeMains: [String: [String]] = [report: [check], township: [check, figure], townshipChanges: [], textComparison: [], quality: [check],
                                                 county: [coverage], yearComparison: [pagination]]
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
    /// The key of a page's whole `$main` block (`ReportPage`, `TownshipPage`).
    static let mainKey = "gongkaiMain"
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
                  let replacement = replacement(of: name, text: text, templates: templates) else { continue }
            replaced[name] = replacement
        }
        return replaced
    }

    /// Whether the theme's text of a template is the one its fragment was written from.
    static func isDefault(_ name: String, in templates: [String: String]) -> Bool {
        guard let text = templates[name], let hash = writtenFrom[name] ?? partialsWrittenFrom[name] else { return false }
        return Self.hash(text) == hash
    }

    /// The replacement of a template: the shell with its head and foot each one tag, and the
    /// main block where it was; the check partial as one tag on the top of the stack, and, when
    /// the top is not a check (a theme's template including the partial elsewhere), the
    /// partial's own text; a page whose `$main` block the Swift writes whole (`wholeMains`, the
    /// partials it includes being the default's), that block as one tag on the top of the stack
    /// (its page's view model); else the report page with its contents' and sections' loops
    /// each one tag.
    static func replacement(of name: String, text: String, templates: [String: String]) -> String? {
        if let partials = wholeMains[name], partials.allSatisfy({ isDefault($0, in: templates) }) {
            // Text inside a parent tag outside its blocks is not rendered, so the block's closing
            // tag may follow the one tag on its line.
            let open = "{{<shell}}\n{{$main}}\n", close = "{{/main}}\n{{/shell}}\n"
            guard text.hasPrefix(open), text.hasSuffix(close) else { return nil }
            return open + "{{{.\(mainKey)}}}" + close
        }
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
    var fragmentHead: String { HTMLBytes.text { writeHead(to: &$0) } }

    /// `fragmentHead` written as UTF-8.
    func writeHead(to out: inout HTMLBytes) {
        out += "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
        out.mustache(title); out += " · "; out.mustache(siteName); out += "</title>\n<meta name=\"description\" content=\""
        out.mustache(description); out += "\">\n"
        out += "<link rel=\"icon\" href=\"data:,\">\n<link rel=\"stylesheet\" href=\""; out.mustache(root); out += "assets/style.css\">\n"
        out += "<script src=\""; out.mustache(root); out += "assets/cite.js\" defer></script>\n"
        out += "<link rel=\"alternate\" type=\"application/atom+xml\" title=\""; out.mustache(siteName); out += "\" href=\""
        out.mustache(root); out += "feed.xml\">\n"
        out += "</head>\n<body>\n<a class=\"skip-link\" href=\"#main\">跳到正文</a>\n<header class=\"site-header\">\n"
        out += "<a class=\"site-name\" href=\""; out.mustache(root); out += "index.html\">"; out.mustache(siteName); out += "</a>\n"
        out += "<nav class=\"site-nav\" aria-label=\"主导航\"><ul>"
        for link in nav {
            out += "<li><a href=\""; out.mustache(link.href); out += link.current ? "\" aria-current=\"page\">" : "\">"
            out.mustache(link.text); out += "</a></li>"
        }
        out += "</ul></nav>\n</header>\n"
        if hasBreadcrumbs {
            out += "<nav class=\"breadcrumbs\" aria-label=\"当前位置\"><ol>"
            for crumb in breadcrumbs {
                if crumb.current {
                    out += "<li><span aria-current=\"page\">"; out.mustache(crumb.text); out += "</span></li>"
                } else {
                    out += "<li><a href=\""; out.mustache(crumb.href); out += "\">"; out.mustache(crumb.text); out += "</a></li>"
                }
            }
            out += "</ol></nav>"
        }
        out += "\n"
    }

    /// The default shell's text after `</main>\n`, as its template writes it.
    var fragmentFoot: String { HTMLBytes.text { writeFoot(to: &$0) } }

    /// `fragmentFoot` written as UTF-8.
    func writeFoot(to out: inout HTMLBytes) {
        out += "<footer class=\"site-footer\">\n<p>数据来自各机关公开发布的政府信息公开工作年度报告原文；“未知”表示原文缺少或未填写该数字，不等于 0。</p>\n"
        if let organization {
            out += "<p class=\"site-owner\">主办单位："; out.mustache(organization)
            if let contact { out += " · 联系方式："; out.mustache(contact) }
            out += "</p>"
        }
        out += "\n"
        if organization == nil, let contact { out += "<p class=\"site-owner\">联系方式："; out.mustache(contact); out += "</p>" }
        out += "\n"
        if hasFiling {
            out += "<p class=\"site-filing\">"
            if let siteCode { out += "<span>网站标识码："; out.mustache(siteCode); out += "</span> " }
            if let icp { out += "<a href=\""; out.mustache(icpURL); out += "\" rel=\"noopener\">"; out.mustache(icp); out += "</a> " }
            if let policeFiling {
                out += "<a href=\""; out.mustache(policeFilingURL ?? ""); out += "\" rel=\"noopener\">"; out.mustache(policeFiling); out += "</a>"
            }
            out += "</p>"
        }
        out += "\n<p>由 Gongkai 生成 · <a href=\""; out.mustache(root); out += "data/reports.json\">开放数据</a> · <a href=\""
        out.mustache(root); out += "feed.xml\">订阅</a></p>\n"
        out += "</footer>\n</body>\n</html>\n"
    }
}

extension CheckView {
    /// The default check partial's list item, as its template writes it.
    var fragment: String { HTMLBytes.text { write(to: &$0) } }

    /// `fragment` written as UTF-8.
    func write(to out: inout HTMLBytes) {
        out += "<li class=\"check check-"; out.mustache(statusClass); out += "\"><span class=\"check-status\">"; out.mustache(status)
        out += "</span> <span class=\"check-name\">"; out.mustache(name); out += "</span>"
        if hasPlain {
            out += "<ul class=\"check-plain\">"
            for sentence in plain { out += "<li>"; out.mustache(sentence); out += "</li>" }
            out += "</ul><p class=\"check-message check-formula\"><span class=\"check-id\">"; out.mustache(id); out += "</span> "
            out.mustache(message); out += "</p>"
        } else {
            out += "<p class=\"check-message\">"; out.mustache(message); out += " <span class=\"check-id\">"; out.mustache(id); out += "</span></p>"
        }
        if hasCells {
            out += "<p class=\"check-cells\">涉及："
            for cell in cells { out += "<a href=\""; out.mustache(cell.href); out += "\">"; out.mustache(cell.text); out += "</a> " }
            out += "</p>"
        }
        if let comparison {
            out += "<p class=\"check-compare\"><a href=\""; out.mustache(comparison.href); out += "\">"; out.mustache(comparison.text); out += "</a></p>"
        }
        out += "</li>\n"
    }

    /// Checks as the default check partial writes them in a loop, between `open` and `close`.
    static func list(_ checks: [CheckView], in open: String, _ close: String, to out: inout HTMLBytes) {
        out += open
        for check in checks { check.write(to: &out) }
        out += close
    }
}

extension ReportPage {
    /// The default report template's table of contents, as its loop writes it.
    var fragmentContents: String { HTMLBytes.text { writeContents(to: &$0) } }

    func writeContents(to out: inout HTMLBytes) {
        for link in contents { out += "<li><a href=\""; out.mustache(link.href); out += "\">"; out.mustache(link.text); out += "</a></li>" }
    }

    /// The default report template's six sections, as its loop writes them: narrative HTML and
    /// tables as they are, the rest escaped. (A section without a table: Mustache looks `table`
    /// and `tableMissing` up in the report page too, which gives neither.)
    var fragmentSections: String { HTMLBytes.text { writeSections(to: &$0) } }

    func writeSections(to out: inout HTMLBytes) {
        for section in sections {
            out += "<section id=\""; out.mustache(section.id); out += "\" class=\"report-section\">\n<h2>"; out.mustache(section.heading); out += "</h2>\n"
            if section.missing { out += "<p class=\"missing\">原文缺少这一部分的标题。</p>" }
            out += "\n"; out += section.html; out += "\n"
            if let table = section.official { table.write(to: &out) }
            out += "\n"
            if let tableMissing = section.tableMissing { out += "<p class=\"missing\">"; out.mustache(tableMissing); out += "</p>" }
            out += "\n</section>\n"
        }
    }
}

/// A page whose template's whole `$main` block `DefaultFragments` writes (`wholeMains`): where
/// the shell is the default's too, the whole page is written as UTF-8 without Mustache
/// (`PageRenderer.writesWhole`), the same bytes as the templates give.
protocol WholePage {
    var shell: PageShell { get }
    /// The `$main` block, as `gongkaiMain` gives it.
    func writeMain(to out: inout HTMLBytes)
    /// About how many bytes a page has, to reserve.
    static var typicalSize: Int { get }
}

extension WholePage {
    /// The page as the default shell around the `$main` block writes it.
    var pageBytes: [UInt8] {
        var out = HTMLBytes(capacity: Self.typicalSize)
        writePage(to: &out) { writeMain(to: &$0) }
        return out.bytes
    }

    /// The default shell around a `$main` block that `main` writes: for a page whose block is
    /// written a part at a time (the quality page's list, streamed), `main` may hand on and
    /// empty `out` between its parts.
    func writePage<Failure: Error>(to out: inout HTMLBytes, main: (inout HTMLBytes) throws(Failure) -> Void) throws(Failure) {
        shell.writeHead(to: &out)
        out += "<main id=\"main\">\n"
        try main(&out)
        out += "\n</main>\n"
        shell.writeFoot(to: &out)
    }

    /// The `$main` block as a String, for Mustache (a theme's own shell around it).
    var fragmentMain: String { HTMLBytes.text(capacity: Self.typicalSize) { writeMain(to: &$0) } }
}

extension ReportPage: WholePage {
    static var typicalSize: Int { 131_072 }

    /// The default report template's `$main` block, as it writes it with the default check partial.
    func writeMain(to out: inout HTMLBytes) {
        out += "<article class=\"report\" data-pagefind-body>\n<header class=\"report-header\">\n<h1>"; out.mustache(heading); out += "</h1>\n<dl class=\"report-meta\">\n"
        out += "<div><dt>发布机关</dt><dd>"; out.mustache(organ); out += "</dd></div>\n"
        out += "<div><dt>乡镇</dt><dd><a href=\""; out.mustache(township.href); out += "\">"; out.mustache(township.text); out += "</a></dd></div>\n"
        if let county { out += "<div><dt>县（区）</dt><dd><a href=\""; out.mustache(county.href); out += "\">"; out.mustache(county.text); out += "</a></dd></div>" }
        out += "\n"
        if let year { out += "<div><dt>报告年度</dt><dd><a href=\""; out.mustache(year.href); out += "\">"; out.mustache(year.text); out += "</a></dd></div>" }
        out += "\n<div><dt>表格格式</dt><dd>"; out.mustache(format); out += "</dd></div>\n<div><dt>发布日期</dt><dd>"; out.mustache(published); out += "</dd></div>\n</dl>\n"
        out += "<nav class=\"report-links\" aria-label=\"本报告的链接\"><ul>\n"
        if let previous { out += "<li><a href=\""; out.mustache(previous.href); out += "\" rel=\"prev\">← 上一年（"; out.mustache(previous.text); out += "）</a></li>" }
        out += "\n"
        if let next { out += "<li><a href=\""; out.mustache(next.href); out += "\" rel=\"next\">下一年（"; out.mustache(next.text); out += "）→</a></li>" }
        out += "\n<li><a href=\""; out.mustache(json); out += "\">本报告数据（JSON）</a></li>\n<li><a href=\""; out.mustache(csv); out += "\">本报告表格（CSV）</a></li>\n"
        // `{{officialPage}}` inside its own section: a String has no keys, so the page's.
        if let officialPage { out += "<li><a href=\""; out.mustache(officialPage); out += "\" rel=\"noopener\">官方发布页面</a></li>" }
        // `{{sha256}}` inside `{{#original}}`: the original has none, so the page's.
        out += "\n<li><a href=\""; out.mustache(original.href); out += "\" class=\"original-file\">查看原文件</a>（"; out.mustache(original.format); out += "，"
        out.mustache(original.size); out += "，SHA-256 <code class=\"sha256\">"; out.mustache(sha256); out += "</code>）</li>\n</ul></nav>\n</header>\n"
        out += "<section class=\"key-figures\" aria-labelledby=\"key-figures-heading\">\n<h2 id=\"key-figures-heading\">关键数字</h2>\n"
        keyFigures.write(to: &out)
        out += "\n</section>\n<nav class=\"toc\" aria-labelledby=\"toc-heading\">\n<h2 id=\"toc-heading\">目录</h2>\n<ol>"
        writeContents(to: &out)
        out += "</ol>\n</nav>\n"
        out += "<section id=\"verification\" class=\"verification\" aria-labelledby=\"verification-heading\">\n<h2 id=\"verification-heading\">数据核验</h2>\n"
        if allPassed {
            CheckView.list(passedChecks, in: "<details class=\"checks-folded all-passed\"><summary>全部核验通过（\(passedCount) 项）</summary><ul class=\"checks\">",
                           "</ul></details>", to: &out)
        }
        out += "\n"
        if !allPassed {
            out += "<p class=\"check-summary\">"; out.mustache(checkSummary)
            if hasFailures { out += "未通过的 \(failedCount) 项核验所涉及的数字在下方表格中以红框和“✗”标出。" }
            out += "</p>"
        }
        out += "\n"
        if hasFailures { CheckView.list(failedChecks, in: "<ul class=\"checks\">", "</ul>", to: &out) }
        out += "\n"
        if hasUnknown {
            CheckView.list(unknownChecks, in: "<details class=\"checks-folded\"><summary>无法核对的 \(unknownCount) 项</summary><ul class=\"checks\">",
                           "</ul></details>", to: &out)
        }
        out += "\n"
        if !allPassed {
            CheckView.list(passedChecks, in: "<details class=\"checks-folded\"><summary>通过的 \(passedCount) 项</summary><ul class=\"checks\">", "</ul></details>", to: &out)
        }
        out += "\n"
        if hasDiagnostics {
            out += "<details class=\"checks-folded\"><summary>解析中发现的问题（\(diagnosticCount) 条）</summary>\n<ul class=\"diagnostics\">"
            for diagnostic in diagnostics { diagnostic.write(to: &out) }
            out += "</ul></details>"
        }
        out += "\n</section>\n<div class=\"preamble\">"; out += preamble; out += "</div>\n"
        writeSections(to: &out)
        out += "<footer class=\"report-source\"><p>原文文件：<code>"; out.mustache(source); out += "</code><br>SHA-256：<code class=\"hash\">"; out.mustache(sha256)
        out += "</code></p></footer>\n</article>\n"
    }
}

extension TownshipPage: WholePage {
    static var typicalSize: Int { 65_536 }

    /// The default township template's `$main` block, as it writes it with the default check and
    /// figure partials.
    func writeMain(to out: inout HTMLBytes) {
        out += "<div data-pagefind-body>\n<h1>"; out.mustache(name); out += "</h1>\n"
        if let county { out += "<p>所属：<a href=\""; out.mustache(county.href); out += "\">"; out.mustache(county.text); out += "</a></p>" }
        out += "\n<section aria-labelledby=\"reports-heading\">\n<h2 id=\"reports-heading\">历年报告</h2>\n<ul class=\"report-list\">"
        for report in reports {
            // `{{name}}` inside a report: a report link has none, so the township's.
            out += "<li><a href=\""; out.mustache(report.href); out += "\"><span class=\"visually-hidden\">"; out.mustache(name); out += "</span>"; out.mustache(report.year)
            out += "<span class=\"visually-hidden\">报告</span></a> <span class=\"format\">"; out.mustache(report.format); out += "</span> <span class=\"summary"
            out += report.hasFailures ? " has-failures\">" : "\">"; out.mustache(report.checkSummary); out += "</span>"
            if report.hasFailures { CheckView.list(report.failed, in: "<ul class=\"checks compact\">", "</ul>", to: &out) }
            out += "</li>"
        }
        out += "</ul>\n<p><a href=\""; out.mustache(changes); out += "\">逐年对比与变化 →</a></p>\n</section>\n"
        out += "<section aria-labelledby=\"figures-heading\">\n<h2 id=\"figures-heading\">关键数字</h2>\n"; figures.write(to: &out); out += "\n</section>\n"
        out += "<section aria-labelledby=\"charts-heading\">\n<h2 id=\"charts-heading\">图表</h2>\n<div class=\"charts\">"
        for chart in charts { chart.write(to: &out) }
        out += "</div>\n</section>\n</div>\n"
    }
}

extension TownshipChangesPage: WholePage {
    static var typicalSize: Int { 32_768 }

    /// The default compare-township template's `$main` block.
    func writeMain(to out: inout HTMLBytes) {
        out += "<h1>"; out.mustache(name); out += "逐年对比</h1>\n<p><a href=\""; out.mustache(township); out += "\">← "; out.mustache(name); out += "</a></p>\n"
        if let formatNote { out += "<p class=\"note\">"; out.mustache(formatNote); out += "</p>" }
        out += "\n"
        table.write(to: &out)
        out += "\n"
    }
}

extension TextComparisonPage: WholePage {
    static var typicalSize: Int { 65_536 }

    /// The default compare-text template's `$main` block.
    func writeMain(to out: inout HTMLBytes) {
        out += "<h1>"; out.mustache(title); out += "</h1>\n"
        out += "<p>两份报告的正文（第一至第六部分，不含表格）并列如下，<mark>标出的文字</mark>是两份报告共有的段落：连续 8 个以上汉字或字母完全相同才算相同，数字、标点和空格不计，所以只改了数字的句子仍算相同。百分比是本报告正文中这些文字所占的比例。</p>\n"
        out += "<ul class=\"text-compare-checks\">"
        for check in checks { out += "<li>"; out.mustache(check); out += "</li>" }
        out += "</ul>\n<div class=\"text-compare\">\n"
        left.write(side: "left", to: &out)
        out += "\n"
        right.write(side: "right", to: &out)
        out += "\n</div>\n"
    }
}

extension TextComparisonPage.Side {
    /// One side's section of the default compare-text template (`side`: `left` or `right`).
    fileprivate func write(side: String, to out: inout HTMLBytes) {
        out += "<section class=\"text-compare-side\" aria-labelledby=\""; out += side; out += "-heading\"><h2 id=\""; out += side; out += "-heading\"><a href=\""
        out.mustache(link.href); out += "\">"; out.mustache(link.text); out += "</a></h2>\n"
        out += "<p class=\"source\"><code>"; out.mustache(source); out += "</code> · 与另一份相同：<strong>"; out.mustache(percent); out += "</strong></p>\n"
        for section in sections { out += "<h3>"; out.mustache(section.heading); out += "</h3>\n"; out += section.html; out += "\n" }
        out += "</section>"
    }
}

extension FigureView {
    /// The default figure partial, as it writes a chart.
    var fragment: String { HTMLBytes.text { write(to: &$0) } }

    /// `fragment` written as UTF-8.
    func write(to out: inout HTMLBytes) {
        out += "<figure class=\"chart\">\n<figcaption>"; out.mustache(title); out += "</figcaption>\n"
        if let empty { out += "<p class=\"chart-empty\">"; out.mustache(empty); out += "</p>" } else { out.bytes.append(contentsOf: svg) }
        out += "\n<details class=\"chart-data\"><summary>查看数据表</summary>\n"; table.write(to: &out); out += "\n</details>\n</figure>\n"
    }
}

extension QualityPage: WholePage {
    static var typicalSize: Int { 262_144 }

    /// The default quality template's `$main` block, as it writes it with the default check
    /// partial: `writeMainHead`, each entry, `writeMainTail` (the build streams the entries a
    /// part at a time between the two: `stream`).
    func writeMain(to out: inout HTMLBytes) {
        writeMainHead(to: &out)
        for entry in entries { entry.write(to: &out) }
        writeMainTail(to: &out)
    }

    /// The block up to its per-report list: the to-do list by severity and kind, the files not read.
    func writeMainHead(to out: inout HTMLBytes) {
        out += "<h1>数据质量</h1>\n<p>这是本站的待办清单：先按严重程度和问题种类列出各类问题的数量、含义和改正方法，再逐份列出报告未通过的核验（勾稽关系、正文与表格不一致、跨年不衔接）和解析时发现的问题（缺表、缺行、缺标题）。点击可跳到报告中涉及的表格单元格。</p>\n"
        if hasSeverities {
            out += "<section aria-labelledby=\"todo-heading\" class=\"todo\"><h2 id=\"todo-heading\">待办清单</h2>\n"
            for severity in severities {
                out += "<section class=\"todo-severity todo-"; out.mustache(severity.severityClass); out += "\"><h3>"; out.mustache(severity.label)
                out += "（"; out.number(severity.count); out += " 处）</h3>\n"
                for kind in severity.kinds {
                    out += "<div class=\"todo-kind\"><h4>"; out.mustache(kind.name); out += " <code>"; out.mustache(kind.code); out += "</code> <span class=\"count\">"
                    out.number(kind.count); out += " 处</span></h4>\n"
                    if kind.hasExplanation { out += "<p class=\"explanation\">"; out.mustache(kind.explanation); out += "</p>" }
                    out += "\n<p class=\"how-to-fix\">怎么改："; out.mustache(kind.howToFix); out += "</p>\n<p class=\"todo-reports\">涉及："
                    for report in kind.reports { out += "<a href=\""; out.mustache(report.href); out += "\">"; out.mustache(report.text); out += "</a> " }
                    out += "</p></div>\n"
                }
                out += "</section>\n"
            }
            out += "</section>"
        }
        out += "\n"
        if hasSkipped {
            out += "<section aria-labelledby=\"skipped-heading\"><h2 id=\"skipped-heading\">未能读取的文件</h2>\n<ul class=\"diagnostics\">"
            for file in skipped {
                out += "<li class=\"diagnostic diagnostic-error\"><code>"; out.mustache(file.path); out += "</code>："; out.mustache(file.message); out += "</li>"
            }
            out += "</ul></section>"
        }
        out += "\n"
        if hasEntries { out += "<p class=\"todo-per-report\">以下逐份列出：</p>" }
        out += "\n"
    }

    /// The block after its per-report list.
    func writeMainTail(to out: inout HTMLBytes) {
        if !hasEntries { out += "<p>所有报告均未发现问题。</p>" }
        out += "\n"
    }
}

extension QualityPage.Entry {
    /// One report's entry in the default quality template's list.
    func write(to out: inout HTMLBytes) {
        out += "<section class=\"quality-entry\">\n<h2><a href=\""; out.mustache(href); out += "\">"; out.mustache(title); out += "</a></h2>\n"
        out += "<p class=\"source\"><code>"; out.mustache(source); out += "</code></p>\n"
        CheckView.list(checks, in: "<ul class=\"checks\">", "</ul>\n<ul class=\"diagnostics\">", to: &out)
        for diagnostic in diagnostics { diagnostic.write(to: &out) }
        out += "</ul>\n</section>\n"
    }
}

extension DiagnosticView {
    /// A diagnostic's list item, as the default report and quality templates write it.
    func write(to out: inout HTMLBytes) {
        out += "<li class=\"diagnostic diagnostic-"; out.mustache(severityClass); out += "\"><span class=\"severity\">"; out.mustache(severity)
        out += "</span> "; out.mustache(line); out += "："; out.mustache(message); out += " <code>"; out.mustache(code); out += "</code></li>"
    }
}

extension CoverageMatrix {
    /// The default coverage partial, as it writes the matrix (with the partial's last newline).
    func write(to out: inout HTMLBytes) {
        out += "<div class=\"table-wrap\" role=\"region\" aria-labelledby=\"coverage-caption\" tabindex=\"0\">\n<table class=\"coverage\">\n"
        out += "<caption id=\"coverage-caption\">各乡镇各年报告（有 = 已收录，缺 = 未收录）</caption>\n"
        out += "<thead><tr><th scope=\"col\">乡镇</th>"
        for year in years { out += "<th scope=\"col\">"; out.mustache(year); out += "</th>" }
        out += "</tr></thead>\n<tbody>"
        for row in rows {
            out += "<tr><th scope=\"row\"><a href=\""; out.mustache(row.township.href); out += "\">"; out.mustache(row.township.text); out += "</a></th>"
            for cell in row.cells {
                if cell.present {
                    // `{{href}}` of a present cell: never nil.
                    out += "<td class=\"present\"><a href=\""; out.mustache(cell.href ?? ""); out += "\"><span class=\"visually-hidden\">"; out.mustache(cell.name)
                    out += "：</span>"; out.mustache(cell.text); out += "</a></td>"
                } else {
                    out += "<td class=\"absent\">"; out.mustache(cell.text); out += "</td>"
                }
            }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table>\n</div>\n"
    }
}

extension CountyPage: WholePage {
    static var typicalSize: Int { 65_536 }

    /// The default county template's `$main` block, with the default coverage partial.
    func writeMain(to out: inout HTMLBytes) {
        out += "<h1>"; out.mustache(name); out += "</h1>\n<p>"; out.number(townshipCount); out += " 个乡镇（机关）。</p>\n"
        coverage.write(to: &out)
        out += "\n"
    }
}

extension Pagination {
    /// The default pagination partial (with its last newline).
    func write(to out: inout HTMLBytes) {
        if hasPages {
            out += "<nav class=\"pagination\" aria-label=\"分页\"><ul>"
            if let previous { out += "<li><a href=\""; out.mustache(previous.href); out += "\" rel=\"prev\">"; out.mustache(previous.text); out += "</a></li>" }
            for page in pages {
                out += "<li>"
                if page.current {
                    out += "<span aria-current=\"page\">"; out.mustache(page.text); out += "</span>"
                } else {
                    out += "<a href=\""; out.mustache(page.href); out += "\">"; out.mustache(page.text); out += "</a>"
                }
                out += "</li>"
            }
            if let next { out += "<li><a href=\""; out.mustache(next.href); out += "\" rel=\"next\">"; out.mustache(next.text); out += "</a></li>" }
            out += "</ul></nav>"
        }
        out += "\n"
    }
}

extension YearComparisonPage: WholePage {
    static var typicalSize: Int { 65_536 }

    /// The default compare-year template's `$main` block, with the default pagination partial.
    func writeMain(to out: inout HTMLBytes) {
        out += "<h1>"; out.number(year); out += "年各乡镇对比</h1>\n<p><a href=\""; out.mustache(ranking); out += "\">"; out.number(year)
        out += "年排名：各乡镇（机关）一张表，可按任一列排序，可下载 CSV →</a></p>\n"
        table.write(to: &out)
        out += "\n"
        pagination.write(to: &out)
        out += "\n"
    }
}
