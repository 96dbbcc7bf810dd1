import ArgumentParser
import GongkaiCore

/// The options `build` and `serve` share.
struct BuildOptions: ParsableArguments {
    @Option(help: "The folder of report files.")
    var content = "Content"

    @Option(help: "The site folder to write (replaced atomically).")
    var output = "site"

    @Option(help: "The theme folder; templates it lacks come from Themes/default.")
    var theme = "Themes/default"

    @Option(help: "The absolute URL the site is published at, for the sitemap and the feed.")
    var baseURL = "http://127.0.0.1:8000/"

    /// The build these options describe.
    var build: PortalBuild {
        PortalBuild(options: .init(content: content, output: output, theme: theme, defaultTheme: "Themes/default",
                                   site: SiteContext(baseURL: baseURL)))
    }
}
