import Foundation

/// A build of the portal: the ordered list of named steps of `BuildStep.all` (list the inputs
/// and stop there when nothing changed since the last build, read the theme, parse in parallel,
/// assemble the corpus, check it, plan the files, render pages, write open data, write feeds and
/// sitemaps, commit), each timed. Every disk access goes through `fileSystem`; the site folder
/// through `SiteWriter`.
public struct PortalBuild: Sendable {
    /// What to build from and where to.
    public struct Options: Sendable {
        public var content: String
        public var output: String
        /// A theme folder whose templates and assets override the default theme's, file by
        /// file; nil for the default theme alone.
        public var theme: String?
        /// The default theme's folder; nil for the one shipped inside Gongkai
        /// (`ThemeFiles.defaultFolder()`).
        public var defaultTheme: String?
        public var site: SiteContext

        /// Creates options.
        public init(content: String, output: String, theme: String? = nil, defaultTheme: String? = nil, site: SiteContext) {
            self.content = content
            self.output = output
            self.theme = theme
            self.defaultTheme = defaultTheme
            self.site = site
        }

        /// The theme folders the site is made from, the default first: what a build reads and
        /// `serve` watches.
        public func themeFolders() throws(Diagnostic) -> [String] {
            let base: String
            if let defaultTheme { base = defaultTheme } else { base = try ThemeFiles.defaultFolder() }
            return theme.map { $0 == base ? [base] : [base, $0] } ?? [base]
        }
    }

    /// What a build did.
    public struct Summary: Sendable {
        public var reports: Int
        public var pages: Int
        public var files: Int
        public var written: Int
        public var removed: Int
        public var upToDate: Bool
        public var skipped: [(String, Diagnostic)]
        /// Entries of the content folder not read on purpose (not a report file, hidden, a
        /// folder reached twice through links), each with why: printed, never counted.
        public var ignored: [(String, Diagnostic)] = []
        /// Files that cannot be read now but could before (serve only): their last good report
        /// stays published, with why the file is not read.
        public var stale: [(String, Diagnostic)] = []
        public var warnings: Int
        public var errors: Int
        /// Each step that ran, with its time in seconds, in order.
        public var phases: [(String, Double)]
        public var corpus: Corpus

        /// Whether the build failed its editor: a file was skipped (always), or with `strict` a
        /// report has an error or a warning. The same inputs give the same answer whether the
        /// site was written or found up to date.
        public func failed(strict: Bool) -> Bool {
            !skipped.isEmpty || (strict && (errors > 0 || warnings > 0))
        }
    }

    public var options: Options
    public var fileSystem: ReportFileSystem

    /// Creates a build.
    public init(options: Options, fileSystem: ReportFileSystem = .disk) {
        self.options = options
        self.fileSystem = fileSystem
    }

    /// Runs the steps; `progress` hears each step as it ends (`name: what it did (ms)`). With
    /// `force`, builds even when the inputs are those of the site already there. With
    /// `incremental` (serve), unchanged files are not parsed again; with `changed` (the files
    /// file events named) no other file is looked at, and the pages of the reports that changed
    /// are written first, before the rest of the site, after which `firstPages` hears their paths.
    /// With `cancellation`, the build stops at its next safe point once asked (after the edited
    /// pages are written) and throws a diagnostic of code `BuildCancellation.code`; the site stays
    /// as it was, and the next build with the same `incremental` makes what this one left.
    /// `afterFirst` is called once the edited pages are written (or could not be), before the
    /// build goes on: serve waits there for a stopped build still finishing its last files.
    public func run(force: Bool = false, incremental: IncrementalBuild? = nil, changed: Set<String>? = nil,
                    firstPages: (([String]) -> Void)? = nil, cancellation: BuildCancellation? = nil,
                    afterFirst: () -> Void = {}, progress: (String) -> Void = { _ in }) throws(Diagnostic) -> Summary {
        _ = try BaseURL.parse(options.site.baseURL)
        var state = BuildRun(build: self, force: force, incremental: incremental, changed: changed, firstPages: firstPages, cancellation: cancellation)
        var phases: [(String, Double)] = []
        for step in BuildStep.all {
            if step.name == BuildStep.afterFirst { afterFirst() }
            if step.preemptible {
                cancellation?.reachedPreemptibleSteps()
                if state.isCancelled { throw state.stop() }
            }
            let clock = Date()
            let cpu = ProcessCPU.now()
            guard let detail = try step.run(&state) else { continue }
            let elapsed = Date().timeIntervalSince(clock)
            let spent = ProcessCPU.now() - cpu
            phases.append((step.name, elapsed))
            progress("\(step.name): \(detail) (\(Int(elapsed * 1000)) ms, CPU \(spent))")
            if var summary = state.summary {
                summary.phases = phases
                return summary
            }
        }
        return Summary(reports: 0, pages: 0, files: 0, written: 0, removed: 0, upToDate: false, skipped: [], warnings: 0, errors: 0,
                       phases: phases, corpus: CorpusAssembler.assemble([]))
    }

    /// Writes one file; a report's original file gets its bytes from the content folder
    /// (`sources` maps a published path to the content file). When the bytes there no longer have
    /// the SHA-256 the page shows (serve keeps the last good reading of a file edited into one it
    /// cannot read), the copy the previous build published stays; the page never vouches for
    /// other bytes.
    func write(_ file: SiteFile, to writer: SiteWriter, sources: [String: String]) throws(Diagnostic) {
        guard let original = file.original else { return try writer.write(file) }
        let source = sources[original.source] ?? original.source
        guard let bytes = try? fileSystem.read(source), SHA256.hex(bytes) == original.sha256 else {
            writer.keep(file.path)
            return
        }
        try writer.write(SiteFile(path: file.path, bytes: bytes))
    }

    /// A fingerprint of everything the site is made from: the content files and theme files (by
    /// size and modification time), the options, and the gongkai executable itself. Nil when a
    /// file cannot be stamped, so the build never wrongly skips.
    func inputFingerprint(paths: [String], listing: ContentListing? = nil, themeFolders: [String]) -> String? {
        var text = "\(options.site.name)\n\(options.site.baseURL)\n\(options.site.feedEntries)\n\(themeFolders.joined(separator: "\n"))\n"
        if let executable = RunningExecutable.path, let stamp = fileSystem.stamp(executable) { text += stamp + "\n" } else { return nil }
        for folder in themeFolders.sorted() {
            guard let files = fileSystem.listFolder(folder) else { return nil }
            for file in files {
                guard let stamp = fileSystem.stamp(folder + "/" + file) else { return nil }
                text += "\(folder)/\(file) \(stamp)\n"
            }
        }
        for (path, diagnostic) in (listing?.skipped ?? []) + (listing?.ignored ?? []) { text += "\(path) \(diagnostic.code)\n" }
        // The content files stamped on every core, in blocks (a no-op rebuild is mostly these
        // system calls), then joined in order.
        let fileSystem = fileSystem
        let blockSize = 256
        let blocks = ResultSlots<[String?]>(count: (paths.count + blockSize - 1) / blockSize)
        DispatchQueue.concurrentPerform(iterations: (paths.count + blockSize - 1) / blockSize) { block in
            blocks.set(block, paths[(block * blockSize)..<min(paths.count, (block + 1) * blockSize)].map(fileSystem.stamp))
        }
        let stamps = blocks.values.flatMap { $0 ?? [] }
        guard stamps.count == paths.count else { return nil }
        for (path, stamp) in zip(paths, stamps) {
            guard let stamp else { return nil }
            text += "\(path) \(stamp)\n"
        }
        return String(ContentHash.of(Array(text.utf8)), radix: 16) + "-\(paths.count)"
    }

    /// A content file's path as pages and open data publish it: relative to the content folder,
    /// so the same files give the same site wherever they live (`刘楼镇/2022.txt`).
    func publishedPath(_ path: String) -> String {
        var folder = options.content
        while folder.count > 1, folder.hasSuffix("/") { folder.removeLast() }
        return path.hasPrefix(folder + "/") ? String(path.dropFirst(folder.count + 1)) : path
    }

    func listContent() throws(Diagnostic) -> ContentListing {
        do {
            return try fileSystem.listContent(options.content)
        } catch let diagnostic as Diagnostic {
            throw diagnostic.located(in: options.content)
        } catch {
            throw Diagnostic(.error, "load.folder", file: options.content, line: nil, "无法列出目录：\(error)")
        }
    }

    /// Loads and parses files in parallel, bounded to the cores; results in the order given.
    /// With `cache`, a file whose stamp is unchanged is not parsed again. With `narratives`, each
    /// publishable report's text goes there as soon as it is parsed, its path made the published
    /// one (`publishedPath`), so that the reports' text is never all in memory at once.
    static func parseAll(_ paths: [String], fileSystem: ReportFileSystem, cache: ParseCache? = nil,
                         narratives: NarrativeStore? = nil, publishedPath: @Sendable (String) -> String = { $0 }) -> [Result<Report, Diagnostic>] {
        let results = ResultSlots<Result<Report, Diagnostic>>(count: paths.count)
        // Every file is read (a cache reads only the changed ones, which the stamps tell).
        if cache == nil { fileSystem.prefetch(paths) }
        DispatchQueue.concurrentPerform(iterations: paths.count) { index in
            var result = parse(paths[index], fileSystem: fileSystem, cache: cache)
            if let narratives, case .success(var report) = result, report.unpublishableReason == nil {
                report.path = publishedPath(paths[index])
                narratives.takeText(of: &report)
                result = .success(report)
            }
            results.set(index, result)
        }
        return results.values.compactMap { $0 }
    }

    /// Loads and parses files on every core, as a build does; results in the order given, each
    /// report with its text (`check`).
    public static func loadAndParse(_ paths: [String], fileSystem: ReportFileSystem) -> [Result<Report, Diagnostic>] {
        parseAll(paths, fileSystem: fileSystem)
    }

    /// One file loaded and parsed, or its cached result when its stamp is unchanged.
    static func parse(_ path: String, fileSystem: ReportFileSystem, cache: ParseCache?) -> Result<Report, Diagnostic> {
        let parse = { fileSystem.loadSource(path).map(ReportParser.parse) }
        return cache.map { $0.result(for: path, stamp: fileSystem.stamp(path), parse: parse) } ?? parse()
    }
}

/// The CPU time this process has spent, user and system, for the step lines: on a loaded
/// machine a step's wall time is mostly the others' work, its CPU time is its own.
struct ProcessCPU: CustomStringConvertible {
    var user: Double
    var system: Double

    /// The time spent so far (zero where `getrusage` fails).
    static func now() -> ProcessCPU {
        var usage = rusage()
        #if canImport(Glibc)
        let who = __rusage_who_t(RUSAGE_SELF.rawValue)
        #else
        let who = RUSAGE_SELF
        #endif
        guard getrusage(who, &usage) == 0 else { return ProcessCPU(user: 0, system: 0) }
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1_000_000 }
        return ProcessCPU(user: seconds(usage.ru_utime), system: seconds(usage.ru_stime))
    }

    static func - (after: ProcessCPU, before: ProcessCPU) -> ProcessCPU {
        ProcessCPU(user: after.user - before.user, system: after.system - before.system)
    }

    /// E.g. `12.34 s user + 1.02 s sys`.
    var description: String { String(format: "%.2f s user + %.2f s sys", user, system) }
}
