import Foundation

/// Sorting text exactly as `String`'s `<` does, faster where the text's UTF-8 bytes tell the
/// order: the site's paths (the manifest's 480,000 lines and the sitemap's 180,000 pages at
/// 100,000 reports) are mostly Chinese, and `String` compares non-ASCII text through its
/// Unicode-aware path (`_stringCompareFastUTF8Abnormal`, which looks for normalisation
/// boundaries around the first difference on every comparison): 0.5 s of a serial step at
/// 60,000 reports.
///
/// `String` orders text by its NFC form, scalar by scalar; for two strings already in NFC that
/// is the order of their UTF-8 bytes (UTF-8 keeps scalar order), which is what `String` itself
/// compares when it knows both are NFC. A string is known to be in NFC here when every scalar is
/// one that NFC leaves alone wherever it stands (`isPlainScalar`); any other string is compared
/// with `<` as before, so the order is `String`'s for every pair.
enum TextOrder {
    /// `texts` in ascending `String` order (`<`).
    static func sorted(_ texts: [String]) -> [String] {
        let plain = texts.map(isPlainlyNFC)
        let order = texts.indices.sorted { a, b in
            if plain[a], plain[b], let less = bytesPrecede(texts[a], texts[b]) { return less }
            return texts[a] < texts[b]
        }
        return order.map { texts[$0] }
    }

    /// Whether `text` is in NFC as its bytes show, without normalising it: every scalar ASCII,
    /// CJK Unified Ideographs (U+4E00–U+9FFF, extension A U+3400–U+4DBF), CJK punctuation
    /// U+3000–U+3029 or a full-width form U+FF01–U+FF5E — scalars with NFC_Quick_Check Yes and
    /// canonical combining class 0, so no neighbour composes with them or is reordered around
    /// them. False means "not known" (a compatibility ideograph such as U+F967, a combining
    /// mark, Hangul, Latin with accents…), never a wrong yes.
    static func isPlainlyNFC(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                if lead < 0x80 { index += 1; continue }
                // Only three-byte scalars can be plain (U+3000–U+FF5E); their bytes are valid UTF-8.
                guard lead & 0xF0 == 0xE0, index + 2 < bytes.count else { return false }
                let scalar = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                guard isPlainScalar(scalar) else { return false }
                index += 3
            }
            return true
        }
    }

    /// The scalars `isPlainlyNFC` accepts beyond ASCII.
    static func isPlainScalar(_ scalar: UInt32) -> Bool {
        (0x4E00...0x9FFF).contains(scalar) || (0x3400...0x4DBF).contains(scalar)
            || (0x3000...0x3029).contains(scalar) || (0xFF01...0xFF5E).contains(scalar)
    }

    /// Whether `a`'s UTF-8 bytes come before `b`'s (a proper prefix first); nil when a string's
    /// bytes are not contiguous (a bridged string), for `<` to decide.
    private static func bytesPrecede(_ a: String, _ b: String) -> Bool? {
        a.utf8.withContiguousStorageIfAvailable { left in
            b.utf8.withContiguousStorageIfAvailable { right -> Bool in
                let common = min(left.count, right.count)
                if common > 0, let l = left.baseAddress, let r = right.baseAddress {
                    let difference = memcmp(l, r, common)
                    if difference != 0 { return difference < 0 }
                }
                return left.count < right.count
            }
        } ?? nil
    }
}
