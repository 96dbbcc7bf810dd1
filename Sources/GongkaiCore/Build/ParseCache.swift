import Foundation

/// Parsed reports keyed by path and file stamp, so a rebuild parses only the files that
/// changed; owned by `IncrementalBuild` (serve).
final class ParseCache: @unchecked Sendable {
    private var entries: [String: (stamp: String, result: Result<Report, Diagnostic>)] = [:]
    private var changed: Set<String> = []
    private let lock = NSLock()

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

    /// Notes a file parsed afresh outside `result(for:)`.
    func markChanged(_ path: String) {
        lock.lock()
        changed.insert(path)
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

    /// Forgets files that are gone.
    func keep(only paths: Set<String>) {
        lock.lock()
        entries = entries.filter { paths.contains($0.key) }
        lock.unlock()
    }
}
