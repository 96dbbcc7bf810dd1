import Foundation
import Testing
@testable import GongkaiCore

/// Provenance (issue 11): each report page links the original file, published beside it with
/// the bytes the organ published, its format, size and SHA-256.
@Suite struct OriginalFileTests {
    /// A content folder mixing the forms a report comes in: text, web page, Word and PDF.
    static let mixed: [(fixture: String, format: String)] = [
        ("cases/pdf/liuzhentun-2023.txt", "文本"),
        ("real/b/10_上海市人民政府办公厅_2019.html", "网页"),
        ("forms/seed003.docx", "Word"),
        ("cases/pdf/chengliu-2022.pdf", "PDF"),
    ]

    /// A temporary folder with `content/` holding copies of fixtures (paths under Fixtures/), and
    /// where the site goes.
    static func content(_ fixtures: [String]) throws -> (folder: URL, content: URL, output: URL) {
        let folder = try Repository.temporaryFolder()
        let content = folder.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        for fixture in fixtures {
            let source = Repository.root.appendingPathComponent("Tests/GongkaiCoreTests/Fixtures").appendingPathComponent(fixture)
            try FileManager.default.copyItem(at: source, to: content.appendingPathComponent(source.lastPathComponent))
        }
        return (folder, content, folder.appendingPathComponent("site"))
    }

    @Test func everyReportPageLinksItsOriginalWithTheBytesAndHashShown() throws {
        let (folder, content, output) = try Self.content(Self.mixed.map(\.fixture))
        defer { try? FileManager.default.removeItem(at: folder) }
        let summary = try Repository.build(content: content.path, output: output)
        #expect(summary.reports == Self.mixed.count)
        #expect(summary.corpus.reports.count == Self.mixed.count)

        for (index, report) in summary.corpus.reports.enumerated() {
            let pagePath = SiteRoutes.report(summary.corpus.placements[index], in: summary.corpus)
            let page = try String(contentsOf: output.appendingPathComponent(pagePath), encoding: .utf8)
            let sourceName = (report.path as NSString).lastPathComponent
            let expectedFormat = try #require(Self.mixed.first { $0.fixture.hasSuffix(sourceName) }).format
            let original = SiteRoutes.original(summary.corpus.placements[index], report: report, in: summary.corpus)
            #expect(original.hasSuffix("/original." + (sourceName as NSString).pathExtension.lowercased()))
            let href = SiteRoutes.link(from: pagePath, to: original)
            #expect(page.contains("<a href=\"\(href)\" class=\"original-file\">查看原文件</a>（\(expectedFormat)，"), "\(sourceName)")
            #expect(page.contains("SHA-256 <code class=\"sha256\">\(report.sha256)</code>"), "\(sourceName)")

            let published = try [UInt8](Data(contentsOf: output.appendingPathComponent(pagePath).deletingLastPathComponent().appendingPathComponent(href)))
            let sourceBytes = try [UInt8](Data(contentsOf: content.appendingPathComponent(sourceName)))
            #expect(published == sourceBytes, "\(sourceName)")
            #expect(SHA256.hex(published) == report.sha256, "\(sourceName)")
            #expect(report.byteCount == sourceBytes.count)
            #expect(page.contains(ReportPage.Original.size(sourceBytes.count)))
        }
        // Originals are files, not pages: not in the sitemap.
        let sitemap = try String(contentsOf: output.appendingPathComponent("sitemap.xml"), encoding: .utf8)
        #expect(!sitemap.contains("original."))
    }

    @Test func anUnchangedOriginalIsNotRewrittenAndAChangedOneIs() throws {
        let (folder, content, output) = try Self.content(["cases/pdf/liuzhentun-2023.txt"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = content.appendingPathComponent("liuzhentun-2023.txt")
        let first = try ContentTreeTests.build(content.path, output)
        let original = output.appendingPathComponent(SiteRoutes.original(first.corpus.placements[0], report: first.corpus.reports[0], in: first.corpus))
        let written = try FileManager.default.attributesOfItem(atPath: original.path)[.modificationDate] as? Date
        // A forced rebuild writes nothing that did not change: the original keeps its file.
        let second = try ContentTreeTests.build(content.path, output)
        #expect(second.written == 0)
        #expect(try FileManager.default.attributesOfItem(atPath: original.path)[.modificationDate] as? Date == written)

        var bytes = try [UInt8](Data(contentsOf: file))
        bytes += Array("\n".utf8)
        try Data(bytes).write(to: file)
        _ = try ContentTreeTests.build(content.path, output)
        #expect(try [UInt8](Data(contentsOf: original)) == bytes)
    }

    @Test func sizesReadAsAReaderReadsThem() {
        #expect(ReportPage.Original.size(812) == "812 字节")
        #expect(ReportPage.Original.size(12_595) == "12.3 KB")
        #expect(ReportPage.Original.size(1_468_006) == "1.4 MB")
        // Counted in integers, as Foundation's formatter prints the quotient (ties to even).
        var sizes = Array(1000...5000) + [1024 * 1024 - 1, 1024 * 1024, 3 * 1024 * 1024 / 20, 5_452_595, 5_347_738, 123_456_789, 1 << 40]
        sizes += (0..<512).map { 1024 * $0 + 51 } + (0..<512).map { 1024 * 1024 * $0 + 52_428 + $0 % 3 }
        for bytes in sizes where bytes >= 1024 {
            let kilobytes = Double(bytes) / 1024
            let formatted = kilobytes < 1024 ? String(format: "%.1f KB", kilobytes) : String(format: "%.1f MB", kilobytes / 1024)
            #expect(ReportPage.Original.size(bytes) == formatted, "\(bytes)")
        }
    }
}
