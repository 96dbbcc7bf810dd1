import Foundation

/// Makes every file of the portal from a corpus and a theme: pages, open data, sitemap, feed,
/// assets. Pure: the same corpus and theme give the same files, byte for byte, and each file
/// can be made on its own, in any order, on any thread.
public struct SiteBuilder: Sendable {
    public let corpus: Corpus
    public let skipped: [(String, Diagnostic)]
    public let theme: ThemeFiles
    public let site: SiteContext
    private let renderer: PageRenderer
    /// Each year's ranking, made once on first use: a year's pages and its CSV share it.
    private let rankings: LazySlots<RankingTable>
    /// The lines `reports.csv` and the years' CSVs share, each made once.
    let wideRows = ReportCSV.SharedRows()

    /// Prepares a build: parses the theme's templates (a broken one is an error at its line).
    /// `fragments`: see `PageRenderer.init(theme:fragments:)`.
    public init(corpus: Corpus, skipped: [(String, Diagnostic)], theme: ThemeFiles, site: SiteContext, fragments: Bool = true) throws(Diagnostic) {
        self.init(corpus: corpus, skipped: skipped, theme: theme, site: site, renderer: try PageRenderer(theme: theme, fragments: fragments))
    }

    /// Prepares a build with a renderer already made from `theme` (serve keeps one across
    /// rebuilds while the theme's templates stay the same: `IncrementalBuild.renderer(for:)`).
    init(corpus: Corpus, skipped: [(String, Diagnostic)], theme: ThemeFiles, site: SiteContext, renderer: PageRenderer) {
        self.corpus = corpus
        self.skipped = skipped
        self.theme = theme
        self.site = site
        self.renderer = renderer
        let years = corpus.years
        rankings = LazySlots(count: years.count) { [corpus] in RankingTable(year: years[$0], corpus: corpus) }
    }

    /// Every file to make, kind by kind in the order of `PageKind.all`: reports first (they are
    /// what a reader waits for).
    /// The kinds' lists are made on every core (the plan is a step of its own, serial before:
    /// 0.9 s at 60,000 reports), the sitemap's first, since it lists every page again and is
    /// about as long as all the others; then joined in the kinds' order.
    public var jobs: [SiteJob] {
        let kinds = PageKind.all
        let lists = ResultSlots<[SiteJob]>(count: kinds.count)
        DispatchQueue.concurrentPerform(iterations: kinds.count) { turn in
            let kind = (turn + kinds.count - 1) % kinds.count
            lists.set(kind, kinds[kind].jobs(self))
        }
        return lists.values.flatMap { $0 ?? [] }
    }

    /// Where a job's file goes in the site.
    public func path(of job: SiteJob) -> String { job.path }

    /// Makes one file.
    public func file(for job: SiteJob) throws(Diagnostic) -> SiteFile {
        try job.make(self)
    }

    /// Whether a job makes a page of the portal (an original HTML file is the organ's, not ours).
    public func isPage(_ job: SiteJob) -> Bool { job.isPage }

    /// The ranking of `year` (one of `corpus.years`; another year gets an empty ranking).
    func ranking(_ year: Int) -> RankingTable {
        guard let slot = corpus.years.firstIndex(of: year) else { return RankingTable(year: year, corpus: corpus) }
        return rankings.value(slot)
    }

    /// A view model rendered with one of the theme's templates.
    func render(_ view: Any, template: String) throws(Diagnostic) -> String {
        try renderer.render(view, template: template)
    }

    /// Whether pages of `template` are written whole without Mustache (`PageRenderer.writesWhole`).
    func writesWhole(_ template: String) -> Bool { renderer.writesWhole(template) }

    /// A page as UTF-8 (`PageRenderer.page`).
    func page(_ view: Any, template: String) throws(Diagnostic) -> [UInt8] {
        try renderer.page(view, template: template)
    }

    /// A report's JSON, UTF-8 (its own file, and its part of reports.json), made each time it
    /// is asked for: kept for every report it would grow the build's memory with the corpus.
    /// With `newline`, as its own file ends (one more byte, without copying the rest).
    func reportJSON(_ index: Int, newline: Bool = false) -> [UInt8] {
        // The text straight from the store's bytes when it is there (`jsonUTF8(stored:)`).
        var bytes = corpus.narratives?.storedSections(of: corpus.reports[index]).map { corpus.reports[index].jsonUTF8(indent: 2, stored: $0) }
            ?? corpus.withText(index).jsonUTF8(indent: 2)
        if newline { bytes.append(UInt8(ascii: "\n")) }
        return bytes
    }

    /// The feed's first `limit` entries of one per report, newest year first (by date, then by
    /// title; reports of the same both in corpus order); the date is the publication date or,
    /// when the report prints none, the first day of the year after the one reported on.
    ///
    /// Only the dates and titles of all reports are made to sort them; the path and the checks'
    /// summary only for the entries the feed shows (100 by default: making them for every report,
    /// to drop all but those, was nearly all of the feeds step, serial, at 30,000 reports).
    func feedEntries(limit: Int) -> [SiteFeeds.Entry] {
        let keys = corpus.reports.indices.map { index in
            let report = corpus.reports[index]
            let township = corpus.townships[corpus.placements[index].townshipIndex]
            let date = report.metadata.published ?? report.metadata.year.map { "\($0 + 1)-01-01" } ?? "1970-01-01"
            return (index: index, title: "\(township.name)\(Display.year(report.metadata.year))政府信息公开工作年度报告", updated: date + "T00:00:00Z")
        }.sorted { ($0.updated, $1.title) > ($1.updated, $0.title) }
        return keys.prefix(max(0, limit)).map { key in
            SiteFeeds.Entry(title: key.title, path: SiteRoutes.report(corpus.placements[key.index], in: corpus), updated: key.updated,
                            summary: CheckSummary(corpus.reports[key.index]).text)
        }
    }
}
