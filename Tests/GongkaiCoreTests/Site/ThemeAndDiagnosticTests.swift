import Foundation
import Testing
@testable import GongkaiCore

/// The default theme ships inside Gongkai, so a build works from any folder; a diagnostic
/// carries its file and prints one way everywhere.
@Suite("Shipped theme and diagnostics")
struct ThemeAndDiagnosticTests {
    @Test("gongkai build run outside the repository uses the shipped theme")
    func buildOutsideTheRepository() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (status, output) = try Executable.run(["build", "--content", Repository.content, "--output", "site"], in: folder)
        #expect(status == 0, "\(output)")
        let home = try String(contentsOf: folder.appendingPathComponent("site/index.html"), encoding: .utf8)
        #expect(home.contains("鄌郚镇"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("site/assets/style.css").path))
    }

    @Test("the shipped default theme is the repository's, every template and asset")
    func shippedThemeIsTheSource() throws {
        let shipped = try ThemeFiles.read(folder: ThemeFiles.defaultFolder())
        let source = try ThemeFiles.read(folder: Repository.defaultTheme)
        #expect(shipped.templates.mapValues(\.text) == source.templates.mapValues(\.text))
        #expect(shipped.assets == source.assets)
    }

    @Test("--theme replaces one template and keeps the rest of the shipped theme")
    func themeOverridesTemplateByTemplate() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let theme = folder.appendingPathComponent("theme")
        try FileManager.default.createDirectory(at: theme, withIntermediateDirectories: true)
        try "{{<shell}}{{$main}}<p class=\"custom-404\">别处</p>{{/main}}{{/shell}}\n"
            .write(to: theme.appendingPathComponent("404.mustache"), atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("site")
        _ = try PortalBuild(options: .init(content: Repository.content, output: output.path, theme: theme.path, site: SiteContext())).run()
        let notFound = try String(contentsOf: output.appendingPathComponent("404.html"), encoding: .utf8)
        let home = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(notFound.contains("custom-404"))
        #expect(home.contains("鄌郚镇"))
    }

    @Test("a missing content folder prints the same line from build and from listing")
    func oneFormatter() throws {
        let missing = "/nonexistent-gongkai-folder"
        var fromBuild: Diagnostic?
        do {
            _ = try PortalBuild(options: .init(content: missing, output: "/tmp/unused-site", site: SiteContext())).run()
        } catch {
            fromBuild = error
        }
        var fromListing: Diagnostic?
        do {
            _ = try ReportFileSystem.disk.listReports(missing)
        } catch let diagnostic as Diagnostic {
            fromListing = diagnostic
        }
        #expect(fromBuild?.formatted == "\(missing): error: 目录不存在 [load.folder]")
        #expect(fromListing?.formatted == fromBuild?.formatted)
    }

    @Test("a report's diagnostics name its file, and the message does not repeat it")
    func reportDiagnosticsCarryTheirFile() {
        let report = ReportParser.parse(SourceText(path: "某镇/2023.txt", text: "某镇人民政府2023年政府信息公开工作年度报告\n一、总体情况\n正文\n"))
        #expect(!report.diagnostics.isEmpty)
        for diagnostic in report.diagnostics {
            #expect(diagnostic.file == "某镇/2023.txt")
            #expect(!diagnostic.message.contains("某镇/2023.txt"))
            #expect(diagnostic.formatted.hasPrefix("某镇/2023.txt"))
        }
    }

    @Test("a broken template is reported at its file and line, once")
    func templateErrorLocation() throws {
        let theme = ThemeFiles(templates: ["report": (text: "{{#unclosed}}\n<p>{{x}}</p>\n", path: "theme/report.mustache")], assets: [:])
        var caught: Diagnostic?
        do { _ = try PageRenderer(theme: theme) } catch { caught = error }
        let diagnostic = try #require(caught)
        #expect(diagnostic.file == "theme/report.mustache")
        #expect(diagnostic.formatted.hasPrefix("theme/report.mustache:"))
        #expect(!diagnostic.message.contains("theme/report.mustache"))
    }
}
