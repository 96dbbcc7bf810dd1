import Foundation

/// One named series of values; nil = unknown (drawn as a visible gap, never as zero).
public struct ChartSeries: Sendable, Hashable {
    /// Name shown in the legend and the description (e.g. "行政许可").
    public var name: String
    /// One value per category, in category order; nil means unknown. Missing trailing values count as unknown.
    public var values: [Decimal?]

    /// Creates a series from its legend name and its values, one per category.
    public init(name: String, values: [Decimal?]) {
        self.name = name
        self.values = values
    }
}
