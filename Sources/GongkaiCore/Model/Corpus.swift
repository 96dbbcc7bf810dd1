/// Every report of a portal, grouped by township, county and year: the one serial step between
/// parsing (parallel) and rendering (parallel).
public struct Corpus: Sendable {
    /// The reports, sorted by township, year and path.
    public var reports: [Report]
    /// Where each report is published, parallel to `reports`.
    public var placements: [ReportPlacement]
    /// The townships, sorted by county and name.
    public var townships: [Township]
    /// The counties named by any report, sorted.
    public var counties: [County]
    /// The years reported on, ascending.
    public var years: [Int]
    /// The report indexes of each year, in township order (county, then name).
    public var reportsByYear: [Int: [Int]]
    /// Where a build keeps the reports' running text while it runs (`gongkai build`), nil when
    /// the reports hold it themselves: read a report's text through `withText`.
    var narratives: NarrativeStore?

    /// The report indexes of a year, in township order.
    public func reportIndexes(year: Int) -> [Int] {
        reportsByYear[year] ?? []
    }
}

/// Where one report is published: its township and the path segment under it.
public struct ReportPlacement: Sendable, Hashable {
    /// Index into `Corpus.townships`.
    public var townshipIndex: Int
    /// The last path segment: the year, `2022-2` for a second report of a year, `unknown-year`.
    public var segment: String
    /// A stable id for file names of open data: `<township slug>-<segment>`.
    public var id: String

    /// Creates a placement.
    public init(townshipIndex: Int, segment: String, id: String) {
        self.townshipIndex = townshipIndex
        self.segment = segment
        self.id = id
    }
}
