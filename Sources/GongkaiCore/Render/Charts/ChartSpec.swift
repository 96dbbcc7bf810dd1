import Foundation

/// What a chart shows.
public struct ChartSpec: Sendable, Hashable {
    /// Accessible title; goes in the SVG `<title>`.
    public var title: String
    /// Labels along the category axis (years, township names, …).
    public var categories: [String]
    /// The series drawn over the categories.
    public var series: [ChartSeries]
    /// Unit of every value (e.g. "件"), shown with the axis and in the description.
    public var unit: String

    /// Creates a chart specification.
    public init(title: String, categories: [String], series: [ChartSeries], unit: String) {
        self.title = title
        self.categories = categories
        self.series = series
        self.unit = unit
    }
}

extension ChartSpec {
    /// The series to draw: the given ones, or a single unnamed all-unknown series when there are none,
    /// so that an empty chart still shows a gap for every category.
    var drawnSeries: [ChartSeries] {
        series.isEmpty ? [ChartSeries(name: "", values: [])] : series
    }

    /// The value of `series` at `category`; nil when unknown, missing or not a number.
    func value(series index: Int, category: Int) -> Decimal? {
        let all = drawnSeries
        guard all.indices.contains(index), all[index].values.indices.contains(category),
              let value = all[index].values[category], !value.isNaN else { return nil }
        return value
    }

    /// Whether every known value is a whole number (counts of 件 are), so axes get whole-number ticks.
    var valuesAreWhole: Bool {
        series.allSatisfy { series in
            series.values.allSatisfy { value in
                guard let value, !value.isNaN else { return true }
                var rounded = Decimal()
                var copy = value
                NSDecimalRound(&rounded, &copy, 0, .plain)
                return rounded == value
            }
        }
    }

    /// Whether there is nothing to draw: every value 0 or unknown (or no value at all).
    var isAllZeroOrUnknown: Bool {
        series.allSatisfy { $0.values.allSatisfy { $0 == nil || $0 == 0 || $0?.isNaN == true } }
    }

    /// The sentence a page shows instead of the chart when there is nothing to draw (every value 0
    /// or unknown): a chart of empty bars says less than a sentence and looks like a rendering
    /// fault. Nil when there is something to draw.
    var emptySentence: String? {
        guard isAllZeroOrUnknown else { return nil }
        let values = series.flatMap(\.values)
        let zeros = values.contains { $0 == 0 }
        let unknowns = values.count < series.count * categories.count || values.contains { $0 == nil || $0?.isNaN == true }
        switch (zeros, unknowns) {
        case (true, false): return "各项均为 0 \(unit)，不绘制图表；数字见数据表。"
        case (true, true): return "各项均为 0 \(unit)或未知（报告未填写或无法读取，不等于 0），不绘制图表；数字见数据表。"
        default: return "各项数字均未知（报告未填写或无法读取，不等于 0），不绘制图表。"
        }
    }
}
