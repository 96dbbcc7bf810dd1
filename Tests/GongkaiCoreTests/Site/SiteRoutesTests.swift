import Testing
@testable import GongkaiCore

/// Internal links are relative, so the site works from any sub-path and from file://.
@Suite struct SiteRoutesTests {
    @Test func linksAreRelativeAndEncoded() {
        #expect(SiteRoutes.link(from: "index.html", to: "years/2022/index.html") == "years/2022/index.html")
        #expect(SiteRoutes.link(from: "years/2022/index.html", to: "index.html") == "../../index.html")
        #expect(SiteRoutes.link(from: "reports/a/2022/index.html", to: "reports/a/2021/index.html") == "../2021/index.html")
        #expect(SiteRoutes.link(from: "reports/镇/2022/index.html", to: "townships/镇/index.html")
                == "../../../townships/%E9%95%87/index.html")
        #expect(SiteRoutes.link(from: "a/index.html", to: "a/index.html") == "index.html")
        #expect(SiteRoutes.link(from: "a/b/c/index.html", to: "a/x") == "../../x")
        // Letters, digits and `/-._~#` stay; every other byte is %XX in uppercase, two digits.
        #expect(SiteRoutes.link(from: "x/index.html", to: "x/a b%~#_-.Z9\u{7F}é.html") == "a%20b%25~#_-.Z9%7F%C3%A9.html")
    }

    @Test func rootPrefixMatchesDepth() {
        #expect(SiteRoutes.root(from: "index.html") == "")
        #expect(SiteRoutes.root(from: "reports/a/2022/index.html") == "../../../")
    }

    @Test func absoluteURLsOnlyInFeeds() {
        #expect(SiteFeeds.absolute("townships/镇/index.html", "https://example.org/p/") == "https://example.org/p/townships/%E9%95%87/")
        #expect(SiteFeeds.absolute("index.html", "https://example.org/p/") == "https://example.org/p/")
    }
}
