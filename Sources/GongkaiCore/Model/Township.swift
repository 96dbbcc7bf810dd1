/// A township (or other organ) of the corpus with its reports, one per year as a rule.
public struct Township: Sendable, Hashable {
    /// The short name, e.g. 刘楼镇.
    public var name: String
    /// The county when any report states it.
    public var county: String?
    /// The URL slug, unique in the corpus.
    public var slug: String
    /// Indexes into `Corpus.reports`, by year then path.
    public var reportIndexes: [Int]

    /// Creates a township.
    public init(name: String, county: String?, slug: String, reportIndexes: [Int]) {
        self.name = name
        self.county = county
        self.slug = slug
        self.reportIndexes = reportIndexes
    }
}

/// A county of the corpus and its townships.
public struct County: Sendable, Hashable {
    /// The name, e.g. 汶上县.
    public var name: String
    /// The URL slug.
    public var slug: String
    /// Indexes into `Corpus.townships`.
    public var townshipIndexes: [Int]

    /// Creates a county.
    public init(name: String, slug: String, townshipIndexes: [Int]) {
        self.name = name
        self.slug = slug
        self.townshipIndexes = townshipIndexes
    }
}
