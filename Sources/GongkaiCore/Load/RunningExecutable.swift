import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The path of the running `gongkai` executable, for the build's fingerprint and for finding the
/// default theme installed beside it.
///
/// Read from `/proc/self/exe` (Linux), else from the first command-line argument made absolute —
/// never through `Bundle.main`, whose one-time set-up crashes the process ("Illegal instruction")
/// when the program runs as a user who may not read the folder it was started from (found by the
/// fault-injection test that builds as `nobody`).
enum RunningExecutable {
    /// The absolute path, symbolic links resolved where the system says; nil when unknown.
    static let path: String? = {
        #if os(Linux)
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        if count > 0 {
            return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
        #endif
        guard let first = CommandLine.arguments.first, !first.isEmpty else { return nil }
        if first.hasPrefix("/") { return first }
        return FileManager.default.currentDirectoryPath + "/" + first
    }()
}
