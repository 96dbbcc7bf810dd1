import Foundation

/// The words of a chart's `<desc>`: every number, per category and series, with the unit ("2021年：行政许可 84 件；2022年：未知").
enum ChartDescription {
    /// Describes `spec` as a `kindName` chart; `seriesLimit` keeps only the first series, `totals` adds category sums.
    static func text(kindName: String, spec: ChartSpec, seriesLimit: Int? = nil, totals: Bool = false) -> String {
        var series = spec.series
        if let seriesLimit { series = Array(series.prefix(seriesLimit)) }
        let unit = ChartFormat.trimmed(spec.unit)
        var out = kindName + "。"
        if !unit.isEmpty { out += "单位：\(unit)。" }
        let known = series.indices.contains { s in spec.categories.indices.contains { spec.value(series: s, category: $0) != nil } }
        if !known { out += ChartStyle.noDataLabel + "。" }
        guard !spec.categories.isEmpty, !series.isEmpty else { return out }
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
                let amount = value.map { amountText($0, unit: unit) } ?? ChartStyle.unknownLabel
                items.append(name.isEmpty ? amount : "\(name) \(amount)")
            }
            if totals && series.count > 1 && values.allSatisfy({ $0 != nil }) {
                let sum = values.compactMap { $0 }.reduce(Decimal(0), +)
                items.append("合计 " + amountText(sum, unit: unit))
            }
            parts.append("\(category)：" + items.joined(separator: "，"))
        }
        return out + parts.joined(separator: "；") + "。"
    }

    /// "84 件", or "84" without a unit.
    static func amountText(_ value: Decimal, unit: String) -> String {
        let number = ChartFormat.number(value)
        return unit.isEmpty ? number : "\(number) \(unit)"
    }
}
