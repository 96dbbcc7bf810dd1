import Foundation

/// What the preview server knows about the latest build: a generation number that changes on
/// every rebuild (open pages poll it and reload), and the problems to show in the page.
/// Synchronous and lock-protected, so the build (on a worker thread) and the request handlers
/// can both use it without waiting on each other.
public final class PreviewState: @unchecked Sendable {
    private let lock = NSLock()
    private var currentGeneration = 0
    private var currentProblems: [String] = []
    private var finishedBuilds = 0

    /// Creates a state.
    public init() {}

    /// Records a finished rebuild and its problems.
    public func finishBuild(problems: [String]) {
        lock.lock()
        currentGeneration += 1
        currentProblems = problems
        finishedBuilds += 1
        lock.unlock()
    }

    /// Tells open pages to reload, keeping the problems as they are.
    public func bumpGeneration() {
        lock.lock()
        currentGeneration += 1
        lock.unlock()
    }

    /// Changes whenever open pages should reload.
    public var generation: Int { snapshot.generation }

    /// How many builds have finished.
    public var builds: Int {
        lock.lock()
        defer { lock.unlock() }
        return finishedBuilds
    }

    /// A consistent snapshot for one response.
    public var snapshot: (generation: Int, problems: [String]) {
        lock.lock()
        defer { lock.unlock() }
        return (currentGeneration, currentProblems)
    }
}
