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
    /// The footer fields a government site must carry, from `gongkai.yaml`; nil when not configured.
    var organization: String?
    var contact: String?
    var siteCode: String?
    var icp: String?
    var policeFiling: String?
    /// The MIIT filing site the ICP number links to.
    var icpURL = SiteContext.icpFilingURL
    /// The public-security filing site's page for the 公安机关备案号.
    var policeFilingURL: String?
    /// Whether any filing number is configured (the filing line is left out otherwise).
    var hasFiling: Bool { siteCode != nil || icp != nil || policeFiling != nil }

    /// Creates the shell of the page at `path`.
    init(path: String, title: String, description: String, breadcrumbs: [(String, String)], site: SiteContext) {
        self.title = title
        self.siteName = site.name
        self.root = SiteRoutes.root(from: path)
        self.description = description
        self.nav = ([("首页", SiteRoutes.home), ("乡镇索引", SiteRoutes.townshipIndex)] + (site.search ? [("搜索", SiteRoutes.search)] : [])
                    + [("对比", SiteRoutes.compare), ("数据质量", SiteRoutes.quality), ("开放数据", SiteRoutes.home + "#open-data")])
            .map { Link(text: $0.0, href: SiteRoutes.link(from: path, to: $0.1), current: $0.1 == path) }
        self.breadcrumbs = breadcrumbs.isEmpty ? [] : ([("首页", SiteRoutes.home)] + breadcrumbs).enumerated().map { index, crumb in
            Link(text: crumb.0, href: SiteRoutes.link(from: path, to: crumb.1), current: index == breadcrumbs.count)
        }
        hasBreadcrumbs = !breadcrumbs.isEmpty
        organization = site.organization
        contact = site.contact
        siteCode = site.siteCode
        icp = site.icp
        policeFiling = site.policeFiling
        policeFilingURL = site.policeFiling.map(SiteContext.policeFilingURL)
    }
}

/// A link on a page.
struct Link: Sendable, Hashable {
    var text: String
    var href: String
    var current: Bool = false
}
