import Foundation

/// The data quality page, the office's to-do list: first every kind of problem grouped by
/// severity (errors, warnings, notes) and by check or diagnostic code, each with its count, a
/// plain-language explanation, how to fix it (`CheckID.howToFix`, `DiagnosticAdvice`) and the
/// reports that have it; then every report's failed checks and diagnostics, linking to the cells.
struct QualityPage: Sendable {
    var shell: PageShell
    var severities: [SeverityGroup]
    var hasSeverities: Bool
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

    /// The kinds of problem of one severity, most frequent first.
    struct SeverityGroup: Sendable {
        var label: String
        var severityClass: String
        var count: Int
        var kinds: [Kind]
    }

    /// One kind of problem: a check that failed or a diagnostic code, and the reports having it.
    struct Kind: Sendable {
        var code: String
        var name: String
        /// Empty for a diagnostic, whose name is already its explanation.
        var explanation: String
        var hasExplanation: Bool
        var howToFix: String
        var count: Int
        var reports: [Link]
    }

    /// A file that could not be read at all.
    struct SkippedFile: Sendable {
        var path: String
        var message: String
    }

    /// The page; with `withEntries` false, its per-report list is left empty (`hasEntries` still
    /// says whether there is one): `stream` makes the list a part at a time.
    init(corpus: Corpus, skipped: [(String, Diagnostic)], site: SiteContext, withEntries: Bool = true) {
        let path = SiteRoutes.quality
        shell = PageShell(path: path, title: "数据质量", description: "各报告未通过的核验与解析中发现的问题", breadcrumbs: [("数据质量", path)], site: site)
        entries = withEntries ? corpus.reports.indices.compactMap { Self.entry($0, of: corpus) } : []
        hasEntries = withEntries ? !entries.isEmpty : corpus.reports.contains(where: Self.hasProblems)
        severities = Self.severityGroups(corpus: corpus, from: path)
        hasSeverities = !severities.isEmpty
        self.skipped = skipped.map { SkippedFile(path: $0.0, message: $0.1.message) }
        hasSkipped = !self.skipped.isEmpty
    }
}

extension QualityPage {
    /// Whether a report is listed: it failed a check or has a diagnostic above a note.
    static func hasProblems(_ report: Report) -> Bool {
        report.checks.contains { $0.status == .fail } || report.diagnostics.contains { $0.severity != .note }
    }

    /// The list entry of the report at `index`: its failed checks and its diagnostics above a
    /// note; nil when it has none.
    static func entry(_ index: Int, of corpus: Corpus) -> Entry? {
        let path = SiteRoutes.quality
        let report = corpus.reports[index]
        let failed = report.checks.filter { $0.status == .fail }
        let diagnostics = report.diagnostics.filter { $0.severity != .note }
        guard !failed.isEmpty || !diagnostics.isEmpty else { return nil }
        let reportPath = SiteRoutes.report(corpus.placements[index], in: corpus)
        let township = corpus.townships[corpus.placements[index].townshipIndex]
        return Entry(title: "\(township.name) \(Display.year(report.metadata.year))", href: SiteRoutes.link(from: path, to: reportPath),
                     source: report.path, checks: failed.map {
                         CheckView($0, format: report.format, reportPath: reportPath, from: path,
                                   comparison: TextComparisonPage.path(for: $0, of: index, in: corpus))
                     },
                     diagnostics: diagnostics.map(DiagnosticView.init))
    }

    /// Every failed check and every diagnostic above a note (notes' diagnostics are left to the
    /// report pages, as in the per-report list) grouped by severity, then by kind; a kind's count
    /// is its problems, its reports listed once each in corpus order.
    static func severityGroups(corpus: Corpus, from path: String) -> [SeverityGroup] {
        struct Key: Hashable { var severity: Diagnostic.Severity; var code: String; var isCheck: Bool }
        var counts: [Key: Int] = [:]
        var reports: [Key: [Int]] = [:]
        for (index, report) in corpus.reports.enumerated() {
            let keys = report.checks.filter { $0.status == .fail }.map { Key(severity: $0.severity, code: $0.id.rawValue, isCheck: true) }
                + report.diagnostics.filter { $0.severity != .note }.map { Key(severity: $0.severity, code: $0.code, isCheck: false) }
            for key in keys {
                counts[key, default: 0] += 1
                if reports[key]?.last != index { reports[key, default: []].append(index) }
            }
        }
        let labels: [(Diagnostic.Severity, String)] = [(.error, "错误"), (.warning, "警告"), (.note, "提示")]
        return labels.compactMap { severity, label in
            let keys = counts.keys.filter { $0.severity == severity }
                .sorted { (counts[$0] ?? 0, $1.code) > (counts[$1] ?? 0, $0.code) }
            guard !keys.isEmpty else { return nil }
            let kinds = keys.map { key in
                let advice = DiagnosticAdvice.advice(for: key.code)
                let check = CheckID(key.code)
                return Kind(code: key.code, name: key.isCheck ? check.name : advice.explanation,
                            explanation: key.isCheck ? check.explanation : "", hasExplanation: key.isCheck,
                            howToFix: key.isCheck ? check.howToFix : advice.howToFix, count: counts[key] ?? 0,
                            reports: (reports[key] ?? []).map { index in
                                let township = corpus.townships[corpus.placements[index].townshipIndex]
                                return Link(text: "\(township.name) \(Display.year(corpus.reports[index].metadata.year))",
                                            href: SiteRoutes.link(from: path, to: SiteRoutes.report(corpus.placements[index], in: corpus)), current: false)
                            })
            }
            return SeverityGroup(label: label, severityClass: severity.rawValue, count: kinds.reduce(0) { $0 + $1.count }, kinds: kinds)
        }
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
