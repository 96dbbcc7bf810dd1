import Foundation

/// Maps data values to lengths along a value axis with a nice round range (0…84 → 0…100) and evenly spaced ticks.
public struct ChartScale: Sendable, Hashable {
    /// Lowest value of the axis: 0, or a nice round negative number when the data goes below zero.
    public private(set) var niceMinimum: Decimal
    /// Highest value of the axis: a nice round number at or above the data maximum (84 → 100).
    public private(set) var niceMaximum: Decimal
    /// Tick values from `niceMinimum` to `niceMaximum`, evenly spaced; 0 is always one of them.
    public var ticks: [Decimal]
    /// Length in user units spanned by `niceMinimum…niceMaximum`.
    public var length: Double
    /// `niceMaximum - niceMinimum` as a Double, made once here: `length(of:)` and `position(of:)`
    /// divide by it on every call, and it depends only on the ends (set only in `init`).
    private var span: Double

    /// A scale from 0 to a nice maximum at or above `maximum`, spread over `length` user units.
    public init(maximum: Decimal, length: Double) {
        self.init(minimum: 0, maximum: maximum, length: length)
    }

    /// A scale from a nice value at or below `min(0, minimum)` to one at or above `max(0, maximum)`.
    /// With `wholeNumbers` (counts: 件) the ticks are whole numbers — a step of at least 1, so a
    /// maximum of 1 gives 0 and 1, never 0.2, 0.4 ….
    ///
    /// Whole ends (nearly every chart: counts) take `wholeAxis`, the same axis in integers;
    /// others `decimalAxis` (`ChartScaleTests` compares the two over whole ranges).
    public init(minimum: Decimal, maximum: Decimal, length: Double, wholeNumbers: Bool = false) {
        self.length = length
        let axis = Self.wholeAxis(minimum: minimum, maximum: maximum, wholeNumbers: wholeNumbers)
            ?? Self.decimalAxis(minimum: minimum, maximum: maximum, wholeNumbers: wholeNumbers)
        niceMinimum = axis.minimum
        niceMaximum = axis.maximum
        ticks = axis.ticks
        span = Self.span(from: axis.minimum, to: axis.maximum)
    }

    /// The axis of `init` in `Decimal` arithmetic.
    static func decimalAxis(minimum: Decimal, maximum: Decimal, wholeNumbers: Bool) -> (minimum: Decimal, maximum: Decimal, ticks: [Decimal]) {
        let low = minimum.isNaN ? 0 : Swift.min(minimum, 0)
        let high = maximum.isNaN ? 0 : Swift.max(maximum, 0)
        guard high > low else { return (0, 1, [0, 1]) }
        let nice = Self.niceStep(for: (high - low) / 5)
        let step = wholeNumbers ? Swift.max(nice, 1) : nice
        guard step > 0 else { return (low, high, [low, high]) }
        var up = 0
        while Decimal(up) * step < high { up += 1 }
        var down = 0
        while -Decimal(down) * step > low { down += 1 }
        return (-Decimal(down) * step, Decimal(up) * step, (-down...up).map { Decimal($0) * step })
    }

    /// `decimalAxis` in integers where both ends are whole (`Decimal.smallWholeValue`) and the
    /// step is a whole number: a span of at least 5 (a fifth of it, made nice, is at least 1),
    /// or a shorter one with `wholeNumbers` (a step of 1); nil otherwise. `Decimal` arithmetic
    /// (each comparison and product of its loops) was a third of drawing a township page's charts.
    static func wholeAxis(minimum: Decimal, maximum: Decimal, wholeNumbers: Bool) -> (minimum: Decimal, maximum: Decimal, ticks: [Decimal])? {
        guard let lowest = minimum.smallWholeValue, let highest = maximum.smallWholeValue else { return nil }
        let low = Swift.min(lowest, 0), high = Swift.max(highest, 0)
        // Both below 2^53 in magnitude, so the span and 50 times it fit in an Int64.
        let span = high - low
        guard span > 0 else { return (0, 1, [0, 1]) }
        let step: Int64
        if span < 5 {
            // A fifth of the span is below 1: its nice step (0.2, 0.5 or 1) made at least 1.
            guard wholeNumbers else { return nil }
            step = 1
        } else {
            // `niceStep(for: span / 5)`: the first loop's `magnitude * 10 <= span / 5`; its second
            // loop never runs (5 <= span, and each step up kept `magnitude * 5 <= span`).
            var magnitude: Int64 = 1
            while magnitude * 50 <= span { magnitude *= 10 }
            step = [1, 2, 5].first { span <= 5 * $0 * magnitude }.map { $0 * magnitude } ?? 10 * magnitude
        }
        // The fewest steps reaching `high` upwards and `low` downwards.
        let up = (high + step - 1) / step, down = (-low + step - 1) / step
        return (Decimal(-down * step), Decimal(up * step), (-down...up).map { Decimal($0 * step) })
    }

    /// Signed length of `value` measured from 0: 0 → 0; with a zero minimum, `niceMaximum` → `length`.
    public func length(of value: Decimal) -> Double {
        ChartFormat.double(value) * length / span
    }

    /// Distance of `value` from the low end of the axis (`niceMinimum` → 0, `niceMaximum` → `length`).
    public func position(of value: Decimal) -> Double {
        if let whole = value.smallWholeValue, let low = niceMinimum.smallWholeValue {
            return Double(whole - low) * length / span
        }
        return ChartFormat.double(value - niceMinimum) * length / span
    }

    /// `high - low` as a Double: in integers when both are whole (the difference of two whole
    /// values below 2^53 is exact either way).
    private static func span(from low: Decimal, to high: Decimal) -> Double {
        if let high = high.smallWholeValue, let low = low.smallWholeValue { return Double(high - low) }
        return ChartFormat.double(high - low)
    }

    /// The smallest of 1, 2, 5 × 10ⁿ that is at least `raw` (which must be positive).
    static func niceStep(for raw: Decimal) -> Decimal {
        var magnitude: Decimal = 1
        while magnitude * 10 <= raw { magnitude *= 10 }
        while magnitude > raw { magnitude /= 10 }
        for multiple in [1, 2, 5] as [Decimal] where raw <= multiple * magnitude {
            return multiple * magnitude
        }
        return 10 * magnitude
    }
}
