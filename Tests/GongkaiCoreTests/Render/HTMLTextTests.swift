import Testing
@testable import GongkaiCore

/// `HTMLText`'s byte scan (`isPlain`) against the scalar walk it shortcuts, and the escaping
/// built on it.
@Suite struct HTMLTextTests {
    /// What `escape` changes, decided scalar by scalar: the slow path the byte scan replaces.
    static func changedByEscape(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            var out: [UInt8] = []
            HTMLText.appendEscaped(scalar, to: &out)
            return out != Array(String(scalar).utf8)
        }
    }

    /// Every BMP scalar and samples past it, alone and between Chinese text: the byte scan says
    /// plain only where the scalar walk finds nothing to change, and escaping gives what the
    /// scalar walk gives.
    @Test func theByteScanAgreesWithTheScalarWalk() {
        var scalars = (0..<0x1_0000).compactMap(Unicode.Scalar.init)
        scalars += [0x1_0000, 0x1_F600, 0x1_FFFD, 0x1_FFFE, 0x1_FFFF, 0x2_FFFE, 0x10_FFFD, 0x10_FFFF].compactMap(Unicode.Scalar.init)
        var plainCount = 0
        var wrong: [UInt32] = []
        for scalar in scalars {
            for text in [String(scalar), "政府，信息\(scalar)公开（件）", "\(scalar)ab", "a\(scalar)"] {
                var copy = text
                let plain = copy.withUTF8(HTMLText.isPlain)
                let changed = Self.changedByEscape(text)
                if plain { plainCount += 1 }
                var slow: [UInt8] = []
                for scalar in text.unicodeScalars { HTMLText.appendEscaped(scalar, to: &slow) }
                var fast: [UInt8] = []
                HTMLText.appendEscaped(text, to: &fast)
                if (plain && changed) || HTMLText.needsWork(text) != changed || fast != slow || HTMLText.escape(text) != String(decoding: slow, as: UTF8.self) {
                    wrong.append(scalar.value)
                }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(20))")
        // The scan answers for nearly all text itself (only scalars past the BMP go the slow way).
        #expect(plainCount > 4 * 60_000)
    }

    /// Text the pages are made of: Chinese with full-width punctuation is plain, markup is not.
    @Test func pageTextIsPlainAndMarkupIsNot() {
        for text in ["原文：“12”", "表三 收到和处理政府信息公开申请情况（2021年格式）", "t3-newReceived-6", "未知：原文此格空白（12 格）"] {
            var copy = text
            let plain = copy.withUTF8(HTMLText.isPlain)
            #expect(plain, "\(text)")
        }
        for text in ["a<b", "a&b", "\"", "'", "tab\t", "\u{85}", String(Unicode.Scalar(0xFDD0) ?? " "), String(Unicode.Scalar(0xFFFE) ?? " ")] {
            var copy = text
            let plain = copy.withUTF8(HTMLText.isPlain)
            #expect(!plain, "\(text)")
        }
    }
}
