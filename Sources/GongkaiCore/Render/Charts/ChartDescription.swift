import Foundation

/// The words of a chart's `<desc>`: every number, per category and series, with the unit ("2021年：行政许可 84 件；2022年：未知").
enum ChartDescription {
    /// Describes `spec` as a `kindName` chart; `seriesLimit` keeps only the first series, `totals` adds category sums.
    ///
    /// Written into one String as it goes (each category's part and each series' item were a
    /// String of their own, joined: a fifth of drawing a township page's charts);
    /// `ChartDescriptionTests` compares it with the joined parts.
    static func text(kindName: String, spec: ChartSpec, seriesLimit: Int? = nil, totals: Bool = false) -> String {
        let series = seriesLimit.map { Array(spec.series.prefix($0)) } ?? spec.series
        let unit = ChartFormat.trimmed(spec.unit)
        var out = kindName
        out.reserveCapacity(kindName.utf8.count + 64 + spec.categories.count * (16 + series.count * 24))
        out += "。"
        if !unit.isEmpty { out += "单位："; out += unit; out += "。" }
        let known = series.indices.contains { s in spec.categories.indices.contains { spec.value(series: s, category: $0) != nil } }
        if !known { out += ChartStyle.noDataLabel; out += "。" }
        guard !spec.categories.isEmpty, !series.isEmpty else { return out }
        let names = series.map { ChartFormat.trimmed($0.name) }
        for (c, category) in spec.categories.enumerated() {
            if c > 0 { out += "；" }
            out += category
            out += "："
            guard series.indices.contains(where: { spec.value(series: $0, category: c) != nil }) else {
                out += ChartStyle.unknownLabel
                continue
            }
            // The category's sum, when asked for: nil once a value is unknown.
            var sum: Decimal? = totals && series.count > 1 ? 0 : nil
            for s in series.indices {
                if s > 0 { out += "，" }
                if !names[s].isEmpty { out += names[s]; out += " " }
                if let value = spec.value(series: s, category: c) {
                    appendAmount(value, unit: unit, to: &out)
                    sum = sum.map { $0 + value }
                } else {
                    out += ChartStyle.unknownLabel
                    sum = nil
                }
            }
            if let sum {
                out += "，合计 "
                appendAmount(sum, unit: unit, to: &out)
            }
        }
        out += "。"
        return out
    }

    /// "84 件", or "84" without a unit.
    static func amountText(_ value: Decimal, unit: String) -> String {
        var text = ""
        appendAmount(value, unit: unit, to: &text)
        return text
    }

    /// Appends `amountText(value, unit: unit)`.
    static func appendAmount(_ value: Decimal, unit: String, to out: inout String) {
        out += ChartFormat.number(value)
        if !unit.isEmpty { out += " "; out += unit }
    }
}
