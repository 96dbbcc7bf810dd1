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
        order(texts).map { texts[$0] }
    }

    /// The indexes of `texts` in the order `sorted` puts them (equal texts in their order in
    /// `texts`): for sorting values by a text of theirs without looking each up again.
    ///
    /// The plain texts' bytes are copied one after another into one buffer, and two plain texts
    /// are compared there with `memcmp`: comparing the `String`s themselves (a retain and a
    /// release of each, and two nested closures for their bytes) was most of the time of the
    /// manifest's 143,000-path sort at 30,000 reports.
    static func order(_ texts: [String]) -> [Int] {
        // Each text's bytes in `bytes`, from `start`, `count` long; `count` -1: not plainly NFC.
        var spans: [(start: Int, count: Int)] = []
        spans.reserveCapacity(texts.count)
        var bytes: [UInt8] = []
        for text in texts {
            var text = text
            text.withUTF8 { utf8 in
                if isPlainlyNFC(utf8) {
                    spans.append((bytes.count, utf8.count))
                    bytes.append(contentsOf: utf8)
                } else {
                    spans.append((0, -1))
                }
            }
        }
        var order = Array(texts.indices)
        bytes.withUnsafeBufferPointer { bytes in
            spans.withUnsafeBufferPointer { spans in
                order.sort { a, b in
                    let (left, right) = (spans[a], spans[b])
                    guard left.count >= 0, right.count >= 0 else { return texts[a] < texts[b] }
                    let common = min(left.count, right.count)
                    // Two texts with bytes: the buffer is not empty, and has an address.
                    if common > 0, let base = bytes.baseAddress {
                        let difference = memcmp(base + left.start, base + right.start, common)
                        if difference != 0 { return difference < 0 }
                    }
                    return left.count < right.count
                }
            }
        }
        return order
    }

    /// Whether `text` is in NFC as its bytes show, without normalising it: every scalar ASCII,
    /// CJK Unified Ideographs (U+4E00–U+9FFF, extension A U+3400–U+4DBF), CJK punctuation
    /// U+3000–U+3029 or a full-width form U+FF01–U+FF5E — scalars with NFC_Quick_Check Yes and
    /// canonical combining class 0, so no neighbour composes with them or is reordered around
    /// them. False means "not known" (a compatibility ideograph such as U+F967, a combining
    /// mark, Hangul, Latin with accents…), never a wrong yes.
    static func isPlainlyNFC(_ text: String) -> Bool {
        var text = text
        return text.withUTF8(isPlainlyNFC)
    }

    /// `isPlainlyNFC` of a text's UTF-8 bytes.
    static func isPlainlyNFC(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
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

    /// The scalars `isPlainlyNFC` accepts beyond ASCII.
    static func isPlainScalar(_ scalar: UInt32) -> Bool {
        (0x4E00...0x9FFF).contains(scalar) || (0x3400...0x4DBF).contains(scalar)
            || (0x3000...0x3029).contains(scalar) || (0xFF01...0xFF5E).contains(scalar)
    }
}
