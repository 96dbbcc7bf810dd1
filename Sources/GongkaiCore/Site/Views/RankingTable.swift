import Foundation

/// A year's ranking: one row per report of the year (every township and organ), the figures
/// people compare as columns, in a default order that needs no script (new requests, most
/// first). The same rows are the page's table and its CSV download, so the two cannot differ.
///
/// Unknown is 未知 in both, never 0, and sorts after every number in either direction (rank.js
/// does the same in the browser). A report whose hard checks (V1–V5, errors: the form's own
/// identities) failed is marked, since one of its numbers is wrong and may be the one ranked.
struct RankingTable: Sendable {
    /// A column of figures: its heading (the CSV's header too) and how to read it from a report.
    struct Column: Sendable {
        var heading: String
        var key: String
        var value: @Sendable (Report) -> Decimal?
    }

    /// One report.
    struct Row: Sendable {
        /// The township's (or organ's) name as the portal lists it.
        var name: String
        /// The county, or 县（区）不明.
        var county: String
        /// The report page, relative to the site root.
        var report: String
        /// The published id (`data/reports/<id>.json`).
        var id: String
        /// One value per column, nil when unknown.
        var values: [Decimal?]
        /// The hard checks that failed (V1…), empty when none did.
        var failedChecks: [CheckID]
        /// Whether some hard check could not be run because an input is unknown.
        var uncheckable: Bool

        /// What the 核验 column says: the failed hard checks, else whether they passed.
        var checkText: String {
            if !failedChecks.isEmpty { return "未通过 " + failedChecks.map(\.rawValue).joined(separator: "、") }
            return uncheckable ? "无法核对" : "通过"
        }
    }

    /// The figure columns, in order: 表三 totals, 表四 totals, 表二 fees (万元).
    static let columns: [Column] = [
        Column(heading: "新收申请", key: "newReceived") { KeyFigure.newReceived.value(in: $0) },
        Column(heading: "予以公开", key: "granted") { KeyFigure.granted.value(in: $0) },
        Column(heading: "部分公开", key: "partiallyGranted") { KeyFigure.partiallyGranted.value(in: $0) },
        Column(heading: "不予公开", key: "denied") { KeyFigure.denied.value(in: $0) },
        Column(heading: "无法提供", key: "unavailable") { KeyFigure.unavailable.value(in: $0) },
        Column(heading: "不予处理", key: "rejected") { KeyFigure.rejected.value(in: $0) },
        Column(heading: "行政复议", key: "review") { KeyFigure.review.value(in: $0) },
        Column(heading: "行政诉讼", key: "litigation") { KeyFigure.litigation.value(in: $0) },
        Column(heading: "收费（万元）", key: "fees") { KeyFigure.fees.value(in: $0) },
    ]

    /// The text headings of the name, county and check columns around the figures.
    static let nameHeading = "乡镇（机关）"
    static let countyHeading = "县（区）"
    static let checkHeading = "表格核验"

    /// Rows per page: one table up to this many reports, pages only past it.
    static let pageSize = 500

    var year: Int
    /// Every report of the year, in the default order.
    var rows: [Row]

    /// The ranking of `year` in `corpus`.
    init(year: Int, corpus: Corpus) {
        self.year = year
        rows = corpus.reportIndexes(year: year).map { index in
            let placement = corpus.placements[index]
            let township = corpus.townships[placement.townshipIndex]
            // The report and its checks read in place (a copy of each retained every field).
            var failed = Set<CheckID>()
            var uncheckable = false
            let checks = corpus.reports[index].checks
            for check in checks.indices where checks[check].severity == .error {
                if checks[check].status == .fail { failed.insert(checks[check].id) }
                if checks[check].status == .unknown { uncheckable = true }
            }
            return Row(name: township.name, county: township.county ?? "县（区）不明",
                       report: SiteRoutes.report(placement, in: corpus), id: placement.id,
                       values: Self.columns.map { $0.value(corpus.reports[index]) },
                       failedChecks: failed.sorted(), uncheckable: uncheckable)
        }
        rows.sort(by: Self.defaultOrder)
    }

    /// New requests, most first; unknown last; then county and name, so the order is total.
    static func defaultOrder(_ a: Row, _ b: Row) -> Bool {
        switch (a.values[0], b.values[0]) {
        case let (x?, y?) where x != y: return x > y
        case (.some, nil): return true
        case (nil, .some): return false
        default: return (a.county, a.name, a.id) < (b.county, b.name, b.id)
        }
    }

    /// How many pages the ranking fills.
    var pageCount: Int { Self.pageCount(rows.count) }

    /// How many pages a ranking of `reports` rows fills (at least one).
    static func pageCount(_ reports: Int) -> Int { max(1, (reports + pageSize - 1) / pageSize) }

    /// The rows on page `page` (1-based).
    func rows(page: Int) -> ArraySlice<Row> {
        rows.dropFirst((page - 1) * Self.pageSize).prefix(Self.pageSize)
    }

    /// The headings of every column, as the table and the CSV show them.
    static var headings: [String] { [nameHeading, countyHeading] + columns.map(\.heading) + [checkHeading] }

    /// The texts of one row, as the table shows them (未知 for unknown).
    static func texts(of row: Row) -> [String] {
        [row.name, row.county] + row.values.map(Display.number) + [row.checkText]
    }

    /// The whole ranking as CSV: UTF-8 with BOM and CRLF like the other open data, header in
    /// Chinese, exactly the table's texts (未知 written out, so a spreadsheet cannot read it as 0).
    var csv: String {
        ReportCSV.document([Self.headings] + rows.map(Self.texts))
    }

    /// The table of page `page` as HTML, links relative to the page at `path`. Each number cell
    /// carries its value for sorting (`data-sort`, empty for unknown); headers are buttons only
    /// once rank.js runs, so without it the table is plain and in its default order. A failed
    /// report's row has class `check-failed` (the theme marks its name); the 核验 column says why.
    func html(page: Int, from path: String) -> String {
        var out = "<div class=\"table-wrap\" role=\"region\" aria-labelledby=\"ranking-caption\" tabindex=\"0\">\n"
        out += "<table id=\"ranking\" class=\"ranking\">\n<caption id=\"ranking-caption\">"
        out += HTMLText.escape("\(year)年各乡镇（机关）政府信息公开数字排名（默认按新收申请从多到少）") + "</caption>\n<thead><tr>"
        out += "<th scope=\"col\" data-sort-type=\"text\">" + Self.nameHeading + "</th>"
        out += "<th scope=\"col\" data-sort-type=\"text\">" + Self.countyHeading + "</th>"
        for (index, column) in Self.columns.enumerated() {
            out += "<th scope=\"col\" data-sort-type=\"number\" data-key=\"\(column.key)\""
            out += index == 0 ? " aria-sort=\"descending\">" : ">"
            out += HTMLText.escape(column.heading) + "</th>"
        }
        out += "<th scope=\"col\" data-sort-type=\"text\">" + Self.checkHeading + "</th></tr></thead>\n<tbody>"
        for row in rows(page: page) {
            let failed = !row.failedChecks.isEmpty
            out += failed ? "<tr class=\"check-failed\">" : "<tr>"
            out += "<th scope=\"row\"><a href=\"" + SiteRoutes.link(from: path, to: row.report) + "\">" + HTMLText.escape(row.name) + "</a>"
            out += "</th><td>" + HTMLText.escape(row.county) + "</td>"
            for (value, column) in zip(row.values, Self.columns) {
                // Each number can be cited: its id is the report's and the figure's, as on other pages.
                let id = HTMLText.escape(row.id + "-" + column.key)
                if let value {
                    out += "<td id=\"\(id)\" class=\"number\" data-sort=\"\(value.text)\">" + value.text
                } else {
                    out += "<td id=\"\(id)\" class=\"number unknown\" data-sort=\"\">未知"
                }
                out += TableCellView.citeLink(to: row.id + "-" + column.key) + "</td>"
            }
            out += (failed ? "<td class=\"has-failures\">" : "<td>") + HTMLText.escape(row.checkText) + "</td></tr>\n"
        }
        out += "</tbody>\n</table>\n</div>\n"
        return out
    }
}
