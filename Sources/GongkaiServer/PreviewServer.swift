import FlyingFox
import FlyingSocks
import Foundation
import GongkaiCore

/// `gongkai serve`: builds the site, serves it on loopback, rebuilds when the content or the
/// theme changes, and tells open pages to reload. A failed build keeps the last good site and
/// shows the error in the page and the terminal.
public final class PreviewServer: Sendable {
    /// Where to listen.
    public struct Address: Sendable {
        public var host: String
        public var port: UInt16

        /// Creates an address; the default is loopback only.
        public init(host: String = "127.0.0.1", port: UInt16 = 8000) {
            self.host = host
            self.port = port
        }
    }

    private let build: PortalBuild
    /// What rebuilds keep: the parse cache, the last corpus, each file's last good report.
    private let incremental = IncrementalBuild()
    private let address: Address
    private let state = PreviewState()
    private let server: HTTPServer
    private let log: @Sendable (String) -> Void

    /// Creates a server for a build; nothing runs until `run`.
    public init(build: PortalBuild, address: Address, log: @escaping @Sendable (String) -> Void = { print($0) }) throws {
        self.build = build
        self.address = address
        self.log = log
        let socketAddress: any SocketAddress = address.host.contains(":")
            ? try sockaddr_in6.inet6(ip6: address.host, port: address.port)
            : try sockaddr_in.inet(ip4: address.host, port: address.port)
        server = HTTPServer(config: .init(address: socketAddress, timeout: 10, logger: .disabled),
                            handler: StaticSiteHandler(root: build.options.output, state: state))
    }

    /// The state the server shares with open pages.
    public var previewState: PreviewState { state }

    /// The port actually listened on (useful with port 0), once listening.
    public func listeningPort() async throws -> UInt16? {
        try await server.waitUntilListening(timeout: 10)
        guard let listening = await server.listeningAddress else { return nil }
        switch listening {
        case .ip4(_, let port), .ip6(_, let port): return port
        default: return nil
        }
    }

    /// Builds once, then serves and watches until the task is cancelled.
    public func run() async throws {
        let folders = [build.options.content] + ((try? build.options.themeFolders()) ?? [])
        let watcher = FolderWatcher(folders: folders)
        let events = FileEventSource(folders: folders)
        let initial = events.events == nil ? watcher.snapshot() : [:]
        await rebuild()
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await self.server.run() }
            group.addTask {
                if let port = try await self.listeningPort() {
                    self.log("serving \(self.build.options.output) at http://\(self.address.host.contains(":") ? "[\(self.address.host)]" : self.address.host):\(port)/ (Ctrl-C stops)")
                }
                var snapshot = initial
                // The rebuild under way runs beside the watch: a save while it makes the rest of
                // the site stops it at its next safe point, and the next rebuild writes the new
                // edit's page first, then what the stopped one had left.
                // A rebuild already past its edited pages and checks only finishes its last files
                // once stopped: the next one writes its edited pages meanwhile and waits for it
                // only then (`afterFirst`); one still before that point is waited for at once.
                var running: (cancellation: BuildCancellation, done: Task<Void, Never>, finished: DispatchGroup)?
                while let (changed, paths) = await watcher.nextBurst(events: events, after: snapshot) {
                    snapshot = changed
                    var previous: DispatchGroup?
                    if let running {
                        running.cancellation.cancel()
                        if running.cancellation.isPreemptible { previous = running.finished } else { await running.done.value }
                    }
                    let cancellation = BuildCancellation(), finished = DispatchGroup()
                    finished.enter()
                    running = (cancellation, Task { [previous] in
                        await self.rebuild(changed: paths.isEmpty ? nil : paths, cancellation: cancellation, after: previous)
                        finished.leave()
                    }, finished)
                }
                running?.cancellation.cancel()
                await running?.done.value
            }
            try await group.next()
            group.cancelAll()
        }
    }

    /// Stops serving, letting requests in flight finish for up to a second.
    public func stop() async {
        await server.stop(timeout: 1)
    }

    /// Rebuilds the site on a worker thread (the build is synchronous and uses every core); on
    /// failure the last good site stays and the error is shown.
    /// `previous`: a stopped rebuild still finishing, waited for once the edited pages are written.
    func rebuild(changed: Set<String>? = nil, cancellation: BuildCancellation? = nil, after previous: DispatchGroup? = nil) async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            DispatchQueue.global().async {
                self.rebuildNow(changed: changed, cancellation: cancellation, after: previous)
                continuation.resume()
            }
        }
    }

    private func rebuildNow(changed: Set<String>?, cancellation: BuildCancellation?, after previous: DispatchGroup?) {
        // Never done before the stopped rebuild is (a build that ends early did not wait for it).
        defer { previous?.wait() }
        let started = Date()
        var problems: [String] = []
        let state = self.state
        let log = self.log
        do {
            let summary = try build.run(incremental: incremental, changed: changed, firstPages: { paths in
                // The edited report's page is in place: open pages may reload now; the rest of
                // the site follows and bumps the generation again.
                state.bumpGeneration()
                log("updated \(paths.count) page\(paths.count == 1 ? "" : "s") in \(Int(Date().timeIntervalSince(started) * 1000)) ms")
            }, cancellation: cancellation, afterFirst: { previous?.wait() }, progress: { log("  " + $0) })
            for (path, diagnostic) in summary.skipped { problems.append(diagnostic.located(in: path).formatted) }
            for (path, diagnostic) in summary.stale {
                problems.append(diagnostic.located(in: path).formatted + "（页面仍显示此文件上次读取成功的内容，文件可读后自动更新）")
            }
            for report in summary.corpus.reports {
                problems += report.diagnostics.filter { $0.severity == .error }.map { $0.located(in: report.path).formatted }
            }
            log("rebuilt \(summary.pages) pages from \(summary.reports) reports in \(Int(Date().timeIntervalSince(started) * 1000)) ms" + (problems.isEmpty ? "" : ", \(problems.count) errors"))
        } catch where error.code == BuildCancellation.code {
            // A newer save stopped it: the next rebuild finishes the site and reports.
            log("stopped after \(Int(Date().timeIntervalSince(started) * 1000)) ms for a newer change")
            return
        } catch {
            problems.append(error.formatted)
            log("build failed; still serving the last good site")
        }
        for problem in problems { log(problem) }
        state.finishBuild(problems: problems)
    }
}
