import Foundation

/// The page of one report: its six sections in order with tables 2–4 in the official layout,
/// the 数据核验 panel, and links to its data, township, year and neighbouring years.
struct ReportPage: Sendable {
    var shell: PageShell
    var heading: String
    var organ: String
    var township: Link
    var county: Link?
    var year: Link?
    var format: String
    var published: String
    var source: String
    /// The report's official page, from front matter `source:`; nil when not given.
    var officialPage: String?
    var sha256: String
    /// The link to the original file published beside the page, with its format and size.
    var original: Original
    var previous: Link?
    var next: Link?
    var json: String
    var csv: String
    var preamble: String
    var sections: [SectionView]
    /// Every check, in id order (kept for themes); the default theme shows them split below.
    var checks: [CheckView]
    /// Failed checks, shown open; checks that could not be made and passed checks, each folded.
    var failedChecks: [CheckView]
    var unknownChecks: [CheckView]
    var passedChecks: [CheckView]
    var failedCount: Int
    var unknownCount: Int
    var passedCount: Int
    /// Every check passed: the panel says 全部核验通过 in one line.
    var allPassed: Bool
    var hasFailures: Bool
    var hasUnknown: Bool
    /// `2 项未通过，1 项因数字未知无法核对，9 项通过。`, naming only counts above zero.
    var checkSummary: String
    /// This year's key figures with last year's and the change (`ReportKeyFigures`).
    var keyFigures: TableView
    /// The table of contents: the check panel, the six sections, the three tables.
    var contents: [Link]
    var diagnostics: [DiagnosticView]
    var hasDiagnostics: Bool
    var diagnosticCount: Int

    /// The original file: link, format (文本/网页/Word/PDF by the file's extension) and size.
    struct Original: Sendable {
        var href: String
        var format: String
        var size: String

        init(href: String, report: Report) {
            self.href = href
            format = switch FileExtension.of(report.path).lowercased() {
            case "html", "htm": "网页"
            case "docx", "doc", "wps": "Word"
            case "pdf": "PDF"
            default: "文本"
            }
            size = report.byteCount.map(Self.size) ?? "大小未知"
        }

        /// A size as a reader reads it: `812 字节`, `12.3 KB`, `1.4 MB` (1 KB = 1024 字节).
        static func size(_ bytes: Int) -> String {
            if bytes < 1024 { return "\(bytes) 字节" }
            if bytes < 1024 * 1024 { return tenths(bytes, per: 1024) + " KB" }
            return tenths(bytes, per: 1024 * 1024) + " MB"
        }

        /// `String(format: "%.1f", Double(bytes) / Double(unit))` for a power-of-two `unit`, in
        /// integers (Foundation's formatter was a tenth of a report page's view model): the
        /// quotient is exact in binary, and printf rounds a tie to even (`ReportPageTests`
        /// compares the two).
        static func tenths(_ bytes: Int, per unit: Int) -> String {
            let scaled = bytes * 10
            var tenths = scaled / unit
            let rest = scaled % unit
            if rest * 2 > unit || (rest * 2 == unit && tenths % 2 == 1) { tenths += 1 }
            return "\(tenths / 10).\(tenths % 10)"
        }
    }

    /// One of the six sections: heading, narrative HTML, its table.
    struct SectionView: Sendable {
        var id: String
        var heading: String
        var missing: Bool
        var html: String
        /// The section's table (2, 3 or 4), made a `TableView` when a template asks for `table`.
        var official: OfficialTable?
        var table: TableView? { official?.view }
        var tableMissing: String?
    }

    init(index: Int, corpus: Corpus, site: SiteContext) {
        let report = corpus.withText(index)
        let placement = corpus.placements[index]
        let township = corpus.townships[placement.townshipIndex]
        let path = SiteRoutes.report(placement, in: corpus)
        let yearText = Display.year(report.metadata.year)
        heading = "\(report.metadata.organ ?? township.name)\(yearText)政府信息公开工作年度报告"
        var crumbs: [(String, String)] = []
        // Looked up once: a name compared with every county's.
        let countyModel = corpus.counties.first { $0.name == township.county }
        if let countyModel { crumbs.append((countyModel.name, SiteRoutes.county(countyModel))) }
        crumbs.append((township.name, SiteRoutes.township(township)))
        crumbs.append((yearText, path))
        shell = PageShell(path: path, title: heading, description: "\(township.name)\(yearText)政府信息公开工作年度报告全文、表格与数据核验",
                          breadcrumbs: crumbs, site: site)
        organ = report.metadata.organ ?? "原文未写明"
        self.township = Link(text: township.name, href: SiteRoutes.link(from: path, to: SiteRoutes.township(township)))
        county = countyModel.map { Link(text: $0.name, href: SiteRoutes.link(from: path, to: SiteRoutes.county($0))) }
        year = report.metadata.year.map { Link(text: "\($0)年", href: SiteRoutes.link(from: path, to: SiteRoutes.year($0))) }
        format = report.format.map { "\($0.rawValue)年格式" } ?? "无表格"
        published = report.metadata.published ?? "原文未写明"
        source = report.path
        officialPage = report.metadata.source
        sha256 = report.sha256
        original = Original(href: SiteRoutes.link(from: path, to: SiteRoutes.original(placement, report: report, in: corpus)), report: report)
        let siblings = township.reportIndexes
        let position = siblings.firstIndex(of: index)
        func neighbour(_ offset: Int) -> Link? {
            guard let position, siblings.indices.contains(position + offset) else { return nil }
            let other = siblings[position + offset]
            return Link(text: Display.year(corpus.reports[other].metadata.year),
                        href: SiteRoutes.link(from: path, to: SiteRoutes.report(corpus.placements[other], in: corpus)))
        }
        previous = neighbour(-1)
        next = neighbour(1)
        json = SiteRoutes.link(from: path, to: SiteRoutes.reportJSON(placement))
        csv = SiteRoutes.link(from: path, to: SiteRoutes.reportCSV(placement))

        preamble = MarkdownRenderer.html(report.preamble.markdown)
        let tables = OfficialTables(report: report)
        sections = (1...6).map { number in
            let section = report.section(number)
            var table: OfficialTable?
            var tableMissing: String?
            switch number {
            case 2: table = report.table2.map { OfficialTable(kind: .table2($0), tables: tables) }; tableMissing = table == nil ? "原文缺少表二，其中的数字均为未知。" : nil
            case 3: table = report.table3.map { OfficialTable(kind: .table3($0), tables: tables) }; tableMissing = table == nil ? "原文缺少表三，其中的数字均为未知。" : nil
            case 4: table = report.table4.map { OfficialTable(kind: .table4($0), tables: tables) }; tableMissing = table == nil ? "原文缺少表四，其中的数字均为未知。" : nil
            default: break
            }
            return SectionView(id: "section-\(number)", heading: section?.heading ?? Section.officialHeading(number),
                               missing: section == nil, html: section.map { MarkdownRenderer.html($0.narrative.markdown) } ?? "",
                               official: table, tableMissing: tableMissing)
        }
        let selfLink = SiteRoutes.link(from: path, to: path)
        checks = report.checks.map {
            CheckView($0, format: report.format, reportPath: path, from: path, plain: PlainCheck.sentences($0, report: report),
                      comparison: TextComparisonPage.path(for: $0, of: index, in: corpus), base: selfLink)
        }
        failedChecks = checks.filter { $0.statusClass == CheckResult.Status.fail.rawValue }
        unknownChecks = checks.filter { $0.statusClass == CheckResult.Status.unknown.rawValue }
        passedChecks = checks.filter { $0.statusClass == CheckResult.Status.pass.rawValue }
        failedCount = failedChecks.count
        unknownCount = unknownChecks.count
        passedCount = passedChecks.count
        allPassed = !checks.isEmpty && passedCount == checks.count
        hasFailures = failedCount > 0
        hasUnknown = unknownCount > 0
        checkSummary = [(failedCount, "项未通过"), (unknownCount, "项因数字未知无法核对"), (passedCount, "项通过")]
            .filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }.joined(separator: "，") + "。"
        let lastYear = report.metadata.year.flatMap { year in
            siblings.first { $0 != index && corpus.reports[$0].metadata.year == year - 1 }.map { corpus.reports[$0] }
        }
        keyFigures = ReportKeyFigures.table(report: report, lastYear: lastYear)
        contents = [Link(text: "数据核验", href: "#verification")]
            + sections.flatMap { section -> [Link] in
                [Link(text: section.heading, href: "#" + section.id)] + (section.official.map { [Link(text: $0.caption, href: "#" + $0.id)] } ?? [])
            }
        diagnostics = report.diagnostics.map(DiagnosticView.init)
        hasDiagnostics = !diagnostics.isEmpty
        diagnosticCount = diagnostics.count
    }
}
