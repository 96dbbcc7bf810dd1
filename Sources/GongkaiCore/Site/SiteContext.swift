/// Settings of the portal that views need: `gongkai.yaml` (`SiteConfig`) with command-line flags
/// over it.
public struct SiteContext: Sendable {
    /// The portal's name.
    public var name: String
    /// The absolute URL the site is published at, ending in `/` (for the sitemap and the feed).
    public var baseURL: String
    /// How many of the latest reports the Atom feed lists.
    public var feedEntries: Int
    /// 主办单位, shown in the footer; nil when not configured.
    public var organization: String?
    /// The home page's one-line description; nil for Gongkai's own.
    public var description: String?
    /// How to reach the office, shown in the footer.
    public var contact: String?
    /// 网站标识码.
    public var siteCode: String?
    /// ICP 备案号, linked to the MIIT filing site.
    public var icp: String?
    /// 公安机关备案号.
    public var policeFiling: String?
    /// Whether pages offer search (`search` in `gongkai.yaml`): the build indexes the site and
    /// pages show the search box only when true.
    public var search: Bool
    /// The share of copied narrative (0–1) at or above which B1 and B2 warn (`boilerplate_threshold`
    /// in `gongkai.yaml`, in percent, or `--boilerplate-threshold`).
    public var boilerplateThreshold: Double
    /// Whether the base URL was configured (file or flag); when not, the sitemap and the feed
    /// point at the preview address and the build warns.
    public var baseURLConfigured: Bool

    /// The portal's name when none is configured.
    public static let defaultName = "政府信息公开工作年度报告"
    /// The base URL when none is configured: the preview server's address.
    public static let defaultBaseURL = "http://127.0.0.1:8000/"

    /// Creates a context; the base URL percent-encoded by `BaseURL.parse` (one it refuses is
    /// kept as given: `PortalBuild.run` refuses it before anything is written).
    public init(name: String = defaultName, baseURL: String = defaultBaseURL, feedEntries: Int = 100) {
        self.name = name
        self.feedEntries = feedEntries
        self.baseURL = (try? BaseURL.parse(baseURL)) ?? (baseURL.hasSuffix("/") ? baseURL : baseURL + "/")
        self.search = true
        self.boilerplateThreshold = BoilerplateChecks.defaultThreshold
        self.baseURLConfigured = true
    }

    /// The context of `config` with the flags given over it (nil: not given on the command line);
    /// the boilerplate threshold in percent, as the file and the flag give it.
    public init(config: SiteConfig, baseURL flagBaseURL: String? = nil, feedEntries flagFeedEntries: Int? = nil,
                boilerplateThreshold flagThreshold: Double? = nil) {
        let baseURL = flagBaseURL ?? config.baseURL
        self.init(name: config.title.flatMap { $0.isEmpty ? nil : $0 } ?? Self.defaultName, baseURL: baseURL ?? Self.defaultBaseURL,
                  feedEntries: flagFeedEntries ?? config.feedEntries ?? 100)
        organization = config.organization
        description = config.description
        contact = config.contact
        siteCode = config.siteCode
        icp = config.icp
        policeFiling = config.policeFiling
        search = config.search ?? true
        boilerplateThreshold = (flagThreshold ?? config.boilerplateThreshold).map { $0 / 100 } ?? BoilerplateChecks.defaultThreshold
        baseURLConfigured = baseURL != nil
    }

    /// The MIIT ICP filing site an ICP number links to (工业和信息化部政务服务平台 ICP/IP 地址/域名信息备案管理系统).
    public static let icpFilingURL = "https://beian.miit.gov.cn/"

    /// The public-security filing site (全国互联网安全管理服务平台) a 公安机关备案号 links to: the
    /// record's own query page when the number carries its digits (京公网安备 11010502030143号 →
    /// `…/#/query/webSearch?code=11010502030143`, the link the platform gives filers to put in
    /// their footer), else the platform's home page.
    public static func policeFilingURL(_ filing: String) -> String {
        let digits = String(filing.unicodeScalars.filter { $0.value >= 0x30 && $0.value <= 0x39 }.map(Character.init))
        return digits.isEmpty ? "https://beian.mps.gov.cn/" : "https://beian.mps.gov.cn/#/query/webSearch?code=\(digits)"
    }
}
