/// Settings of the portal that views need.
public struct SiteContext: Sendable {
    /// The portal's name.
    public var name: String
    /// The absolute URL the site is published at, ending in `/` (for the sitemap and the feed).
    public var baseURL: String
    /// How many of the latest reports the Atom feed lists.
    public var feedEntries: Int

    /// Creates a context; the base URL percent-encoded by `BaseURL.parse` (one it refuses is
    /// kept as given: `PortalBuild.run` refuses it before anything is written).
    public init(name: String = "政府信息公开工作年度报告", baseURL: String = "http://127.0.0.1:8000/", feedEntries: Int = 100) {
        self.name = name
        self.feedEntries = feedEntries
        self.baseURL = (try? BaseURL.parse(baseURL)) ?? (baseURL.hasSuffix("/") ? baseURL : baseURL + "/")
    }
}
