import ArgumentParser
import GongkaiCore

/// `gongkai check [DIR] [--strict]`: every diagnostic and failed check of the reports under DIR.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Parse every report under a folder; print each diagnostic and failed check and a summary line."
    )

    @Argument(help: "The content folder.")
    var folder = "Content"

    @Flag(help: "Also fail (exit 1) on warnings.")
    var strict = false

    func run() throws {
        let fileSystem = ReportFileSystem.disk
        let listing: ContentListing
        do {
            listing = try fileSystem.listContent(folder)
        } catch let diagnostic as Diagnostic {
            printError(diagnostic.located(in: folder).formatted)
            throw ExitCode(1)
        }
        let paths = listing.paths
        for (path, diagnostic) in listing.ignored { print("ignored " + diagnostic.located(in: path).formatted) }
        for (path, diagnostic) in listing.skipped { print("skipped " + diagnostic.located(in: path).formatted) }
        var errors = listing.skipped.count
        var warnings = 0
        var reports = 0
        for path in paths {
            switch fileSystem.loadSource(path) {
            case .failure(let diagnostic):
                errors += 1
                print(diagnostic.located(in: path).formatted)
            case .success(let source):
                let report = ReportParser.parse(source)
                reports += 1
                for diagnostic in report.diagnostics { print(diagnostic.located(in: path).formatted) }
                for line in report.failedCheckLines { print(line) }
                let cells = report.cellTally
                print("\(path): cells \(cells.read) read, \(cells.unknown) unknown")
                errors += report.problemCount(.error)
                warnings += report.problemCount(.warning)
            }
        }
        print("checked \(reports) report\(reports == 1 ? "" : "s") of \(paths.count) file\(paths.count == 1 ? "" : "s") in \(folder): \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
        if errors > 0 || (strict && warnings > 0) { throw ExitCode(1) }
    }
}
