import Foundation
import Testing
@testable import GongkaiCore

/// Locale-free numbers, escaping, hashing and truncation.
@Suite struct ChartFormatTests {
    /// Trimming leaves a text without blank ends as it is and trims one with them as Foundation does.
    @Test func trimmedIsFoundationsTrimming() {
        for text in ["件", " 件 ", "\n万元\t", "", " ", "a b", "\u{3000}申请", "e\u{301}", "😀 ", "\u{301}x", "x\u{85}"] {
            #expect(ChartFormat.trimmed(text) == text.trimmingCharacters(in: .whitespacesAndNewlines), "\(text)")
        }
        #expect(ChartFormat.number(Decimal(8400)) == "8400" && ChartFormat.number(Decimal(-3)) == "-3" && ChartFormat.number(Decimal(string: "12.345")!) == "12.35")
    }

    /// A coordinate as the charts write it (`HTMLBytes.coordinate`).
    static func coordinateText(_ value: Double) -> String {
        var out = HTMLBytes(capacity: 16)
        out.coordinate(value)
        return out.text
    }

    @Test func coordinatesHaveAtMostOneDecimal() {
        #expect(Self.coordinateText(168) == "168")
        #expect(Self.coordinateText(151.19999999999999) == "151.2")
        #expect(Self.coordinateText(12.04) == "12")
        #expect(Self.coordinateText(-0.04) == "0")
        #expect(Self.coordinateText(-3.25) == "-3.3")
        #expect(Self.coordinateText(.nan) == "0")
    }

    @Test func numbersArePlainDigits() {
        #expect(ChartFormat.number(84) == "84")
        #expect(ChartFormat.number(0) == "0")
        #expect(ChartFormat.number(-3) == "-3")
        #expect(ChartFormat.number(Decimal(string: "12.50")!) == "12.5")
        #expect(ChartFormat.number(Decimal(1) / Decimal(3)) == "0.33")
        #expect(ChartFormat.number(1_234_567) == "1234567")
    }

    @Test func escapesMarkupAndQuotes() {
        #expect(HTMLText.escape("<script>alert(\"x\")</script> & 'y'")
            == "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;")
        #expect(HTMLText.escape("a\u{0}b\u{7}c\nd") == "abc d")
    }

    @Test func fnv1aMatchesKnownVectors() {
        #expect(ChartID.fnv1a64("".utf8) == 0xcbf2_9ce4_8422_2325)
        #expect(ChartID.fnv1a64("a".utf8) == 0xaf63_dc4c_8601_ec8c)
        #expect(ChartID.fnv1a64("foobar".utf8) == 0x85944171f73967e8)
    }

    @Test func idsAreDeterministicAndDifferByTitle() {
        let spec = ChartSpec(title: "甲", categories: ["2021年"], series: [ChartSeries(name: "a", values: [1])], unit: "件")
        var other = spec
        other.title = "乙"
        let id = ChartID.make(kind: "bar", spec: spec)
        #expect(id == ChartID.make(kind: "bar", spec: spec))
        #expect(id != ChartID.make(kind: "bar", spec: other))
        #expect(id != ChartID.make(kind: "line", spec: spec))
        #expect(id.hasPrefix("chart-") && id.count == 22)
        #expect(id.dropFirst(6).allSatisfy { "0123456789abcdef".contains($0) })
    }

    @Test func truncatesLongLabels() {
        #expect(ChartFormat.truncate("一二三四五六七八九十", characters: 10) == "一二三四五六七八九十")
        #expect(ChartFormat.truncate("一二三四五六七八九十甲", characters: 10) == "一二三四五六七八九…")
        #expect(ChartFormat.width("2021年", fontSize: 10) == 4 * 6.2 + 10)
    }
}
