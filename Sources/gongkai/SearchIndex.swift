import Foundation
import GongkaiCore

/// Runs Pagefind over a built site, so `search/index.html` can search every report page and
/// township page (those marked `data-pagefind-body`), with Chinese word segmentation when the
/// extended build is installed (PyPI `pagefind_bin_extended`; `make site` installs it).
///
/// Pagefind is optional: without it, or with `search: false` in gongkai.yaml, the build says so
/// in one line and the site works without search (the search page then points to the township
/// index). Pagefind writes its bundle beside the site's `pagefind/` (in `.pagefind-next/`), and only
/// a finished index is moved into place, so a failed, killed or interrupted Pagefind leaves the
/// previous index whole: a reader searches the old index or the new one, never half of each. The
/// site writer's manifest does not list these files, so a rebuild neither keeps nor removes them.
enum SearchIndex {
    /// Where the index goes, relative to the site root.
    static let bundle = SiteRoutes.searchBundle
    /// Where Pagefind writes a new index, and where the old one waits while the new one moves in:
    /// hidden folders in the site root (a static host serves nothing from them in a finished site).
    static let nextBundle = ".pagefind-next", previousBundle = ".pagefind-previous"

    /// What the index leaves out of a page's text: the tables of numbers (a reader searches for
    /// words, and the cells are most of a report page's text), and the portal's own apparatus —
    /// check results, contents, links, file details, charts — which is the same on every page.
    /// On 1,000 synthetic report pages this halved Pagefind's CPU time (9.8 → 4.5 s) and cut its
    /// memory from 655 to 245 MB; results and excerpts are the report's own words.
    static let excludedSelectors = ["table", "svg", ".verification", ".toc", ".report-links", ".report-source", ".checks", ".charts", ".summary"]

    /// The ways Pagefind is found, in order: on PATH (extended first), then the PyPI packages'
    /// modules through python3.
    static let candidates: [[String]] = [
        ["pagefind_extended"], ["pagefind"],
        ["python3", "-m", "pagefind_bin_extended"], ["python3", "-m", "pagefind_bin"], ["python3", "-m", "pagefind"],
    ]

    /// Indexes `site`, printing one line; returns false when Pagefind ran and failed (the site
    /// stays as built, without a fresh index: a warning, not a failed build).
    static func run(site: String, print say: (String) -> Void) -> Bool {
        guard let command = candidates.first(where: { works($0 + ["--version"]) }) else {
            say("search: Pagefind 未安装，跳过全文搜索索引（pip install pagefind_bin_extended，或 make site）")
            return true
        }
        let started = Date()
        // The site writer's disk operations: the same renames and removals, the same messages.
        let disk = SiteDiskAccess.disk
        let (next, current, previous) = (site + "/" + nextBundle, site + "/" + bundle.dropLast(), site + "/" + previousBundle)
        // Leftovers of a run that was killed mid-way.
        for leftover in [next, previous] { disk.remove(leftover) }
        let (status, output) = execute(command + ["--site", site, "--output-path", next, "--glob", SiteRoutes.searchedPages]
                                       + excludedSelectors.flatMap { ["--exclude-selectors", $0] })
        let elapsed = Int(Date().timeIntervalSince(started) * 1000)
        guard status == 0 else {
            disk.remove(next)
            say("search: Pagefind 失败（退出码 \(status)），保留上次的搜索索引：" + output.split(separator: "\n").suffix(3).joined(separator: " "))
            return false
        }
        // Two renames: the index is missing only between them (microseconds), never half written.
        let hadIndex = disk.exists(current)
        do throws(Diagnostic) {
            if hadIndex { try disk.move(current, previous) }
            try disk.move(next, current)
        } catch {
            say("search: 新的搜索索引未能移入：\(error.message)，请检查该文件夹的权限")
            if hadIndex, !disk.exists(current) { try? disk.move(previous, current) }
            return false
        }
        disk.remove(previous)
        let pages = output.split(separator: "\n").first { $0.contains("Indexed") && $0.contains("page") }.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        say("search: Pagefind index written to \(current) (\(pages.isEmpty ? "done" : pages), \(elapsed) ms)")
        return true
    }

    private static func works(_ arguments: [String]) -> Bool { execute(arguments).status == 0 }

    /// Runs `arguments` through `/usr/bin/env` (so PATH is searched), returning the exit status
    /// and the standard output and error; status 127 when it cannot start.
    private static func execute(_ arguments: [String]) -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do { try process.run() } catch { return (127, "") }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
