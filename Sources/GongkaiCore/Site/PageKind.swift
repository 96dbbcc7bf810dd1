import Foundation

/// One kind of file of the portal, described once: which files of the kind a corpus has, where
/// each goes, and how it is made — for a page, its template and its view model. The build asks
/// the registry (`PageKind.all`), so a new page type is one entry there, a template and a view
/// model with its `+Template.swift` adapter; `TemplateKeyTests` checks every key the template
/// asks for against what the view model gives.
public struct PageKind: Sendable {
    /// A stable English name, for messages and tests (`report`, `year-csv`).
    public let name: String
    /// The Mustache template a page of this kind is rendered with; nil for a data file, an
    /// asset, a feed or a sitemap.
    public let template: String?
    /// Every file of this kind for the builder's corpus, in a stable order.
    let jobs: @Sendable (SiteBuilder) -> [SiteJob]
    /// Every page of this kind with its view model (empty for files that are not pages): what
    /// the template is rendered with, for the tests.
    let views: @Sendable (SiteBuilder) -> [(path: String, view: Any)]

    /// A page: one per item of the corpus (`items`), at `path`, rendered from `view` with
    /// `template`.
    /// `reads`: the part of the corpus a page shows (nil: it may show anything, and every
    /// rebuild makes it).
    static func page<Item: Sendable>(_ name: String, template: String, items: @escaping @Sendable (SiteBuilder) -> [Item],
                                     path: @escaping @Sendable (Item, SiteBuilder) -> String,
                                     reads: (@Sendable (Item) -> SiteJob.Reads)? = nil,
                                     view: @escaping @Sendable (Item, SiteBuilder) -> Any) -> PageKind {
        PageKind(name: name, template: template, jobs: { builder in
            items(builder).map { item in
                let target = path(item, builder)
                return SiteJob(kind: name, path: target, isPage: true, reads: reads?(item)) { builder throws(Diagnostic) in
                    SiteFile(path: target, bytes: try builder.page(view(item, builder), template: template))
                }
            }
        }, views: { builder in items(builder).map { (path($0, builder), view($0, builder)) } })
    }

    /// A page of which the portal has exactly one (home, quality, 404).
    static func single(_ name: String, template: String, path: String, view: @escaping @Sendable (SiteBuilder) -> Any) -> PageKind {
        page(name, template: template, items: { _ in [()] }, path: { _, _ in path }, view: { _, builder in view(builder) })
    }

    /// A page of which the portal has exactly one, too big to hold whole at scale (quality): it is
    /// given a piece at a time to a `SiteStream` by `produce`, which renders `template` itself;
    /// `view` is the whole view model, for the tests.
    static func singleStreamed(_ name: String, template: String, path: String, view: @escaping @Sendable (SiteBuilder) -> Any,
                               produce: @escaping @Sendable (SiteBuilder, SiteStream) throws(Diagnostic) -> Void) -> PageKind {
        PageKind(name: name, template: template, jobs: { _ in
            [SiteJob(kind: name, path: path, isPage: true, reads: nil, stream: produce)]
        }, views: { builder in [(path, view(builder))] })
    }

    /// A file that is not a page (open data, an asset, the feed): one per item, at `path`, made
    /// by `make` (which gets the item and the path).
    static func file<Item: Sendable>(_ name: String, items: @escaping @Sendable (SiteBuilder) -> [Item],
                                     path: @escaping @Sendable (Item, SiteBuilder) -> String,
                                     reads: (@Sendable (Item) -> SiteJob.Reads)? = nil,
                                     make: @escaping @Sendable (Item, String, SiteBuilder) -> SiteFile) -> PageKind {
        PageKind(name: name, template: nil, jobs: { builder in
            items(builder).map { item in
                let target = path(item, builder)
                return SiteJob(kind: name, path: target, isPage: false, reads: reads?(item)) { builder in make(item, target, builder) }
            }
        }, views: { _ in [] })
    }

    /// A big data file of which the portal has exactly one (`reports.json`, `cells.csv`): its
    /// text is given a piece at a time to a `SiteStream`, so the build writes it as it is made
    /// and never holds it whole.
    static func streamed(_ name: String, path: String, produce: @escaping @Sendable (SiteBuilder, SiteStream) throws(Diagnostic) -> Void) -> PageKind {
        streamed(name, items: { _ in [()] }, path: { _, _ in path }, produce: { _, builder, stream throws(Diagnostic) in try produce(builder, stream) })
    }

    /// Big data files, one per item (a year's CSV), each given a piece at a time to a `SiteStream`.
    static func streamed<Item: Sendable>(_ name: String, items: @escaping @Sendable (SiteBuilder) -> [Item],
                                         path: @escaping @Sendable (Item, SiteBuilder) -> String,
                                         reads: (@Sendable (Item) -> SiteJob.Reads)? = nil,
                                         produce: @escaping @Sendable (Item, SiteBuilder, SiteStream) throws(Diagnostic) -> Void) -> PageKind {
        PageKind(name: name, template: nil, jobs: { builder in
            items(builder).map { item in
                let target = path(item, builder)
                return SiteJob(kind: name, path: target, isPage: false, reads: reads?(item), stream: { builder, stream throws(Diagnostic) in
                    try produce(item, builder, stream)
                })
            }
        }, views: { _ in [] })
    }

    /// A file of which the portal has exactly one.
    static func single(_ name: String, path: String, make: @escaping @Sendable (SiteBuilder) -> String) -> PageKind {
        file(name, items: { _ in [()] }, path: { _, _ in path }, make: { _, path, builder in SiteFile(path: path, text: make(builder)) })
    }
}

/// One file of the portal to make: the unit of parallel rendering. Its kind, where it goes,
/// whether it is a page of the portal (an original file copied from the content folder is the
/// organ's, not ours), and how to make it.
public struct SiteJob: Sendable {
    /// The `PageKind` name.
    public let kind: String
    /// Where the file goes in the site.
    public let path: String
    /// Whether the file is a page of the portal (counted, and listed in the sitemap).
    public let isPage: Bool
    /// The part of the corpus the file shows; nil when it may show anything.
    let reads: Reads?
    let make: @Sendable (SiteBuilder) throws(Diagnostic) -> SiteFile
    /// For a big data file, how to give its text a piece at a time (`make` then gathers it
    /// whole); nil for the others.
    let stream: (@Sendable (SiteBuilder, SiteStream) throws(Diagnostic) -> Void)?

    /// A file made whole by `make`.
    init(kind: String, path: String, isPage: Bool, reads: Reads?, make: @escaping @Sendable (SiteBuilder) throws(Diagnostic) -> SiteFile) {
        self.kind = kind
        self.path = path
        self.isPage = isPage
        self.reads = reads
        self.make = make
        stream = nil
    }

    /// A file given a piece at a time by `stream`.
    init(kind: String, path: String, isPage: Bool, reads: Reads?, stream: @escaping @Sendable (SiteBuilder, SiteStream) throws(Diagnostic) -> Void) {
        self.kind = kind
        self.path = path
        self.isPage = isPage
        self.reads = reads
        self.stream = stream
        make = { builder throws(Diagnostic) in
            let whole = SiteStream()
            try stream(builder, whole)
            return SiteFile(path: path, bytes: whole.bytes)
        }
    }

    /// The part of the corpus a file shows, by index in the corpus: what lets a rebuild after an
    /// edit make only the files that show something the edit changed (`Changes`).
    enum Reads: Sendable {
        /// One report (its page, its JSON): the report and its township's other years.
        case report(Int)
        /// Two reports side by side.
        case pair(Int, Int)
        /// A township's reports.
        case township(Int)
        /// The reports of a county's townships.
        case county(Int)
        /// The reports of a year.
        case year(Int)
    }

    /// What an edit changed, for a rebuild to make only the files that show it: the reports
    /// changed (replaced, or whose checks changed), and the townships, counties and years they
    /// belong to. A report's page shows its township's other years, so every report of a changed
    /// report's township counts as changed for `Reads.report` and `.pair`.
    struct Changes: Sendable {
        var reports: Set<Int>
        var townships: Set<Int>
        var counties: Set<Int>
        var years: Set<Int>

        /// The changes of the reports at `changed` in `corpus`.
        init(changed: Set<Int>, in corpus: Corpus) {
            townships = Set(changed.map { corpus.placements[$0].townshipIndex })
            reports = Set(townships.flatMap { corpus.townships[$0].reportIndexes }).union(changed)
            let countyNames = Set(townships.compactMap { corpus.townships[$0].county })
            counties = Set(corpus.counties.indices.filter { countyNames.contains(corpus.counties[$0].name) })
            years = Set(changed.compactMap { corpus.reports[$0].metadata.year })
        }

        /// Whether a file that shows `reads` (nil: anything) must be made again.
        func touch(_ reads: Reads?) -> Bool {
            switch reads {
            case nil: true
            case .report(let index): reports.contains(index)
            case .pair(let a, let b): reports.contains(a) || reports.contains(b)
            case .township(let index): townships.contains(index)
            case .county(let index): counties.contains(index)
            case .year(let year): years.contains(year)
            }
        }
    }
}
