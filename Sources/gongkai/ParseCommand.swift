import ArgumentParser
import GongkaiCore

/// `gongkai parse FILE... [--json]`: the model of each file, as a summary or as JSON.
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Parse report files and print a summary per file, or the JSON array of report-json.md."
    )

    @Argument(help: "Report files (UTF-8, UTF-16 with BOM or GB18030 text or markdown).")
    var files: [String]

    @Flag(help: "Print the JSON array of the reports (schema gongkai.report/1) instead of a summary.")
    var json = false

    func run() throws {
        var reports: [Report] = []
        var unreadable = false
        for path in files {
            switch ReportFileSystem.disk.loadSource(path) {
            case .success(let source): reports.append(ReportParser.parse(source))
            case .failure(let diagnostic):
                unreadable = true
                printError(diagnostic.located(in: path).formatted)
            }
        }
        if json {
            print(JSONValue.array(reports.map(\.json)).serialized())
        } else {
            print(reports.map(\.summary).joined(separator: "\n\n"))
        }
        if unreadable { throw ExitCode(1) }
    }
}
