import Foundation

/// One named step of a build: it reads and fills the build's state (`BuildRun`) and says in a
/// line what it did, or nil when it had nothing to do (not timed, not printed). A new step is
/// one entry in `BuildStep.all` and one function on `BuildRun`.
struct BuildStep: Sendable {
    let name: String
    /// Whether a build asked to stop (`BuildCancellation`) stops before this step: the steps
    /// after the edited reports' pages are written.
    var preemptible = false
    let run: @Sendable (inout BuildRun) throws(Diagnostic) -> String?

    /// The step after the edited pages are written at once (serve), before which a build may
    /// wait for the one it stopped.
    static let afterFirst = "parse"

    /// The build, in order. `list` may end it (nothing changed since the last build).
    static let all: [BuildStep] = [
        BuildStep(name: "list") { state throws(Diagnostic) in try state.list() },
        BuildStep(name: "theme") { state throws(Diagnostic) in try state.readTheme() },
        BuildStep(name: "first") { state throws(Diagnostic) in try state.writeFirstPagesAtOnce() },
        BuildStep(name: "parse") { state throws(Diagnostic) in try state.parse() },
        BuildStep(name: "assemble") { state in state.assemble() },
        BuildStep(name: "checks") { state in state.check() },
        BuildStep(name: "first") { state throws(Diagnostic) in try state.writeFirstPages() },
        BuildStep(name: "plan", preemptible: true) { state throws(Diagnostic) in try state.plan() },
        BuildStep(name: "render", preemptible: true) { state throws(Diagnostic) in try state.write(.pages) },
        BuildStep(name: "data", preemptible: true) { state throws(Diagnostic) in try state.write(.data) },
        BuildStep(name: "feeds", preemptible: true) { state throws(Diagnostic) in try state.write(.feeds) },
        BuildStep(name: "write", preemptible: true) { state throws(Diagnostic) in try state.commit() },
    ]
}

/// The state of one build as its steps fill it in, from the listed paths to the committed site.
struct BuildRun {
    let build: PortalBuild
    let force: Bool
    let incremental: IncrementalBuild?
    let changed: Set<String>?
    let firstPages: (([String]) -> Void)?
    let cancellation: BuildCancellation?
    /// Set by a step that ends the build.
    var summary: PortalBuild.Summary?

    // list
    /// The last build's paths when file events named only files it had.
    var known: [String]?
    var listing = ContentListing(paths: [])
    var themeFolders: [String] = []
    var ignored: [(String, Diagnostic)] = []
    var fingerprint: String?
    // theme
    var theme = ThemeFiles(templates: [:], assets: [:])
    // parse
    var changedPaths: Set<String> = []
    /// The reports parsed, until the corpus is assembled from them (then `reportCount` says
    /// how many: a second array of 100,000 reports is some 60 MB).
    var reports: [Report] = []
    var reportCount = 0
    var skipped: [(String, Diagnostic)] = []
    var stale: [(String, Diagnostic)] = []
    var narratives: NarrativeStore?
    // assemble, checks
    var corpus = CorpusAssembler.assemble([])
    var touched: Set<Int>?
    /// The years of the reports replaced in place (their B2 is measured again).
    var touchedYears: Set<Int>?
    /// The indexes of the reports replaced in place.
    var replaced: Set<Int> = []
    /// The fingerprint of the site the build of the corpus updated in place committed, if it did.
    var lastCommit: String?
    /// What an edit changed, when the site on disk is the last build's of this corpus: the
    /// writing steps then make only the files that show a change, and keep the others.
    var changes: SiteJob.Changes?
    /// The reports whose files `changes` makes again: replaced, their checks changed, or left
    /// by a stopped build.
    var changedReports: Set<Int> = []
    // plan, render, data, feeds, write
    var builder: SiteBuilder?
    var jobs: [SiteJob] = []
    var sources: [String: String] = [:]
    var writer: SiteWriter?
    /// Whether the edited reports' pages are in place (serve).
    var firstWritten = false

    init(build: PortalBuild, force: Bool, incremental: IncrementalBuild?, changed: Set<String>?, firstPages: (([String]) -> Void)?,
         cancellation: BuildCancellation? = nil) {
        self.build = build
        self.force = force
        self.incremental = incremental
        self.changed = changed
        self.firstPages = firstPages
        self.cancellation = cancellation
    }

    /// Whether the build was asked to stop.
    var isCancelled: Bool { cancellation?.isCancelled == true }

    /// Stops the build at a safe point: what it staged is abandoned (the site folder stays the
    /// last committed site, with the edited pages replaced in it), and what it had still to make
    /// is left to the next build. Returns what to throw.
    mutating func stop() -> Diagnostic {
        writer?.abandon()
        writer = nil
        if changes != nil {
            incremental?.stopped(lastCommit: lastCommit, reports: Set(changedReports.map { corpus.reports[$0].path }))
        }
        return BuildCancellation.stopped
    }

    var paths: [String] { listing.paths }
    var options: PortalBuild.Options { build.options }

    /// Lists the content (with file events, the last build's files), and ends the build when
    /// the inputs are those of the site already there.
    mutating func list() throws(Diagnostic) -> String? {
        known = incremental?.knownPaths(changed: changed, fileSystem: build.fileSystem)
        if let known { listing = ContentListing(paths: known) } else { listing = try build.listContent() }
        themeFolders = try options.themeFolders()
        ignored = listing.ignored
        if paths.isEmpty {
            ignored.append((options.content, Diagnostic(.warning, "load.empty", line: nil, "目录中没有报告文件（.txt、.md）")))
        }
        fingerprint = incremental == nil ? build.inputFingerprint(paths: paths, listing: listing, themeFolders: themeFolders) : nil
        if !force, incremental == nil, let fingerprint, let header = SiteWriter.manifestHeader(of: options.output, disk: build.fileSystem.siteDisk),
           header.fingerprint == fingerprint, let last = header.outcome {
            // Nothing changed: the last build's skipped files, warnings and errors stand, so
            // the exit status is the same as that build's.
            summary = PortalBuild.Summary(reports: last.reports, pages: 0, files: 0, written: 0, removed: 0, upToDate: true, skipped: last.skipped,
                                          ignored: ignored, warnings: last.warnings, errors: last.errors, phases: [], corpus: CorpusAssembler.assemble([]))
            return "\(paths.count) files unchanged since the last build; nothing to do"
        }
        return "\(paths.count) files"
    }

    /// Reads the theme folders, the default first, each overriding the one before file by file.
    mutating func readTheme() throws(Diagnostic) -> String? {
        theme = try ThemeFiles.read(folder: themeFolders[0], fileSystem: build.fileSystem)
        for folder in themeFolders.dropFirst() { theme = try ThemeFiles.read(folder: folder, fileSystem: build.fileSystem).overriding(theme) }
        return "\(theme.templates.count) templates, \(theme.assets.count) assets"
    }

    /// Loads and parses the files in parallel (serve: only those that changed), keeping a
    /// file's last good report while it cannot be read.
    mutating func parse() throws(Diagnostic) -> String? {
        let fileSystem = build.fileSystem
        let cache = incremental?.cache
        var loaded: [Result<Report, Diagnostic>]?
        if known != nil, let changed, let incremental {
            // File events named the changes: the last results, with the few changed files parsed again.
            loaded = incremental.reuse(changed: changed) { PortalBuild.parse($0, fileSystem: fileSystem, cache: cache) }
        }
        // A build from scratch keeps the reports' text on disk until its pages are made; serve
        // keeps its corpus and parse results between rebuilds in memory, text and all.
        let narratives = incremental == nil ? NarrativeStore() : nil
        let build = self.build
        let results = loaded ?? PortalBuild.parseAll(paths, fileSystem: fileSystem, cache: cache, narratives: narratives,
                                                     publishedPath: { build.publishedPath($0) })
        self.narratives = narratives
        incremental?.keepResults(results)
        changedPaths = cache?.takeChanged() ?? []
        if known == nil { incremental?.keep(only: paths) }
        skipped = listing.skipped
        for (path, result) in zip(paths, results) {
            let problem: Diagnostic
            switch result {
            case .success(var report):
                report.path = build.publishedPath(path)
                guard let reason = report.unpublishableReason else {
                    // After file events, the files not named are the same reports as last time.
                    if known == nil || changedPaths.contains(path) { incremental?.keepGood(path, report) }
                    reports.append(report)
                    continue
                }
                problem = reason
            case .failure(let diagnostic):
                problem = diagnostic
            }
            if let last = incremental?.lastGoodReport(path) {
                reports.append(last)
                stale.append((path, problem))
            } else {
                skipped.append((path, problem))
            }
        }
        // A content folder read as empty (moved, unmounted, a link gone) must not take the
        // published portal down with it: the last site stays until its reports are found again.
        // (The manifest, a large file, is read only then.)
        if reports.isEmpty, case let lastReportPages = SiteWriter.reportPageCount(of: options.output, disk: build.fileSystem.siteDisk), lastReportPages > 0 {
            throw Diagnostic(.error, "build.no-reports", line: nil,
                             "在 \(options.content) 中没有读到任何报告（\(paths.count) 个文件），而现有网站发布了 \(lastReportPages) 个报告页：为免误删，网站 \(options.output) 保持原样。请检查内容目录；如确要清空网站，请先删除 \(options.output)")
        }
        return "\(reports.count) reports from \(paths.count) files"
    }

    /// The corpus: townships, counties, years. An edit that keeps every report's township and
    /// year updates the last corpus in place.
    mutating func assemble() -> String? {
        let changedPublished = Set(changedPaths.map { PathKey(build.publishedPath($0)) })
        let replacements = Dictionary(reports.filter { changedPublished.contains(PathKey($0.path)) }.map { ($0.path, $0) }) { first, _ in first }
        reportCount = reports.count
        if known != nil, skipped.isEmpty, replacements.count == changedPaths.count, let taken = incremental?.takeCorpus(),
           case var last = taken.corpus, let replacement = CorpusAssembler.replace(replacements, in: &last) {
            corpus = last
            lastCommit = taken.committed
            touched = replacement.townships
            replaced = Set(replacement.reports)
            touchedYears = Set(replacements.values.compactMap(\.metadata.year))
        } else {
            corpus = CorpusAssembler.assemble(taking: &reports)
            corpus.narratives = narratives
        }
        reports = []
        return "\(corpus.townships.count) townships, \(corpus.years.count) years"
    }

    /// Every check, per report and across reports (serve: of the townships an edit touched).
    /// The line names the boilerplate checks' (B1, B2) own time, part of this step's: `make bench`
    /// reads it to give their share of the build measured in the same run.
    mutating func check() -> String? {
        let threshold = options.site.boilerplateThreshold
        let memory = incremental?.boilerplate
        let before = touched == nil ? [] : corpus.reports.map(\.checks)
        let boilerplate = if let touched { CheckStage.run(on: &corpus, townships: touched, years: touchedYears, boilerplateThreshold: threshold, memory: memory) }
            else { CheckStage.run(on: &corpus, boilerplateThreshold: threshold, memory: memory) }
        if touched != nil, IncrementalBuild.siteIsStill(lastCommit, output: options.output, disk: build.fileSystem.siteDisk) {
            let checksChanged = corpus.reports.indices.filter { corpus.reports[$0].checks != before[$0] }
            let unfinished = incremental?.uncommitted.reports ?? []
            let left = unfinished.isEmpty ? [] : corpus.reports.indices.filter { unfinished.contains(corpus.reports[$0].path) }
            changedReports = replaced.union(checksChanged).union(left)
            changes = SiteJob.Changes(changed: changedReports, in: corpus)
        }
        incremental?.keepCorpus(corpus)
        return "\(corpus.problemCount(.error)) errors, \(corpus.problemCount(.warning)) warnings; boilerplate B1+B2 \(Int(boilerplate * 1000)) ms"
    }

    /// The site builder of this build's corpus (the theme's templates parsed), made once.
    mutating func siteBuilder() throws(Diagnostic) -> SiteBuilder {
        if let builder { return builder }
        let made = try Self.siteBuilder(corpus, skipped: skipped, theme: theme, site: options.site, incremental: incremental)
        builder = made
        return made
    }

    /// A site builder of `corpus`; under serve with the renderer kept across rebuilds.
    static func siteBuilder(_ corpus: Corpus, skipped: [(String, Diagnostic)], theme: ThemeFiles, site: SiteContext,
                            incremental: IncrementalBuild?) throws(Diagnostic) -> SiteBuilder {
        guard let incremental else { return try SiteBuilder(corpus: corpus, skipped: skipped, theme: theme, site: site) }
        return SiteBuilder(corpus: corpus, skipped: skipped, theme: theme, site: site, renderer: try incremental.renderer(for: theme))
    }

    /// Every file of the site, from the page registry.
    mutating func plan() throws(Diagnostic) -> String? {
        if let failure = narratives?.failure { throw failure }
        let builder = try siteBuilder()
        jobs = builder.jobs
        sources = Dictionary(paths.map { (build.publishedPath($0), $0) }) { first, _ in first }
        return "\(jobs.count(where: \.isPage)) pages, \(jobs.count) files"
    }

    /// Whether the edited reports' pages may be written first: serve, a few files changed, and
    /// a site already there to write them into.
    func mayWriteFirst(_ changed: Set<String>) -> Bool {
        firstPages != nil && !firstWritten && !changed.isEmpty && changed.count <= 16
            && build.fileSystem.exists(URL(fileURLWithPath: options.output).appendingPathComponent(SiteWriter.marker).path)
    }

    /// Serve, when file events named a few files that each still read as a publishable report of
    /// the same township, county and year as before (an edit of its text or numbers): their
    /// pages, written into the site before anything else of the build runs, from the last
    /// build's corpus with those reports replaced in place and their checks made
    /// (`CheckStage.runFirst`: their townships', and B2 of those reports against their years) —
    /// the pages the finished build makes. Nothing here reads all the corpus's reports; the
    /// steps after check and write the rest as usual.
    mutating func writeFirstPagesAtOnce() throws(Diagnostic) -> String? {
        guard known != nil, let changed, let incremental, mayWriteFirst(changed) else { return nil }
        var replacements: [String: Report] = [:]
        for path in changed {
            // Parsed once: the parse step finds it in the cache.
            guard case .success(var report) = PortalBuild.parse(path, fileSystem: build.fileSystem, cache: incremental.cache),
                  report.unpublishableReason == nil else { return nil }
            report.path = build.publishedPath(path)
            replacements[report.path] = report
        }
        let (theme, site, output, disk) = (theme, options.site, options.output, build.fileSystem.siteDisk)
        let threshold = options.site.boilerplateThreshold
        // A stopped build may still be committing: these pages go in after it.
        incremental.siteLock.lock()
        defer { incremental.siteLock.unlock() }
        let written = try incremental.updateKeptCorpus { corpus throws(Diagnostic) -> [String]? in
            guard let (townships, indexes) = CorpusAssembler.replace(replacements, in: &corpus) else { return nil }
            CheckStage.runFirst(on: &corpus, townships: townships, reports: Set(indexes), years: Set(replacements.values.compactMap(\.metadata.year)),
                                boilerplateThreshold: threshold, memory: incremental.boilerplate)
            let written = try Self.writeReportPages(indexes, of: Self.siteBuilder(corpus, skipped: [], theme: theme, site: site, incremental: incremental),
                                                    into: output, disk: disk)
            // B2 of the other reports of those years is measured again by the checks step, these
            // with them (the builder above is gone: the corpus is changed in place, not copied).
            for index in indexes { corpus.reports[index].checks.removeAll { $0.id == "B2" } }
            return written
        } ?? nil
        guard let written else { return nil }
        return firstWritten(written)
    }

    /// Serve: the pages of the reports an edit changed, written into the site as soon as the
    /// corpus is checked, when they could not be at once (the edit moved a report to another
    /// township or year, or a file cannot be read), before the rest of the site is planned.
    mutating func writeFirstPages() throws(Diagnostic) -> String? {
        guard mayWriteFirst(changedPaths) else { return nil }
        let changedPublished = Set(changedPaths.map { PathKey(build.publishedPath($0)) })
        let indexes = corpus.reports.indices.filter { changedPublished.contains(PathKey(corpus.reports[$0].path)) }
        return try firstWritten(Self.writeReportPages(indexes, of: siteBuilder(), into: options.output, disk: build.fileSystem.siteDisk))
    }

    /// Notes the pages written first (their bytes are not the manifest's until the commit) and
    /// tells serve, which reloads open pages.
    mutating func firstWritten(_ written: [String]) -> String {
        firstWritten = true
        incremental?.replaced(inPlace: written)
        if !written.isEmpty { firstPages?(written) }
        return "\(written.count) changed report pages"
    }

    /// Writes the pages of the reports at `indexes` into the site at once, each beside its
    /// place and renamed over it; the paths written.
    static func writeReportPages(_ indexes: [Int], of builder: SiteBuilder, into output: String, disk: SiteDiskAccess) -> [String] {
        PageKind.reportPages(of: { _ in indexes }).jobs(builder).compactMap { job in
            guard let file = try? builder.file(for: job), (try? SiteWriter.replace(file, in: output, disk: disk)) != nil else { return nil }
            return file.path
        }
    }

    /// Which files a writing step makes.
    enum Part {
        case pages, data, feeds

        /// Kinds of many short files that no other job reads: written in the second wave of
        /// their part, beside the long files made of others.
        static let fillers: Set<String> = ["original"]

        func contains(_ job: SiteJob) -> Bool {
            switch self {
            case .pages: job.isPage
            case .feeds: !job.isPage && PageKind.feedNames.contains(job.kind)
            case .data: !job.isPage && !PageKind.feedNames.contains(job.kind)
            }
        }
    }

    /// Makes one part of the site's files in parallel and stages them; the first failure
    /// abandons the staged site (the site folder stays as it was) and ends the build.
    mutating func write(_ part: Part) throws(Diagnostic) -> String? {
        guard let builder else { return nil }
        let replacedInPlace = incremental?.uncommitted.files ?? []
        if writer == nil { writer = try SiteWriter(output: options.output, disk: build.fileSystem.siteDisk, rewrite: replacedInPlace) }
        guard let writer else { return nil }
        let before = (writer.written, writer.unchanged)
        var chosen = jobs.filter(part.contains)
        if let changes {
            // The files that show nothing the edit changed stay as the last build wrote them
            // (a file replaced in place since is made again).
            let remade = { (job: SiteJob) in changes.touch(job.reads) || replacedInPlace.contains(job.path) }
            for job in chosen where !remade(job) { writer.keep(job.path) }
            chosen = chosen.filter(remade)
        }
        // Big streamed files first, so the longest jobs start at once and the short ones fill
        // the cores around them; files made of others (`PageKind.assembled`) after those, with
        // the reports' originals (`Part.fillers`, which nothing reads) after them to fill the
        // core the shorter of the two leaves idle.
        let first = chosen.filter { $0.stream != nil && !PageKind.assembled.contains($0.kind) }
            + chosen.filter { $0.stream == nil && !Part.fillers.contains($0.kind) }
        let then = chosen.filter { $0.stream != nil && PageKind.assembled.contains($0.kind) }
            + chosen.filter { $0.stream == nil && Part.fillers.contains($0.kind) }
        // A build that makes every report's files hands each over, as it is written, to the
        // file made of them (`AssembledStream`), which the second wave then only ends.
        var handing = [(AssembledStream, Int)?](repeating: nil, count: first.count)
        var ending = [AssembledStream?](repeating: nil, count: then.count)
        if changes == nil {
            for kind in AssembledKind.all {
                let positions = first.indices.filter { first[$0].kind == kind.source }
                guard positions.count == builder.corpus.reports.count, let end = then.firstIndex(where: { $0.kind == kind.name }) else { continue }
                let stream = try writer.openStream(then[end].path)
                stream.cancellation = cancellation
                let assembly = try AssembledStream(kind: kind, path: then[end].path, builder: builder, stream: stream)
                for (index, position) in positions.enumerated() { handing[position] = (assembly, index) }
                ending[end] = assembly
            }
        }
        let (handOver, endings) = (handing, ending)
        let failures = ResultSlots<Diagnostic>(count: 1)
        let (build, sources, cancellation) = (self.build, self.sources, self.cancellation)
        for (number, wave) in [first, then].enumerated() where failures.values.first ?? nil == nil {
            DispatchQueue.concurrentPerform(iterations: wave.count) { index in
                // Asked to stop: the files not begun are left (a safe point between files).
                guard cancellation?.isCancelled != true else { return }
                do throws(Diagnostic) {
                    let job = wave[index]
                    if number == 1, let assembly = endings[index] {
                        try assembly.finish(in: writer)
                    } else if let stream = job.stream {
                        try writer.write(path: job.path) { file throws(Diagnostic) in
                            file.cancellation = cancellation
                            try stream(builder, file)
                        }
                    } else {
                        let file = try builder.file(for: job)
                        try build.write(file, to: writer, sources: sources)
                        if number == 0, let (assembly, part) = handOver[index] { assembly.hand(part, file.bytes) }
                    }
                } catch {
                    failures.set(0, error)
                }
            }
        }
        if isCancelled { throw stop() }
        if let failure = failures.values.first ?? narratives?.failure {
            writer.abandon()
            throw failure
        }
        return "\(chosen.count) files, \(writer.written - before.0) written, \(writer.unchanged - before.1) unchanged"
    }

    /// Puts the staged site in place with its manifest, and sums the build up.
    mutating func commit() throws(Diagnostic) -> String? {
        guard let writer else { return nil }
        // Counted over the checked corpus, so X1–X3 and duplicates count (they did not before).
        let warnings = corpus.problemCount(.warning) + ignored.count { $0.1.severity == .warning }
        let errors = corpus.problemCount(.error) + skipped.count
        do {
            let fingerprint = fingerprint ?? build.inputFingerprint(paths: paths, listing: listing, themeFolders: themeFolders) ?? ""
            incremental?.siteLock.lock()
            defer { incremental?.siteLock.unlock() }
            try writer.commit(fingerprint: fingerprint, outcome: BuildOutcome(reports: reportCount, errors: errors, warnings: warnings, skipped: skipped))
            incremental?.committed(fingerprint: fingerprint)
        } catch {
            writer.abandon()
            throw error
        }
        summary = PortalBuild.Summary(reports: reportCount, pages: jobs.count(where: \.isPage), files: jobs.count, written: writer.written,
                                      removed: writer.removed, upToDate: false, skipped: skipped, ignored: ignored, stale: stale,
                                      warnings: warnings, errors: errors, phases: [], corpus: corpus)
        return "\(options.output)\(writer.removed > 0 ? ", \(writer.removed) removed" : "")"
    }
}
