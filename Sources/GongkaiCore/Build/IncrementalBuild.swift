import Foundation

/// What `serve` keeps between rebuilds: the parse cache, the last build's content files and
/// parse results, its checked corpus (updated in place when an edit keeps every report's
/// township and year), and each file's last publishable report (shown while the file cannot be
/// read: an editor truncates, then writes; a sync tool swaps it — a page never turns 404 under a
/// reader). One per server, handed to every `PortalBuild.run`.
public final class IncrementalBuild: @unchecked Sendable {
    let cache = ParseCache()
    /// What B2 measured, so an edit measures again only what it changed.
    let boilerplate = BoilerplateChecks.Memory()
    private var paths: [String]?
    /// `paths` as a set, made when they are kept: each edit asks whether it names only files
    /// of the last build, and a set of 10,000 Chinese `String` paths made for each ask cost
    /// about as much as writing the edited page.
    private var pathSet: Set<PathKey> = []
    private var results: [Result<Report, Diagnostic>]?
    private var corpus: Corpus?
    private var lastGood: [String: Report] = [:]
    /// The fingerprint the last build committed, when it was of the corpus kept; nil from when
    /// a build takes or keeps a corpus until it commits.
    private var committedFingerprint: String?
    /// The reports (published paths) whose files a stopped build had still to make: the next
    /// build makes them with its own.
    private var unfinished: Set<String> = []
    /// Files of the site replaced in place (the edited reports' pages) since the last commit:
    /// their bytes on disk are not the manifest's, so the next build writes them whatever the
    /// manifest says.
    private var replacedInPlace: Set<String> = []
    /// The theme's templates as the last rebuild read them, with the renderer made from them.
    private var keptRenderer: (templates: [String: String], renderer: PageRenderer)?
    private let lock = NSLock()
    /// Held while a build commits, and while the next build writes its edited pages into the
    /// site (serve starts it while the stopped one finishes its last files): those pages always
    /// land after a commit, never under it.
    let siteLock = NSLock()

    /// Creates an empty state: the first build parses everything.
    public init() {}

    /// The content files of the last build, reused when file events say only files changed.
    var lastPaths: [String]? {
        lock.lock()
        defer { lock.unlock() }
        return paths
    }

    /// The paths of the last build when file events name only files it had that still exist:
    /// no walk of the content folder is needed.
    func knownPaths(changed: Set<String>?, fileSystem: ReportFileSystem) -> [String]? {
        guard let changed else { return nil }
        lock.lock()
        let (paths, known) = (paths, pathSet)
        lock.unlock()
        guard let paths, changed.allSatisfy({ known.contains(PathKey($0)) }), changed.allSatisfy(fileSystem.exists) else { return nil }
        return paths
    }

    /// The last results with the changed files parsed again; nil when there are none to reuse.
    func reuse(changed: Set<String>, parse: (String) -> Result<Report, Diagnostic>) -> [Result<Report, Diagnostic>]? {
        lock.lock()
        guard let paths, var results, results.count == paths.count else {
            lock.unlock()
            return nil
        }
        // Let go of the stored results, so the changed ones are replaced in place, not in a copy.
        self.results = nil
        lock.unlock()
        for (index, path) in paths.enumerated() where changed.contains(path) {
            results[index] = parse(path)
            cache.markChanged(path)
        }
        lock.lock()
        self.results = results
        lock.unlock()
        return results
    }

    /// Remembers the results of a build, in the order of its paths.
    func keepResults(_ results: [Result<Report, Diagnostic>]) {
        lock.lock()
        self.results = results
        lock.unlock()
    }

    /// The corpus of the last build, handed over (let go of, so it can be updated in place
    /// without a copy), with the fingerprint of the site that build committed (nil when it did
    /// not commit). Until this build commits, the site is no longer known to be that corpus's.
    func takeCorpus() -> (corpus: Corpus, committed: String?)? {
        lock.lock()
        defer { lock.unlock() }
        guard let taken = corpus else { return nil }
        let committed = committedFingerprint
        corpus = nil
        committedFingerprint = nil
        return (taken, committed)
    }

    /// Runs `body` on the corpus kept last, in place (no copy of its reports), and keeps it
    /// again, with the same committed fingerprint; nil when there is none.
    func updateKeptCorpus<Result>(_ body: (inout Corpus) throws(Diagnostic) -> Result) throws(Diagnostic) -> Result? {
        lock.lock()
        guard var kept = corpus else {
            lock.unlock()
            return nil
        }
        corpus = nil
        lock.unlock()
        defer {
            lock.lock()
            corpus = kept
            lock.unlock()
        }
        return try body(&kept)
    }

    /// The renderer of `theme`, made again only when a template's text changed since the last
    /// rebuild (compared byte for byte). Parsing the templates and finding the default theme's
    /// fragments took about a quarter of the time an edited report's page waited for at 10,000
    /// reports; a rebuild reads the theme's files again, so an edited template still counts.
    func renderer(for theme: ThemeFiles) throws(Diagnostic) -> PageRenderer {
        let templates = theme.templates.mapValues(\.text)
        lock.lock()
        let kept = keptRenderer
        lock.unlock()
        if let kept, kept.templates.count == templates.count,
           kept.templates.allSatisfy({ name, text in templates[name].map { $0.utf8.elementsEqual(text.utf8) } ?? false }) {
            return kept.renderer
        }
        let made = try PageRenderer(theme: theme)
        lock.lock()
        keptRenderer = (templates, made)
        lock.unlock()
        return made
    }

    /// Records that the build of the corpus kept last was committed with this fingerprint.
    func committed(fingerprint: String) {
        lock.lock()
        committedFingerprint = fingerprint
        unfinished = []
        replacedInPlace = []
        lock.unlock()
    }

    /// Whether the site in `output` is still the one a build committed with `fingerprint` (the
    /// manifest there is the one it wrote), so that an edit's rebuild may keep the files that
    /// show nothing the edit changed.
    static func siteIsStill(_ fingerprint: String?, output: String, disk: SiteDiskAccess) -> Bool {
        guard let fingerprint, !fingerprint.isEmpty else { return false }
        return SiteWriter.manifestHeader(of: output, disk: disk)?.fingerprint == fingerprint
    }

    /// Records that a build was stopped before its commit (`BuildCancellation`): the site on
    /// disk is still the one committed with `lastCommit` (nil: not known, the next build makes
    /// every file), apart from the files replaced in place; `reports` (published paths) are
    /// the reports whose files the stopped build had to make again.
    func stopped(lastCommit: String?, reports: Set<String>) {
        lock.lock()
        committedFingerprint = lastCommit
        unfinished.formUnion(reports)
        lock.unlock()
    }

    /// Notes files of the site replaced in place, outside a commit.
    func replaced(inPlace paths: [String]) {
        lock.lock()
        replacedInPlace.formUnion(paths)
        lock.unlock()
    }

    /// What the builds since the last commit left: the reports whose files a stopped build had
    /// still to make, and the files of the site replaced in place.
    var uncommitted: (reports: Set<String>, files: Set<String>) {
        lock.lock()
        defer { lock.unlock() }
        return (unfinished, replacedInPlace)
    }

    /// Keeps the corpus of this build for the next (not yet committed).
    func keepCorpus(_ corpus: Corpus) {
        lock.lock()
        self.corpus = corpus
        committedFingerprint = nil
        lock.unlock()
    }

    /// The report of `path` when it last read well, or nil.
    func lastGoodReport(_ path: String) -> Report? {
        lock.lock()
        defer { lock.unlock() }
        return lastGood[path]
    }

    /// Remembers a file's publishable report.
    func keepGood(_ path: String, _ report: Report) {
        lock.lock()
        lastGood[path] = report
        lock.unlock()
    }

    /// The content files of this build; forgets files that are gone.
    func keep(only paths: [String]) {
        let keep = Set(paths)
        cache.keep(only: keep)
        lock.lock()
        lastGood = lastGood.filter { keep.contains($0.key) }
        self.paths = paths
        pathSet = Set(paths.map(PathKey.init))
        lock.unlock()
    }
}
