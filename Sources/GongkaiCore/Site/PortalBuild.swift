import Foundation

/// A build of the portal as an ordered list of named phases: load and parse the content (in
/// parallel), assemble the corpus (serial), render the site, write it.
public struct PortalBuild: Sendable {
    /// What to build from and where to.
    public struct Options: Sendable {
        public var content: String
        public var output: String
        public var theme: String
        public var defaultTheme: String
        public var site: SiteContext

        /// Creates options.
        public init(content: String, output: String, theme: String, defaultTheme: String, site: SiteContext) {
            self.content = content
            self.output = output
            self.theme = theme
            self.defaultTheme = defaultTheme
            self.site = site
        }
    }

    /// What a build did.
    public struct Summary: Sendable {
        public var reports: Int
        public var pages: Int
        public var files: Int
        public var skipped: [(String, Diagnostic)]
        public var warnings: Int
        public var errors: Int
        public var phases: [(String, Double)]
        public var corpus: Corpus
    }

    public var options: Options
    public var fileSystem: ReportFileSystem

    /// Creates a build.
    public init(options: Options, fileSystem: ReportFileSystem = .disk) {
        self.options = options
        self.fileSystem = fileSystem
    }

    /// Runs the phases; `progress` hears each phase as it ends.
    public func run(progress: (String) -> Void = { _ in }) throws(Diagnostic) -> Summary {
        var phases: [(String, Double)] = []
        var clock = Date()
        func phase(_ name: String, _ detail: String) {
            let elapsed = Date().timeIntervalSince(clock)
            phases.append((name, elapsed))
            progress("\(name): \(detail) (\(Int(elapsed * 1000)) ms)")
            clock = Date()
        }
        let paths = try listContent()
        let loaded = Self.parseAll(paths, fileSystem: fileSystem)
        var reports: [Report] = []
        var skipped: [(String, Diagnostic)] = []
        for (path, result) in zip(paths, loaded) {
            switch result {
            case .success(let report):
                if let reason = report.unpublishableReason { skipped.append((path, reason)) } else { reports.append(report) }
            case .failure(let diagnostic):
                skipped.append((path, diagnostic))
            }
        }
        phase("parse", "\(reports.count) reports from \(paths.count) files")
        let corpus = CorpusAssembler.assemble(reports)
        phase("assemble", "\(corpus.townships.count) townships, \(corpus.years.count) years")
        let defaultTheme = try ThemeFiles.read(folder: options.defaultTheme)
        let theme = options.theme == options.defaultTheme ? defaultTheme : try ThemeFiles.read(folder: options.theme).overriding(defaultTheme)
        let files = try SiteBuilder.files(corpus: corpus, skipped: skipped, theme: theme, site: options.site)
        let pages = files.count { $0.path.hasSuffix(".html") }
        phase("render", "\(pages) pages, \(files.count) files")
        try SiteWriter(output: options.output).write(files)
        phase("write", options.output)
        let warnings = reports.reduce(0) { $0 + $1.diagnostics.count { $0.severity == .warning } + $1.checks.count { $0.status == .fail && $0.severity == .warning } }
        let errors = reports.reduce(0) { $0 + $1.diagnostics.count { $0.severity == .error } + $1.checks.count { $0.status == .fail && $0.severity == .error } }
        return Summary(reports: reports.count, pages: pages, files: files.count, skipped: skipped, warnings: warnings,
                       errors: errors + skipped.count, phases: phases, corpus: corpus)
    }

    private func listContent() throws(Diagnostic) -> [String] {
        do {
            return try fileSystem.listReports(options.content)
        } catch let diagnostic as Diagnostic {
            throw Diagnostic(.error, diagnostic.code, line: nil, "\(options.content): \(diagnostic.message)")
        } catch {
            throw Diagnostic(.error, "load.folder", line: nil, "\(options.content): \(error)")
        }
    }

    /// Loads and parses files in parallel, bounded to the cores; results in the order given.
    static func parseAll(_ paths: [String], fileSystem: ReportFileSystem) -> [Result<Report, Diagnostic>] {
        let results = ResultSlots<Result<Report, Diagnostic>>(count: paths.count)
        DispatchQueue.concurrentPerform(iterations: paths.count) { index in
            results.set(index, fileSystem.loadSource(paths[index]).map(ReportParser.parse))
        }
        return results.values.compactMap { $0 }
    }
}

/// Slots filled from concurrent work, one per index, read after the work is done.
final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var values: [Value?] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}
