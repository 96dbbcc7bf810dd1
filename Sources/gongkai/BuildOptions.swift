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

    /// The build these options describe.
    var build: PortalBuild {
        PortalBuild(options: .init(content: content, output: output, theme: theme,
                                   site: SiteContext(baseURL: baseURL)))
    }
}
