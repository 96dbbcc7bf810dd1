import ArgumentParser
import Foundation
import GongkaiCore

/// The options `build` and `serve` share. The portal's settings come from `gongkai.yaml` in the
/// current folder (see `SiteConfig`); `--base-url` and `--feed-entries` override it.
struct BuildOptions: ParsableArguments {
    @Option(help: "The folder of report files.")
    var content = "Content"

    @Option(help: "The site folder to write (replaced atomically).")
    var output = "site"

    @Option(help: "A theme folder whose templates and assets replace the default theme's, file by file (the default theme ships inside gongkai); default: the portal's Themes/ when it exists.")
    var theme: String?

    @Option(help: "The portal's settings file; every key optional.")
    var config = SiteConfig.fileName

    @Option(help: "The absolute URL the site is published at, for the sitemap and the feed (overrides base_url in gongkai.yaml; default http://127.0.0.1:8000/).")
    var baseURL: String?

    @Option(help: "How many of the latest reports the Atom feed lists (overrides feed_entries in gongkai.yaml; default 100).")
    var feedEntries: Int?

    @Option(help: "The share of copied narrative, in percent (1–100), at which the boilerplate checks B1 and B2 warn (overrides boilerplate_threshold in gongkai.yaml; default 60).")
    var boilerplateThreshold: Double?

    /// Refuses a base URL that is not an http(s) URL before anything is built.
    func validate() throws {
        if let baseURL {
            do {
                _ = try BaseURL.parse(baseURL)
            } catch {
                throw ValidationError(error.message)
            }
        }
        if let feedEntries, feedEntries < 0 { throw ValidationError("--feed-entries 不能为负数") }
        if let boilerplateThreshold, SiteConfig.threshold(percent: boilerplateThreshold) == nil {
            throw ValidationError("--boilerplate-threshold 应是 1 到 100 之间的百分数（如 60）")
        }
    }

    /// The build these options describe: `gongkai.yaml` read (a wrong key or value is printed as
    /// `gongkai.yaml:LINE: error: …` and exits 1), the flags over it, and a warning when no base
    /// URL is configured.
    func build(warn: (String) -> Void, fileSystem: ReportFileSystem = .disk) throws -> PortalBuild {
        let settings = try Self.settings(config, fileSystem: fileSystem)
        let site = SiteContext(config: settings, baseURL: baseURL, feedEntries: feedEntries, boilerplateThreshold: boilerplateThreshold)
        if !site.baseURLConfigured {
            warn("warning: 未设置网站发布地址（gongkai.yaml 的 base_url 或 --base-url）：sitemap.xml 和 feed.xml 中的链接将指向 \(SiteContext.defaultBaseURL) [config.base-url]")
        }
        let portalTheme = fileSystem.listFolder("Themes") != nil ? "Themes" : nil
        return PortalBuild(options: .init(content: content, output: output, theme: theme ?? portalTheme, site: site), fileSystem: fileSystem)
    }

    /// The settings in the configuration file at `path` (none when there is no such file); a
    /// wrong key or value is printed as `gongkai.yaml:LINE: error: …` and exits 1.
    static func settings(_ path: String, fileSystem: ReportFileSystem = .disk) throws -> SiteConfig {
        do {
            return fileSystem.exists(path) ? try SiteConfig.parse(Self.text(path, fileSystem: fileSystem), path: path) : SiteConfig()
        } catch {
            printError(error.formatted)
            throw ExitCode(1)
        }
    }

    /// The configuration file's text; one that is not UTF-8 is an error on the file.
    private static func text(_ path: String, fileSystem: ReportFileSystem) throws(Diagnostic) -> String {
        guard let bytes = try? fileSystem.read(path) else {
            throw Diagnostic(.error, "config.read", file: path, line: nil, "无法读取")
        }
        guard let text = String(bytes: bytes, encoding: .utf8) else {
            throw Diagnostic(.error, "config.encoding", file: path, line: nil, "必须是 UTF-8 编码")
        }
        return text
    }
}
