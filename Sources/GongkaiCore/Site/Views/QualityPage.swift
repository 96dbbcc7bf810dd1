import Foundation

/// The data quality page: every report's failed checks and diagnostics, linking to the cells.
struct QualityPage: Sendable {
    var shell: PageShell
    var entries: [Entry]
    var hasEntries: Bool
    var skipped: [SkippedFile]
    var hasSkipped: Bool

    /// One report with problems.
    struct Entry: Sendable {
        var title: String
        var href: String
        var source: String
        var checks: [CheckView]
        var diagnostics: [DiagnosticView]
    }

    /// A file that could not be read at all.
    struct SkippedFile: Sendable {
        var path: String
        var message: String
    }

    init(corpus: Corpus, skipped: [(String, Diagnostic)], site: SiteContext) {
        let path = SiteRoutes.quality
        shell = PageShell(path: path, title: "数据质量", description: "各报告未通过的核验与解析中发现的问题", breadcrumbs: [("数据质量", path)], site: site)
        entries = corpus.reports.indices.compactMap { index in
            let report = corpus.reports[index]
            let failed = report.checks.filter { $0.status == .fail }
            let diagnostics = report.diagnostics.filter { $0.severity != .note }
            guard !failed.isEmpty || !diagnostics.isEmpty else { return nil }
            let reportPath = SiteRoutes.report(corpus.placements[index], in: corpus)
            let township = corpus.townships[corpus.placements[index].townshipIndex]
            return Entry(title: "\(township.name) \(Display.year(report.metadata.year))", href: SiteRoutes.link(from: path, to: reportPath),
                         source: report.path, checks: failed.map { CheckView($0, format: report.format, reportPath: reportPath, from: path) },
                         diagnostics: diagnostics.map(DiagnosticView.init))
        }
        hasEntries = !entries.isEmpty
        self.skipped = skipped.map { SkippedFile(path: $0.0, message: $0.1.message) }
        hasSkipped = !self.skipped.isEmpty
    }
}

/// The 404 page.
struct NotFoundPage: Sendable {
    var shell: PageShell

    /// The 404 page is served at any depth, so its links start from the site's absolute path.
    init(site: SiteContext) {
        shell = PageShell(path: SiteRoutes.notFound, title: "找不到页面", description: "找不到页面", breadcrumbs: [], site: site)
        shell.root = BaseURL.path(of: site.baseURL)
        shell.nav = shell.nav.map { Link(text: $0.text, href: shell.root + $0.href, current: false) }
    }
}
