import Foundation
import Testing
@testable import GongkaiCore

/// The shell and the check partial written in Swift (`DefaultFragments`) give byte for byte what
/// their default templates give, are used only for those templates, and a theme that changes
/// them, or could render them differently, gets its own templates' output.
@Suite struct DefaultFragmentsTests {
    static let awkward = ["纯中文", "a < b && c > d", "\"引号\" 与 'apostrophe'", "<\u{0338} joined", "e\u{301}<", "", "tab\tand\nnewline\n"]

    /// The default theme's templates are the texts the fragments were written from: an edit of
    /// `shell.mustache` or `partials/check.mustache` fails here until `DefaultFragments` writes the
    /// edited markup and records the new hash (`DefaultFragments.hash`).
    @Test func theDefaultTemplatesAreTheOnesTheFragmentsWereWrittenFrom() throws {
        let texts = try ThemeFiles.read(folder: Repository.defaultTheme).templates.mapValues(\.text)
        for (name, hash) in DefaultFragments.writtenFrom {
            #expect(DefaultFragments.hash(texts[name] ?? "") == hash, "\(name): \(String(DefaultFragments.hash(texts[name] ?? ""), radix: 16))")
        }
        for (name, hash) in DefaultFragments.partialsWrittenFrom {
            #expect(DefaultFragments.hash(texts[name] ?? "") == hash, "\(name): \(String(DefaultFragments.hash(texts[name] ?? ""), radix: 16))")
        }
        let replacements = DefaultFragments.replacements(for: texts)
        #expect(Set(replacements.keys) == Set(DefaultFragments.writtenFrom.keys))
        for name in DefaultFragments.wholeMains.keys {
            #expect(replacements[name]?.contains(DefaultFragments.mainKey) == true, "\(name)")
        }
    }

    /// Every page of the representative corpora (every page kind, every check of every report,
    /// township and quality page) is the same with the fragments and without, and so is each
    /// kind's first page with each combination of the footer's settings.
    @Test func everyPageIsTheSameWithTheFragments() throws {
        let theme = try ThemeFiles.read(folder: Repository.defaultTheme)
        var sites = [TemplateKeyCheck.fullSite, SiteContext(name: "门户<&>", baseURL: "https://example.org/")]
        for (index, text) in Self.awkward.enumerated() {
            var site = SiteContext(baseURL: "https://example.org/")
            site.organization = index % 3 == 0 ? nil : text
            site.contact = index % 2 == 0 ? text : nil
            site.siteCode = index == 1 ? text : nil
            site.icp = index == 2 || index == 4 ? text : nil
            site.policeFiling = index == 3 || index == 4 ? "公网安备\(text)" : nil
            sites.append(site)
        }
        var pages = 0, wholePages = 0
        for (number, corpus) in try TemplateKeyCheck.representativeCorpora().enumerated() {
            for (siteNumber, site) in sites.enumerated() {
                let fast = try SiteBuilder(corpus: corpus, skipped: [], theme: theme, site: site)
                let plain = try SiteBuilder(corpus: corpus, skipped: [], theme: theme, site: site, fragments: false)
                for kind in PageKind.all {
                    guard let template = kind.template else { continue }
                    // The full site renders every page; the other settings the first page of each kind.
                    for (path, view) in kind.views(fast).prefix(siteNumber == 0 ? Int.max : 1) {
                        let expected = try plain.render(view, template: template)
                        #expect(try fast.render(view, template: template) == expected, "corpus \(number), site \(siteNumber): \(path)")
                        // As the build writes it: report and township pages whole, without Mustache.
                        #expect(try fast.page(view, template: template) == Array(expected.utf8), "corpus \(number), site \(siteNumber): \(path)")
                        if view is any WholePage { wholePages += 1 }
                        pages += 1
                    }
                }
            }
        }
        #expect(pages > 100)
        #expect(wholePages > 20)
        #expect(try PageRenderer(theme: theme).writesWhole(DefaultFragments.report))
        #expect(try PageRenderer(theme: theme, fragments: false).writesWhole(DefaultFragments.report) == false)
    }

    /// Text that needs escaping, every optional part of a check and of the shell present and
    /// absent, and checks included from a theme's own template over other values: the fragments
    /// give what the templates give.
    @Test func awkwardValuesAndOtherContextsRenderAsTheTemplatesDo() throws {
        var theme = try ThemeFiles.read(folder: Repository.defaultTheme)
        // A page over a dictionary: the check partial over checks, over links (not checks: the
        // partial's own text renders), and a shell with breadcrumbs.
        theme.templates["probe"] = (text: "{{<shell}}{{$main}}<ul>{{#checks}}{{> partials/check}}{{/checks}}</ul>{{#links}}{{> partials/check}}{{/links}}{{/main}}{{/shell}}\n",
                                    path: "probe.mustache")
        let fast = try PageRenderer(theme: theme)
        let plain = try PageRenderer(theme: theme, fragments: false)
        for (index, text) in Self.awkward.enumerated() {
            var site = TemplateKeyCheck.fullSite
            site.name = text
            let shell = PageShell(path: "reports/\(text)/2022/index.html", title: text, description: text, breadcrumbs: index % 2 == 0 ? [(text, "townships/x/index.html"), ("2022", "reports/\(text)/2022/index.html")] : [], site: site)
            let results = [CheckResult.Status.pass, .fail, .unknown].map { status in
                CheckResult(id: CheckID.all[0].0, status: status, message: text, cells: index % 2 == 0 ? [CellReference(table: 3, row: "newReceived", column: 0)] : [])
            }
            let checks = results.enumerated().map { offset, result in
                CheckView(result, format: .current, reportPath: "reports/a/2022/index.html", from: "reports/a/2022/index.html",
                          plain: offset == 1 ? [text, "第二句<"] : [], comparison: offset == 2 ? "compare/text/a--b/index.html" : nil)
            }
            let view: [String: Any] = ["shell": shell, "checks": checks, "links": [Link(text: text, href: "#\(text)", current: true)]]
            let expected = try plain.render(view, template: "probe")
            #expect(try fast.render(view, template: "probe") == expected)
            #expect(expected.contains("check-status"))
        }
    }

    /// A theme that changes the shell, the check partial or the report template gets its own; a
    /// theme that includes the first two on an indented line, or the report template anywhere,
    /// gets no fragment for them, and one that changes delimiters or names partials from data none.
    @Test func aThemeThatChangesOrIndentsThemKeepsItsOwn() throws {
        let texts = try ThemeFiles.read(folder: Repository.defaultTheme).templates.mapValues(\.text)
        var changed = texts
        changed["shell"] = (texts["shell"] ?? "").replacingOccurrences(of: "跳到正文", with: "跳过导航")
        changed["partials/check"] = "<li>{{name}}</li>\n"
        changed["report"] = (texts["report"] ?? "").replacingOccurrences(of: "目录", with: "本页目录")
        changed[DefaultFragments.townshipChanges] = (texts[DefaultFragments.townshipChanges] ?? "").replacingOccurrences(of: "逐年对比", with: "历年对比")
        changed[DefaultFragments.textComparison] = (texts[DefaultFragments.textComparison] ?? "").replacingOccurrences(of: "标出的文字", with: "标记的文字")
        #expect(DefaultFragments.replacements(for: changed).isEmpty)
        // The pages whose whole `$main` block is written and that include no partial.
        let compare: Set<String> = [DefaultFragments.townshipChanges, DefaultFragments.textComparison]
        var indented = texts
        indented["home"] = "  {{> partials/check}}\n" + (texts["home"] ?? "")
        #expect(Set(DefaultFragments.replacements(for: indented).keys) == compare.union([DefaultFragments.shell, DefaultFragments.report, DefaultFragments.township, DefaultFragments.quality]))
        indented["404"] = "\t{{<shell}}{{/shell}}\n"
        #expect(Set(DefaultFragments.replacements(for: indented).keys) == compare.union([DefaultFragments.report, DefaultFragments.township, DefaultFragments.quality]))
        // A page's template included by another: its view model may not be on the top.
        var including = texts
        including["404"] = "{{#x}}{{> report }}{{/x}}"
        #expect(Set(DefaultFragments.replacements(for: including).keys) == compare.union([DefaultFragments.shell, DefaultFragments.check, DefaultFragments.township, DefaultFragments.quality]))
        including["404"] = "{{#x}}{{> report }}{{> compare-text}}{{/x}}"
        #expect(Set(DefaultFragments.replacements(for: including).keys) == [DefaultFragments.shell, DefaultFragments.check, DefaultFragments.township, DefaultFragments.townshipChanges,
                                                                            DefaultFragments.quality])
        // A whole `$main` block only with the default's partials: a theme's own check partial
        // leaves the report page its loops' tags and the township and quality pages their templates; its own
        // figure partial the township page its template.
        var ownCheck = texts
        ownCheck[DefaultFragments.check] = "<li>{{name}}</li>\n"
        let withOwnCheck = DefaultFragments.replacements(for: ownCheck)
        #expect(Set(withOwnCheck.keys) == compare.union([DefaultFragments.shell, DefaultFragments.report]))
        #expect(withOwnCheck[DefaultFragments.report]?.contains(DefaultFragments.sectionsKey) == true)
        #expect(withOwnCheck[DefaultFragments.report]?.contains(DefaultFragments.mainKey) == false)
        var ownFigure = texts
        ownFigure[DefaultFragments.figure] = "<figure>{{title}}</figure>\n"
        let withOwnFigure = DefaultFragments.replacements(for: ownFigure)
        #expect(Set(withOwnFigure.keys) == compare.union([DefaultFragments.shell, DefaultFragments.check, DefaultFragments.report, DefaultFragments.quality]))
        #expect(withOwnFigure[DefaultFragments.report]?.contains(DefaultFragments.mainKey) == true)
        for tag in ["{{=<% %>=}}", "{{>*name}}", "{{< *name}}{{/name}}"] {
            var other = texts
            other["404"] = tag
            #expect(DefaultFragments.replacements(for: other).isEmpty, "\(tag)")
        }

        // Built: the changed shell's text is on the pages.
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let themeFolder = folder.appendingPathComponent("theme/partials")
        try FileManager.default.createDirectory(at: themeFolder, withIntermediateDirectories: true)
        try (changed["shell"] ?? "").write(to: folder.appendingPathComponent("theme/shell.mustache"), atomically: true, encoding: .utf8)
        try "<li class=\"mine\">{{name}}</li>\n".write(to: themeFolder.appendingPathComponent("check.mustache"), atomically: true, encoding: .utf8)
        try "<figure class=\"mine\">{{title}}</figure>\n".write(to: themeFolder.appendingPathComponent("figure.mustache"), atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("site")
        _ = try PortalBuild(options: .init(content: Repository.content, output: output.path, theme: folder.appendingPathComponent("theme").path,
                                           defaultTheme: Repository.defaultTheme, site: SiteContext())).run()
        let home = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(home.contains("跳过导航") && !home.contains("跳到正文"))
        let report = try #require(FileManager.default.enumerator(atPath: output.appendingPathComponent("reports").path)?
            .compactMap { $0 as? String }.first { $0.hasSuffix("index.html") })
        let page = try String(contentsOf: output.appendingPathComponent("reports").appendingPathComponent(report), encoding: .utf8)
        #expect(page.contains("<li class=\"mine\">") && !page.contains("check-status"))
        let township = try #require(FileManager.default.enumerator(atPath: output.appendingPathComponent("townships").path)?
            .compactMap { $0 as? String }.first { $0.hasSuffix("index.html") })
        let townshipPage = try String(contentsOf: output.appendingPathComponent("townships").appendingPathComponent(township), encoding: .utf8)
        #expect(townshipPage.contains("<figure class=\"mine\">") && !townshipPage.contains("<figure class=\"chart\">"))
    }
}
