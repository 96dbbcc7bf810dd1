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
        (root, nav) = Self.navigation(from: path, search: site.search)
        self.description = description
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

extension PageShell {
    /// The main navigation's pages: none in a folder below another (`navigation`'s cache
    /// relies on it).
    static func navigationTargets(search: Bool) -> [(text: String, path: String)] {
        search ? targetsWithSearch : targetsWithoutSearch
    }

    /// The two lists `navigationTargets` gives, made once: every page asks for one.
    private static let targetsWithSearch = makeNavigationTargets(search: true)
    private static let targetsWithoutSearch = makeNavigationTargets(search: false)

    private static func makeNavigationTargets(search: Bool) -> [(text: String, path: String)] {
        [("首页", SiteRoutes.home), ("乡镇索引", SiteRoutes.townshipIndex)] + (search ? [("搜索", SiteRoutes.search)] : [])
            + [("对比", SiteRoutes.compare), ("数据质量", SiteRoutes.quality), ("开放数据", SiteRoutes.home + "#open-data")]
    }

    /// The root prefix and the main navigation of the page at `path`, as `uncachedNavigation`
    /// makes them, kept per (number of folders, first folder, search): with every target at
    /// most one folder deep, `SiteRoutes.link` from a plain path (ASCII and CJK ideographs,
    /// split on its bytes) reads only how many folders it has and whether the first is the
    /// target's, and `root` only how many. The navigation's links were a third of a report
    /// page's shell. A page that is itself a target (its link marked current), or whose path
    /// is not plain, is made on its own. (`PageShellTests` compares the two.)
    static func navigation(from path: String, search: Bool) -> (root: String, nav: [Link]) {
        let bytes = Array(path.utf8)
        guard SiteRoutes.isPlain(bytes), !navigationTargets(search: search).contains(where: { $0.path == path }) else {
            return uncachedNavigation(from: path, search: search)
        }
        let slashes = bytes.split(separator: UInt8(ascii: "/"))
        let key = NavigationKey(folders: slashes.count - 1, first: slashes.count > 1 ? String(decoding: slashes[0], as: UTF8.self) : "", search: search)
        if let known = navigationCache.value(for: key) { return known }
        let made = uncachedNavigation(from: path, search: search)
        navigationCache.store(made, for: key)
        return made
    }

    /// The root prefix and the main navigation of the page at `path`, made link by link.
    static func uncachedNavigation(from path: String, search: Bool) -> (root: String, nav: [Link]) {
        (SiteRoutes.root(from: path),
         navigationTargets(search: search).map { Link(text: $0.text, href: SiteRoutes.link(from: path, to: $0.path), current: $0.path == path) })
    }

    struct NavigationKey: Hashable {
        var folders: Int
        var first: String
        var search: Bool
    }

    /// The navigation made so far, by key: a few dozen entries (depths times first folders).
    final class NavigationCache: @unchecked Sendable {
        private let lock = NSLock()
        private var entries: [NavigationKey: (root: String, nav: [Link])] = [:]

        func value(for key: NavigationKey) -> (root: String, nav: [Link])? {
            lock.withLock { entries[key] }
        }

        func store(_ value: (root: String, nav: [Link]), for key: NavigationKey) {
            lock.withLock { entries[key] = value }
        }
    }

    static let navigationCache = NavigationCache()
}

/// A link on a page.
struct Link: Sendable, Hashable {
    var text: String
    var href: String
    var current: Bool = false
}
