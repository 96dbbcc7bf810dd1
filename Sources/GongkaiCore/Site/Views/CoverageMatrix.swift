/// Which township has a report for which year: a matrix of links and gaps.
struct CoverageMatrix: Sendable {
    var years: [String]
    var rows: [Row]

    struct Row: Sendable {
        var township: Link
        var county: String
        var cells: [Entry]
    }

    struct Entry: Sendable {
        var href: String?
        var text: String
        /// What the link opens, for screen readers: “鲁河镇2021年报告”.
        var name: String
        var present: Bool
    }

    init(townships: [Int], corpus: Corpus, from path: String) {
        years = corpus.years.map { "\($0)" }
        rows = townships.map { townshipIndex in
            let township = corpus.townships[townshipIndex]
            let cells = corpus.years.map { year -> Entry in
                guard let index = township.reportIndexes.first(where: { corpus.reports[$0].metadata.year == year }) else {
                    return Entry(href: nil, text: "缺", name: "", present: false)
                }
                return Entry(href: SiteRoutes.link(from: path, to: SiteRoutes.report(corpus.placements[index], in: corpus)), text: "有", name: "\(township.name)\(year)年报告", present: true)
            }
            return Row(township: Link(text: township.name, href: SiteRoutes.link(from: path, to: SiteRoutes.township(township))),
                       county: township.county ?? "", cells: cells)
        }
    }
}
