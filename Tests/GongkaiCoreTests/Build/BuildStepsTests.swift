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
}
