import Foundation
import Testing
@testable import GongkaiCore

/// The listing's paths are in `String`'s order (`<`), which `TextOrder` gives by bytes where it
/// can: folders and files named in plain Chinese, ASCII, full-width forms, a compatibility
/// ideograph (U+F967, equal to 不 for `String`), decomposed and composed accents, Hangul.
@Suite struct ContentListingOrderTests {
    @Test func theListingIsInStringOrder() throws {
        let names = ["不", "\u{F967}", "刘楼镇", "刘楼", "刘", "e\u{301}", "é", "e", "한", "\u{1100}\u{1161}", "a", "A", "2022", "2022-2",
                     "（甲）", "鄌郚镇", "\u{3400}", "ｚ", "z", "承留镇"]
        // Two levels of folders, each holding every name as a report file.
        var tree: [String: [String]] = ["/c": names.map { $0 + "-县" }]
        for county in names {
            tree["/c/\(county)-县"] = names.prefix(6).map { $0 + "镇" }
            for township in names.prefix(6) { tree["/c/\(county)-县/\(township)镇"] = names.map { $0 + ".txt" } }
        }
        let listing = try ContentListing.walk("/c", entries: { tree[$0] }, kind: { tree[$0] != nil ? .folder(id: $0) : .file })
        // (Canonically equal names are one key of `tree`, so fewer than 20 × 6 × 20 paths.)
        #expect(listing.paths.count > 1000)
        #expect(listing.paths == listing.paths.sorted())
    }
}
