import Foundation

/// The home page: what the portal holds, the newest reports, coverage, headline figures, an
/// overview chart, and the open data.
struct HomePage: Sendable {
    var shell: PageShell
    var townshipCount: Int
    var countyCount: Int
    var yearCount: Int
    var reportCount: Int
    var newest: [Link]
    var years: [Link]
    var counties: [Link]
    var hasCounties: Bool
    var coverage: CoverageMatrix?
    var headline: TableView
    var overview: FigureView
    var data: [Link]
    var quality: Link
    var problemCount: Int

    /// The home page shows the whole coverage matrix up to this many townships; beyond, the
    /// county pages hold it.
    static let matrixLimit = 100

    init(corpus: Corpus, site: SiteContext) {
        let path = SiteRoutes.home
        shell = PageShell(path: path, title: site.name, description: site.description ?? "各乡镇政府信息公开工作年度报告：全文、表格、对比与数据核验",
                          breadcrumbs: [], site: site)
        townshipCount = corpus.townships.filter { $0.name != CorpusAssembler.unidentifiedTownship }.count  // not a place
        countyCount = corpus.counties.count
        yearCount = corpus.years.count
        reportCount = corpus.reports.count
        // The latest published first: by publication date, then (undated) by the year reported on.
        let newestIndexes = corpus.reports.indices.sorted { a, b in
            let (ra, rb) = (corpus.reports[a].metadata, corpus.reports[b].metadata)
            if (ra.published != nil) != (rb.published != nil) { return ra.published != nil }
            if let pa = ra.published, let pb = rb.published, pa != pb { return pa > pb }
            let (yearA, yearB) = (ra.year ?? 0, rb.year ?? 0)
            return yearA != yearB ? yearA > yearB : a < b
        }.prefix(10)
        newest = newestIndexes.map { index in
            let report = corpus.reports[index]
            let township = corpus.townships[corpus.placements[index].townshipIndex]
            let date = report.metadata.published.map { "，\($0) 发布" } ?? "，发布日期不明"
            return Link(text: "\(township.name)\(Display.year(report.metadata.year))报告\(date)",
                        href: SiteRoutes.link(from: path, to: SiteRoutes.report(corpus.placements[index], in: corpus)))
        }
        years = corpus.years.reversed().map { Link(text: "\($0)年", href: SiteRoutes.link(from: path, to: SiteRoutes.year($0))) }
        counties = corpus.counties.map { Link(text: $0.name, href: SiteRoutes.link(from: path, to: SiteRoutes.county($0))) }
        hasCounties = !counties.isEmpty
        coverage = corpus.townships.count <= Self.matrixLimit ? CoverageMatrix(townships: Array(corpus.townships.indices), corpus: corpus, from: path) : nil

        let figures: [KeyFigure] = [.newReceived, .resultsTotal, .granted, .licensing, .review, .litigation]
        let head = [TableRowView(cells: [.heading("年份", scope: "col"), .heading("报告数", scope: "col")] + figures.map { .heading($0.label + "（合计）", scope: "col") })]
        var totals: [[Decimal?]] = []
        let body = corpus.years.map { year -> TableRowView in
            let indexes = corpus.reportIndexes(year: year)
            var cells: [TableCellView] = [.heading("\(year)年", scope: "row"), .data("\(indexes.count)")]
            var row: [Decimal?] = []
            for figure in figures {
                let values = indexes.map { figure.value(in: corpus.reports[$0]) }
                let known = values.compactMap { $0 }
                let sum = known.reduce(Decimal(0), +)
                let unknown = values.count - known.count
                row.append(known.isEmpty ? nil : sum)
                cells.append(.data(known.isEmpty ? "未知" : "\(sum)" + (unknown > 0 ? "（另有\(unknown)份未知）" : ""),
                                   classes: known.isEmpty ? "number unknown" : "number"))
            }
            totals.append(row)
            return TableRowView(cells: cells)
        }
        headline = TableView(caption: "各年关键数字合计（未知的不计入合计，并注明份数）", id: "headline", head: head, body: body)
        overview = FigureView(ChartSpec(title: "各年新收申请与办理结果合计", categories: corpus.years.map { "\($0)年" },
                                        series: [ChartSeries(name: "本年新收申请", values: totals.map { $0[0] }),
                                                 ChartSeries(name: "办理结果总计", values: totals.map { $0[1] })], unit: "件"),
                              id: "chart-overview", draw: BarChart.svgBytes)
        data = [Link(text: "全部报告（JSON）", href: SiteRoutes.link(from: path, to: SiteRoutes.reportsJSON)),
                Link(text: "全部报告（CSV，一份报告一行）", href: SiteRoutes.link(from: path, to: SiteRoutes.reportsCSV)),
                Link(text: "全部单元格（CSV 长表，一格一行，含状态）", href: SiteRoutes.link(from: path, to: SiteRoutes.cellsCSV))]
            + corpus.years.map { Link(text: "\($0)年度（CSV，中文表头）", href: SiteRoutes.link(from: path, to: SiteRoutes.data + ReportCSV.yearPath($0))) }
            + [Link(text: "数据包说明（datapackage.json，Frictionless）", href: SiteRoutes.link(from: path, to: SiteRoutes.dataPackage)),
                Link(text: "Atom 订阅", href: SiteRoutes.link(from: path, to: SiteRoutes.feed))]
        quality = Link(text: "数据质量", href: SiteRoutes.link(from: path, to: SiteRoutes.quality))
        problemCount = corpus.reports.count { $0.checks.contains { $0.status == .fail } || $0.diagnostics.contains { $0.severity != .note } }
    }
}
