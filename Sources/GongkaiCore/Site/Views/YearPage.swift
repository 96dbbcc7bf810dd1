import Foundation

/// The page of a year: its ranking — one table of every township and organ that reported, the
/// figures people compare, sortable by any column (rank.js), in a default order without it —
/// with a CSV of exactly that table, and charts of the top townships and the distribution.
/// Paginated only past `RankingTable.pageSize` reports.
struct YearPage: Sendable {
    var shell: PageShell
    var year: Int
    var reportCount: Int
    var ranking: String
    var csv: String
    var pagination: Pagination
    var charts: [FigureView]
    var hasCharts: Bool
    /// Names the charted reports whose hard checks failed, in words, or says none did.
    var chartNote: String
    var comparison: String
    var script: String

    init(year: Int, page: Int, ranking: RankingTable, site: SiteContext) {
        let path = SiteRoutes.year(year, page: page)
        self.year = year
        reportCount = ranking.rows.count
        shell = PageShell(path: path, title: "\(year)年排名" + (page > 1 ? "（第\(page)页）" : ""),
                          description: "\(year)年各乡镇（机关）政府信息公开工作年度报告数字排名", breadcrumbs: [("\(year)年", SiteRoutes.year(year))], site: site)
        pagination = Pagination(page: page, count: ranking.pageCount, from: path) { SiteRoutes.year(year, page: $0) }
        self.ranking = ranking.html(page: page, from: path)
        csv = SiteRoutes.link(from: path, to: SiteRoutes.rankingCSV(year))
        let top = page == 1 ? Self.top(ranking) : []
        charts = page == 1 ? Self.charts(year: year, ranking: ranking, top: top) : []
        hasCharts = !charts.isEmpty
        let failed = top.filter { !$0.failedChecks.isEmpty }.map(\.name)
        chartNote = failed.isEmpty ? "图中各报告的表格核验都没有发现数字不符。"
            : "图中带 ⚠ 的报告表格核验未通过，其数字可能有误：" + failed.joined(separator: "、") + "。"
        comparison = SiteRoutes.link(from: path, to: SiteRoutes.yearComparison(year))
        script = SiteRoutes.link(from: path, to: SiteRoutes.rankScript)
    }

    /// The ten reports with the most new requests (the ranking's default order), unknown left out.
    static func top(_ ranking: RankingTable) -> [RankingTable.Row] {
        Array(ranking.rows.filter { $0.values[0] != nil }.prefix(10))
    }

    /// The top townships by new requests, a failed report's name marked ⚠ (in the SVG, its
    /// description and data table alike), and how new requests are distributed.
    private static func charts(year: Int, ranking: RankingTable, top: [RankingTable.Row]) -> [FigureView] {
        let topChart = FigureView(ChartSpec(title: "\(year)年新收申请最多的乡镇（前\(top.count)名）",
                                            categories: top.map { $0.failedChecks.isEmpty ? $0.name : $0.name + " ⚠" },
                                            series: [ChartSeries(name: "本年新收申请", values: top.map(\.values[0]))], unit: "件"),
                                  id: "chart-top", draw: HorizontalBarChart.svgBytes)
        let named = ranking.rows.map(\.values[0])
        let buckets: [(String, ClosedRange<Decimal>)] = [("0件", 0...0), ("1–5件", 1...5), ("6–20件", 6...20), ("21–100件", 21...100), ("100件以上", 101...Decimal.greatestFiniteMagnitude)]
        var counts = buckets.map { bucket in Decimal(named.count { $0.map(bucket.1.contains) ?? false }) }
        var categories = buckets.map(\.0)
        let unknown = named.count { $0 == nil }
        if unknown > 0 {
            categories.append("未知")
            counts.append(Decimal(unknown))
        }
        let distribution = FigureView(ChartSpec(title: "\(year)年各乡镇新收申请数的分布", categories: categories,
                                                series: [ChartSeries(name: "乡镇数", values: counts)], unit: "个"),
                                      id: "chart-distribution", draw: BarChart.svgBytes)
        return [topChart, distribution]
    }
}

/// A page that moved: a year's `page-N/` of the old 50-per-page lists, now within the ranking.
/// A static host cannot answer 301, so the page refreshes to the new place at once and links it;
/// it is not a page of the portal (`PageKind` "year-moved"), so not in the sitemap.
enum MovedPage {
    /// The whole document, theme-independent; `to` is relative to the moved page.
    static func html(title: String, to target: String, site: SiteContext) -> String {
        let href = HTMLText.escape(target)
        return """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex">
        <meta http-equiv="refresh" content="0; url=\(href)">
        <link rel="canonical" href="\(href)">
        <title>\(HTMLText.escape(title)) · \(HTMLText.escape(site.name))</title>
        </head>
        <body>
        <main>
        <h1>此页已移动</h1>
        <p>内容已并入<a href="\(href)">\(HTMLText.escape(title))</a>。</p>
        </main>
        </body>
        </html>

        """
    }
}
