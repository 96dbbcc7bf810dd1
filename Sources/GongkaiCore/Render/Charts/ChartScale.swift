import Foundation

/// Maps data values to lengths along a value axis with a nice round range (0…84 → 0…100) and evenly spaced ticks.
public struct ChartScale: Sendable, Hashable {
    /// Lowest value of the axis: 0, or a nice round negative number when the data goes below zero.
    public var niceMinimum: Decimal
    /// Highest value of the axis: a nice round number at or above the data maximum (84 → 100).
    public var niceMaximum: Decimal
    /// Tick values from `niceMinimum` to `niceMaximum`, evenly spaced; 0 is always one of them.
    public var ticks: [Decimal]
    /// Length in user units spanned by `niceMinimum…niceMaximum`.
    public var length: Double

    /// A scale from 0 to a nice maximum at or above `maximum`, spread over `length` user units.
    public init(maximum: Decimal, length: Double) {
        self.init(minimum: 0, maximum: maximum, length: length)
    }

    /// A scale from a nice value at or below `min(0, minimum)` to one at or above `max(0, maximum)`.
    /// With `wholeNumbers` (counts: 件) the ticks are whole numbers — a step of at least 1, so a
    /// maximum of 1 gives 0 and 1, never 0.2, 0.4 ….
    public init(minimum: Decimal, maximum: Decimal, length: Double, wholeNumbers: Bool = false) {
        let low = minimum.isNaN ? 0 : Swift.min(minimum, 0)
        let high = maximum.isNaN ? 0 : Swift.max(maximum, 0)
        self.length = length
        guard high > low else {
            niceMinimum = 0
            niceMaximum = 1
            ticks = [0, 1]
            return
        }
        let nice = Self.niceStep(for: (high - low) / 5)
        let step = wholeNumbers ? Swift.max(nice, 1) : nice
        guard step > 0 else {
            niceMinimum = low
            niceMaximum = high
            ticks = [low, high]
            return
        }
        var up = 0
        while Decimal(up) * step < high { up += 1 }
        var down = 0
        while -Decimal(down) * step > low { down += 1 }
        niceMinimum = -Decimal(down) * step
        niceMaximum = Decimal(up) * step
        ticks = (-down...up).map { Decimal($0) * step }
    }

    /// Signed length of `value` measured from 0: 0 → 0; with a zero minimum, `niceMaximum` → `length`.
    public func length(of value: Decimal) -> Double {
        ChartFormat.double(value) * length / ChartFormat.double(niceMaximum - niceMinimum)
    }

    /// Distance of `value` from the low end of the axis (`niceMinimum` → 0, `niceMaximum` → `length`).
    public func position(of value: Decimal) -> Double {
        ChartFormat.double(value - niceMinimum) * length / ChartFormat.double(niceMaximum - niceMinimum)
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
