/// The page of a township: every year's report, its key figures over the years as a table and
/// charts, and each year's check results.
struct TownshipPage: Sendable {
    var shell: PageShell
    var name: String
    var county: Link?
    var reports: [ReportLink]
    var figures: TableView
    var charts: [FigureView]
    var changes: String

    /// A report in a list, with its check summary.
    struct ReportLink: Sendable {
        var year: String
        var href: String
        var format: String
        var failed: [CheckView]
        var checkSummary: String
        var hasFailures: Bool
    }

    init(townshipIndex: Int, corpus: Corpus, site: SiteContext) {
        let township = corpus.townships[townshipIndex]
        let path = SiteRoutes.township(township)
        name = township.name
        var crumbs: [(String, String)] = []
        let countyModel = corpus.counties.first { $0.name == township.county }
        if let countyModel { crumbs.append((countyModel.name, SiteRoutes.county(countyModel))) }
        crumbs.append((township.name, path))
        shell = PageShell(path: path, title: township.name, description: "\(township.name)历年政府信息公开工作年度报告与关键数字",
                          breadcrumbs: crumbs, site: site)
        county = countyModel.map { Link(text: $0.name, href: SiteRoutes.link(from: path, to: SiteRoutes.county($0))) }
        let indexes = township.reportIndexes
        reports = indexes.map { index in
            let report = corpus.reports[index]
            let reportPath = SiteRoutes.report(corpus.placements[index], in: corpus)
            let href = SiteRoutes.link(from: path, to: reportPath)
            let failed = report.checks.filter { $0.status == .fail }.map {
                CheckView($0, format: report.format, reportPath: reportPath, from: path, plain: PlainCheck.sentences($0, report: report),
                          comparison: TextComparisonPage.path(for: $0, of: index, in: corpus), base: href)
            }
            return ReportLink(year: Display.year(report.metadata.year), href: href,
                              format: report.format.map { "\($0.rawValue)年格式" } ?? "无表格", failed: failed,
                              checkSummary: CheckSummary(report).text, hasFailures: !failed.isEmpty)
        }
        let columns = indexes.map { FigureTable.Column(label: Display.year(corpus.reports[$0].metadata.year), report: corpus.reports[$0]) }
        figures = FigureTable.byFigure(caption: "\(township.name)历年关键数字", id: "figures", columns: columns, changes: false)
        let years = columns.map(\.label)
        // The charts' figures are those of `KeyFigure.compared`, read once for the table; any
        // other is read from its report.
        let series = { (figures: [KeyFigure]) in
            figures.map { figure in
                ChartSeries(name: figure.label, values: columns.indices.map { columns[$0].read(figure) ?? figure.value(in: corpus.reports[indexes[$0]]) })
            }
        }
        charts = [
            FigureView(ChartSpec(title: "\(township.name)：收到的申请", categories: years, series: series([.newReceived, .carriedOver]), unit: "件"),
                       id: "chart-requests", draw: BarChart.svgBytes),
            FigureView(ChartSpec(title: "\(township.name)：申请的办理结果", categories: years, series: series(KeyFigure.handling), unit: "件"),
                       id: "chart-handling", draw: StackedBarChart.svgBytes),
            FigureView(ChartSpec(title: "\(township.name)：主动公开的行政决定", categories: years, series: series([.licensing, .punishment, .coercion]), unit: "件"),
                       id: "chart-decisions", draw: LineChart.svgBytes),
            FigureView(ChartSpec(title: "\(township.name)：行政复议和行政诉讼", categories: years, series: series([.review, .litigation]), unit: "件"),
                       id: "chart-review", draw: BarChart.svgBytes),
        ]
        changes = SiteRoutes.link(from: path, to: SiteRoutes.townshipChanges(township))
    }
}
