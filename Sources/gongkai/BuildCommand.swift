import ArgumentParser
import Foundation
import GongkaiCore

/// `gongkai build`: the portal from a content folder into a site folder.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the static portal: report pages, township, county and year indexes, comparisons, charts, open data."
    )

    @Option(help: "The folder of report files.")
    var content = "Content"

    @Option(help: "The site folder to write (replaced atomically).")
    var output = "site"

    @Option(help: "The theme folder; templates it lacks come from Themes/default.")
    var theme = "Themes/default"

    @Option(help: "The absolute URL the site is published at, for the sitemap and the feed.")
    var baseURL = "http://127.0.0.1:8000/"

    @Flag(help: "Exit 1 when a report has warnings.")
    var strict = false

    func run() throws {
        let started = Date()
        let build = PortalBuild(options: .init(content: content, output: output, theme: theme, defaultTheme: "Themes/default",
                                               site: SiteContext(baseURL: baseURL)))
        let summary: PortalBuild.Summary
        do {
            summary = try build.run { print($0) }
        } catch {
            printError("error: \(error.message) [\(error.code)]")
            throw ExitCode(1)
        }
        for (path, diagnostic) in summary.skipped { print("skipped " + diagnostic.formatted(path: path)) }
        let elapsed = Int(Date().timeIntervalSince(started) * 1000)
        print("built \(summary.pages) pages (\(summary.files) files) from \(summary.reports) reports into \(output): \(summary.errors) errors, \(summary.warnings) warnings, \(summary.skipped.count) skipped, \(elapsed) ms")
        if summary.errors > 0 && strict || (strict && summary.warnings > 0) { throw ExitCode(1) }
    }
}
