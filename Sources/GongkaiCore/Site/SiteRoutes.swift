import Foundation

/// The paths of every page and file of the portal, relative to the site root, and relative
/// links between them, so the site works from any sub-path and from `file://`.
///
/// Layout: `index.html`, `townships/<slug>/`, `counties/<slug>/`, `years/<year>/` (and
/// `years/<year>/page-2/`…), `reports/<township>/<year>/`, `compare/`, `compare/<year>/`,
/// `compare/townships/<slug>/`, `compare/pairs/<a>--<b>/`, `compare/text/<a>--<b>/`, `quality/`, `data/…`, `assets/…`.
public enum SiteRoutes {
    public static let home = "index.html"
    public static let quality = "quality/index.html"
    public static let compare = "compare/index.html"
    public static let notFound = "404.html"
    public static let compareScript = "assets/compare.js"
    /// The township A–Z index.
    public static let townshipIndex = "townships/index.html"
    /// The search page, its script, and the folder Pagefind writes its index to.
    public static let search = "search/index.html"
    public static let searchScript = "assets/search.js"
    public static let searchBundle = "pagefind/"
    /// The pages the search index reads (a glob relative to the site root): report and township
    /// pages, the only ones that mark a `data-pagefind-body`. The other pages — comparisons,
    /// rankings, year lists, more than half the files — only restate what these say, and
    /// reading them cost Pagefind most of its time and memory.
    public static let searchedPages = "{reports,townships}/**/*.html"
    /// The script that sorts the ranking tables by any column.
    public static let rankScript = "assets/rank.js"
    /// The picker's index of every report, `[[id, label], …]`, fetched once the picker is used.
    public static let compareIndex = "data/compare-index.json"
    public static let reportsJSON = "data/reports.json"
    public static let reportsCSV = "data/reports.csv"
    /// The open data folder, and in it the long CSV of every cell and the Data Package descriptor.
    public static let data = "data/"
    public static let cellsCSV = "data/cells.csv"
    public static let dataPackage = "data/datapackage.json"
    public static let sitemap = "sitemap.xml"
    public static let feed = "feed.xml"

    public static func township(_ township: Township) -> String { "townships/\(township.slug)/index.html" }
    public static func townshipChanges(_ township: Township) -> String { "compare/townships/\(township.slug)/index.html" }
    public static func county(_ county: County) -> String { "counties/\(county.slug)/index.html" }
    public static func year(_ year: Int, page: Int = 1) -> String { page <= 1 ? "years/\(year)/index.html" : "years/\(year)/page-\(page)/index.html" }
    public static func yearComparison(_ year: Int, page: Int = 1) -> String { page <= 1 ? "compare/\(year)/index.html" : "compare/\(year)/page-\(page)/index.html" }
    /// A year's ranking table as CSV, exactly the rows and columns of the ranking.
    public static func rankingCSV(_ year: Int) -> String { "data/rankings/\(year).csv" }
    public static func pair(_ a: ReportPlacement, _ b: ReportPlacement) -> String {
        "compare/pairs/\(Slug.bounded("\(a.id)--\(b.id)", maxBytes: maxSegmentBytes))/index.html"
    }

    /// The boilerplate comparison of two reports' narratives (B1, B2), the earlier report first.
    public static func textComparison(_ a: ReportPlacement, _ b: ReportPlacement) -> String {
        "compare/text/\(Slug.bounded("\(a.id)--\(b.id)", maxBytes: maxSegmentBytes))/index.html"
    }

    /// The most UTF-8 bytes of one path segment; file systems refuse names over 255 bytes.
    public static let maxSegmentBytes = 200

    public static func report(_ placement: ReportPlacement, in corpus: Corpus) -> String {
        "reports/\(corpus.townships[placement.townshipIndex].slug)/\(placement.segment)/index.html"
    }
    /// A report's original file beside its page: `reports/<township>/<year>/original.<ext>`, the
    /// extension that of the content file (lowercase ASCII letters and digits only, else `bin`),
    /// so a browser or a download keeps the format.
    public static func original(_ placement: ReportPlacement, report: Report, in corpus: Corpus) -> String {
        let ext = FileExtension.of(report.path).lowercased()
        let safe = !ext.isEmpty && ext.count <= 8 && ext.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } ? ext : "bin"
        return "reports/\(corpus.townships[placement.townshipIndex].slug)/\(placement.segment)/\(originalPrefix)\(safe)"
    }

    /// The name prefix of every original file; the site checks treat such files as published
    /// documents, not as pages of the portal.
    public static let originalPrefix = "original."
    public static func reportJSON(_ placement: ReportPlacement) -> String { "data/reports/\(placement.id).json" }
    public static func reportCSV(_ placement: ReportPlacement) -> String { "data/reports/\(placement.id).csv" }

    /// The relative URL from the page at `from` to the file at `to`, percent-encoded. Links keep
    /// `index.html` because under `file://` a folder does not open its index.
    public static func link(from: String, to: String) -> String {
        // Nearly every site path is ASCII and CJK ideographs: its parts are then found and
        // compared on the UTF-8 bytes (the Character walk was a tenth of a report page's own work).
        let fromBytes = Array(from.utf8), toBytes = Array(to.utf8)
        guard isPlain(fromBytes), isPlain(toBytes) else { return characterLink(from: from, to: to) }
        let fromParts = parts(fromBytes).dropLast(), toParts = parts(toBytes)
        var common = 0
        while common < fromParts.count, common < toParts.count - 1,
              fromBytes[fromParts[fromParts.startIndex + common]].elementsEqual(toBytes[toParts[common]]) { common += 1 }
        var bytes = upward(fromParts.count - common, capacity: 3 * toBytes.count)
        for (offset, part) in toParts[common...].enumerated() {
            if offset > 0 || !bytes.isEmpty { bytes.append(UInt8(ascii: "/")) }
            URLPath.append(toBytes[part], to: &bytes)
        }
        return bytes.isEmpty ? "index.html" : String(decoding: bytes, as: UTF8.self)
    }

    /// `link(from:to:)` for any path, its parts split and compared as Characters.
    static func characterLink(from: String, to: String) -> String {
        let fromParts = from.split(separator: "/").dropLast()
        let toParts = to.split(separator: "/")
        var common = 0
        while common < fromParts.count, common < toParts.count - 1, fromParts[fromParts.startIndex + common] == toParts[common] { common += 1 }
        // The path's bytes built at once (no arrays of parts joined, no string per escaped byte):
        // this runs for every link of every page.
        var bytes = upward(fromParts.count - common, capacity: 3 * to.utf8.count)
        var first = bytes.isEmpty
        for part in toParts[common...] {
            if !first { bytes.append(UInt8(ascii: "/")) }
            first = false
            URLPath.append(part.utf8, to: &bytes)
        }
        return bytes.isEmpty ? "index.html" : String(decoding: bytes, as: UTF8.self)
    }

    /// `../..` for `count` folders up, with room for `capacity` more bytes.
    private static func upward(_ count: Int, capacity: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(3 * count + capacity)
        for _ in 0..<count {
            if !bytes.isEmpty { bytes.append(UInt8(ascii: "/")) }
            bytes.append(UInt8(ascii: "."))
            bytes.append(UInt8(ascii: "."))
        }
        return bytes
    }

    /// The non-empty parts of a path between slashes, as byte ranges.
    private static func parts(_ bytes: [UInt8]) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "/") {
            if index > start { parts.append(start..<index) }
            start = index + 1
        }
        if bytes.count > start { parts.append(start..<bytes.count) }
        return parts
    }

    /// Whether a path holds only ASCII and CJK unified ideographs (U+3400–U+4DBF, U+4E00–U+9FFF):
    /// then a slash is always a Character of its own (none of these joins a grapheme with it) and
    /// two parts are equal as Strings exactly when their bytes are (none has another canonical form).
    static func isPlain(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            // Three-byte sequences from U+3400 (E3 90 80) to U+9FFF (E9 BF BF).
            guard lead >= 0xE3, lead <= 0xE9, index + 2 < bytes.count, bytes[index + 1] & 0xC0 == 0x80, bytes[index + 2] & 0xC0 == 0x80 else { return false }
            let scalar = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            guard (0x3400...0x4DBF).contains(scalar) || (0x4E00...0x9FFF).contains(scalar) else { return false }
            index += 3
        }
        return true
    }

    /// The prefix from a page to the site root, e.g. `../../`.
    public static func root(from: String) -> String {
        String(repeating: "../", count: from.split(separator: "/").count - 1)
    }
}
