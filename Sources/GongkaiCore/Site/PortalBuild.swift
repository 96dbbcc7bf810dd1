import Foundation

/// A build of the portal as an ordered list of named phases: list the inputs (and stop there
/// when nothing changed since the last build), parse the content in parallel, assemble the
/// corpus (serial), render and write the site in parallel, commit.
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

    /// Runs the phases; `progress` hears each phase as it ends. With `force`, builds even when
    /// the inputs are those of the site already there. With a `cache` (serve), unchanged files
    /// are not parsed again, and the pages of the reports that changed are written first, before
    /// the rest of the site, after which `firstPages` hears their paths.
    public func run(force: Bool = false, cache: ParseCache? = nil, changed: Set<String>? = nil, firstPages: (([String]) -> Void)? = nil,
                    progress: (String) -> Void = { _ in }) throws(Diagnostic) -> Summary {
        _ = try BaseURL.parse(options.site.baseURL)
        var phases: [(String, Double)] = []
        var clock = Date()
        func phase(_ name: String, _ detail: String) {
            let elapsed = Date().timeIntervalSince(clock)
            phases.append((name, elapsed))
            progress("\(name): \(detail) (\(Int(elapsed * 1000)) ms)")
            clock = Date()
        }
        // With file events (serve), a change to existing files only needs no walk of the folder.
        let known = changed.flatMap { changed in cache?.lastPaths.flatMap { paths in
            Set(paths).isSuperset(of: changed) && changed.allSatisfy { FileManager.default.fileExists(atPath: $0) } ? paths : nil
        } }
        let listing: ContentListing
        if let known { listing = ContentListing(paths: known) } else { listing = try listContent() }
        let paths = listing.paths
        let themeFolders = try options.themeFolders()
        var theme = try ThemeFiles.read(folder: themeFolders[0])
        for folder in themeFolders.dropFirst() { theme = try ThemeFiles.read(folder: folder).overriding(theme) }
        var ignored = listing.ignored
        if paths.isEmpty {
            ignored.append((options.content, Diagnostic(.warning, "load.empty", line: nil, "目录中没有报告文件（.txt、.md）")))
        }
        let fingerprint = cache == nil ? inputFingerprint(paths: paths, listing: listing, themeFolders: themeFolders) : nil
        if !force, cache == nil, let fingerprint, SiteWriter.fingerprint(of: options.output) == fingerprint,
           let last = SiteWriter.outcome(of: options.output) {
            // Nothing changed: the last build's skipped files, warnings and errors stand, so
            // the exit status is the same as that build's.
            phase("check", "\(paths.count) files unchanged since the last build; nothing to do")
            return Summary(reports: last.reports, pages: 0, files: 0, written: 0, removed: 0, upToDate: true, skipped: last.skipped,
                           ignored: ignored, warnings: last.warnings, errors: last.errors, phases: phases, corpus: CorpusAssembler.assemble([]))
        }
        phase("list", "\(paths.count) files")

        let loaded = Self.parseAll(paths, fileSystem: fileSystem, cache: cache, trusted: known == nil ? nil : changed)
        cache?.keepResults(loaded)
        let changedPaths = cache?.takeChanged() ?? []
        if known == nil { cache?.keep(only: paths) }
        var reports: [Report] = []
        var skipped = listing.skipped
        var stale: [(String, Diagnostic)] = []
        for (path, result) in zip(paths, loaded) {
            let problem: Diagnostic
            switch result {
            case .success(var report):
                report.path = publishedPath(path)
                guard let reason = report.unpublishableReason else {
                    cache?.keepGood(path, report)
                    reports.append(report)
                    continue
                }
                problem = reason
            case .failure(let diagnostic):
                problem = diagnostic
            }
            if let last = cache?.lastGoodReport(path) {
                reports.append(last)
                stale.append((path, problem))
            } else {
                skipped.append((path, problem))
            }
        }
        phase("parse", "\(reports.count) reports from \(paths.count) files")
        // A content folder read as empty (moved, unmounted, a link gone) must not take the
        // published portal down with it: the last site stays until its reports are found again.
        let lastReportPages = SiteWriter.reportPageCount(of: options.output)
        if reports.isEmpty, lastReportPages > 0 {
            throw Diagnostic(.error, "build.no-reports", line: nil,
                             "在 \(options.content) 中没有读到任何报告（\(paths.count) 个文件），而现有网站发布了 \(lastReportPages) 个报告页：为免误删，网站 \(options.output) 保持原样。请检查内容目录；如确要清空网站，请先删除 \(options.output)")
        }
        // An edit that keeps every report's township and year updates the last corpus in place.
        let changedPublished = Set(changedPaths.map(publishedPath))
        let replacements = Dictionary(reports.filter { changedPublished.contains($0.path) }.map { ($0.path, $0) }) { first, _ in first }
        var corpus: Corpus
        var touched: Set<Int>?
        if known != nil, skipped.isEmpty, replacements.count == changedPaths.count, var last = cache?.takeCorpus(),
           let townships = CorpusAssembler.replace(replacements, in: &last) {
            corpus = last
            touched = townships
        } else {
            corpus = CorpusAssembler.assemble(reports)
        }
        phase("assemble", "\(corpus.townships.count) townships, \(corpus.years.count) years")
        let threshold = options.site.boilerplateThreshold
        let boilerplate = if let touched { CheckStage.run(on: &corpus, townships: touched, boilerplateThreshold: threshold) }
            else { CheckStage.run(on: &corpus, boilerplateThreshold: threshold) }
        cache?.keepCorpus(corpus)
        // The boilerplate checks' own time is part of this phase; `make bench` reads it here.
        phase("checks", "\(corpus.problemCount(.error)) errors, \(corpus.problemCount(.warning)) warnings; boilerplate B1+B2 \(Int(boilerplate * 1000)) ms")

        let builder = try SiteBuilder(corpus: corpus, skipped: skipped, theme: theme, site: options.site)
        if let firstPages, !changedPaths.isEmpty, changedPaths.count <= 16,
           FileManager.default.fileExists(atPath: URL(fileURLWithPath: options.output).appendingPathComponent(SiteWriter.marker).path) {
            let firstPaths = Set(corpus.reports.indices.filter { changedPublished.contains(corpus.reports[$0].path) }
                .map { SiteRoutes.report(corpus.placements[$0], in: corpus) })
            var written: [String] = []
            for job in builder.jobs where job.isPage && firstPaths.contains(job.path) {
                guard let file = try? builder.file(for: job), (try? SiteWriter.replace(file, in: options.output)) != nil else { continue }
                written.append(file.path)
            }
            phase("first", "\(written.count) changed report pages")
            if !written.isEmpty { firstPages(written) }
        }
        let jobs = builder.jobs
        let sources = Dictionary(paths.map { (publishedPath($0), $0) }) { first, _ in first }
        let writer = try SiteWriter(output: options.output)
        let failures = ResultSlots<Diagnostic>(count: 1)
        DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
            do throws(Diagnostic) {
                try write(builder.file(for: jobs[index]), to: writer, sources: sources)
            } catch {
                failures.set(0, error)
            }
        }
        if let failure = failures.values.first ?? nil {
            writer.abandon()
            throw failure
        }
        let pages = jobs.count(where: builder.isPage)
        phase("render", "\(pages) pages, \(jobs.count) files, \(writer.written) written, \(writer.unchanged) unchanged")
        // Counted over the checked corpus, so X1–X3 and duplicates count (they did not before).
        let warnings = corpus.problemCount(.warning) + ignored.count { $0.1.severity == .warning }
        let errors = corpus.problemCount(.error) + skipped.count
        do {
            try writer.commit(fingerprint: fingerprint ?? inputFingerprint(paths: paths, listing: listing, themeFolders: themeFolders) ?? "",
                              outcome: BuildOutcome(reports: reports.count, errors: errors, warnings: warnings, skipped: skipped))
        } catch {
            writer.abandon()
            throw error
        }
        phase("write", "\(options.output)\(writer.removed > 0 ? ", \(writer.removed) removed" : "")")
        return Summary(reports: reports.count, pages: pages, files: jobs.count, written: writer.written, removed: writer.removed, upToDate: false,
                       skipped: skipped, ignored: ignored, stale: stale, warnings: warnings, errors: errors, phases: phases, corpus: corpus)
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
        if let executable = Bundle.main.executablePath, let stamp = fileSystem.stamp(executable) { text += stamp + "\n" } else { return nil }
        for folder in themeFolders.sorted() {
            guard let walker = FileManager.default.enumerator(atPath: folder) else { return nil }
            let files = (walker.allObjects as? [String] ?? []).sorted()
            for file in files {
                guard let stamp = fileSystem.stamp(folder + "/" + file) else { return nil }
                text += "\(folder)/\(file) \(stamp)\n"
            }
        }
        for (path, diagnostic) in (listing?.skipped ?? []) + (listing?.ignored ?? []) { text += "\(path) \(diagnostic.code)\n" }
        for path in paths {
            guard let stamp = fileSystem.stamp(path) else { return nil }
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

    private func listContent() throws(Diagnostic) -> ContentListing {
        do {
            return try fileSystem.listContent(options.content)
        } catch let diagnostic as Diagnostic {
            throw diagnostic.located(in: options.content)
        } catch {
            throw Diagnostic(.error, "load.folder", file: options.content, line: nil, "无法列出目录：\(error)")
        }
    }

    /// Loads and parses files in parallel, bounded to the cores; results in the order given.
    /// With `trusted` (the files file events say changed), every other cached file is taken as
    /// unchanged without a stat.
    static func parseAll(_ paths: [String], fileSystem: ReportFileSystem, cache: ParseCache? = nil,
                         trusted changed: Set<String>? = nil) -> [Result<Report, Diagnostic>] {
        if let changed, let cache, let reused = cache.reuse(changed: changed, parse: { path in
            cache.result(for: path, stamp: fileSystem.stamp(path)) { fileSystem.loadSource(path).map(ReportParser.parse) }
        }) {
            // File events named the changes: the last results, with the few changed files parsed again.
            return reused
        }
        let results = ResultSlots<Result<Report, Diagnostic>>(count: paths.count)
        DispatchQueue.concurrentPerform(iterations: paths.count) { index in
            let path = paths[index]
            let parse = { fileSystem.loadSource(path).map(ReportParser.parse) }
            results.set(index, cache.map { $0.result(for: path, stamp: fileSystem.stamp(path), parse: parse) } ?? parse())
        }
        return results.values.compactMap { $0 }
    }
}

/// Values made on first use and kept, one per index, safe from many threads.
final class LazySlots<Value: Sendable>: @unchecked Sendable {
    private var slots: [Value?]
    private let make: @Sendable (Int) -> Value
    private let lock = NSLock()

    init(count: Int, make: @escaping @Sendable (Int) -> Value) {
        slots = Array(repeating: nil, count: count)
        self.make = make
    }

    func value(_ index: Int) -> Value {
        lock.lock()
        if let value = slots[index] {
            lock.unlock()
            return value
        }
        lock.unlock()
        let value = make(index)
        lock.lock()
        slots[index] = value
        lock.unlock()
        return value
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
