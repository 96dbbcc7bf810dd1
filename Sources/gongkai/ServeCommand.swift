import ArgumentParser
import Foundation
import GongkaiServer

/// `gongkai serve`: build, serve on loopback, rebuild on change, reload open pages.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build the portal and preview it over HTTP; rebuilds when Content/ or the theme changes and reloads open pages."
    )

    @Option(help: "The address to listen on; loopback unless you ask for another interface.")
    var host = "127.0.0.1"

    @Option(help: "The port.")
    var port: UInt16 = 8000

    @OptionGroup var options: BuildOptions

    func run() async throws {
        let server = try PreviewServer(build: options.build(warn: { _ in }), address: .init(host: host, port: port), log: printLine)
        let serving = Task { try await server.run() }
        signal(SIGINT, SIG_IGN)
        let interrupt = DispatchSource.makeSignalSource(signal: SIGINT, queue: .main)
        interrupt.setEventHandler {
            print("\nstopping")
            serving.cancel()
        }
        interrupt.resume()
        defer { interrupt.cancel() }
        do {
            try await serving.value
        } catch is CancellationError {
        } catch {
            if !serving.isCancelled {
                printError("error: \(error)")
                throw ExitCode(1)
            }
        }
        await server.stop()
    }
}
