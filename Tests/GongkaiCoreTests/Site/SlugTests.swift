import Testing
@testable import GongkaiCore

/// Slugs are readable, never escape the site folder and never collide.
@Suite struct SlugTests {
    @Test func keepsChineseNamesReadable() {
        #expect(Slug.make("刘楼镇") == "刘楼镇")
        #expect(Slug.make("昌乐县-鄌郚镇") == "昌乐县-鄌郚镇")
    }

    @Test(arguments: ["../../etc/passwd", "/absolute", "a/b\\c", ".hidden", "..", "   ", "<script>", "{{x}}"])
    func cannotEscapeTheSiteFolder(name: String) {
        let slug = Slug.make(name)
        #expect(!slug.isEmpty)
        #expect(!slug.contains("/") && !slug.contains("\\") && !slug.contains(".") && !slug.contains("<") && !slug.contains("{"))
        #expect(slug != "..")
    }

    @Test func duplicatesGetNumberedInOrder() {
        #expect(Slug.unique(["a", "b", "a", "a", "a-2"]) == ["a", "b", "a-3", "a-4", "a-2"])
    }

    @Test func writerRefusesPathsOutsideTheSite() {
        for path in ["townships/刘楼镇/index.html", "a/.b/c", ".../x", "x/...", "a/b.html"] {
            #expect(SiteWriter.isSafe(path), "\(path)")
        }
        for path in ["../x", "/etc/x", "a/../b", "a//b", "a\\b", "", ".", "..", "a/./b", "a/", "x/..", "a\0b", "a/b" + SiteWriter.pendingSuffix] {
            #expect(!SiteWriter.isSafe(path), "\(path)")
        }
    }
}
