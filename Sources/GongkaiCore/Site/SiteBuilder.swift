/// One file of the built site: its path under the site folder and its bytes.
public struct SiteFile: Sendable, Hashable {
    /// The path relative to the site folder, `/`-separated.
    public var path: String
    /// The contents.
    public var bytes: [UInt8]

    /// Creates a file.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    /// A text file, UTF-8.
    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }
}

/// Builds every file of the portal from a corpus and a theme: pages, open data, sitemap, feed,
/// assets. Pure: the same corpus and theme give the same files, byte for byte.
public enum SiteBuilder {
    /// Every file of the site, sorted by path.
    public static func files(corpus: Corpus, skipped: [(String, Diagnostic)], theme: ThemeFiles, site: SiteContext) throws(Diagnostic) -> [SiteFile] {
        let renderer = try PageRenderer(theme: theme)
        var files: [SiteFile] = []
        func page(_ path: String, _ template: String, _ view: Any) throws(Diagnostic) {
            files.append(SiteFile(path: path, text: try renderer.render(view, template: template)))
        }
        try page(SiteRoutes.home, "home", HomePage(corpus: corpus, site: site))
        for index in corpus.reports.indices {
            try page(SiteRoutes.report(corpus.placements[index], in: corpus), "report", ReportPage(index: index, corpus: corpus, site: site))
        }
        for index in corpus.townships.indices {
            try page(SiteRoutes.township(corpus.townships[index]), "township", TownshipPage(townshipIndex: index, corpus: corpus, site: site))
            try page(SiteRoutes.townshipChanges(corpus.townships[index]), "compare-township", TownshipChangesPage(townshipIndex: index, corpus: corpus, site: site))
        }
        for index in corpus.counties.indices {
            try page(SiteRoutes.county(corpus.counties[index]), "county", CountyPage(countyIndex: index, corpus: corpus, site: site))
        }
        for year in corpus.years {
            let count = corpus.reportIndexes(year: year).count
            for number in 1...Pagination.pageCount(count) {
                try page(SiteRoutes.year(year, page: number), "year", YearPage(year: year, page: number, corpus: corpus, site: site))
            }
            let comparisonPages = count <= YearComparisonPage.columnLimit ? 1 : Pagination.pageCount(count)
            for number in 1...comparisonPages {
                try page(SiteRoutes.yearComparison(year, page: number), "compare-year", YearComparisonPage(year: year, page: number, corpus: corpus, site: site))
            }
        }
        try page(SiteRoutes.compare, "compare", CompareIndexPage(corpus: corpus, site: site))
        for (a, b) in CompareIndexPage.pairs(in: corpus) {
            try page(SiteRoutes.pair(corpus.placements[a], corpus.placements[b]), "compare-pair", PairPage(a, b, corpus: corpus, site: site))
        }
        try page(SiteRoutes.quality, "quality", QualityPage(corpus: corpus, skipped: skipped, site: site))
        try page(SiteRoutes.notFound, "404", NotFoundPage(site: site))

        let pages = files.map(\.path).filter { $0 != SiteRoutes.notFound }
        files += openData(corpus)
        files.append(SiteFile(path: SiteRoutes.sitemap, text: SiteFeeds.sitemap(pages: pages, baseURL: site.baseURL)))
        files.append(SiteFile(path: SiteRoutes.feed, text: SiteFeeds.atom(title: site.name, entries: feedEntries(corpus), baseURL: site.baseURL)))
        for (path, bytes) in theme.assets { files.append(SiteFile(path: path, bytes: bytes)) }
        return files.sorted { $0.path < $1.path }
    }

    /// `data/reports.json`, `data/reports.csv`, and each report's JSON and CSV.
    static func openData(_ corpus: Corpus) -> [SiteFile] {
        var files = [
            SiteFile(path: SiteRoutes.reportsJSON, text: JSONValue.array(corpus.reports.map(\.json)).serialized() + "\n"),
            SiteFile(path: SiteRoutes.reportsCSV, text: ReportCSV.table(corpus.reports.indices.map { (corpus.placements[$0].id, corpus.reports[$0]) })),
        ]
        for (index, report) in corpus.reports.enumerated() {
            files.append(SiteFile(path: SiteRoutes.reportJSON(corpus.placements[index]), text: report.json.serialized() + "\n"))
            files.append(SiteFile(path: SiteRoutes.reportCSV(corpus.placements[index]), text: ReportCSV.cells(of: report)))
        }
        return files
    }

    /// One feed entry per report, newest year first; the date is the publication date or, when
    /// the report prints none, the first day of the year after the one reported on.
    static func feedEntries(_ corpus: Corpus) -> [SiteFeeds.Entry] {
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
