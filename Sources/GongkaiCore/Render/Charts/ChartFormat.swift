import Foundation

/// Locale-independent text for SVG: numbers, trimmed and cut text, and rough text widths
/// (coordinates are written as bytes: `HTMLBytes.coordinate`).
enum ChartFormat {
    /// A data value as plain digits with at most two decimals ("84", "12.5", "-3"); never "-0".
    static func number(_ value: Decimal) -> String {
        // A whole number (nearly every value) is its digits; rounding leaves it as it is.
        if let whole = value.smallWholeValue { return String(whole) }
        var input = value
        var rounded = Decimal()
        NSDecimalRound(&rounded, &input, 2, .plain)
        if rounded.isZero { return "0" }
        let negative = rounded < 0
        let magnitude = negative ? -rounded : rounded
        // Decimal's description is always plain digits with "." (no locale, no grouping, no exponent).
        let digits = magnitude.description.filter { $0.isASCII && ($0.isNumber || $0 == ".") }
        return (negative ? "-" : "") + digits
    }

    /// `text.trimmingCharacters(in: .whitespacesAndNewlines)`: `text` itself at once when
    /// neither end is blank (series names and units nearly always), which trimming leaves as it is.
    static func trimmed(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return text }
        let blanks = CharacterSet.whitespacesAndNewlines
        guard blanks.contains(first) || blanks.contains(last) else { return text }
        return text.trimmingCharacters(in: blanks)
    }

    /// A value as a Double for geometry: a whole value below 2^53 (`Decimal.smallWholeValue`)
    /// converted as an integer, exactly as Foundation converts it (`decimalDouble`, compared in
    /// `ChartScaleTests`), without bridging to `NSDecimalNumber`.
    static func double(_ value: Decimal) -> Double {
        if let whole = value.smallWholeValue { return Double(whole) }
        return decimalDouble(value)
    }

    /// `value` as a Double through Foundation.
    static func decimalDouble(_ value: Decimal) -> Double {
        NSDecimalNumber(decimal: value).doubleValue
    }

    /// Estimated advance width of `text` at `fontSize`: CJK and full-width characters take 1 em, others 0.62 em.
    static func width(_ text: String, fontSize: Double) -> Double {
        var ems = 0.0
        for scalar in text.unicodeScalars {
            ems += scalar.value >= 0x1100 || scalar == "…" ? 1 : 0.62
        }
        return ems * fontSize
    }

    /// `text` cut to at most `limit` characters, the last being "…" when anything was cut.
    static func truncate(_ text: String, characters limit: Int) -> String {
        guard text.count > limit, limit > 0 else { return text }
        return String(text.prefix(limit - 1)) + "…"
    }

    /// `text` cut (with "…") so that it is at most `maxWidth` wide at `fontSize`.
    static func truncate(_ text: String, width maxWidth: Double, fontSize: Double) -> String {
        guard width(text, fontSize: fontSize) > maxWidth else { return text }
        var kept = Array(text)
        while !kept.isEmpty && width(String(kept) + "…", fontSize: fontSize) > maxWidth { kept.removeLast() }
        return String(kept) + "…"
    }
}
