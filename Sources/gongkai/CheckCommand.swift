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

    @Option(help: "The portal's settings file, read for boilerplate_threshold.")
    var config = SiteConfig.fileName

    @Option(help: "The share of copied narrative, in percent (1–100), at which B1 and B2 warn (overrides gongkai.yaml; default 60).")
    var boilerplateThreshold: Double?

    func validate() throws {
        if let boilerplateThreshold, SiteConfig.threshold(percent: boilerplateThreshold) == nil {
            throw ValidationError("--boilerplate-threshold 应是 1 到 100 之间的百分数（如 60）")
        }
    }

    func run() throws {
        let threshold = SiteContext(config: try BuildOptions.settings(config), boilerplateThreshold: boilerplateThreshold).boilerplateThreshold
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
        // list → parse → assemble → check: the same checks stage as `build`, so X1–X3 and
        // duplicate township-years are printed and counted here too.
        var errors = listing.skipped.count
        var parsed: [Report] = []
        for (path, result) in zip(paths, PortalBuild.loadAndParse(paths, fileSystem: fileSystem)) {
            switch result {
            case .failure(let diagnostic):
                errors += 1
                print(diagnostic.located(in: path).formatted)
            case .success(let report):
                parsed.append(report)
            }
        }
        let (corpus, unpublishable) = CheckStage.checked(parsed, boilerplateThreshold: threshold)
        let checked = corpus.reports + unpublishable
        for report in checked.sorted(by: { $0.path < $1.path }) {
            for diagnostic in report.diagnostics { print(diagnostic.located(in: report.path).formatted) }
            for line in report.failedCheckLines { print(line) }
            let cells = report.cellTally
            print("\(report.path): cells \(cells.read) read, \(cells.unknown) unknown")
        }
        let reports = checked.count
        errors += checked.reduce(0) { $0 + $1.problemCount(.error) }
        let warnings = checked.reduce(0) { $0 + $1.problemCount(.warning) }
        print("checked \(reports) report\(reports == 1 ? "" : "s") of \(paths.count) file\(paths.count == 1 ? "" : "s") in \(folder): \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
        if errors > 0 || (strict && warnings > 0) { throw ExitCode(1) }
    }
}
