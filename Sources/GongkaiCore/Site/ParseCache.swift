import Foundation

/// Parsed reports kept between builds by `serve`, keyed by path and file stamp, so a rebuild
/// parses only the files that changed.
public final class ParseCache: @unchecked Sendable {
    private var entries: [String: (stamp: String, result: Result<Report, Diagnostic>)] = [:]
    private var changed: Set<String> = []
    private var paths: [String]?
    private var corpus: Corpus?
    /// Each file's last publishable report, shown while the file cannot be read (an editor
    /// truncates, then writes; a sync tool swaps it): a page never turns 404 under a reader.
    private var lastGood: [String: Report] = [:]
    private let lock = NSLock()

    /// Creates an empty cache.
    public init() {}

    /// The cached result for a file whose stamp is unchanged, or a fresh parse (remembered).
    func result(for path: String, stamp: String?, parse: () -> Result<Report, Diagnostic>) -> Result<Report, Diagnostic> {
        lock.lock()
        if let stamp, let entry = entries[path], entry.stamp == stamp {
            lock.unlock()
            return entry.result
        }
        lock.unlock()
        let result = parse()
        lock.lock()
        if let stamp { entries[path] = (stamp, result) }
        changed.insert(path)
        lock.unlock()
        return result
    }

    /// The content files of the last build, reused when file events say only files changed.
    var lastPaths: [String]? {
        lock.lock()
        defer { lock.unlock() }
        return paths
    }

    /// The corpus of the last build, handed over (the cache lets go of it, so it can be updated
    /// in place without a copy).
    func takeCorpus() -> Corpus? {
        lock.lock()
        defer { lock.unlock() }
        let taken = corpus
        corpus = nil
        return taken
    }

    /// Keeps the corpus of this build for the next.
    func keepCorpus(_ corpus: Corpus) {
        lock.lock()
        self.corpus = corpus
        lock.unlock()
    }

    /// The results of the last build, in the order of `lastPaths`.
    private var results: [Result<Report, Diagnostic>]?

    /// The last results with the changed files parsed again; nil when there are none to reuse.
    func reuse(changed: Set<String>, parse: (String) -> Result<Report, Diagnostic>) -> [Result<Report, Diagnostic>]? {
        lock.lock()
        guard let paths, var results, results.count == paths.count else {
            lock.unlock()
            return nil
        }
        lock.unlock()
        for (index, path) in paths.enumerated() where changed.contains(path) {
            results[index] = parse(path)
            lock.lock()
            self.changed.insert(path)
            lock.unlock()
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

    /// The paths parsed afresh since the last call, and forgets them.
    func takeChanged() -> Set<String> {
        lock.lock()
        defer { lock.unlock() }
        let paths = changed
        changed = []
        return paths
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

    /// Forgets files that are gone.
    func keep(only paths: [String]) {
        lock.lock()
        let keep = Set(paths)
        entries = entries.filter { keep.contains($0.key) }
        lastGood = lastGood.filter { keep.contains($0.key) }
        self.paths = paths
        lock.unlock()
    }
}
