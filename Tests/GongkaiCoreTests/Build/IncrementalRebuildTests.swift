import Foundation
import Testing
@testable import GongkaiCore

/// A rebuild after an edit (serve) makes only the files that show what the edit changed and keeps
/// the others; the site it leaves must be, file by file, the site a full build of the edited
/// content writes.
@Suite struct IncrementalRebuildTests {
    /// The five seed reports' texts, in a stable order.
    static func seeds() throws -> [String] {
        try ["鲁河镇/2021.txt", "刘楼镇/2022.txt", "刘振屯镇/2023.txt", "承留镇/2022.txt", "鄌郚镇/2022.txt"].map {
            try String(contentsOfFile: Repository.content + "/" + $0, encoding: .utf8)
        }
    }

    /// A report file: front matter naming township, county and year over a seed's text.
    static func text(_ seed: String, township: String, county: String, year: Int) -> String {
        "---\ntownship: \(township)\ncounty: \(county)\nyear: \(year)\n---\n\(seed)"
    }

    /// Every file of a site with its bytes, the manifest without its fingerprint line (which
    /// stamps the content files' times).
    static func files(in site: URL) throws -> [String: [UInt8]] {
        var files = try LinkCheck.files(in: site).mapValues { Array($0) }
        let manifest = try String(contentsOf: site.appendingPathComponent(SiteWriter.marker), encoding: .utf8)
        var lines = manifest.split(separator: "\n", omittingEmptySubsequences: false)
        lines.remove(at: 1)
        files[SiteWriter.marker] = Array(lines.joined(separator: "\n").utf8)
        return files
    }

    @Test func aRebuildAfterEditsWritesWhatAFullBuildWrites() throws {
        let (seeds, paths, options) = try Self.twelveReports()
        let incremental = IncrementalBuild()
        let first = try PortalBuild(options: options).run(incremental: incremental)
        #expect(first.reports == 12)

        // Edits of four kinds, each followed by a rebuild told which file changed, as serve's
        // file events tell it: a sentence added to a narrative, a report replaced by another
        // seed's text (its numbers, checks and narrative all change), a report made a copy of
        // another township's of the same year (B2 then finds it, and the other finds it back),
        // and one number changed that no check of the next year reads but its page shows (the
        // key figures' 上年 column).
        let received = "一、本年新收政府信息公开申请数量\t\t0\t"
        let number = Self.text(seeds[1], township: "甲镇", county: "东县", year: 2022)
        try #require(number.contains(received))
        let edits: [(Int, String)] = [
            (0, Self.text(seeds[0], township: "甲镇", county: "东县", year: 2021) + "\n本机关将继续加强政府信息公开工作，增加主动公开的内容。\n"),
            (4, Self.text(seeds[4], township: "乙镇", county: "东县", year: 2022)),
            (7, Self.text(seeds[1], township: "丙乡", county: "西县", year: 2022)),
            (1, number.replacingOccurrences(of: received, with: "一、本年新收政府信息公开申请数量\t\t7\t")),
        ]
        var heard: [String] = []
        for (index, text) in edits {
            try text.write(toFile: paths[index], atomically: true, encoding: .utf8)
            heard = []
            let summary = try PortalBuild(options: options).run(incremental: incremental, changed: [paths[index]], progress: { heard.append($0) })
            #expect(summary.reports == 12)
            // The rebuild made only some pages: it stayed proportional to the edit.
            let render = try #require(heard.first { $0.hasPrefix("render:") })
            let made = try #require(Int(render.dropFirst("render: ".count).prefix { $0.isNumber }))
            #expect(made < summary.pages, "\(render)")
        }

        try Self.expectFullBuildsSite(options)
    }

    /// Twelve report files in a new folder: four townships in two counties, three years each,
    /// every seed used in several places so the boilerplate check B2 finds matches across
    /// townships; the seeds, the files' paths, and options building them into `site` beside.
    static func twelveReports() throws -> (seeds: [String], paths: [String], options: PortalBuild.Options) {
        let seeds = try Self.seeds()
        let folder = try Repository.temporaryFolder()
        let content = folder.appendingPathComponent("content")
        let places = [("甲镇", "东县"), ("乙镇", "东县"), ("丙乡", "西县"), ("丁街道", "西县")]
        var paths: [String] = []
        for (number, (township, county)) in places.enumerated() {
            for (offset, year) in [2021, 2022, 2023].enumerated() {
                let file = content.appendingPathComponent("\(county)/\(township)/\(year).txt")
                try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Self.text(seeds[(number + offset) % seeds.count], township: township, county: county, year: year)
                    .write(to: file, atomically: true, encoding: .utf8)
                paths.append(file.path)
            }
        }
        let options = PortalBuild.Options(content: content.path, output: folder.appendingPathComponent("site").path, theme: Repository.defaultTheme,
                                          defaultTheme: Repository.defaultTheme, site: SiteContext(baseURL: "https://example.org/portal/"))
        return (seeds, paths, options)
    }

    /// Records an issue for every file of the site at `options.output` that is not, byte for
    /// byte, the file a full build of the same content writes (into `fresh` beside it).
    static func expectFullBuildsSite(_ options: PortalBuild.Options) throws {
        let output = URL(fileURLWithPath: options.output)
        let fresh = output.deletingLastPathComponent().appendingPathComponent("fresh")
        let full = try PortalBuild(options: .init(content: options.content, output: fresh.path, theme: Repository.defaultTheme,
                                                  defaultTheme: Repository.defaultTheme, site: options.site)).run(force: true)
        #expect(full.reports == 12)
        let rebuilt = try Self.files(in: output), expected = try Self.files(in: fresh)
        #expect(rebuilt.keys.sorted() == expected.keys.sorted())
        for (path, bytes) in expected.sorted(by: { $0.key < $1.key }) where rebuilt[path] != bytes {
            Issue.record("\(path) differs from a full build's")
        }
    }

    /// A disk that asks `cancellation` to stop the build at the `after`-th file it writes whose
    /// path contains `containing` (a safe point then comes between two files).
    static func stopping(_ cancellation: BuildCancellation, after count: Int, containing: String) -> ReportFileSystem {
        onWrite(count, containing: containing) { cancellation.cancel() }
    }

    /// A disk that runs `action` before the `count`-th file it writes whose path contains `containing`.
    static func onWrite(_ count: Int, containing: String, _ action: @escaping @Sendable () -> Void) -> ReportFileSystem {
        let seen = ResultSlots<Int>(count: 1)
        var disk = ReportFileSystem.disk
        let write = disk.siteDisk.writeFile
        disk.siteDisk.writeFile = { path, bytes throws(Diagnostic) in
            if path.contains(containing) {
                let number = (seen.values[0] ?? 0) + 1
                seen.set(0, number)
                if number == count { action() }
            }
            try write(path, bytes)
        }
        return disk
    }

    /// Serve's order when a save comes while the last rebuild renders: that rebuild is asked to
    /// stop, the next one writes its edited page while the stopped one is still inside a file,
    /// then waits for it to stop (`afterFirst`) and makes the rest: the site ends a full build's.
    @Test func theNextRebuildWritesItsPageWhileTheStoppedOneFinishesAFile() throws {
        let (seeds, paths, options) = try Self.twelveReports()
        let incremental = IncrementalBuild()
        _ = try PortalBuild(options: options).run(incremental: incremental)
        try (Self.text(seeds[0], township: "甲镇", county: "东县", year: 2021) + "\n先改的一句。\n").write(toFile: paths[0], atomically: true, encoding: .utf8)
        let (reached, gate, stopped) = (DispatchSemaphore(value: 0), DispatchSemaphore(value: 0), DispatchSemaphore(value: 0))
        let first = BuildCancellation(), outcome = ResultSlots<String>(count: 1)
        let paused = Self.onWrite(2, containing: "reports/") {
            reached.signal()
            gate.wait()
        }
        let edited = paths[0]
        DispatchQueue.global().async {
            do {
                _ = try PortalBuild(options: options, fileSystem: paused).run(incremental: incremental, changed: [edited], firstPages: { _ in },
                                                                              cancellation: first)
                outcome.set(0, "finished")
            } catch {
                outcome.set(0, (error as? Diagnostic)?.code ?? "\(error)")
            }
            stopped.signal()
        }
        reached.wait()
        try (Self.text(seeds[3], township: "丙乡", county: "西县", year: 2022) + "\n后改的一句。\n").write(toFile: paths[7], atomically: true, encoding: .utf8)
        first.cancel()
        #expect(first.isPreemptible)
        var page: [String] = []
        _ = try PortalBuild(options: options).run(incremental: incremental, changed: [paths[7]], firstPages: { page = $0 }, cancellation: BuildCancellation(),
                                                  afterFirst: {
                                                      gate.signal()
                                                      stopped.wait()
                                                  })
        #expect(outcome.values[0] == BuildCancellation.code)
        let written = try #require(page.first)
        #expect(try String(contentsOfFile: options.output + "/" + written, encoding: .utf8).contains("后改的一句"))
        try Self.expectFullBuildsSite(options)
    }

    /// Saves made while the rest of the site after the last edit is still being made stop that
    /// rebuild between two files (serve); the next rebuild writes its own edit's page first,
    /// then makes what the stopped ones left: the site ends, file by file, a full build's.
    @Test func rebuildsStoppedByNewerEditsLeaveTheSiteAFullBuildWrites() throws {
        let (seeds, paths, options) = try Self.twelveReports()
        let incremental = IncrementalBuild()
        _ = try PortalBuild(options: options).run(incremental: incremental)
        let manifest = URL(fileURLWithPath: options.output).appendingPathComponent(SiteWriter.marker)
        let committed = try Data(contentsOf: manifest)
        // Stopped while rendering pages, then while writing the open data (inside a big file
        // or between files), each after its edited report's page is in place.
        let edits: [(Int, String, String)] = [
            (0, Self.text(seeds[0], township: "甲镇", county: "东县", year: 2021) + "\n第一次补充的一句话。\n", "reports/"),
            (7, Self.text(seeds[3], township: "丙乡", county: "西县", year: 2022) + "\n第二次补充的一句话。\n", "data/"),
        ]
        var firstPages: [String: Data] = [:]
        for (index, text, stage) in edits {
            try text.write(toFile: paths[index], atomically: true, encoding: .utf8)
            let cancellation = BuildCancellation()
            var pages: [String] = []
            let stopped = #expect(throws: Diagnostic.self) {
                try PortalBuild(options: options, fileSystem: Self.stopping(cancellation, after: 2, containing: stage))
                    .run(incremental: incremental, changed: [paths[index]], firstPages: { pages = $0 }, cancellation: cancellation)
            }
            #expect(stopped?.code == BuildCancellation.code)
            // The edited page is in place; nothing else of the site changed.
            let page = try #require(pages.first)
            firstPages[page] = try Data(contentsOf: URL(fileURLWithPath: options.output + "/" + page))
            #expect(String(decoding: try #require(firstPages[page]), as: UTF8.self).contains(stage == "data/" ? "第二次补充的一句话" : "第一次补充的一句话"))
            #expect(try Data(contentsOf: manifest) == committed)
        }
        // A third edit, in another township, rebuilt to the end.
        try (Self.text(seeds[0], township: "丁街道", county: "西县", year: 2023) + "\n第三次补充。\n").write(toFile: paths[11], atomically: true, encoding: .utf8)
        var heard: [String] = []
        let summary = try PortalBuild(options: options).run(incremental: incremental, changed: [paths[11]], firstPages: { _ in },
                                                            cancellation: BuildCancellation(), progress: { heard.append($0) })
        let render = try #require(heard.first { $0.hasPrefix("render:") })
        #expect(try #require(Int(render.dropFirst("render: ".count).prefix { $0.isNumber })) < summary.pages, "\(render)")
        try Self.expectFullBuildsSite(options)
        // Each page written first was already the page the finished site has.
        for (page, bytes) in firstPages { #expect(try Data(contentsOf: URL(fileURLWithPath: options.output + "/" + page)) == bytes, "\(page)") }
    }

    /// Serve keeps the theme's renderer between rebuilds only while its templates are the same:
    /// a rebuild after a template is edited renders with the edited template, and one after it
    /// is put back renders with the default again (its fragments included).
    @Test func aRebuildAfterATemplateEditRendersWithTheEditedTemplate() throws {
        let (folder, content, output) = try Repository.contentCopy()
        let theme = folder.appendingPathComponent("theme")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Repository.defaultTheme), to: theme)
        let options = PortalBuild.Options(content: content.path, output: output.path, theme: theme.path,
                                          defaultTheme: Repository.defaultTheme, site: SiteContext(baseURL: "https://example.org/portal/"))
        let incremental = IncrementalBuild()
        let shell = theme.appendingPathComponent("shell.mustache")
        let original = try String(contentsOf: shell, encoding: .utf8)
        try #require(original.contains("<footer class=\"site-footer\">"))
        let home = output.appendingPathComponent("index.html")
        func homePage() throws -> String { try String(contentsOf: home, encoding: .utf8) }

        _ = try PortalBuild(options: options).run(incremental: incremental)
        let before = try homePage()
        #expect(!before.contains("本站由测试主题生成"))
        try original.replacingOccurrences(of: "<footer class=\"site-footer\">", with: "<footer class=\"site-footer\"><p>本站由测试主题生成</p>")
            .write(to: shell, atomically: true, encoding: .utf8)
        _ = try PortalBuild(options: options).run(incremental: incremental)
        #expect(try homePage().contains("<p>本站由测试主题生成</p>"))
        try original.write(to: shell, atomically: true, encoding: .utf8)
        _ = try PortalBuild(options: options).run(incremental: incremental)
        #expect(try homePage() == before)
    }

    /// A rebuild after a failed one makes every file again: the site on disk may not be the
    /// one the kept corpus describes.
    @Test func aFailedBuildMakesTheNextRebuildAFullOne() throws {
        let (_, content, output) = try Repository.contentCopy()
        let options = PortalBuild.Options(content: content.path, output: output.path, theme: Repository.defaultTheme,
                                          defaultTheme: Repository.defaultTheme, site: SiteContext(baseURL: "https://example.org/portal/"))
        let incremental = IncrementalBuild()
        let first = try PortalBuild(options: options).run(incremental: incremental)
        let edited = content.appendingPathComponent("鲁河镇/2021.txt").path
        try (String(contentsOfFile: edited, encoding: .utf8) + "\n补充说明一句。\n").write(toFile: edited, atomically: true, encoding: .utf8)
        var failing = ReportFileSystem.disk
        failing.siteDisk.writeFile = { path, _ throws(Diagnostic) in throw Diagnostic(.error, "write.failed", file: path, line: nil, "磁盘已满") }
        #expect(throws: Diagnostic.self) { try PortalBuild(options: options, fileSystem: failing).run(incremental: incremental, changed: [edited]) }
        try (String(contentsOfFile: edited, encoding: .utf8) + "\n再补充一句。\n").write(toFile: edited, atomically: true, encoding: .utf8)
        var heard: [String] = []
        _ = try PortalBuild(options: options).run(incremental: incremental, changed: [edited], progress: { heard.append($0) })
        #expect(heard.contains { $0.hasPrefix("render: \(first.pages) files") }, "\(heard)")
    }
}
