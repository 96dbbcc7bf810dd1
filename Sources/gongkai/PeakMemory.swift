import Foundation

/// This process's peak resident memory so far, for `--timings`: the kernel's high-water mark
/// (`VmHWM` in /proc/self/status, in kB). Read before Pagefind runs, so the figure is Gongkai's own,
/// not the search indexer's (a child's peak is what `/usr/bin/time` would report).
enum PeakMemory {
    /// Megabytes (MiB), or nil where /proc is not there (not Linux) or says nothing readable.
    static func megabytes(status path: String = "/proc/self/status") -> Int? {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let digits = line.dropFirst("VmHWM:".count).filter(\.isNumber)
            return Int(digits).map { $0 / 1024 }
        }
        return nil
    }
}
