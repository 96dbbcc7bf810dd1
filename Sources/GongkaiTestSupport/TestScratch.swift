import Foundation

/// Temporary folders for tests, all inside one folder per test process, `$TMPDIR/gongkai-tests-PID`,
/// which is removed when the process exits.
///
/// Why: each test run made some sixty fixture sites and content copies in the temporary folder
/// and left them there; a day of test runs on the 2-core machine left 14,000 folders and 34 GB.
/// A folder left by a process that crashed or was killed is removed by the next run that finds
/// its process gone. `GONGKAI_KEEP_TEST_FILES=1` keeps the folders, to look at after a failure.
public enum TestScratch {
    static let prefix = "gongkai-tests-"

    /// This process's folder, made on first use (and its removal at exit arranged then).
    public static let root: URL = makeRoot()

    /// A new empty folder named `name-UUID` inside `root`. Throws when it cannot be made.
    public static func folder(_ name: String) throws -> URL {
        let url = root.appendingPathComponent("\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private static func makeRoot() -> URL {
        let temporary = FileManager.default.temporaryDirectory
        for name in (try? FileManager.default.contentsOfDirectory(atPath: temporary.path)) ?? [] where name.hasPrefix(prefix) {
            // kill(pid, 0) fails with ESRCH only when no such process exists.
            guard let pid = Int32(name.dropFirst(prefix.count)), kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(at: temporary.appendingPathComponent(name))
        }
        let root = temporary.appendingPathComponent(prefix + String(getpid()))
        try? FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        if ProcessInfo.processInfo.environment["GONGKAI_KEEP_TEST_FILES"] != "1" {
            atexit { TestScratch.removeRoot() }
        }
        return root
    }

    /// Removes `root`, trying again for a moment: a preview server a test started may still be
    /// writing into its site while the process exits, which makes a removal fail half way.
    static func removeRoot() {
        for _ in 0..<20 {
            if (try? FileManager.default.removeItem(at: root)) != nil || !FileManager.default.fileExists(atPath: root.path) { return }
            usleep(50_000)
        }
    }
}
