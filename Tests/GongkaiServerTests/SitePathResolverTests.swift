import Foundation
import Testing
import GongkaiTestSupport
@testable import GongkaiServer

/// The resolver maps paths like a static host and never outside the site folder.
@Suite struct SitePathResolverTests {
    /// A site folder with a page, a folder, a hidden file and a symlink leading out.
    static func makeSite() throws -> (root: URL, outside: URL) {
        let base = try TestScratch.folder("resolver")
        let root = base.appendingPathComponent("site")
        let outside = base.appendingPathComponent("secret.txt")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("townships/镇"), withIntermediateDirectories: true)
        try "home".write(to: root.appendingPathComponent("index.html"), atomically: true, encoding: .utf8)
        try "town".write(to: root.appendingPathComponent("townships/镇/index.html"), atomically: true, encoding: .utf8)
        try "marker".write(to: root.appendingPathComponent(".gongkai-site"), atomically: true, encoding: .utf8)
        try "secret".write(to: outside, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("leak.txt").path, withDestinationPath: outside.path)
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("leakdir").path, withDestinationPath: base.path)
        return (root, outside)
    }

    @Test func servesFilesAndFolderIndexes() throws {
        let (root, _) = try Self.makeSite()
        let resolver = SitePathResolver(root: root.path)
        #expect(resolver.resolve("/") == .file(resolver.root + "/index.html"))
        #expect(resolver.resolve("/index.html") == .file(resolver.root + "/index.html"))
        #expect(resolver.resolve("/townships/%E9%95%87/") == .file(resolver.root + "/townships/镇/index.html"))
        #expect(resolver.resolve("/townships/%E9%95%87") == .redirect("/townships/%E9%95%87/"))
        #expect(resolver.resolve("/missing.html") == .notFound)
    }

    @Test(arguments: ["/../secret.txt", "/townships/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt",
                      "/townships%2F..%2F..%2Fsecret.txt", "/..\\secret.txt", "/%5c..%5csecret.txt", "//etc/passwd",
                      "/a/./b", "/%00", "relative"])
    func refusesTraversal(path: String) throws {
        let (root, _) = try Self.makeSite()
        let resolution = SitePathResolver(root: root.path).resolve(path)
        #expect(resolution == .badRequest || resolution == .notFound, "\(path) → \(resolution)")
    }

    @Test func refusesSymlinksLeadingOutAndHiddenFiles() throws {
        let (root, _) = try Self.makeSite()
        let resolver = SitePathResolver(root: root.path)
        #expect(resolver.resolve("/leak.txt") == .notFound)
        #expect(resolver.resolve("/leakdir/secret.txt") == .notFound)
        #expect(resolver.resolve("/.gongkai-site") == .notFound)
    }

    @Test func contentTypesCarryACharset() {
        #expect(ContentType.of("a/index.html") == "text/html; charset=utf-8")
        #expect(ContentType.of("assets/style.css") == "text/css; charset=utf-8")
        #expect(ContentType.of("assets/compare.js") == "text/javascript; charset=utf-8")
        #expect(ContentType.of("data/reports.json") == "application/json; charset=utf-8")
        #expect(ContentType.of("data/reports.csv") == "text/csv; charset=utf-8")
        #expect(ContentType.of("sitemap.xml") == "application/xml; charset=utf-8")
        #expect(ContentType.of("chart.svg") == "image/svg+xml; charset=utf-8")
    }
}
