import Testing
@testable import GongkaiCore

/// The page shell's navigation, kept per depth and first folder, must be the navigation made
/// link by link for every page.
@Suite struct PageShellTests {
    @Test func cachedNavigationIsTheNavigationMadeLinkByLink() {
        var paths = [SiteRoutes.home, SiteRoutes.townshipIndex, SiteRoutes.search, SiteRoutes.compare, SiteRoutes.quality, SiteRoutes.notFound,
                     "townships/安宁镇/index.html", "townships/x/y/index.html", "reports/镇/2022/index.html", "years/2022/index.html",
                     "search/x/index.html", "compare/a/b.html", "quality/index.htm", "a//b/index.html", "/x/index.html", "x/index.html/",
                     "r/\u{F900}/index.html", "a/\u{301}b/index.html", "townships\u{301}/a/index.html", "e\u{301}/index.html"]
        let parts = ["townships", "search", "compare", "quality", "reports", "years", "镇", "安宁泰镇", "2022", "index.html", "", "a b", "\u{E9}", "x"]
        var state: UInt64 = 7
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33) % bound
        }
        for _ in 0..<2000 { paths.append((0...next(5)).map { _ in parts[next(parts.count)] }.joined(separator: "/")) }
        // Twice over: the second time every plain path's navigation comes from the cache.
        for _ in 0..<2 {
            // A path of no parts ("", "/") is no page (`SiteRoutes.root` traps on it).
            for path in paths where !path.split(separator: "/").isEmpty {
                for search in [false, true] {
                    let cached = PageShell.navigation(from: path, search: search)
                    let made = PageShell.uncachedNavigation(from: path, search: search)
                    #expect(cached.root == made.root && cached.nav == made.nav, "\(path) search: \(search)")
                }
            }
        }
    }
}
