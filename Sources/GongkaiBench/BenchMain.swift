import Foundation
import GongkaiCore

/// `gongkai-bench generate N CONTENT HUGO`: writes a synthetic corpus of N reports as Gongkai
/// content and as a Hugo site. `gongkai-bench edit FILE`: changes one number in a report, as an
/// editor would. `gongkai-bench boilerplate CONTENT`: seconds the boilerplate checks B1 and B2
/// take on a content folder. Used by `make bench` (Benchmarks/bench.sh).
@main
struct BenchMain {
    static func main() throws {
        let arguments = Array(CommandLine.arguments.dropFirst())
        switch arguments.first {
        case "generate" where arguments.count == 4:
            guard let count = Int(arguments[1]) else { throw BenchError.usage }
            try generate(count: count, content: arguments[2], hugo: arguments[3])
        case "assemble" where arguments.count == 2:
            // Times parsing and the serial assembly step on a content folder (profiling aid).
            let paths = try ReportFileSystem.disk.listReports(arguments[1])
            var start = Date()
            let reports = paths.compactMap { try? ReportFileSystem.disk.loadSource($0).map(ReportParser.parse).get() }
            print("parse: \(reports.count) reports in \(Int(Date().timeIntervalSince(start) * 1000)) ms")
            for _ in 0..<(ProcessInfo.processInfo.environment["ASSEMBLE_RUNS"].flatMap(Int.init) ?? 3) {
                start = Date()
                let corpus = CorpusAssembler.assemble(reports)
                print("assemble: \(corpus.townships.count) townships in \(Int(Date().timeIntervalSince(start) * 1000)) ms")
            }
        case "boilerplate" where arguments.count == 2:
            // Times the boilerplate checks alone (B1 on every consecutive pair, B2 over each year)
            // on a parsed and assembled content folder: what they add to a build.
            let paths = try ReportFileSystem.disk.listReports(arguments[1])
            let reports = paths.compactMap { try? ReportFileSystem.disk.loadSource($0).map(ReportParser.parse).get() }
            var corpus = CorpusAssembler.assemble(reports)
            let start = Date()
            var b1 = 0
            for township in corpus.townships {
                for (last, current) in zip(township.reportIndexes, township.reportIndexes.dropFirst()) {
                    let result = BoilerplateChecks.b1(previous: corpus.reports[last], current: corpus.reports[current],
                                                      previousYear: "上年", threshold: BoilerplateChecks.defaultThreshold)
                    b1 += result == nil ? 0 : 1
                }
            }
            BoilerplateChecks.applyB2(to: &corpus, threshold: BoilerplateChecks.defaultThreshold)
            print(String(format: "%.2f", Date().timeIntervalSince(start)), b1, corpus.reports.count)
        case "edit" where arguments.count == 2:
            let url = URL(fileURLWithPath: arguments[1])
            let text = try String(contentsOf: url, encoding: .utf8)
            guard let range = text.range(of: "行政处罚") else { throw BenchError.usage }
            var edited = text
            edited.insert(contentsOf: "（已更正）", at: range.upperBound)
            try edited.write(to: url, atomically: false, encoding: .utf8)
        default:
            throw BenchError.usage
        }
    }

    enum BenchError: Error, CustomStringConvertible {
        case usage
        var description: String { "usage: gongkai-bench generate N CONTENT_DIR HUGO_DIR | gongkai-bench edit FILE" }
    }

    static func generate(count: Int, content: String, hugo: String) throws {
        let manager = FileManager.default
        for (path, text) in HugoCorpus.siteFiles() {
            let url = URL(fileURLWithPath: hugo).appendingPathComponent(path)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: false, encoding: .utf8)
        }
        try SyntheticCorpus(reports: count).forEach { item in
            let file = URL(fileURLWithPath: content).appendingPathComponent(item.path)
            try manager.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try put(item.text, at: file.path)
            let page = URL(fileURLWithPath: hugo).appendingPathComponent("content/reports/\(item.county)-\(item.township)-\(item.year).md")
            try manager.createDirectory(at: page.deletingLastPathComponent(), withIntermediateDirectories: true)
            try put(HugoCorpus.page(item), at: page.path)
        }
    }

    /// Writes `text` to `path` without the `fsync` Foundation's `String.write` does per file: a
    /// corpus is 200,000 files at 100,000 reports, and syncing each made generating it I/O-bound.
    static func put(_ text: String, at path: String) throws {
        guard let file = fopen(path, "wb") else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
        defer { fclose(file) }
        var text = text
        let written = text.withUTF8 { fwrite($0.baseAddress, 1, $0.count, file) }
        if written != text.utf8.count { throw CocoaError(.fileWriteOutOfSpace, userInfo: [NSFilePathErrorKey: path]) }
    }
}
