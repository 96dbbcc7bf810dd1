/// The page of a county: its townships and which years each has reported.
struct CountyPage: Sendable {
    var shell: PageShell
    var name: String
    var townshipCount: Int
    var coverage: CoverageMatrix

    init(countyIndex: Int, corpus: Corpus, site: SiteContext) {
        let county = corpus.counties[countyIndex]
        let path = SiteRoutes.county(county)
        name = county.name
        townshipCount = county.townshipIndexes.count
        shell = PageShell(path: path, title: county.name, description: "\(county.name)各乡镇政府信息公开工作年度报告",
                          breadcrumbs: [(county.name, path)], site: site)
        coverage = CoverageMatrix(townships: county.townshipIndexes, corpus: corpus, from: path)
    }
}
