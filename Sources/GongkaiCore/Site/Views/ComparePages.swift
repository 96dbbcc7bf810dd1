import Foundation

/// The comparison pages: all townships of a year side by side, a township year over year with
/// the changes, any two reports side by side, and the index that leads to them.
struct YearComparisonPage: Sendable {
    var shell: PageShell
    var year: Int
    var table: TableView
    var pagination: Pagination
    /// The year's ranking page, which lists the same reports sortable, with its CSV.
    var ranking: String

    /// Up to this many townships stand side by side as columns; more are listed as rows, paginated.
    static let columnLimit = 8

    init(year: Int, page: Int, corpus: Corpus, site: SiteContext) {
        let path = SiteRoutes.yearComparison(year, page: page)
        self.year = year
        let indexes = corpus.reportIndexes(year: year)
        shell = PageShell(path: path, title: "\(year)年各乡镇对比", description: "\(year)年各乡镇政府信息公开关键数字并列对比",
                          breadcrumbs: [("对比", SiteRoutes.compare), ("\(year)年", path)], site: site)
        ranking = SiteRoutes.link(from: path, to: SiteRoutes.year(year))
        let name = { (index: Int) in corpus.townships[corpus.placements[index].townshipIndex].name }
        // Each township's name links its report of the year.
        let report = { (index: Int) in SiteRoutes.link(from: path, to: SiteRoutes.report(corpus.placements[index], in: corpus)) }
        if indexes.count <= Self.columnLimit {
            table = FigureTable.byFigure(caption: "\(year)年各乡镇关键数字", id: "compare",
                                         columns: indexes.map { FigureTable.Column(label: name($0), report: corpus.reports[$0]) }, changes: false,
                                         links: indexes.map(report))
            pagination = Pagination(page: 1, count: 1, from: path) { SiteRoutes.yearComparison(year, page: $0) }
        } else {
            let slice = Array(indexes.dropFirst((page - 1) * Pagination.pageSize).prefix(Pagination.pageSize))
            let head = [TableRowView(cells: [.heading("乡镇", scope: "col")] + KeyFigure.compared.map { .heading($0.label, scope: "col") })]
            let body = slice.map { index in
                TableRowView(cells: [.heading(name(index), scope: "row", link: report(index))] + KeyFigure.compared.map { figure in
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
        let columns = township.reportIndexes.map { FigureTable.Column(label: Display.year(corpus.reports[$0].metadata.year), report: corpus.reports[$0]) }
        table = FigureTable.byFigure(caption: "\(township.name)关键数字逐年变化", id: "changes", columns: columns, changes: true)
        let formats = Set(columns.compactMap(\.format))
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
                                     columns: [FigureTable.Column(label: label(a), report: corpus.reports[a]), FigureTable.Column(label: label(b), report: corpus.reports[b])],
                                     changes: true)
    }
}

/// The comparison index: year rankings and comparisons, township changes, pre-built pairs, and
/// the picker of any two reports, whose choice lives in the URL (`compare/?a=ID&b=ID`) so a
/// comparison can be shared and cited. The page holds no list of reports: the picker fetches
/// `data/compare-index.json` when it is used, so the page stays the same size at 10,000
/// reports; compare.js then fetches the two reports' JSON and shows their figures and the change.
struct CompareIndexPage: Sendable {
    var shell: PageShell
    var years: [Link]
    var rankings: [Link]
    var townships: [Link]
    var hasTownships: Bool
    var townshipCount: Int
    var pairs: [Link]
    var hasPairs: Bool
    var script: String
    var dataRoot: String
    var index: String
    /// The reports the pickers start on: two different ones (the newest report and the same
    /// township's year before, when there is one), empty when the portal has fewer than two.
    var defaultA: String
    var defaultB: String
    var defaultLabelA: String
    var defaultLabelB: String
    /// The compared figures for compare.js: `[[key, label, comparable across formats], …]`.
    var figures: String

    /// Pairs are pre-built while there are at most this many.
    static let pairLimit = 45
    /// Townships are listed by name up to this many; past it their own pages link their changes.
    static let townshipListLimit = 100

    init(corpus: Corpus, site: SiteContext) {
        let path = SiteRoutes.compare
        shell = PageShell(path: path, title: "对比", description: "按年份、按乡镇或任选两份报告对比", breadcrumbs: [("对比", path)], site: site)
        years = corpus.years.map { Link(text: "\($0)年各乡镇对比", href: SiteRoutes.link(from: path, to: SiteRoutes.yearComparison($0))) }
        rankings = corpus.years.map { Link(text: "\($0)年排名", href: SiteRoutes.link(from: path, to: SiteRoutes.year($0))) }
        let repeated = corpus.townships.filter { $0.reportIndexes.count > 1 }
        townshipCount = repeated.count
        hasTownships = !repeated.isEmpty && repeated.count <= Self.townshipListLimit
        townships = hasTownships ? repeated.map {
            Link(text: "\($0.name)逐年对比", href: SiteRoutes.link(from: path, to: SiteRoutes.townshipChanges($0)))
        } : []
        pairs = Self.pairs(in: corpus).map { a, b in
            Link(text: "\(Self.label(a, in: corpus)) 与 \(Self.label(b, in: corpus))",
                 href: SiteRoutes.link(from: path, to: SiteRoutes.pair(corpus.placements[a], corpus.placements[b])))
        }
        hasPairs = !pairs.isEmpty
        script = SiteRoutes.link(from: path, to: SiteRoutes.compareScript)
        dataRoot = SiteRoutes.root(from: path)
        index = SiteRoutes.link(from: path, to: SiteRoutes.compareIndex)
        let start = Self.defaultPair(in: corpus)
        defaultA = start.map { corpus.placements[$0.0].id } ?? ""
        defaultB = start.map { corpus.placements[$0.1].id } ?? ""
        defaultLabelA = start.map { Self.label($0.0, in: corpus) } ?? ""
        defaultLabelB = start.map { Self.label($0.1, in: corpus) } ?? ""
        figures = JSONValue.array((KeyFigure.compared + [.fees]).map { figure in
            .array([.string(figure.rawValue), .string(figure.label), .bool(figure.comparableAcrossFormats)])
        }).compactSerialized()
    }

    /// How the picker names a report: township and year.
    static func label(_ index: Int, in corpus: Corpus) -> String {
        "\(corpus.townships[corpus.placements[index].townshipIndex].name) \(Display.year(corpus.reports[index].metadata.year))"
    }

    /// The pair the pickers start on: the newest report of the first township with two years
    /// and the year before it; else the first two reports; nil with fewer than two.
    static func defaultPair(in corpus: Corpus) -> (Int, Int)? {
        if let township = corpus.townships.first(where: { $0.reportIndexes.count > 1 }) {
            let sorted = township.reportIndexes.sorted { (corpus.reports[$0].metadata.year ?? 0) < (corpus.reports[$1].metadata.year ?? 0) }
            return (sorted[sorted.count - 1], sorted[sorted.count - 2])
        }
        return corpus.reports.count > 1 ? (0, 1) : nil
    }

    /// The picker's index: `{"townships": [[name, county or null, slug, [segment, …]], …]}` —
    /// a report's id is `<slug>-<segment>` and its page `reports/<slug>/<segment>/` (`SiteRoutes`),
    /// so each report costs only its segment (`2022`, `2022-2`, `unknown-year`): about 15 bytes a
    /// report, since it is the only list of reports a browser downloads to pick from.
    static func index(of corpus: Corpus) -> String {
        JSONValue.object([("townships", .array(corpus.townships.map { township in
            .array([.string(township.name), .string(township.county), .string(township.slug),
                    .array(township.reportIndexes.map { .string(corpus.placements[$0].segment) })])
        }))]).compactSerialized() + "\n"
    }

    /// Every pair of reports when there are few enough, else none (the picker serves).
    static func pairs(in corpus: Corpus) -> [(Int, Int)] {
        let count = corpus.reports.count
        guard count * (count - 1) / 2 <= pairLimit else { return [] }
        return (0..<count).flatMap { a in ((a + 1)..<count).map { (a, $0) } }
    }
}
