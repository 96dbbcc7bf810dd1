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
    static func page<Item: Sendable>(_ name: String, template: String, items: @escaping @Sendable (SiteBuilder) -> [Item],
                                     path: @escaping @Sendable (Item, SiteBuilder) -> String,
                                     view: @escaping @Sendable (Item, SiteBuilder) -> Any) -> PageKind {
        PageKind(name: name, template: template, jobs: { builder in
            items(builder).map { item in
                let target = path(item, builder)
                return SiteJob(kind: name, path: target, isPage: true) { builder throws(Diagnostic) in
                    SiteFile(path: target, text: try builder.render(view(item, builder), template: template))
                }
            }
        }, views: { builder in items(builder).map { (path($0, builder), view($0, builder)) } })
    }

    /// A page of which the portal has exactly one (home, quality, 404).
    static func single(_ name: String, template: String, path: String, view: @escaping @Sendable (SiteBuilder) -> Any) -> PageKind {
        page(name, template: template, items: { _ in [()] }, path: { _, _ in path }, view: { _, builder in view(builder) })
    }

    /// A file that is not a page (open data, an asset, the feed): one per item, at `path`, made
    /// by `make` (which gets the item and the path).
    static func file<Item: Sendable>(_ name: String, items: @escaping @Sendable (SiteBuilder) -> [Item],
                                     path: @escaping @Sendable (Item, SiteBuilder) -> String,
                                     make: @escaping @Sendable (Item, String, SiteBuilder) -> SiteFile) -> PageKind {
        PageKind(name: name, template: nil, jobs: { builder in
            items(builder).map { item in
                let target = path(item, builder)
                return SiteJob(kind: name, path: target, isPage: false) { builder in make(item, target, builder) }
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
                                         produce: @escaping @Sendable (Item, SiteBuilder, SiteStream) throws(Diagnostic) -> Void) -> PageKind {
        PageKind(name: name, template: nil, jobs: { builder in
            items(builder).map { item in
                let target = path(item, builder)
                return SiteJob(kind: name, path: target, isPage: false, stream: { builder, stream throws(Diagnostic) in
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
    let make: @Sendable (SiteBuilder) throws(Diagnostic) -> SiteFile
    /// For a big data file, how to give its text a piece at a time (`make` then gathers it
    /// whole); nil for the others.
    let stream: (@Sendable (SiteBuilder, SiteStream) throws(Diagnostic) -> Void)?

    /// A file made whole by `make`.
    init(kind: String, path: String, isPage: Bool, make: @escaping @Sendable (SiteBuilder) throws(Diagnostic) -> SiteFile) {
        self.kind = kind
        self.path = path
        self.isPage = isPage
        self.make = make
        stream = nil
    }

    /// A file given a piece at a time by `stream`.
    init(kind: String, path: String, isPage: Bool, stream: @escaping @Sendable (SiteBuilder, SiteStream) throws(Diagnostic) -> Void) {
        self.kind = kind
        self.path = path
        self.isPage = isPage
        self.stream = stream
        make = { builder throws(Diagnostic) in
            let whole = SiteStream()
            try stream(builder, whole)
            return SiteFile(path: path, bytes: whole.bytes)
        }
    }
}
