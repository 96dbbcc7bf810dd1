import Foundation
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

    /// Links between plain paths (ASCII and CJK ideographs) are made on the bytes; they must be
    /// the links the Character walk makes, and paths where a slash could join a grapheme or a
    /// part has another canonical form must still be made by that walk.
    @Test func bytewiseLinksAreTheCharacterLinks() {
        let parts = ["a", "镇", "安宁泰镇", "2022", "index.html", "", "x-y", "\u{F900}", "\u{8C48}", "e\u{301}", "\u{E9}", "\u{301}", "\u{600}", "𠀀", "a b"]
        var state: UInt64 = 16
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33) % bound
        }
        for _ in 0..<3000 {
            let from = (0...next(4)).map { _ in parts[next(parts.count)] }.joined(separator: "/")
            let to = (0..<next(5)).map { _ in parts[next(parts.count)] }.joined(separator: "/")
            #expect(SiteRoutes.link(from: from, to: to) == SiteRoutes.characterLink(from: from, to: to), "\(from) → \(to)")
        }
        // A combining mark after a slash joins it: the Character walk sees no slash there.
        #expect(SiteRoutes.link(from: "a/\u{301}b/index.html", to: "a/\u{301}b/c.html") == SiteRoutes.characterLink(from: "a/\u{301}b/index.html", to: "a/\u{301}b/c.html"))
        // U+F900 is canonically U+8C48: the same folder as Strings.
        #expect(SiteRoutes.link(from: "r/\u{F900}/index.html", to: "r/\u{8C48}/x.html") == "x.html")
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
