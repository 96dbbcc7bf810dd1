import Foundation

extension Decimal {
    /// The number as text, e.g. `84`, `-18`, `0.35`. Whole numbers (nearly every cell of a
    /// report) are formatted as integers: `Decimal`'s own description was a visible part of
    /// building a large portal.
    public var text: String {
        guard !isNaN, exponent >= 0, exponent <= 6, magnitude < Decimal(1 << 53) else { return description }
        return String(NSDecimalNumber(decimal: self).int64Value)
    }
}
