import Foundation
import Testing
@testable import GongkaiCore

/// Big data files (`reports.json`, `cells.csv`) are written a piece at a time and hashed back
/// from the disk: the bytes, the manifest's hash and the rebuild's "unchanged" must be those of
/// the same file written whole.
@Suite struct StreamedFileTests {
    /// The hash of bytes given in pieces of any sizes is the hash of the bytes at once.
    @Test func theRunningHashOfPiecesIsTheHashOfTheWhole() {
        var generator = SplitMix64(seed: 0x5EED0001)
        for count in [0, 1, 7, 8, 9, 63, 64, 65, 1000] {
            let bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
            for piece in [1, 3, 8, 13, 1024] {
                var running = ContentHash.Running(count: count)
                var offset = 0
                while offset < count {
                    let end = min(count, offset + piece)
                    bytes[offset..<end].withUnsafeBytes { running.add($0) }
                    offset = end
                }
                #expect(running.finish() == ContentHash.of(bytes), "\(count) bytes in pieces of \(piece)")
            }
        }
    }

    /// The disk's read gives what FileManager reads, for files of every size around its
    /// buffer's, an empty file, and nil for a missing path and a folder.
    @Test func theDiskReadsWhatFileManagerReads() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-read-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var generator = SplitMix64(seed: 0x5EED0002)
        for count in [0, 1, 4095, 4096, 65_535, 65_536, 65_537, 300_001] {
            let path = folder.appendingPathComponent("\(count).bin").path
            let bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            let read = SiteDiskAccess.disk.read(path)
            #expect(read == bytes && read == FileManager.default.contents(atPath: path).map { [UInt8]($0) }, "\(count) bytes")
        }
        #expect(SiteDiskAccess.disk.read(folder.appendingPathComponent("missing").path) == nil)
        #expect(SiteDiskAccess.disk.read(folder.path) == nil)
    }

    /// A file of 3 MiB goes to the disk in several writes, arrives whole, and a second session
    /// giving the same bytes finds it unchanged; different bytes are written.
    /// The disk's folder creation makes missing parents, takes an existing folder as made, and
    /// refuses a path where a file is.
    @Test func foldersAreMadeWithTheirParentsAndAFileInTheWayIsAnError() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let nested = folder.appendingPathComponent("a/乡镇/2022").path
        try SiteDiskAccess.disk.createFolder(nested)
        try SiteDiskAccess.disk.createFolder(nested)
        try SiteDiskAccess.disk.createFolder(folder.appendingPathComponent("a/乡镇/2023").path)
        #expect(SiteDiskAccess.disk.isFolder(nested) && SiteDiskAccess.disk.isFolder(folder.appendingPathComponent("a/乡镇/2023").path))
        try SiteDiskAccess.disk.writeFile(folder.appendingPathComponent("a/file").path, Array("x".utf8))
        for blocked in ["a/file", "a/file/b", "a/file/b/c"] {
            #expect(throws: Diagnostic.self, "\(blocked)") { try SiteDiskAccess.disk.createFolder(folder.appendingPathComponent(blocked).path) }
        }
    }

    @Test func aBigFileIsWrittenInPiecesAndARebuildFindsItUnchanged() throws {
        let output = try Repository.temporaryFolder().appendingPathComponent("site")
        let writes = Locked<Int>(0)
        var disk = SiteDiskAccess.disk
        let real = SiteDiskAccess.disk
        disk.writeFile = { path, bytes throws(Diagnostic) in writes.update { $0 += 1 }; try real.writeFile(path, bytes) }
        disk.appendFile = { path, bytes throws(Diagnostic) in writes.update { $0 += 1 }; try real.appendFile(path, bytes) }
        let line = String(repeating: "公开", count: 20) + "\n"
        let produce = { (stream: SiteStream) throws(Diagnostic) in
            for _ in 0..<(3 << 20) / line.utf8.count { try stream.write(line) }
        }
        let whole = SiteStream()
        try produce(whole)

        let first = try SiteWriter(output: output.path, disk: disk)
        try first.write(path: "data/big.csv", stream: produce)
        try first.commit(fingerprint: "one")
        #expect(writes.value >= 4, "three pieces of 1 MiB and the manifest")
        #expect(try [UInt8](Data(contentsOf: output.appendingPathComponent("data/big.csv"))) == whole.bytes)

        let second = try SiteWriter(output: output.path, disk: disk)
        try second.write(path: "data/big.csv", stream: produce)
        try second.commit(fingerprint: "two")
        #expect(second.unchanged == 1 && second.written == 0)

        let third = try SiteWriter(output: output.path, disk: disk)
        try third.write(path: "data/big.csv") { stream throws(Diagnostic) in try stream.write("改了\n") }
        try third.commit(fingerprint: "three")
        #expect(third.written == 1)
        #expect(try String(contentsOf: output.appendingPathComponent("data/big.csv"), encoding: .utf8) == "改了\n")
    }

    /// Every streamed file of a built site has the bytes the builder makes of it in memory.
    @Test func eachStreamedFileOfTheSiteIsTheFileMadeWhole() throws {
        let output = try Repository.temporaryFolder().appendingPathComponent("site")
        let summary = try Repository.build(output: output)
        let builder = try SiteBuilder(corpus: summary.corpus, skipped: summary.skipped, theme: try ThemeFiles.read(folder: Repository.defaultTheme),
                                      site: SiteContext(baseURL: "https://example.org/portal/"))
        let streamed = builder.jobs.filter { $0.stream != nil }
        #expect(Set(streamed.map(\.kind)) == ["reports-json", "reports-csv", "cells-csv", "year-csv", "quality"])
        for job in streamed {
            let file = try builder.file(for: job)
            #expect(try [UInt8](Data(contentsOf: output.appendingPathComponent(job.path))) == file.bytes, "\(job.path)")
        }
    }

    /// `reports.json` is made of each report's JSON file as the same build wrote it: every
    /// report's JSON is made once, and a full build hands it over as it is written (none is
    /// read back), a rebuild likewise; serve's rebuild after an edit reads back the files it
    /// wrote and makes the others' parts again (`AssembledKind.produce`, tested by
    /// `partsHandedOverInAnyOrderMakeTheFileMadeWhole`). Either way the file is the one made
    /// whole in memory. `cells.csv` likewise joins each report's CSV file.
    @Test func reportsJSONReusesEachReportsWrittenJSON() throws {
        let (_, content, output) = try Repository.contentCopy()
        let reads = Locked<Int>(0), csvReads = Locked<Int>(0)
        var fileSystem = ReportFileSystem.disk
        let real = SiteDiskAccess.disk
        fileSystem.siteDisk.read = { path in
            if path.contains("/data/reports/"), path.hasSuffix(".json") { reads.update { $0 += 1 } }
            if path.contains("/data/reports/"), path.hasSuffix(".csv") { csvReads.update { $0 += 1 } }
            return real.read(path)
        }
        let build = PortalBuild(options: .init(content: content.path, output: output.path, theme: Repository.defaultTheme,
                                               defaultTheme: Repository.defaultTheme, site: SiteContext(baseURL: "https://example.org/portal/")),
                                fileSystem: fileSystem)
        let first = try build.run()
        #expect(first.reports > 1)
        #expect(reads.value == 0, "each report's JSON is handed over as it is written")
        #expect(csvReads.value == 0, "cells.csv is joined from each report's CSV, handed over likewise")
        let made = try SiteBuilder(corpus: first.corpus, skipped: first.skipped, theme: try ThemeFiles.read(folder: Repository.defaultTheme),
                                   site: SiteContext(baseURL: "https://example.org/portal/"))
        for kind in ["reports-json", "cells-csv"] {
            let job = try #require(made.jobs.first { $0.kind == kind })
            #expect(try [UInt8](Data(contentsOf: output.appendingPathComponent(job.path))) == made.file(for: job).bytes)
        }

        let edited = content.appendingPathComponent("刘楼镇/2022.txt")
        try (String(contentsOf: edited, encoding: .utf8) + "\n").write(to: edited, atomically: true, encoding: .utf8)
        reads.update { $0 = 0 }
        csvReads.update { $0 = 0 }
        let second = try build.run()
        #expect(reads.value == 0, "a rebuild makes every report's JSON and hands each over, unchanged or not")
        let builder = try SiteBuilder(corpus: second.corpus, skipped: second.skipped, theme: try ThemeFiles.read(folder: Repository.defaultTheme),
                                      site: SiteContext(baseURL: "https://example.org/portal/"))
        #expect(csvReads.value == 0)
        for kind in ["reports-json", "cells-csv"] {
            let job = try #require(builder.jobs.first { $0.kind == kind })
            #expect(try [UInt8](Data(contentsOf: output.appendingPathComponent(job.path))) == builder.file(for: job).bytes)
        }
    }

    /// A file of an `AssembledKind` made from its per-report files handed over in any order,
    /// from two threads at once, with parts past the waiting limit (or all but the next: limit
    /// 0) made again in their turn, and with parts never handed over, is the file the kind makes
    /// whole, each part made again: one byte out of place in a part, a separator or the order
    /// would show.
    @Test func partsHandedOverInAnyOrderMakeTheFileMadeWhole() throws {
        let output = try Repository.temporaryFolder().appendingPathComponent("site")
        let summary = try Repository.build(output: output)
        let builder = try SiteBuilder(corpus: summary.corpus, skipped: summary.skipped, theme: try ThemeFiles.read(folder: Repository.defaultTheme),
                                      site: SiteContext(baseURL: "https://example.org/portal/"))
        let count = builder.corpus.reports.count
        #expect(count > 3)
        var generator = SplitMix64(seed: 0x5EED0003)
        let orders: [(name: String, order: [Int], limit: Int)] = [
            ("in order", Array(0..<count), AssembledStream.waitingLimit),
            ("reversed", Array((0..<count).reversed()), AssembledStream.waitingLimit),
            ("shuffled", Array(0..<count).shuffled(using: &generator), AssembledStream.waitingLimit),
            ("shuffled, nothing waits", Array(0..<count).shuffled(using: &generator), 0),
            ("every third never handed over", (0..<count).filter { $0 % 3 != 1 }.shuffled(using: &generator), AssembledStream.waitingLimit),
            ("none handed over", [], AssembledStream.waitingLimit),
        ]
        for kind in AssembledKind.all {
            let job = try #require(builder.jobs.first { $0.kind == kind.name })
            let whole = try builder.file(for: job).bytes
            let files = try builder.jobs.filter { $0.kind == kind.source }.map { try builder.file(for: $0).bytes }
            #expect(files.count == count)
            for (name, order, limit) in orders {
                let site = try Repository.temporaryFolder().appendingPathComponent("site")
                let writer = try SiteWriter(output: site.path)
                let assembly = try AssembledStream(kind: kind, path: job.path, builder: builder, stream: writer.openStream(job.path), waitingLimit: limit)
                DispatchQueue.concurrentPerform(iterations: 2) { half in
                    for position in order.indices where position % 2 == half { assembly.hand(order[position], files[order[position]]) }
                }
                try assembly.finish(in: writer)
                try writer.commit(fingerprint: "one")
                #expect(try [UInt8](Data(contentsOf: site.appendingPathComponent(job.path))) == whole, "\(kind.name), \(name)")
                #expect(SiteWriter.readManifest(in: site)?.files[job.path] == SiteManifest.Entry(hash: ContentHash.of(whole), size: whole.count))
            }
        }
    }

    /// The plan's jobs, made kind by kind on every core, are the kinds' jobs in `PageKind.all`'s
    /// order; and no kind of `PageKind.files` makes a page, which is why the sitemap lists only
    /// the `pages` kinds' jobs.
    @Test func jobsMadeOnEveryCoreAreTheKindsJobsInOrder() throws {
        let output = try Repository.temporaryFolder().appendingPathComponent("site")
        let summary = try Repository.build(output: output)
        let builder = try SiteBuilder(corpus: summary.corpus, skipped: summary.skipped, theme: try ThemeFiles.read(folder: Repository.defaultTheme),
                                      site: SiteContext(baseURL: "https://example.org/portal/"))
        let serial = PageKind.all.flatMap { $0.jobs(builder) }
        let jobs = builder.jobs
        #expect(jobs.count > 30)
        #expect(jobs.map(\.path) == serial.map(\.path))
        #expect(jobs.map(\.kind) == serial.map(\.kind))
        #expect(jobs.map(\.isPage) == serial.map(\.isPage))
        let filePages = PageKind.files.flatMap { $0.jobs(builder) }.filter(\.isPage)
        #expect(filePages.isEmpty)
        let sitemap = try #require(jobs.first { $0.kind == "sitemap" })
        let listed = try builder.file(for: sitemap).bytes
        for page in serial where page.isPage && page.path != SiteRoutes.notFound {
            #expect(String(decoding: listed, as: UTF8.self).contains(SiteFeeds.absolute(page.path, "https://example.org/portal/")), "\(page.path)")
        }
    }
}

/// Serve writes an edited report's page into the site before the rest of a rebuild; when that
/// rebuild is stopped and the next one no longer makes the page (the report went back to its
/// year, or its file was deleted), the page must not stay behind, though no manifest listed it.
@Suite struct PageReplacedInPlaceTests {
    @Test func aPageReplacedInPlaceThatNoLongerBelongsIsRemovedAtTheNextCommit() throws {
        let output = try Repository.temporaryFolder().appendingPathComponent("site")
        let first = try SiteWriter(output: output.path)
        try first.write(SiteFile(path: "reports/东东镇/2019/index.html", text: "2019"))
        try first.commit(fingerprint: "one")

        // The stopped rebuild's first page, for a year the report has only while the edit lasts.
        let moved = "reports/东东镇/2031/index.html"
        try SiteWriter.replace(SiteFile(path: moved, text: "2031"), in: output.path)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(moved).path))

        // The edit undone: the next rebuild makes the 2019 page again and not the 2031 one.
        let next = try SiteWriter(output: output.path, rewrite: [moved])
        try next.write(SiteFile(path: "reports/东东镇/2019/index.html", text: "2019"))
        try next.commit(fingerprint: "two")
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent(moved).path))
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("reports/东东镇/2031").path), "no empty year folder left")
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("reports/东东镇/2019/index.html").path))
    }
}
