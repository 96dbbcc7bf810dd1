import Foundation

/// Every kind of file of the portal, reports first (they are what a reader waits for). A new
/// page type is one entry here (its route in `SiteRoutes`), its template in the theme, and its
/// view model in `Views/` with a `+Template.swift` adapter.
extension PageKind {
    public static let all: [PageKind] = pages + files + [sitemap]

    /// The kinds the build writes last, as its `feeds` step: they list the other files.
    static let feedNames: Set<String> = ["feed", "sitemap"]

    /// The kinds made of other files of the same step (`AssembledKind`): `reports.json` reuses
    /// each report's JSON file, `cells.csv` each report's CSV file.
    static let assembled: Set<String> = Set(AssembledKind.all.map(\.name))

    /// The pages, each rendered from a view model with a template.
    static let pages: [PageKind] = [
        reportPages,
        .single("home", template: "home", path: SiteRoutes.home) { b in HomePage(corpus: b.corpus, site: b.site) },
        .single("compare", template: "compare", path: SiteRoutes.compare) { b in CompareIndexPage(corpus: b.corpus, site: b.site) },
        .singleStreamed("quality", template: "quality", path: SiteRoutes.quality,
                        view: { b in QualityPage(corpus: b.corpus, skipped: b.skipped, site: b.site) },
                        produce: { b, stream throws(Diagnostic) in try QualityPage.stream(b, template: "quality", into: stream) }),
        .single("404", template: "404", path: SiteRoutes.notFound) { b in NotFoundPage(site: b.site) },
        .single("township-index", template: "townships", path: SiteRoutes.townshipIndex) { b in TownshipIndexPage(corpus: b.corpus, site: b.site) },
        .page("search", template: "search", items: { $0.site.search ? [0] : [] }, path: { _, _ in SiteRoutes.search },
              view: { _, b in SearchPage(site: b.site) }),
        .page("township", template: "township", items: { Array($0.corpus.townships.indices) },
              path: { index, b in SiteRoutes.township(b.corpus.townships[index]) }, reads: { .township($0) },
              view: { index, b in TownshipPage(townshipIndex: index, corpus: b.corpus, site: b.site) }),
        .page("township-changes", template: "compare-township", items: { Array($0.corpus.townships.indices) },
              path: { index, b in SiteRoutes.townshipChanges(b.corpus.townships[index]) }, reads: { .township($0) },
              view: { index, b in TownshipChangesPage(townshipIndex: index, corpus: b.corpus, site: b.site) }),
        .page("county", template: "county", items: { Array($0.corpus.counties.indices) },
              path: { index, b in SiteRoutes.county(b.corpus.counties[index]) }, reads: { .county($0) },
              view: { index, b in CountyPage(countyIndex: index, corpus: b.corpus, site: b.site) }),
        .page("year", template: "year", items: { b in
                  b.corpus.years.flatMap { year in (1...RankingTable.pageCount(b.corpus.reportIndexes(year: year).count)).map { (year, $0) } }
              },
              path: { item, _ in SiteRoutes.year(item.0, page: item.1) }, reads: { .year($0.0) },
              view: { item, b in YearPage(year: item.0, page: item.1, ranking: b.ranking(item.0), site: b.site) }),
        .page("year-comparison", template: "compare-year", items: { b in
                  b.corpus.years.flatMap { year in
                      let count = b.corpus.reportIndexes(year: year).count
                      return (1...(count <= YearComparisonPage.columnLimit ? 1 : Pagination.pageCount(count))).map { (year, $0) }
                  }
              },
              path: { item, _ in SiteRoutes.yearComparison(item.0, page: item.1) }, reads: { .year($0.0) },
              view: { item, b in YearComparisonPage(year: item.0, page: item.1, corpus: b.corpus, site: b.site) }),
        .page("pair", template: "compare-pair", items: { CompareIndexPage.pairs(in: $0.corpus) },
              path: { pair, b in SiteRoutes.pair(b.corpus.placements[pair.0], b.corpus.placements[pair.1]) }, reads: { .pair($0.0, $0.1) },
              view: { pair, b in PairPage(pair.0, pair.1, corpus: b.corpus, site: b.site) }),
        .page("text-comparison", template: "compare-text", items: { TextComparisonPage.pairs(in: $0.corpus) },
              path: { pair, b in SiteRoutes.textComparison(b.corpus.placements[pair.0], b.corpus.placements[pair.1]) }, reads: { .pair($0.0, $0.1) },
              view: { pair, b in TextComparisonPage(pair.0, pair.1, corpus: b.corpus, site: b.site) }),
    ]

    /// Each report's page.
    static let reportPages = reportPages(of: { Array($0.corpus.reports.indices) })

    /// The pages of the reports at the indexes `items` gives: what `serve` writes first after an edit.
    static func reportPages(of items: @escaping @Sendable (SiteBuilder) -> [Int]) -> PageKind {
        PageKind.page("report", template: "report", items: items,
                      path: { index, b in SiteRoutes.report(b.corpus.placements[index], in: b.corpus) }, reads: { .report($0) },
                      view: { index, b in ReportPage(index: index, corpus: b.corpus, site: b.site) })
    }

    /// The files that are not pages: originals, open data, the feed, the theme's assets.
    static let files: [PageKind] = [
        .file("original", items: { Array($0.corpus.reports.indices) },
              path: { index, b in SiteRoutes.original(b.corpus.placements[index], report: b.corpus.reports[index], in: b.corpus) }, reads: { .report($0) },
              make: { index, path, b in
                  let report = b.corpus.reports[index]
                  return SiteFile(path: path, original: SiteFile.Original(source: report.path, sha256: report.sha256))
              }),
        .file("report-json", items: { Array($0.corpus.reports.indices) },
              path: { index, b in SiteRoutes.reportJSON(b.corpus.placements[index]) }, reads: { .report($0) },
              make: { index, path, b in SiteFile(path: path, bytes: b.reportJSON(index, newline: true)) }),
        .file("report-csv", items: { Array($0.corpus.reports.indices) },
              path: { index, b in SiteRoutes.reportCSV(b.corpus.placements[index]) }, reads: { .report($0) },
              make: { index, path, b in SiteFile(path: path, bytes: ReportCSV.cellsUTF8(of: b.corpus.reports[index])) }),
        // Every report's JSON in one array, never kept whole (at 100,000 reports it is
        // gigabytes): `AssembledKind.reportsJSON`.
        .streamed("reports-json", path: SiteRoutes.reportsJSON) { b, stream throws(Diagnostic) in try AssembledKind.reportsJSON.produce(b, into: stream) },
        // Each report's line is shared with its year's CSV (`SiteBuilder.wideRows`): made once.
        .streamed("reports-csv", path: SiteRoutes.reportsCSV) { b, stream throws(Diagnostic) in
            try ReportCSV.table(count: b.corpus.reports.count, id: { b.corpus.placements[$0].id }, report: { b.corpus.reports[$0] },
                                shared: { b.wideRows.line($0, shared: b.corpus.reports[$0].metadata.year != nil, make: $1) }, emit: stream.write)
        },
        // Every report's cells in one long CSV: `AssembledKind.cellsCSV`.
        .streamed("cells-csv", path: SiteRoutes.cellsCSV) { b, stream throws(Diagnostic) in try AssembledKind.cellsCSV.produce(b, into: stream) },
        .single("datapackage", path: SiteRoutes.dataPackage) { b in OpenDataPackage.descriptor(site: b.site, years: b.corpus.years) },
        .single("feed", path: SiteRoutes.feed) { b in
            SiteFeeds.atom(title: b.site.name, entries: b.feedEntries(limit: b.site.feedEntries), baseURL: b.site.baseURL, limit: b.site.feedEntries)
        },
        .streamed("year-csv", items: { $0.corpus.years }, path: { year, _ in SiteRoutes.data + ReportCSV.yearPath(year) }, reads: { .year($0) },
                  produce: { year, b, stream throws(Diagnostic) in
                      let indexes = b.corpus.reportIndexes(year: year)
                      try ReportCSV.table(count: indexes.count, id: { b.corpus.placements[indexes[$0]].id }, report: { b.corpus.reports[indexes[$0]] },
                                          chinese: true, shared: { b.wideRows.line(indexes[$0], make: $1) }, emit: stream.write)
                  }),
        .file("ranking-csv", items: { $0.corpus.years }, path: { year, _ in SiteRoutes.rankingCSV(year) }, reads: { .year($0) },
              make: { year, path, b in SiteFile(path: path, text: b.ranking(year).csv) }),
        .single("compare-index", path: SiteRoutes.compareIndex) { b in CompareIndexPage.index(of: b.corpus) },
        // The old 50-per-page year lists' `page-N/` past the ranking's pages: each now a page that
        // sends the reader on to the ranking, so old links keep working. Not a page of the portal:
        // not in the sitemap, linked from nowhere.
        .file("year-moved", items: { b in
                  b.corpus.years.flatMap { year in
                      let count = b.corpus.reportIndexes(year: year).count
                      return (1...Pagination.pageCount(count)).filter { $0 > RankingTable.pageCount(count) }.map { (year, $0) }
                  }
              },
              path: { item, _ in SiteRoutes.year(item.0, page: item.1) },
              make: { item, path, b in
                  SiteFile(path: path, text: MovedPage.html(title: "\(item.0)年排名", to: SiteRoutes.link(from: path, to: SiteRoutes.year(item.0)), site: b.site))
              }),
        .file("asset", items: { $0.theme.assets.keys.sorted() }, path: { name, _ in name },
              make: { name, path, b in SiteFile(path: path, bytes: b.theme.assets[name] ?? []) }),
    ]

    /// `sitemap.xml` (and its parts past 50,000 pages), listing every page of the other kinds but
    /// the 404 page.
    static let sitemap = PageKind.file("sitemap", items: { b in
        // Only `pages` kinds make pages (a `file` or `streamed` kind's jobs never are), so the
        // other kinds' jobs (originals, open data: half of them) are not made again here.
        let pages = PageKind.pages.flatMap { $0.jobs(b) }.filter(\.isPage).map(\.path).filter { $0 != SiteRoutes.notFound }
        return SiteFeeds.sitemaps(pages: pages, baseURL: b.site.baseURL).map { SitemapPart(path: $0.path, text: $0.text) }
    }, path: { part, _ in part.path }, make: { part, path, _ in SiteFile(path: path, text: part.text) })

    private struct SitemapPart: Sendable {
        let path: String
        let text: String
    }
}
