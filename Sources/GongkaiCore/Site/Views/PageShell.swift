import Foundation

/// What every page shares: title, the way back to the site root, navigation, breadcrumbs.
struct PageShell: Sendable {
    /// The page title (the site name is added by the template).
    var title: String
    /// The site name.
    var siteName: String
    /// The relative prefix to the site root, e.g. `../../`.
    var root: String
    /// The main navigation.
    var nav: [Link]
    /// Where the page sits, from home; empty on the home page.
    var breadcrumbs: [Link]
    /// Whether there are breadcrumbs to show.
    var hasBreadcrumbs: Bool
    /// A one-line description for `<meta name="description">`.
    var description: String

    /// Creates the shell of the page at `path`.
    init(path: String, title: String, description: String, breadcrumbs: [(String, String)], site: SiteContext) {
        self.title = title
        self.siteName = site.name
        self.root = SiteRoutes.root(from: path)
        self.description = description
        self.nav = [("首页", SiteRoutes.home), ("对比", SiteRoutes.compare), ("数据质量", SiteRoutes.quality), ("开放数据", SiteRoutes.home + "#open-data")]
            .map { Link(text: $0.0, href: SiteRoutes.link(from: path, to: $0.1), current: $0.1 == path) }
        self.breadcrumbs = breadcrumbs.isEmpty ? [] : ([("首页", SiteRoutes.home)] + breadcrumbs).enumerated().map { index, crumb in
            Link(text: crumb.0, href: SiteRoutes.link(from: path, to: crumb.1), current: index == breadcrumbs.count)
        }
        hasBreadcrumbs = !breadcrumbs.isEmpty
    }
}

/// A link on a page.
struct Link: Sendable, Hashable {
    var text: String
    var href: String
    var current: Bool = false
}

/// Settings of the portal that views need.
public struct SiteContext: Sendable {
    /// The portal's name.
    public var name: String
    /// The absolute URL the site is published at, ending in `/` (for the sitemap and the feed).
    public var baseURL: String
    /// How many of the latest reports the Atom feed lists.
    public var feedEntries: Int

    /// Creates a context; the base URL percent-encoded by `BaseURL.parse` (one it refuses is
    /// kept as given: `PortalBuild.run` refuses it before anything is written).
    public init(name: String = "政府信息公开工作年度报告", baseURL: String = "http://127.0.0.1:8000/", feedEntries: Int = 100) {
        self.name = name
        self.feedEntries = feedEntries
        self.baseURL = (try? BaseURL.parse(baseURL)) ?? (baseURL.hasSuffix("/") ? baseURL : baseURL + "/")
    }
}

/// How numbers read on pages: unknown is 未知, never 0.
enum Display {
    /// A number, or 未知.
    static func number(_ value: Decimal?) -> String {
        guard let value else { return "未知" }
        return value.text
    }

    /// A change between two years, signed, or empty when either is unknown.
    static func change(from old: Decimal?, to new: Decimal?) -> String {
        guard let old, let new else { return "" }
        let delta = new - old
        return delta > 0 ? "+" + delta.text : delta == 0 ? "±0" : delta.text
    }

    /// The Chinese name of a cell's reason for being unknown.
    static func reason(_ status: Cell.Status) -> String {
        switch status {
        case .printed: "原文印有数字"
        case .blank: "原文此格空白"
        case .dash: "原文此格为符号"
        case .unreadable: "原文此格不是数字"
        case .missing: "原文缺少此格"
        }
    }

    /// A year label.
    static func year(_ year: Int?) -> String {
        year.map { "\($0)年" } ?? "年份不明"
    }
}
