/// Settings of the portal that views need.
public struct SiteContext: Sendable {
    /// The portal's name.
    public var name: String
    /// The absolute URL the site is published at, ending in `/` (for the sitemap and the feed).
    public var baseURL: String

    /// Creates a context.
    public init(name: String = "政府信息公开工作年度报告", baseURL: String = "http://127.0.0.1:8000/") {
        self.name = name
        self.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
    }
}
