/// Who published a report, about which year, and when.
public struct ReportMetadata: Sendable, Hashable {
    /// The issuing body as written in the title, e.g. 昌乐县鄌郚镇人民政府.
    public var organ: String?
    /// The short name a portal groups by, e.g. 鄌郚镇.
    public var township: String?
    /// The 县/区/市 when the text states it.
    public var county: String?
    /// The year reported on.
    public var year: Int?
    /// The publication date printed in the file, ISO 8601 (yyyy-mm-dd).
    public var published: String?
    /// The report's official page, from front matter `source:` (an http or https URL).
    public var source: String?

    /// Creates metadata.
    public init(organ: String? = nil, township: String? = nil, county: String? = nil, year: Int? = nil, published: String? = nil) {
        self.organ = organ
        self.township = township
        self.county = county
        self.year = year
        self.published = published
    }
}
