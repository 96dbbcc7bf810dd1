import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a helper program (Poppler's `pdftotext`) on a file with a time limit, an output limit
/// and, where util-linux `prlimit` exists, a memory limit: a hostile file must not hang the build
/// or take its memory.
enum BoundedProcess {
    /// How a run ended.
    enum Outcome: Sendable, Equatable {
        case exited(Int32)
        case timedOut
        case tooLarge
        case failedToStart(String)
    }

    /// What a run gave: how it ended, its output, and the start of its error output.
    struct Run: Sendable {
        var outcome: Outcome
        var output: [UInt8]
        var error: [UInt8]
    }

    /// The address space a helper may use (1 GiB): Poppler needs a few MB for a report.
    static let memoryLimit = 1 << 30
    /// The error output kept; the rest is drained and dropped.
    private static let errorLimit = 64 * 1024

    /// Runs `executable` with `arguments`, killing it after `timeLimit` seconds or once it has
    /// written more than `outputLimit` bytes.
    static func run(_ executable: String, arguments: [String], timeLimit: TimeInterval, outputLimit: Int) -> Run {
        let process = Process()
        if let prlimit = PopplerWords.executable(named: "prlimit") {
            process.executableURL = URL(fileURLWithPath: prlimit)
            process.arguments = ["--as=\(memoryLimit)", "--", executable] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = arguments
        }
        let output = Pipe()
        let error = Pipe()
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = error
        do {
            try process.run()
        } catch {
            return Run(outcome: .failedToStart("\(error)"), output: [], error: [])
        }
        let state = RunState(pid: process.processIdentifier)
        let timer = DispatchWorkItem { state.kill(because: .timedOut) }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeLimit, execute: timer)

        let errorHandle = error.fileHandleForReading
        let errorDone = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            while true {
                let chunk = errorHandle.availableData
                if chunk.isEmpty { break }
                state.appendError(chunk, limit: errorLimit)
            }
            errorDone.signal()
        }
        var bytes: [UInt8] = []
        let outputHandle = output.fileHandleForReading
        while true {
            let chunk = outputHandle.availableData
            if chunk.isEmpty { break }
            if bytes.count + chunk.count > outputLimit {
                state.kill(because: .tooLarge)
                break
            }
            bytes.append(contentsOf: chunk)
        }
        process.waitUntilExit()
        timer.cancel()
        state.finish()
        errorDone.wait()
        let outcome = state.reason ?? .exited(process.terminationStatus)
        return Run(outcome: outcome, output: outcome == .exited(0) ? bytes : [], error: state.error)
    }

    /// What the watchers share: why the process was killed, and its error output.
    private final class RunState: @unchecked Sendable {
        private let lock = NSLock()
        private let pid: Int32
        private var finished = false
        private(set) var reason: Outcome?
        private(set) var error: [UInt8] = []

        init(pid: Int32) { self.pid = pid }

        func kill(because why: Outcome) {
            lock.lock()
            defer { lock.unlock() }
            guard !finished, reason == nil else { return }
            reason = why
            _ = signalKill(pid)
        }

        func finish() {
            lock.lock()
            finished = true
            lock.unlock()
        }

        func appendError(_ data: Data, limit: Int) {
            lock.lock()
            if error.count < limit { error.append(contentsOf: data.prefix(limit - error.count)) }
            lock.unlock()
        }
    }
}

#if canImport(Glibc)
private func signalKill(_ pid: Int32) -> Int32 { Glibc.kill(pid, SIGKILL) }
#else
private func signalKill(_ pid: Int32) -> Int32 { Darwin.kill(pid, SIGKILL) }
#endif
