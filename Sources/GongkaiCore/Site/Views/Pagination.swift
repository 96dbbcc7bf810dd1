/// Page links for a list split over pages.
struct Pagination: Sendable {
    var pages: [Link]
    var hasPages: Bool
    var previous: Link?
    var next: Link?

    /// Items per page on long lists.
    static let pageSize = 50

    /// The pagination of page `page` (1-based) of `count` pages whose paths `route` gives.
    init(page: Int, count: Int, from path: String, route: (Int) -> String) {
        pages = (1...max(count, 1)).map { Link(text: "\($0)", href: SiteRoutes.link(from: path, to: route($0)), current: $0 == page) }
        hasPages = count > 1
        previous = page > 1 ? Link(text: "上一页", href: SiteRoutes.link(from: path, to: route(page - 1))) : nil
        next = page < count ? Link(text: "下一页", href: SiteRoutes.link(from: path, to: route(page + 1))) : nil
    }

    /// How many pages `items` fill.
    static func pageCount(_ items: Int) -> Int { max(1, (items + pageSize - 1) / pageSize) }
}
