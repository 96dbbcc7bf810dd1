/// The comparison pages: all townships of a year side by side, a township year over year with
/// the changes, any two reports side by side, and the index that leads to them.
struct YearComparisonPage: Sendable {
    var shell: PageShell
    var year: Int
    var table: TableView
    var pagination: Pagination

    /// Up to this many townships stand side by side as columns; more are listed as rows, paginated.
    static let columnLimit = 8

    init(year: Int, page: Int, corpus: Corpus, site: SiteContext) {
        let path = SiteRoutes.yearComparison(year, page: page)
        self.year = year
        let indexes = corpus.reportIndexes(year: year)
        shell = PageShell(path: path, title: "\(year)年各乡镇对比", description: "\(year)年各乡镇政府信息公开关键数字并列对比",
                          breadcrumbs: [("对比", SiteRoutes.compare), ("\(year)年", path)], site: site)
        let name = { (index: Int) in corpus.townships[corpus.placements[index].townshipIndex].name }
        if indexes.count <= Self.columnLimit {
            table = FigureTable.byFigure(caption: "\(year)年各乡镇关键数字", id: "compare",
                                         columns: indexes.map { (name($0), corpus.reports[$0]) }, changes: false)
            pagination = Pagination(page: 1, count: 1, from: path) { SiteRoutes.yearComparison(year, page: $0) }
        } else {
            let slice = Array(indexes.dropFirst((page - 1) * Pagination.pageSize).prefix(Pagination.pageSize))
            let head = [TableRowView(cells: [.heading("乡镇", scope: "col")] + KeyFigure.compared.map { .heading($0.label, scope: "col") })]
            let body = slice.map { index in
                TableRowView(cells: [.heading(name(index), scope: "row")] + KeyFigure.compared.map { figure in
                    let value = figure.value(in: corpus.reports[index])
                    return .data(Display.number(value), classes: value == nil ? "number unknown" : "number")
                })
            }
            table = TableView(caption: "\(year)年各乡镇关键数字", id: "compare", head: head, body: body)
            pagination = Pagination(page: page, count: Pagination.pageCount(indexes.count), from: path) { SiteRoutes.yearComparison(year, page: $0) }
        }
    }
}

/// A township year over year, with the change from each year to the next.
struct TownshipChangesPage: Sendable {
    var shell: PageShell
    var name: String
    var township: String
    var table: TableView
    var formatNote: String?

    init(townshipIndex: Int, corpus: Corpus, site: SiteContext) {
        let township = corpus.townships[townshipIndex]
        let path = SiteRoutes.townshipChanges(township)
        name = township.name
        self.township = SiteRoutes.link(from: path, to: SiteRoutes.township(township))
        shell = PageShell(path: path, title: "\(township.name)逐年对比", description: "\(township.name)政府信息公开关键数字逐年变化",
                          breadcrumbs: [("对比", SiteRoutes.compare), (township.name, path)], site: site)
        let reports = township.reportIndexes.map { corpus.reports[$0] }
        table = FigureTable.byFigure(caption: "\(township.name)关键数字逐年变化", id: "changes",
                                     columns: reports.map { (Display.year($0.metadata.year), $0) }, changes: true)
        let formats = Set(reports.compactMap(\.format))
        formatNote = formats.count > 1 ? "这些报告用了两种格式（2019 年试行格式与 2021 年格式）：表二的行政许可等数字口径不同，跨格式的变化仅供参考。" : nil
    }
}

/// Two reports side by side.
struct PairPage: Sendable {
    var shell: PageShell
    var left: Link
    var right: Link
    var table: TableView

    init(_ a: Int, _ b: Int, corpus: Corpus, site: SiteContext) {
        let path = SiteRoutes.pair(corpus.placements[a], corpus.placements[b])
        let label = { (index: Int) in
            "\(corpus.townships[corpus.placements[index].townshipIndex].name) \(Display.year(corpus.reports[index].metadata.year))"
        }
        shell = PageShell(path: path, title: "\(label(a)) 与 \(label(b))", description: "两份报告关键数字并列对比",
                          breadcrumbs: [("对比", SiteRoutes.compare), ("\(label(a)) 与 \(label(b))", path)], site: site)
        left = Link(text: label(a), href: SiteRoutes.link(from: path, to: SiteRoutes.report(corpus.placements[a], in: corpus)))
        right = Link(text: label(b), href: SiteRoutes.link(from: path, to: SiteRoutes.report(corpus.placements[b], in: corpus)))
        table = FigureTable.byFigure(caption: "\(label(a)) 与 \(label(b))", id: "pair",
                                     columns: [(label(a), corpus.reports[a]), (label(b), corpus.reports[b])], changes: true)
    }
}

/// The comparison index: year comparisons, township changes, pre-built pairs and the picker.
struct CompareIndexPage: Sendable {
    var shell: PageShell
    var years: [Link]
    var townships: [Link]
    var pairs: [Link]
    var hasPairs: Bool
    var options: [Option]
    var script: String
    var dataRoot: String

    /// A report in the picker.
    struct Option: Sendable {
        var id: String
        var label: String
        var json: String
        var page: String
    }

    /// Pairs are pre-built while there are at most this many.
    static let pairLimit = 45

    init(corpus: Corpus, site: SiteContext) {
        let path = SiteRoutes.compare
        shell = PageShell(path: path, title: "对比", description: "按年份、按乡镇或任选两份报告对比", breadcrumbs: [("对比", path)], site: site)
        years = corpus.years.map { Link(text: "\($0)年各乡镇对比", href: SiteRoutes.link(from: path, to: SiteRoutes.yearComparison($0))) }
        townships = corpus.townships.filter { $0.reportIndexes.count > 1 }.map {
            Link(text: "\($0.name)逐年对比", href: SiteRoutes.link(from: path, to: SiteRoutes.townshipChanges($0)))
        }
        pairs = Self.pairs(in: corpus).map { a, b in
            Link(text: "\(corpus.townships[corpus.placements[a].townshipIndex].name) \(Display.year(corpus.reports[a].metadata.year)) 与 \(corpus.townships[corpus.placements[b].townshipIndex].name) \(Display.year(corpus.reports[b].metadata.year))",
                 href: SiteRoutes.link(from: path, to: SiteRoutes.pair(corpus.placements[a], corpus.placements[b])))
        }
        hasPairs = !pairs.isEmpty
        options = corpus.reports.indices.map { index in
            let placement = corpus.placements[index]
            return Option(id: placement.id,
                          label: "\(corpus.townships[placement.townshipIndex].name) \(Display.year(corpus.reports[index].metadata.year))",
                          json: SiteRoutes.link(from: path, to: SiteRoutes.reportJSON(placement)),
                          page: SiteRoutes.link(from: path, to: SiteRoutes.report(placement, in: corpus)))
        }
        script = SiteRoutes.link(from: path, to: SiteRoutes.compareScript)
        dataRoot = SiteRoutes.root(from: path)
    }

    /// Every pair of reports when there are few enough, else none (the picker serves).
    static func pairs(in corpus: Corpus) -> [(Int, Int)] {
        let count = corpus.reports.count
        guard count * (count - 1) / 2 <= pairLimit else { return [] }
        return (0..<count).flatMap { a in ((a + 1)..<count).map { (a, $0) } }
    }
}
