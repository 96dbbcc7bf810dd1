import Foundation
import Testing
@testable import GongkaiCore

/// The build is the ordered list of `BuildStep.all`, each timed into the summary; its disk
/// access goes through the injected file system.
@Suite struct BuildStepsTests {
    @Test func aBuildRunsEveryStepInOrderAndAnUnchangedOneStopsAfterListing() throws {
        let output = try Repository.temporaryFolder().appendingPathComponent("site")
        var heard: [String] = []
        let first = try Repository.build(output: output, progress: { heard.append($0) })
        #expect(first.phases.map(\.0) == ["list", "theme", "parse", "assemble", "checks", "plan", "render", "data", "feeds", "write"])
        #expect(heard.map { String($0.prefix { $0 != ":" }) } == first.phases.map(\.0))
        // 37 pages of the seeds, the township A–Z index and the search page.
        #expect(first.pages == 39 && first.files > first.pages)
        let again = try Repository.build(output: output)
        #expect(again.upToDate && again.phases.map(\.0) == ["list"])
    }

    /// A theme folder that exists only in the injected file system is read from it, and its
    /// files are what the fingerprint stamps.
    @Test func theThemeIsReadThroughTheInjectedFileSystem() throws {
        let folder = try Repository.temporaryFolder()
        let disk = ReportFileSystem.disk
        let virtual = "/virtual-theme"
        let notFound = Array("{{<shell}}{{$main}}<p class=\"virtual-404\">不在磁盘上</p>{{/main}}{{/shell}}\n".utf8)
        var fileSystem = disk
        fileSystem.listFolder = { $0 == virtual ? ["404.mustache"] : disk.listFolder($0) }
        fileSystem.read = { $0 == virtual + "/404.mustache" ? notFound : try disk.read($0) }
        fileSystem.stamp = { $0 == virtual + "/404.mustache" ? "virtual" : disk.stamp($0) }
        let output = folder.appendingPathComponent("site")
        let build = PortalBuild(options: .init(content: Repository.content, output: output.path, theme: virtual, defaultTheme: Repository.defaultTheme,
                                               site: SiteContext(baseURL: "https://example.org/")), fileSystem: fileSystem)
        let summary = try build.run()
        #expect(!summary.upToDate)
        let page = try String(contentsOf: output.appendingPathComponent("404.html"), encoding: .utf8)
        #expect(page.contains("virtual-404"))
        #expect(try build.run().upToDate)
    }

    /// The site is written through the injected file system: a write it refuses fails the
    /// build and leaves the previous site as it was; every file written went through it.
    @Test func theSiteIsWrittenThroughTheInjectedFileSystem() throws {
        let output = try Repository.temporaryFolder().appendingPathComponent("site")
        let written = Locked<[String]>([])
        var fileSystem = ReportFileSystem.disk
        let disk = SiteDiskAccess.disk
        fileSystem.siteDisk.writeFile = { path, bytes throws(Diagnostic) in
            written.update { $0.append(path) }
            try disk.writeFile(path, bytes)
        }
        let options = PortalBuild.Options(content: Repository.content, output: output.path, theme: Repository.defaultTheme,
                                          defaultTheme: Repository.defaultTheme, site: SiteContext(baseURL: "https://example.org/"))
        let summary = try PortalBuild(options: options, fileSystem: fileSystem).run()
        #expect(written.value.count == summary.written + 1, "every file and the manifest")
        let before = try LinkCheck.files(in: output)
        fileSystem.siteDisk.writeFile = { path, _ throws(Diagnostic) in throw Diagnostic(.error, "write.failed", file: path, line: nil, "磁盘已满") }
        #expect(throws: Diagnostic.self) { try PortalBuild(options: options, fileSystem: fileSystem).run(force: true) }
        #expect(try LinkCheck.files(in: output) == before)
    }
}

/// A value shared with a `@Sendable` closure.
final class Locked<Value: Sendable>: @unchecked Sendable {
    private var stored: Value
    private let lock = NSLock()

    init(_ value: Value) { stored = value }

    var value: Value {
        lock.lock()
        defer { lock.unlock() }
        return stored
    }

    func update(_ change: (inout Value) -> Void) {
        lock.lock()
        change(&stored)
        lock.unlock()
    }
}
