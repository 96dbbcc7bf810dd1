import Foundation
import Testing
@testable import GongkaiCore

/// What the build promises on unusual inputs (issue 12): every row a test that failed before.
@Suite struct BuildPromisesTests {
    /// A content folder of copies of one seed report, each with front matter naming its township
    /// and year, at `folder/relative/…`.
    static func content(in folder: URL, _ reports: [(township: String, year: Int)]) throws -> URL {
        let seed = try String(contentsOfFile: Repository.content + "/鲁河镇/2021.txt", encoding: .utf8)
        for (index, report) in reports.enumerated() {
            let file = folder.appendingPathComponent("报告\(index)/\(report.year).txt")
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try "---\ntownship: \(report.township)\nyear: \(report.year)\n---\n\(seed)".write(to: file, atomically: true, encoding: .utf8)
        }
        return folder
    }

    @discardableResult
    static func build(_ content: String, _ output: URL, baseURL: String = "https://example.org/portal/", feedEntries: Int = 100) throws -> PortalBuild.Summary {
        try PortalBuild(options: .init(content: content, output: output.path, theme: Repository.defaultTheme, defaultTheme: Repository.defaultTheme,
                                       site: SiteContext(baseURL: baseURL, feedEntries: feedEntries))).run(force: true)
    }

    /// Every folder under `folder`, relative.
    static func folders(in folder: URL) -> [String] {
        let walker = FileManager.default.enumerator(atPath: folder.path)
        var folders: [String] = []
        while let relative = walker?.nextObject() as? String {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(relative).path, isDirectory: &isFolder), isFolder.boolValue {
                folders.append(relative)
            }
        }
        return folders.sorted()
    }

    // Row 5: a township name of 41 Han characters made a comparison folder's name 258 bytes.
    @Test func aLongTownshipNameNeverStopsTheBuild() throws {
        let folder = try Repository.temporaryFolder()
        let long = String(repeating: "长", count: 40) + "镇"
        let longer = String(repeating: "名", count: 199) + "镇"
        let content = try Self.content(in: folder.appendingPathComponent("content"),
                                       [(long, 2021), (long, 2022), (longer, 2021), (longer, 2022), (String(repeating: "名", count: 150) + "乡", 2022)])
        let output = folder.appendingPathComponent("site")
        let summary = try Self.build(content.path, output)
        #expect(summary.reports == 5)
        let files = try LinkCheck.files(in: output)
        for path in files.keys {
            for segment in path.split(separator: "/") { #expect(segment.utf8.count <= 255, "\(path)") }
        }
        #expect(files.keys.contains { $0.hasPrefix("compare/pairs/") }, "the comparison pages are there")
        #expect(files.keys.filter { $0.hasPrefix("townships/") && $0.hasSuffix("/index.html") && $0 != SiteRoutes.townshipIndex }.count == 3, "two long names sharing a beginning stay apart")
        #expect(try LinkCheck.brokenLinks(in: output) == [])
    }

    @Test func slugsAreShortenedWithAStableHash() {
        let a = String(repeating: "长", count: 40) + "甲镇"
        let b = String(repeating: "长", count: 40) + "乙镇"
        #expect(Slug.make(a) != Slug.make(b))
        #expect(Slug.make(a) == Slug.make(a))
        #expect(Slug.make(a).utf8.count <= Slug.maxBytes)
        #expect(Slug.make("刘楼镇") == "刘楼镇", "short names are kept as they are")
        #expect(Slug.bounded(String(repeating: "a", count: 300), maxBytes: 200).utf8.count == 200)
    }

    // Row 6: removing a township left `reports/鲁河镇/`, `years/2021/`… as empty folders.
    @Test func foldersEmptiedByARebuildAreRemoved() throws {
        let (_, content, output) = try Repository.contentCopy()
        try Self.build(content.path, output)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("years/2021/index.html").path))
        try FileManager.default.removeItem(at: content.appendingPathComponent("鲁河镇"))
        let summary = try Self.build(content.path, output)
        #expect(summary.removed > 0)
        for relative in Self.folders(in: output) {
            let entries = try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent(relative).path)
            #expect(!entries.isEmpty, "\(relative) is an empty folder")
        }
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("years/2021").path))
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("reports/鲁河镇").path))
    }

    // Row 9: an absolute --content published the local path on every report page and in the JSON.
    @Test func theSameInputsGiveTheSameSiteWhereverTheyLive() throws {
        let folder = try Repository.temporaryFolder()
        let here = folder.appendingPathComponent("here/Content")
        let there = folder.appendingPathComponent("somewhere/else/内容")
        for copy in [here, there] {
            try FileManager.default.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: URL(fileURLWithPath: Repository.content), to: copy)
        }
        try Self.build(here.path, folder.appendingPathComponent("a"))
        try Self.build(there.path + "/", folder.appendingPathComponent("b"))
        let a = try LinkCheck.files(in: folder.appendingPathComponent("a"))
        let b = try LinkCheck.files(in: folder.appendingPathComponent("b"))
        #expect(a.keys.sorted() == b.keys.sorted())
        for (path, bytes) in a where path != SiteWriter.marker {
            #expect(b[path] == bytes, "\(path) differs")
            #expect(!String(decoding: bytes, as: UTF8.self).contains(folder.path), "\(path) publishes a local path")
        }
        let json = try #require(a["data/reports.json"])
        #expect(String(decoding: json, as: UTF8.self).contains("\"path\" : \"刘楼镇/2022.txt\"") ||
                String(decoding: json, as: UTF8.self).contains("\"path\": \"刘楼镇/2022.txt\""))
    }

    // Row 11: a base URL with Han characters or a space was written raw into the sitemap and feed.
    @Test func theBaseURLIsPercentEncodedOnce() throws {
        #expect(try BaseURL.parse("http://example.org/门户/") == "http://example.org/%E9%97%A8%E6%88%B7/")
        #expect(try BaseURL.parse("http://example.org/p q") == "http://example.org/p%20q/")
        #expect(try BaseURL.parse("HTTPS://Example.org:8080/a%20b/") == "https://Example.org:8080/a%20b/", "encoded stays encoded")
        #expect(try BaseURL.parse("http://example.org/100%/") == "http://example.org/100%25/")
        for invalid in ["example.org/portal/", "ftp://example.org/", "http:///portal/", "http://例子.中国/", "http://example.org/?a=1",
                        "http://example.org/#top", "http://exa mple.org/", "http://example.org/\u{7}/", ""] {
            #expect(throws: Diagnostic.self, "\(invalid)") { try BaseURL.parse(invalid) }
        }
        let folder = try Repository.temporaryFolder()
        for base in ["http://example.org/门户/", "http://example.org/p q/"] {
            let output = folder.appendingPathComponent("site-\(base.count)")
            try Self.build(Repository.content, output, baseURL: base)
            let encoded = try BaseURL.parse(base)
            for file in ["sitemap.xml", "feed.xml", "404.html"] {
                let text = try String(contentsOf: output.appendingPathComponent(file), encoding: .utf8)
                #expect(text.contains(file == "404.html" ? BaseURL.path(of: encoded) : encoded), "\(file)")
                #expect(!text.contains("门户/") && !text.contains("p q/"), "\(file) has the raw URL")
            }
        }
    }

    @Test func anInvalidBaseURLIsRefusedBeforeAnythingIsWritten() throws {
        let output = try Repository.temporaryFolder().appendingPathComponent("site")
        #expect(throws: Diagnostic.self) { try Self.build(Repository.content, output, baseURL: "www.example.org") }
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    // Row 12: 35,000 reports gave one sitemap.xml of 50,503 URLs and a 13 MB feed.
    @Test func aLargePortalGetsASitemapIndex() throws {
        let pages = (0..<120_001).map { "reports/镇\($0 / 7)/\(2000 + $0 % 7)/index.html" }
        let files = SiteFeeds.sitemaps(pages: pages, baseURL: "https://example.org/")
        #expect(files.first?.path == "sitemap.xml")
        #expect(files.first?.text.contains("<sitemapindex") == true)
        var listed: [String] = []
        for part in files.dropFirst() {
            #expect(files[0].text.contains("<loc>https://example.org/\(part.path)</loc>"))
            let locs = part.text.components(separatedBy: "<loc>").count - 1
            #expect(locs <= SiteFeeds.sitemapURLLimit)
            #expect(part.text.utf8.count <= SiteFeeds.sitemapByteLimit)
            listed += part.text.components(separatedBy: "<loc>").dropFirst().map { String($0.prefix { $0 != "<" }) }
        }
        #expect(files.count == 4)
        #expect(listed.count == pages.count && Set(listed).count == pages.count)
        let bySize = SiteFeeds.sitemaps(pages: Array(pages.prefix(100)), baseURL: "https://example.org/", byteLimit: 2_000)
        #expect(bySize.count > 2)
        for part in bySize.dropFirst() { #expect(part.text.utf8.count <= 2_000) }
        let small = SiteFeeds.sitemaps(pages: Array(pages.prefix(10)), baseURL: "https://example.org/")
        #expect(small.count == 1 && small[0].text.contains("<urlset"))
    }

    @Test func theSiteListsEveryPageThroughItsSitemaps() throws {
        let output = try Repository.temporaryFolder().appendingPathComponent("site")
        try Self.build(Repository.content, output)
        let sitemap = try String(contentsOf: output.appendingPathComponent("sitemap.xml"), encoding: .utf8)
        #expect(sitemap.contains("<urlset"), "a small portal keeps one sitemap")
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("sitemap-1.xml").path))
    }

    @Test func theFeedKeepsTheLatestEntries() throws {
        let output = try Repository.temporaryFolder().appendingPathComponent("site")
        try Self.build(Repository.content, output, feedEntries: 2)
        let feed = try String(contentsOf: output.appendingPathComponent("feed.xml"), encoding: .utf8)
        #expect(feed.components(separatedBy: "<entry>").count - 1 == 2)
        #expect(feed.contains("刘振屯镇2023年"), "the newest report is kept")
        #expect(!feed.contains("鲁河镇2021年"), "the oldest is not")
    }
}
