import ArgumentParser
import GongkaiCore

/// The options `build` and `serve` share.
struct BuildOptions: ParsableArguments {
    @Option(help: "The folder of report files.")
    var content = "Content"

    @Option(help: "The site folder to write (replaced atomically).")
    var output = "site"

    @Option(help: "A theme folder whose templates and assets replace the default theme's, file by file (the default theme ships inside gongkai).")
    var theme: String?

    @Option(help: "The absolute URL the site is published at, for the sitemap and the feed.")
    var baseURL = "http://127.0.0.1:8000/"

    @Option(help: "How many of the latest reports the Atom feed lists.")
    var feedEntries = 100

    /// Refuses a base URL that is not an http(s) URL before anything is built.
    func validate() throws {
        do {
            _ = try BaseURL.parse(baseURL)
        } catch {
            throw ValidationError(error.message)
        }
        guard feedEntries >= 0 else { throw ValidationError("--feed-entries 不能为负数") }
    }

    /// The build these options describe.
    var build: PortalBuild {
        PortalBuild(options: .init(content: content, output: output, theme: theme,
                                   site: SiteContext(baseURL: baseURL, feedEntries: feedEntries)))
    }
}
