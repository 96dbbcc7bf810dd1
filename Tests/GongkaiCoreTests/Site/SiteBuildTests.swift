import Foundation
import Testing
@testable import GongkaiCore

/// Builds the shipped Content/ into a temporary folder and checks the files like a reader would.
@Suite struct SiteBuildTests {
    @Test func everyPageExistsAndEveryInternalLinkResolves() throws {
        let output = try Repository.temporaryFolder().appendingPathComponent("site")
        let summary = try Repository.build(output: output)
        #expect(summary.reports == 5)
        let expected = ["index.html", "404.html", "quality/index.html", "compare/index.html", "compare/2022/index.html",
                        "townships/刘楼镇/index.html", "counties/汶上县/index.html", "years/2022/index.html",
                        "reports/承留镇/2022/index.html", "reports/鄌郚镇/2022/index.html", "data/reports.json",
                        "data/reports.csv", "sitemap.xml", "feed.xml", "assets/style.css", "compare/townships/刘楼镇/index.html"]
        for path in expected {
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(path).path), "\(path)")
        }
        let broken = try LinkCheck.brokenLinks(in: output)
        #expect(broken == [])
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let folder = try Repository.temporaryFolder()
        try Repository.build(output: folder.appendingPathComponent("a"))
        try Repository.build(output: folder.appendingPathComponent("b"))
        let a = try LinkCheck.files(in: folder.appendingPathComponent("a"))
        let b = try LinkCheck.files(in: folder.appendingPathComponent("b"))
        #expect(a.keys.sorted() == b.keys.sorted())
        for (path, bytes) in a { #expect(b[path] == bytes, "\(path) differs") }
    }

    @Test func aFailedBuildLeavesThePreviousSite() throws {
        let folder = try Repository.temporaryFolder()
        let output = folder.appendingPathComponent("site")
        try Repository.build(output: output)
        let before = try LinkCheck.files(in: output)
        let theme = folder.appendingPathComponent("broken-theme")
        try FileManager.default.createDirectory(at: theme, withIntermediateDirectories: true)
        try "{{#unclosed}}\n<p>{{x}}</p>\n".write(to: theme.appendingPathComponent("report.mustache"), atomically: true, encoding: .utf8)
        #expect(throws: Diagnostic.self) { try Repository.build(output: output, theme: theme.path) }
        #expect(try LinkCheck.files(in: output) == before)
    }

    @Test func aThemeOverridesSomeTemplatesAndFallsBackForTheRest() throws {
        let folder = try Repository.temporaryFolder()
        let theme = folder.appendingPathComponent("theme")
        try FileManager.default.createDirectory(at: theme, withIntermediateDirectories: true)
        try "{{<shell}}{{$main}}<p class=\"custom-404\">别处</p>{{/main}}{{/shell}}\n".write(to: theme.appendingPathComponent("404.mustache"), atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("site")
        try Repository.build(output: output, theme: theme.path)
        let notFound = try String(contentsOf: output.appendingPathComponent("404.html"), encoding: .utf8)
        #expect(notFound.contains("custom-404"))
        let home = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(home.contains("收录情况"))
    }

    @Test func refusesToReplaceAFolderItDidNotWrite() throws {
        let folder = try Repository.temporaryFolder()
        try "keep me".write(to: folder.appendingPathComponent("precious.txt"), atomically: true, encoding: .utf8)
        #expect(throws: Diagnostic.self) { try Repository.build(output: folder) }
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("precious.txt").path))
    }

    @Test func seedProblemsAreFlaggedOnThePages() throws {
        let output = try Repository.temporaryFolder().appendingPathComponent("site")
        try Repository.build(output: output)
        let chengliu = try String(contentsOf: output.appendingPathComponent("reports/承留镇/2022/index.html"), encoding: .utf8)
        #expect(chengliu.contains("id=\"t3-newReceived-6\" class=\"number flagged\""))
        #expect(chengliu.contains("正文称本年新收政府信息公开申请 1 件，表三却为 0 件"))
        let liulou = try String(contentsOf: output.appendingPathComponent("reports/刘楼镇/2022/index.html"), encoding: .utf8)
        #expect(liulou.contains("原文缺少表四"))
        #expect(liulou.contains("id=\"t3-carriedForward-6\" class=\"number unknown\" title=\"原文缺少此格\">未知<"))
        let quality = try String(contentsOf: output.appendingPathComponent("quality/index.html"), encoding: .utf8)
        #expect(quality.contains("table4.missing") && quality.contains("N1"))
        let compare = try String(contentsOf: output.appendingPathComponent("compare/2022/index.html"), encoding: .utf8)
        for name in ["刘楼镇", "承留镇", "鄌郚镇"] {
            // Each township's name links its report of the year.
            let href = SiteRoutes.link(from: SiteRoutes.yearComparison(2022), to: "reports/\(name)/2022/index.html")
            #expect(compare.contains("<th scope=\"col\"><a href=\"\(href)\">\(name)</a></th>"))
        }
    }
}

/// Reads a built site: its files, and the internal links that do not resolve.
enum LinkCheck {
    static func files(in folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let walker = FileManager.default.enumerator(atPath: folder.path)
        while let relative = walker?.nextObject() as? String {
            var isFolder: ObjCBool = false
            let path = folder.appendingPathComponent(relative).path
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue {
                files[relative] = FileManager.default.contents(atPath: path)
            }
        }
        return files
    }

    /// `page → href` for each relative href/src in the HTML pages whose file does not exist.
    static func brokenLinks(in folder: URL) throws -> [String] {
        var broken: [String] = []
        for (relative, data) in try files(in: folder) where relative.hasSuffix(".html") && relative != "404.html" {
            let html = String(decoding: data, as: UTF8.self)
            for attribute in ["href=\"", "src=\""] {
                var rest = html[...]
                while let start = rest.range(of: attribute) {
                    rest = rest[start.upperBound...]
                    guard let end = rest.firstIndex(of: "\"") else { break }
                    let link = String(rest[..<end])
                    rest = rest[end...]
                    if link.hasPrefix("http") || link.hasPrefix("#") || link.hasPrefix("mailto:") || link.hasPrefix("data:") { continue }
                    let path = String(link.split(separator: "#", maxSplits: 1).first ?? "").removingPercentEncoding ?? link
                    let target = folder.appendingPathComponent(relative).deletingLastPathComponent().appendingPathComponent(path).standardizedFileURL
                    if !FileManager.default.fileExists(atPath: target.path) { broken.append("\(relative) → \(link)") }
                }
            }
        }
        return broken.sorted()
    }
}
