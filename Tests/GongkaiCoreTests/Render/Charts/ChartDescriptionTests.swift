import Foundation
import Testing
@testable import GongkaiCore

/// `ChartDescription.text` writes into one String what it used to join from parts: the same
/// text, character for character, as the joined parts (`reference`, the code it replaced) over
/// the varied specs of `ChartBytesTests` (blank and padded names and units, unknown, NaN,
/// negative, fractional values, series one value short, no series or categories), with and
/// without totals and a series limit.
@Suite struct ChartDescriptionTests {
    /// The description as it was written before: each category's part and each series' item a
    /// String of its own, joined.
    static func reference(kindName: String, spec: ChartSpec, seriesLimit: Int? = nil, totals: Bool = false) -> String {
        var series = spec.series
        if let seriesLimit { series = Array(series.prefix(seriesLimit)) }
        let unit = ChartFormat.trimmed(spec.unit)
        var out = kindName + "。"
        if !unit.isEmpty { out += "单位：\(unit)。" }
        let known = series.indices.contains { s in spec.categories.indices.contains { spec.value(series: s, category: $0) != nil } }
        if !known { out += ChartStyle.noDataLabel + "。" }
        guard !spec.categories.isEmpty, !series.isEmpty else { return out }
        let amount = { (value: Decimal) in unit.isEmpty ? ChartFormat.number(value) : "\(ChartFormat.number(value)) \(unit)" }
        var parts: [String] = []
        for (c, category) in spec.categories.enumerated() {
            let values = series.indices.map { spec.value(series: $0, category: c) }
            if values.allSatisfy({ $0 == nil }) {
                parts.append("\(category)：\(ChartStyle.unknownLabel)")
                continue
            }
            var items: [String] = []
            for (s, value) in values.enumerated() {
                let name = ChartFormat.trimmed(series[s].name)
                let text = value.map(amount) ?? ChartStyle.unknownLabel
                items.append(name.isEmpty ? text : "\(name) \(text)")
            }
            if totals && series.count > 1 && values.allSatisfy({ $0 != nil }) {
                items.append("合计 " + amount(values.compactMap { $0 }.reduce(Decimal(0), +)))
            }
            parts.append("\(category)：" + items.joined(separator: "，"))
        }
        return out + parts.joined(separator: "；") + "。"
    }

    @Test func theTextIsTheJoinedParts() {
        let specs = ChartBytesTests.specs(count: 600)
        var compared = 0
        for spec in specs {
            for (limit, totals) in [(nil, false), (nil, true), (1, false), (2, true), (0, true)] as [(Int?, Bool)] {
                let text = ChartDescription.text(kindName: "堆积柱状图", spec: spec, seriesLimit: limit, totals: totals)
                #expect(Array(text.utf8) == Array(Self.reference(kindName: "堆积柱状图", spec: spec, seriesLimit: limit, totals: totals).utf8),
                        "\(spec)")
                compared += 1
            }
        }
        #expect(compared == 3000)
        // The specs reach every branch: totals written, unknown categories, no data.
        let texts = specs.map { ChartDescription.text(kindName: "图", spec: $0, totals: true) }
        #expect(texts.contains { $0.contains("合计") } && texts.contains { $0.contains("：未知") } && texts.contains { $0.contains(ChartStyle.noDataLabel) })
        #expect(ChartDescription.amountText(84, unit: "件") == "84 件" && ChartDescription.amountText(Decimal(string: "12.5") ?? 0, unit: "") == "12.5")
    }
}
