import Foundation

extension Decimal {
    /// The number as text, e.g. `84`, `-18`, `0.35`. Whole numbers (nearly every cell of a
    /// report) are formatted as integers: `Decimal`'s own description was a visible part of
    /// building a large portal.
    public var text: String {
        if let whole = smallWholeValue { return String(whole) }
        guard !isNaN, exponent >= 0, exponent <= 6, magnitude < Decimal(1 << 53) else { return description }
        return String(NSDecimalNumber(decimal: self).int64Value)
    }

    /// Appends `text` as UTF-8, a whole number's digits without making a `String`.
    func appendText(to out: inout [UInt8]) {
        guard let whole = smallWholeValue else { return out.append(contentsOf: text.utf8) }
        if whole < 0 { out.append(UInt8(ascii: "-")) }
        out.appendDigits(whole.magnitude)
    }

    /// The value when it is whole with an exponent of 0 to 6 and below 2^53 in magnitude (the
    /// numbers `text` prints as integers), read from `Decimal`'s storage without Foundation's
    /// arithmetic (comparing and converting each cell of 10,000 reports showed in the open-data
    /// profile); nil for any other value, and always when the storage is not laid out as
    /// `storageIsKnown` found it, so `text` then takes Foundation's way.
    var smallWholeValue: Int64? {
        guard Self.storageIsKnown else { return nil }
        return Self.wholeValue(of: self)
    }

    /// Reads the storage: byte 0 the exponent, byte 1 the length in 16-bit words (high four
    /// bits) and the sign (bit 3), then eight little-endian 16-bit words of mantissa.
    private static func wholeValue(of value: Decimal) -> Int64? {
        guard MemoryLayout<Decimal>.size == 20 else { return nil }
        var copy = value
        return withUnsafeBytes(of: &copy) { raw -> Int64? in
            let exponent = Int(Int8(bitPattern: raw[0]))
            let length = Int(raw[1] >> 4)
            let negative = raw[1] & 0x08 != 0
            guard exponent >= 0, exponent <= 6, length <= 4, !(negative && length == 0) else { return nil }
            var mantissa: UInt64 = 0
            for word in stride(from: length - 1, through: 0, by: -1) {
                mantissa = mantissa << 16 | UInt64(raw[4 + 2 * word]) | UInt64(raw[5 + 2 * word]) << 8
            }
            for _ in 0..<exponent {
                let (product, overflow) = mantissa.multipliedReportingOverflow(by: 10)
                guard !overflow else { return nil }
                mantissa = product
            }
            guard mantissa < 1 << 53 else { return nil }
            return negative ? -Int64(mantissa) : Int64(mantissa)
        }
    }

    /// Whether `wholeValue` reads this Foundation's `Decimal` right, checked once on values of
    /// every shape it reads (and one it must refuse) against Foundation's own conversion.
    private static let storageIsKnown: Bool = {
        let samples: [(Decimal, Int64?)] = [(Decimal(84), 84), (Decimal(-18), -18), (Decimal(0), 0), (Decimal(string: "1e3") ?? .nan, 1000),
                                            (Decimal(string: "0.35") ?? .nan, nil), (Decimal(string: "123456789012345") ?? .nan, 123_456_789_012_345),
                                            (Decimal(string: "-70000") ?? .nan, -70000), (.nan, nil)]
        return samples.allSatisfy { wholeValue(of: $0.0) == $0.1 }
    }()
}

extension [UInt8] {
    /// Appends the decimal digits of `value` (`0`, `84`, `1000`), as `String(value)` writes
    /// them, without making a `String`: numbers in pages, JSON and check messages.
    mutating func appendDigits(_ value: UInt64) {
        var magnitude = value
        var divisor: UInt64 = 1
        while divisor <= magnitude / 10 { divisor *= 10 }
        repeat {
            append(UInt8(ascii: "0") + UInt8(magnitude / divisor))
            magnitude %= divisor
            divisor /= 10
        } while divisor > 0
    }
}
