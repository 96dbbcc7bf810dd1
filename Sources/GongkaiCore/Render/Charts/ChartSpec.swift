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
}
