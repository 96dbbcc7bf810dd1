import Foundation

/// A request to stop a build at its next safe point (serve: a new save arrived while the rest
/// of the site after the last edit was still being made). Only the steps after the edited
/// reports' pages are written stop (plan, render, data, feeds, before the commit): between two
/// files, or between two 1 MiB pieces of a big data file. A stopped build abandons what it
/// staged, so the site folder stays the last committed site with the edited pages replaced in
/// it, and `IncrementalBuild` remembers what the stopped build had still to make, for the next
/// build to make with its own changes. Thread-safe.
public final class BuildCancellation: @unchecked Sendable {
    private let lock = NSLock()
    private var requested = false
    private var preemptible = false

    /// Creates a request not yet made.
    public init() {}

    /// Asks the build to stop at its next safe point.
    public func cancel() {
        lock.lock()
        requested = true
        lock.unlock()
    }

    /// Whether the build was asked to stop.
    public var isCancelled: Bool {
        lock.lock()
        defer { lock.unlock() }
        return requested
    }

    /// Whether the build is past the edited pages and the checks, in the steps that stop when
    /// asked: from then on it reads nothing of `IncrementalBuild` but to stop or commit, so the
    /// next build may write its edited pages while this one stops.
    public var isPreemptible: Bool {
        lock.lock()
        defer { lock.unlock() }
        return preemptible
    }

    /// Notes that the build reached the steps that stop when asked.
    func reachedPreemptibleSteps() {
        lock.lock()
        preemptible = true
        lock.unlock()
    }

    /// The code of the diagnostic a stopped build throws: not a failure of the site, which
    /// stays as it was.
    public static let code = "build.cancelled"

    /// What a stopped build throws.
    static var stopped: Diagnostic {
        Diagnostic(.note, code, line: nil, "构建已中止：内容又有修改，新的构建接着完成")
    }
}
