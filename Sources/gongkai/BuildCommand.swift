import ArgumentParser
import Foundation
import GongkaiCore

/// `gongkai build`: the portal from a content folder into a site folder.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the static portal: report pages, township, county and year indexes, comparisons, charts, open data."
    )

    @OptionGroup var options: BuildOptions

    @Flag(help: "Also exit 1 on warnings and failed checks (a skipped file always exits 1).")
    var strict = false

    @Flag(help: "Print the time of each build step.")
    var timings = false

    @Flag(help: "Build even when nothing changed since the last build.")
    var force = false

    func run() throws {
        let started = Date()
        let summary: PortalBuild.Summary
        let build = try options.build(warn: printError)
        do {
            summary = try build.run(force: force, progress: { print($0) })
        } catch {
            printError(error.formatted)
            throw ExitCode(1)
        }
        let elapsed = Int(Date().timeIntervalSince(started) * 1000)
        if timings {
            for (name, seconds) in summary.phases { print("  \(name.padding(toLength: 9, withPad: " ", startingAt: 0)) \(String(format: "%8.1f", seconds * 1000)) ms") }
            print("  total     \(String(format: "%8.1f", Double(elapsed))) ms")
            if let peak = PeakMemory.megabytes() { print("  peak memory \(peak) MB (gongkai itself, before the search index)") }
        }
        for (path, diagnostic) in summary.ignored { print("ignored " + diagnostic.located(in: path).formatted) }
        for (path, diagnostic) in summary.skipped { print("skipped " + diagnostic.located(in: path).formatted) }
        let counts = "\(summary.errors) errors, \(summary.warnings) warnings, \(summary.skipped.count) skipped"
        if summary.upToDate {
            // Up to date repeats what the last build of these inputs said, and exits as it did.
            print("\(options.output) is up to date with \(summary.reports) reports: \(counts) (\(elapsed) ms)")
        } else {
            print("built \(summary.pages) pages (\(summary.files) files, \(summary.written) written, \(summary.removed) removed) from \(summary.reports) reports into \(options.output): \(counts), \(elapsed) ms")
        }
        // Search: Pagefind over the written site, when the site has search and anything changed
        // (or the index is missing); skipped with a note when Pagefind is not installed.
        if build.options.site.search,
           !summary.upToDate || !FileManager.default.fileExists(atPath: options.output + "/" + SearchIndex.bundle + "pagefind.js") {
            _ = SearchIndex.run(site: options.output, print: { print($0) })
        }
        // The site is written even when files were skipped; a skipped file is still an error the
        // editor must see, so the exit is 1. Failed checks and warnings fail only with --strict.
        if summary.failed(strict: strict) { throw ExitCode(1) }
    }
}
