import Foundation

/// One file of the portal to make: the unit of parallel rendering.
public enum SiteJob: Sendable, Hashable {
    case home, compareIndex, quality, notFound, reportsJSON, reportsCSV, cellsCSV, dataPackage, sitemap, feed
    /// One year's reports as CSV with the forms' own headings.
    case yearCSV(Int)
    /// A sitemap of a portal too large for one: `sitemap-<n+1>.xml`, listed by `sitemap.xml`.
    case sitemapPart(Int)
    case report(Int), reportJSON(Int), reportCSV(Int)
    /// A report's original file, copied from the content folder by the build.
    case original(Int)
    case township(Int), townshipChanges(Int), county(Int)
    case year(Int, page: Int), yearComparison(Int, page: Int)
    case pair(Int, Int)
    /// Two reports' narratives side by side, the shared passages marked (B1, B2).
    case textComparison(Int, Int)
    case asset(String)
}

/// Makes every file of the portal from a corpus and a theme: pages, open data, sitemap, feed,
/// assets. Pure: the same corpus and theme give the same files, byte for byte, and each file
/// can be made on its own, in any order, on any thread.
public struct SiteBuilder: Sendable {
    public let corpus: Corpus
    public let skipped: [(String, Diagnostic)]
    public let theme: ThemeFiles
    public let site: SiteContext
    private let renderer: PageRenderer
    /// Each report's JSON, made once on first use: it is both the report's own file and part
    /// of reports.json.
    private let reportJSON: LazySlots<String>

    /// Prepares a build: parses the theme's templates (a broken one is an error at its line).
    public init(corpus: Corpus, skipped: [(String, Diagnostic)], theme: ThemeFiles, site: SiteContext) throws(Diagnostic) {
        self.corpus = corpus
        self.skipped = skipped
        self.theme = theme
        self.site = site
        renderer = try PageRenderer(theme: theme)
        let reports = corpus.reports
        reportJSON = LazySlots(count: reports.count) { reports[$0].json.serialized(indent: 2) }
    }

    /// Every file to make, reports first (they are what a reader waits for).
    public var jobs: [SiteJob] {
        var jobs: [SiteJob] = corpus.reports.indices.map { .report($0) }
        jobs += corpus.reports.indices.map { .original($0) }
        jobs += [.home, .compareIndex, .quality, .notFound]
        for index in corpus.townships.indices { jobs += [.township(index), .townshipChanges(index)] }
        jobs += corpus.counties.indices.map { .county($0) }
        for year in corpus.years {
            let count = corpus.reportIndexes(year: year).count
            jobs += (1...Pagination.pageCount(count)).map { .year(year, page: $0) }
            let comparisonPages = count <= YearComparisonPage.columnLimit ? 1 : Pagination.pageCount(count)
            jobs += (1...comparisonPages).map { .yearComparison(year, page: $0) }
        }
        jobs += CompareIndexPage.pairs(in: corpus).map { .pair($0.0, $0.1) }
        jobs += TextComparisonPage.pairs(in: corpus).map { .textComparison($0.0, $0.1) }
        jobs += corpus.reports.indices.flatMap { [SiteJob.reportJSON($0), .reportCSV($0)] }
        jobs += [.reportsJSON, .reportsCSV, .cellsCSV, .dataPackage, .feed]
        jobs += corpus.years.map { .yearCSV($0) }
        jobs += theme.assets.keys.sorted().map { .asset($0) }
        let sitemaps = sitemapFiles(pages: jobs)
        return jobs + [.sitemap] + (sitemaps.count > 1 ? (1..<sitemaps.count).map { .sitemapPart($0 - 1) } : [])
    }

    /// The sitemap files for the pages among `jobs` (not the 404 page).
    private func sitemapFiles(pages jobs: [SiteJob]) -> [(path: String, text: String)] {
        let pages = jobs.filter(isPage).map(path(of:)).filter { $0 != SiteRoutes.notFound }
        return SiteFeeds.sitemaps(pages: pages, baseURL: site.baseURL)
    }

    /// Where a job's file goes in the site.
    public func path(of job: SiteJob) -> String {
        switch job {
        case .home: SiteRoutes.home
        case .compareIndex: SiteRoutes.compare
        case .quality: SiteRoutes.quality
        case .notFound: SiteRoutes.notFound
        case .reportsJSON: SiteRoutes.reportsJSON
        case .reportsCSV: SiteRoutes.reportsCSV
        case .cellsCSV: SiteRoutes.cellsCSV
        case .dataPackage: SiteRoutes.dataPackage
        case .yearCSV(let year): SiteRoutes.data + ReportCSV.yearPath(year)
        case .sitemap: SiteRoutes.sitemap
        case .feed: SiteRoutes.feed
        case .sitemapPart(let index): "sitemap-\(index + 1).xml"
        case .report(let index): SiteRoutes.report(corpus.placements[index], in: corpus)
        case .reportJSON(let index): SiteRoutes.reportJSON(corpus.placements[index])
        case .reportCSV(let index): SiteRoutes.reportCSV(corpus.placements[index])
        case .original(let index): SiteRoutes.original(corpus.placements[index], report: corpus.reports[index], in: corpus)
        case .township(let index): SiteRoutes.township(corpus.townships[index])
        case .townshipChanges(let index): SiteRoutes.townshipChanges(corpus.townships[index])
        case .county(let index): SiteRoutes.county(corpus.counties[index])
        case .year(let year, let page): SiteRoutes.year(year, page: page)
        case .yearComparison(let year, let page): SiteRoutes.yearComparison(year, page: page)
        case .pair(let a, let b): SiteRoutes.pair(corpus.placements[a], corpus.placements[b])
        case .textComparison(let a, let b): SiteRoutes.textComparison(corpus.placements[a], corpus.placements[b])
        case .asset(let path): path
        }
    }

    /// Makes one file.
    public func file(for job: SiteJob) throws(Diagnostic) -> SiteFile {
        let path = path(of: job)
        func page(_ template: String, _ view: Any) throws(Diagnostic) -> SiteFile {
            SiteFile(path: path, text: try renderer.render(view, template: template))
        }
        switch job {
        case .home: return try page("home", HomePage(corpus: corpus, site: site))
        case .compareIndex: return try page("compare", CompareIndexPage(corpus: corpus, site: site))
        case .quality: return try page("quality", QualityPage(corpus: corpus, skipped: skipped, site: site))
        case .notFound: return try page("404", NotFoundPage(site: site))
        case .report(let index): return try page("report", ReportPage(index: index, corpus: corpus, site: site))
        case .township(let index): return try page("township", TownshipPage(townshipIndex: index, corpus: corpus, site: site))
        case .townshipChanges(let index): return try page("compare-township", TownshipChangesPage(townshipIndex: index, corpus: corpus, site: site))
        case .county(let index): return try page("county", CountyPage(countyIndex: index, corpus: corpus, site: site))
        case .year(let year, let number): return try page("year", YearPage(year: year, page: number, corpus: corpus, site: site))
        case .yearComparison(let year, let number):
            return try page("compare-year", YearComparisonPage(year: year, page: number, corpus: corpus, site: site))
        case .pair(let a, let b): return try page("compare-pair", PairPage(a, b, corpus: corpus, site: site))
        case .textComparison(let a, let b): return try page("compare-text", TextComparisonPage(a, b, corpus: corpus, site: site))
        case .reportJSON(let index): return SiteFile(path: path, text: reportJSON.value(index) + "\n")
        case .reportCSV(let index): return SiteFile(path: path, text: ReportCSV.cells(of: corpus.reports[index]))
        case .original(let index):
            let report = corpus.reports[index]
            return SiteFile(path: path, original: SiteFile.Original(source: report.path, sha256: report.sha256))
        case .reportsJSON:
            let all = corpus.reports.indices.map(reportJSON.value)
            return SiteFile(path: path, text: all.isEmpty ? "[]\n" : "[\n  " + all.joined(separator: ",\n  ") + "\n]\n")
        case .reportsCSV: return SiteFile(path: path, text: ReportCSV.table(identified(corpus.reports.indices)))
        case .cellsCSV: return SiteFile(path: path, text: ReportCSV.allCells(identified(corpus.reports.indices)))
        case .yearCSV(let year): return SiteFile(path: path, text: ReportCSV.table(identified(corpus.reportIndexes(year: year)), chinese: true))
        case .dataPackage: return SiteFile(path: path, text: OpenDataPackage.descriptor(site: site, years: corpus.years))
        case .sitemap, .sitemapPart:
            let file = sitemapFiles(pages: jobs).first { $0.path == path }
            return SiteFile(path: path, text: file?.text ?? "")
        case .feed:
            return SiteFile(path: path, text: SiteFeeds.atom(title: site.name, entries: feedEntries, baseURL: site.baseURL, limit: site.feedEntries))
        case .asset(let name): return SiteFile(path: path, bytes: theme.assets[name] ?? [])
        }
    }

    /// Whether a job makes a page of the portal (an original HTML file is the organ's, not ours).
    public func isPage(_ job: SiteJob) -> Bool {
        if case .original = job { return false }
        return path(of: job).hasSuffix(".html")
    }

    /// The reports at `indexes` with their published ids, for the open data.
    private func identified(_ indexes: some Sequence<Int>) -> [(id: String, report: Report)] {
        indexes.map { (corpus.placements[$0].id, corpus.reports[$0]) }
    }

    /// One feed entry per report, newest year first; the date is the publication date or, when
    /// the report prints none, the first day of the year after the one reported on.
    var feedEntries: [SiteFeeds.Entry] {
        corpus.reports.indices.map { index in
            let report = corpus.reports[index]
            let township = corpus.townships[corpus.placements[index].townshipIndex]
            let date = report.metadata.published ?? report.metadata.year.map { "\($0 + 1)-01-01" } ?? "1970-01-01"
            return SiteFeeds.Entry(title: "\(township.name)\(Display.year(report.metadata.year))政府信息公开工作年度报告",
                                   path: SiteRoutes.report(corpus.placements[index], in: corpus), updated: date + "T00:00:00Z",
                                   summary: CheckSummary(report).text)
        }.sorted { ($0.updated, $1.title) > ($1.updated, $0.title) }
    }
}
