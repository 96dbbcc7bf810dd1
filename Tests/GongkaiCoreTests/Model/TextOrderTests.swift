import Foundation
import Testing
@testable import GongkaiCore

/// `TextOrder.sorted` (UTF-8 bytes where both texts are plainly NFC) against `String`'s `<`.
@Suite struct TextOrderTests {
    /// Every scalar `isPlainlyNFC` accepts is its own NFC form, alone and after any other
    /// accepted scalar, and has combining class 0 (nothing is reordered around it): so a string
    /// of them is in NFC, and its bytes order it as `String` does.
    @Test func everyPlainScalarIsStableUnderNFC() throws {
        let ranges: [ClosedRange<UInt32>] = [0x3000...0x3029, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF5E]
        var count = 0
        for range in ranges {
            for value in range {
                let scalar = try #require(Unicode.Scalar(value))
                #expect(TextOrder.isPlainScalar(value))
                #expect(scalar.properties.canonicalCombiningClass == .notReordered, "U+\(String(value, radix: 16))")
                let text = String(scalar)
                #expect(text.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(text.unicodeScalars), "U+\(String(value, radix: 16))")
                #expect(TextOrder.isPlainlyNFC("a" + text + "z"))
                count += 1
            }
        }
        #expect(count > 27_000)
        // What is not plain: compatibility ideographs (U+F967 is 不 in NFC), combining marks,
        // decomposable Latin, Hangul, ideographic marks that combine (U+302A), emoji.
        for text in ["\u{F967}", "e\u{301}", "é", "한", "\u{302A}", "😀", "\u{2F800}", "Å"] {
            #expect(!TextOrder.isPlainlyNFC("报告/" + text), "\(text)")
        }
        #expect(TextOrder.isPlainlyNFC("reports/刘楼镇/2022/index.html"))
        #expect(TextOrder.isPlainlyNFC(""))
    }

    /// On generated paths mixing plain text with every kind of text that is not (compatibility
    /// ideographs equal to ordinary ones, combining marks, decomposed and precomposed Latin,
    /// Hangul, emoji, prefixes of each other), the order is `sorted()`'s, element for element.
    @Test func sortsAsStringDoes() {
        let pieces = ["不", "\u{F967}", "刘楼镇", "刘楼", "刘", "e\u{301}", "é", "e", "한", "\u{1100}\u{1161}", "😀", "a", "A", "/", "-",
                      "2022", "2022-2", "index.html", "（", "）", "\u{302A}", "鄌郚镇", "\u{3400}", "\u{9FFF}", "ｚ", "z", " ", "、"]
        var generator = SplitMix64(seed: 7)
        for round in 0..<40 {
            let texts = (0..<(50 + round * 10)).map { _ in
                (0...generator.below(4)).map { _ in pieces[generator.below(pieces.count)] }.joined()
            }
            let unique = Array(Set(texts))
            #expect(TextOrder.sorted(unique) == unique.sorted())
            // With the non-plain texts left out, every comparison is by bytes.
            let plain = unique.filter(TextOrder.isPlainlyNFC)
            #expect(TextOrder.sorted(plain) == plain.sorted())
            // With repeats and the empty text, the indexes are those of a stable sort by `<`.
            let repeated = texts + texts.prefix(round) + [""] + (round % 2 == 0 ? [""] : [])
            #expect(TextOrder.order(repeated) == repeated.indices.sorted { repeated[$0] < repeated[$1] })
        }
        // No bytes at all to compare.
        #expect(TextOrder.order([]) == [])
        #expect(TextOrder.order(["", ""]) == [0, 1])
        #expect(TextOrder.order(["b", "", "\u{F967}", ""]) == [1, 3, 0, 2])
    }
}
