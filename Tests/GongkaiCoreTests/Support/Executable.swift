import Foundation

/// The built `gongkai` executable, run as a user runs it: from a working directory of the
/// test's choosing. `swift build --build-tests` builds it next to the test bundle.
enum Executable {
    /// The path of the `gongkai` executable next to the running tests, or nil when not built.
    static var gongkai: String? {
        let folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        let candidates = [folder, folder.deletingLastPathComponent(), folder.deletingLastPathComponent().deletingLastPathComponent()]
            .map { $0.appendingPathComponent("gongkai").path }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs `gongkai` with arguments in a working directory; the exit status and everything it printed.
    static func run(_ arguments: [String], in folder: URL) throws -> (status: Int32, output: String) {
        guard let gongkai else { throw CocoaError(.fileNoSuchFile) }
        return try run(executable: gongkai, arguments, in: folder)
    }

    /// Runs any executable with arguments in a working directory; the exit status and everything it printed.
    static func run(executable: String, _ arguments: [String], in folder: URL) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
