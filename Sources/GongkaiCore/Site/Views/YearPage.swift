import Foundation

/// The page of a year: every township's report that year grouped by county, a comparison of the
/// key figures, and charts of the distribution and the top townships — readable with thousands.
struct YearPage: Sendable {
    var shell: PageShell
    var year: Int
    var reportCount: Int
    var groups: [Group]
    var pagination: Pagination
    var charts: [FigureView]
    var hasCharts: Bool
    var comparison: String
    var figureLabels: [String]

    /// The reports of one county on this page.
    struct Group: Sendable {
        var county: String
        var href: String?
        var rows: [Row]
    }

    /// One report in the year's list.
    struct Row: Sendable {
        var township: Link
        var report: Link
        var values: [ValueView]
        var checks: String
        var hasFailures: Bool
    }

    /// A number in a list; `id` (report id and figure, e.g. `刘楼镇-2022-newReceived`) makes it citable.
    struct ValueView: Sendable {
        var text: String
        var unknown: Bool
        var id: String
    }

    /// The figures listed for each report.
    static let listed: [KeyFigure] = [.newReceived, .resultsTotal, .granted, .licensing, .punishment, .review, .litigation]

    init(year: Int, page: Int, corpus: Corpus, site: SiteContext) {
        let path = SiteRoutes.year(year, page: page)
        let indexes = corpus.reportIndexes(year: year)
        self.year = year
        reportCount = indexes.count
        let pageCount = Pagination.pageCount(indexes.count)
        shell = PageShell(path: path, title: "\(year)年" + (page > 1 ? "（第\(page)页）" : ""),
                          description: "\(year)年各乡镇政府信息公开工作年度报告一览", breadcrumbs: [("\(year)年", SiteRoutes.year(year))], site: site)
        pagination = Pagination(page: page, count: pageCount, from: path) { SiteRoutes.year(year, page: $0) }
        figureLabels = Self.listed.map(\.label)
        let slice = indexes.dropFirst((page - 1) * Pagination.pageSize).prefix(Pagination.pageSize)
        var groups: [Group] = []
        for index in slice {
            let township = corpus.townships[corpus.placements[index].townshipIndex]
            let report = corpus.reports[index]
            let row = Row(township: Link(text: township.name, href: SiteRoutes.link(from: path, to: SiteRoutes.township(township))),
                          report: Link(text: "阅读报告", href: SiteRoutes.link(from: path, to: SiteRoutes.report(corpus.placements[index], in: corpus))),
                          values: Self.listed.map { figure in
                              let value = figure.value(in: report)
                              return ValueView(text: Display.number(value), unknown: value == nil,
                                               id: "\(corpus.placements[index].id)-\(figure.rawValue)")
                          },
                          checks: CheckSummary(report).text, hasFailures: report.checks.contains { $0.status == .fail })
            let countyName = township.county ?? "县（区）不明"
            if groups.last?.county == countyName {
                groups[groups.count - 1].rows.append(row)
            } else {
                let href = corpus.counties.first { $0.name == township.county }.map { SiteRoutes.link(from: path, to: SiteRoutes.county($0)) }
                groups.append(Group(county: countyName, href: href, rows: [row]))
            }
        }
        self.groups = groups
        charts = page == 1 ? Self.charts(year: year, indexes: indexes, corpus: corpus) : []
        hasCharts = !charts.isEmpty
        comparison = SiteRoutes.link(from: path, to: SiteRoutes.yearComparison(year))
    }

    /// The top townships by new requests, and how new requests are distributed.
    private static func charts(year: Int, indexes: [Int], corpus: Corpus) -> [FigureView] {
        let named = indexes.map { (corpus.townships[corpus.placements[$0].townshipIndex].name, KeyFigure.newReceived.value(in: corpus.reports[$0])) }
        let top = named.filter { $0.1 != nil }.sorted { ($0.1 ?? 0, $1.0) > ($1.1 ?? 0, $0.0) }.prefix(10)
        let topChart = FigureView(ChartSpec(title: "\(year)年新收申请最多的乡镇（前\(top.count)名）", categories: top.map(\.0),
                                            series: [ChartSeries(name: "本年新收申请", values: top.map(\.1))], unit: "件"),
                                  id: "chart-top", draw: HorizontalBarChart.svg)
        let buckets: [(String, ClosedRange<Decimal>)] = [("0件", 0...0), ("1–5件", 1...5), ("6–20件", 6...20), ("21–100件", 21...100), ("100件以上", 101...Decimal.greatestFiniteMagnitude)]
        var counts = buckets.map { bucket in Decimal(named.count { $0.1.map(bucket.1.contains) ?? false }) }
        var categories = buckets.map(\.0)
        let unknown = named.count { $0.1 == nil }
        if unknown > 0 {
            categories.append("未知")
            counts.append(Decimal(unknown))
        }
        let distribution = FigureView(ChartSpec(title: "\(year)年各乡镇新收申请数的分布", categories: categories,
                                                series: [ChartSeries(name: "乡镇数", values: counts)], unit: "个"),
                                      id: "chart-distribution", draw: BarChart.svg)
        return [topChart, distribution]
    }
}
