/// The sitemap and the Atom feed: the only files with absolute URLs, made from `--base-url`.
public enum SiteFeeds {
    /// The sitemap protocol's limits for one sitemap file: 50,000 URLs and 50 MiB uncompressed
    /// (sitemaps.org/protocol.html).
    public static let sitemapURLLimit = 50_000
    public static let sitemapByteLimit = 52_428_800

    /// The sitemap files listing every page, as (site path, text): one `sitemap.xml` while the
    /// pages fit the limits; else `sitemap.xml` is a sitemap index of `sitemap-1.xml`, `sitemap-2.xml`…
    /// (at the root, since a sitemap may only list URLs at or below its own folder), each filled
    /// in page order up to the limits.
    public static func sitemaps(pages: [String], baseURL: String, urlLimit: Int = sitemapURLLimit,
                                byteLimit: Int = sitemapByteLimit) -> [(path: String, text: String)] {
        let header = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        let footer = "</urlset>\n"
        var parts: [String] = []
        var current = header
        var count = 0
        for page in TextOrder.sorted(pages) {
            let line = "  <url><loc>\(HTMLText.escape(absolute(page, baseURL)))</loc></url>\n"
            if count > 0, count == urlLimit || current.utf8.count + line.utf8.count + footer.utf8.count > byteLimit {
                parts.append(current + footer)
                current = header
                count = 0
            }
            current += line
            count += 1
        }
        parts.append(current + footer)
        guard parts.count > 1 else { return [(SiteRoutes.sitemap, parts[0])] }
        let named = parts.enumerated().map { (path: "sitemap-\($0.offset + 1).xml", text: $0.element) }
        var index = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for part in named { index += "  <sitemap><loc>\(HTMLText.escape(absolute(part.path, baseURL)))</loc></sitemap>\n" }
        return [(SiteRoutes.sitemap, index + "</sitemapindex>\n")] + named
    }

    /// An entry of the feed.
    public struct Entry: Sendable {
        public var title: String
        public var path: String
        public var updated: String
        public var summary: String
    }

    /// `feed.xml`, an Atom feed of the latest `limit` reports, newest first (a reader polls it:
    /// 35,000 entries would be 13 MB on every poll). Dates come from the reports, so two builds
    /// of the same content give the same feed.
    public static func atom(title: String, entries: [Entry], baseURL: String, limit: Int) -> String {
        let entries = entries.prefix(max(0, limit))
        let updated = entries.map(\.updated).max() ?? "1970-01-01T00:00:00Z"
        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>\(HTMLText.escape(title))</title>
          <id>\(HTMLText.escape(baseURL))</id>
          <link href="\(HTMLText.escape(baseURL))"/>
          <link rel="self" href="\(HTMLText.escape(absolute(SiteRoutes.feed, baseURL)))"/>
          <updated>\(updated)</updated>
          <author><name>\(HTMLText.escape(title))</name></author>

        """
        for entry in entries {
            let url = HTMLText.escape(absolute(entry.path, baseURL))
            out += "  <entry>\n    <title>\(HTMLText.escape(entry.title))</title>\n    <id>\(url)</id>\n    <link href=\"\(url)\"/>\n"
            out += "    <updated>\(entry.updated)</updated>\n    <summary>\(HTMLText.escape(entry.summary))</summary>\n  </entry>\n"
        }
        return out + "</feed>\n"
    }

    /// A page's absolute URL: `…/index.html` becomes `…/`, segments percent-encoded.
    static func absolute(_ path: String, _ baseURL: String) -> String {
        let trimmed = path == "index.html" ? "" : path.hasSuffix("/index.html") ? String(path.dropLast("index.html".count)) : path
        return baseURL + URLPath.encode(trimmed)
    }
}

/// Percent-encoding of site paths for URLs.
enum URLPath {
    /// Each segment percent-encoded as UTF-8, slashes kept.
    static func encode(_ path: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(path.utf8.count)
        append(path.utf8, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends UTF-8 bytes percent-encoded: ASCII letters, digits and `/-._~#` as they are, any
    /// other byte as `%XX` (uppercase hex).
    static func append(_ utf8: some Sequence<UInt8>, to bytes: inout [UInt8]) {
        func hex(_ nibble: UInt8) -> UInt8 { nibble < 10 ? 0x30 + nibble : 0x37 + nibble }
        for byte in utf8 {
            switch byte {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: "."),
                 UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "#"):
                bytes.append(byte)
            default:
                bytes.append(UInt8(ascii: "%"))
                bytes.append(hex(byte >> 4))
                bytes.append(hex(byte & 0x0F))
            }
        }
    }
}
