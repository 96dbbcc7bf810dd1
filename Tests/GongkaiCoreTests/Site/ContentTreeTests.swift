import Foundation
import Testing
@testable import GongkaiCore

/// The content tree is read whole (issue 12, rows 1 and 3): links followed, loops and every
/// skipped entry said out loud, an empty read never deletes a portal, and an up-to-date
/// rebuild reports what the last build did.
@Suite struct ContentTreeTests {
    @discardableResult
    static func build(_ content: String, _ output: URL, force: Bool = true) throws -> PortalBuild.Summary {
        try PortalBuild(options: .init(content: content, output: output.path, theme: Repository.defaultTheme, defaultTheme: Repository.defaultTheme,
                                       site: SiteContext(baseURL: "https://example.org/"))).run(force: force)
    }

    static func link(_ link: URL, to target: URL) throws {
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: target.path)
    }

    // Row 1: `ln -s /some/real/folder Content` built a portal of 0 reports.
    @Test func aContentFolderThatIsALinkIsRead() throws {
        let folder = try Repository.temporaryFolder()
        let real = folder.appendingPathComponent("real")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Repository.content), to: real)
        try Self.link(folder.appendingPathComponent("Content"), to: real)
        let summary = try Self.build(folder.appendingPathComponent("Content").path, folder.appendingPathComponent("site"))
        #expect(summary.reports == 5)
        #expect(summary.skipped.isEmpty)
    }

    @Test func linksInsideTheTreeAreFollowedLoopsAndSkippedEntriesSaid() throws {
        let folder = try Repository.temporaryFolder()
        let content = folder.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Repository.content + "/刘楼镇"), to: content.appendingPathComponent("刘楼镇"))
        let elsewhere = folder.appendingPathComponent("elsewhere/承留镇")
        try FileManager.default.createDirectory(at: elsewhere.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Repository.content + "/承留镇"), to: elsewhere)
        try Self.link(content.appendingPathComponent("承留镇"), to: elsewhere)
        try Self.link(content.appendingPathComponent("刘楼镇/回到上级"), to: content)
        try Self.link(content.appendingPathComponent("断链.txt"), to: folder.appendingPathComponent("nothing.txt"))
        try Data("PK".utf8).write(to: content.appendingPathComponent("附件.xlsx"))  // a form Gongkai does not read (PDF now is one)
        try Data().write(to: content.appendingPathComponent(".DS_Store"))

        let listing = try ContentListing.disk(content.path)
        #expect(listing.paths == [content.path + "/刘楼镇/2022.txt", content.path + "/承留镇/2022.txt"])
        #expect(listing.skipped.map(\.0) == [content.path + "/断链.txt"])
        #expect(Set(listing.ignored.map(\.1.code)) == ["load.loop", "load.not-report", "load.hidden"])
        #expect(listing.ignored.contains { $0.0.hasSuffix("回到上级") && $0.1.code == "load.loop" })

        let summary = try Self.build(content.path, folder.appendingPathComponent("site"))
        #expect(summary.reports == 2)
        #expect(summary.skipped.count == 1, "the broken link is a skipped file")
        #expect(summary.failed(strict: false))
        #expect(summary.ignored.count == 3, "every entry not read has its line")
    }

    @Test func aBuildThatFindsNoReportsLeavesTheLastSite() throws {
        let (folder, content, output) = try Repository.contentCopy()
        try Self.build(content.path, output)
        let before = try LinkCheck.files(in: output)
        let empty = folder.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        try FileManager.default.removeItem(at: content)
        try Self.link(content, to: empty)
        #expect { try Self.build(content.path, output) } throws: { ($0 as? Diagnostic)?.code == "build.no-reports" }
        #expect(try LinkCheck.files(in: output) == before)
    }

    @Test func anEmptyContentFolderIsAWarning() throws {
        let folder = try Repository.temporaryFolder()
        let content = folder.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        let summary = try Self.build(content.path, folder.appendingPathComponent("site"))
        #expect(summary.reports == 0)
        #expect(summary.warnings == 1)
        #expect(summary.failed(strict: true) && !summary.failed(strict: false))
    }

    // Row 3: the first build listed a skipped file and failed; the second said "up to date" and passed.
    @Test func upToDateRepeatsTheLastBuildsOutcome() throws {
        let folder = try Repository.temporaryFolder()
        let content = folder.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Repository.content + "/刘楼镇"), to: content.appendingPathComponent("刘楼镇"))
        try Data([0x00, 0x01, 0xFF, 0xFE, 0x00, 0x9C, 0x00, 0x00, 0xC3]).write(to: content.appendingPathComponent("binary.txt"))
        let output = folder.appendingPathComponent("site")
        let first = try Self.build(content.path, output, force: false)
        #expect(!first.upToDate)
        #expect(first.skipped.count == 1)
        let second = try Self.build(content.path, output, force: false)
        #expect(second.upToDate)
        #expect(second.skipped.map(\.0) == first.skipped.map(\.0))
        #expect(second.skipped.map(\.1) == first.skipped.map(\.1))
        #expect(second.reports == first.reports)
        #expect(second.warnings == first.warnings && second.errors == first.errors)
        for strict in [false, true] { #expect(second.failed(strict: strict) == first.failed(strict: strict)) }
        #expect(first.failed(strict: false))
    }
}
