import Foundation

/// What the text of one table cell says: nothing, a dash, a number, or words.
enum CellText: Hashable, Sendable {
    /// The cell is empty.
    case empty
    /// "/", "-", "—": printed as not applicable, so unknown.
    case dash
    /// A number, with the unit printed after it, if any.
    case number(Decimal, unit: String?)
    /// Words: a label or something unreadable.
    case words

    /// Reads a cell's text. Accepts signs (`+12`, `-18`, `减4`), units (`251000元`, `3件`), decimals,
    /// thousands separators (`1,234`, `1，234`) and stray spaces inside the number.
    static func read(_ raw: Substring) -> CellText {
        let text = raw.trimmingBlanks()
        if text.isEmpty { return .empty }
        if dashes.contains(String(text)) { return .dash }
        var scalars = Array(text.unicodeScalars)
        var negative = false
        if let first = scalars.first {
            if first == "+" || first == "增" { scalars.removeFirst() }
            else if first == "-" || first == "减" { negative = true; scalars.removeFirst() }
        }
        var unit: String?
        for candidate in units where scalars.count > candidate.count && scalars.suffix(candidate.count).elementsEqual(candidate) {
            unit = String(String.UnicodeScalarView(candidate))
            scalars.removeLast(candidate.count)
            break
        }
        var digits = String.UnicodeScalarView()
        var sawDigit = false
        var sawPoint = false
        for scalar in scalars {
            if scalar.isDigit {
                digits.append(scalar)
                sawDigit = true
            } else if scalar == "." && !sawPoint && sawDigit {
                digits.append(scalar)
                sawPoint = true
            } else if (scalar == "," || scalar == "，" || scalar.isBlank) && sawDigit && !sawPoint {
                continue
            } else if scalar.isBlank {
                continue
            } else {
                return .words
            }
        }
        guard sawDigit, digits.last != ".", let value = Decimal(string: String(digits), locale: Locale(identifier: "en_US_POSIX")) else {
            return .words
        }
        return .number(negative ? -value : value, unit: unit)
    }

    /// Whether the cell holds a number or a dash: something that stands where a number goes.
    var isValueLike: Bool {
        switch self {
        case .number, .dash: true
        case .empty, .words: false
        }
    }

    private static let dashes: Set<String> = ["/", "-", "—", "——", "–", "--", "\\", "／", "－", "~", "×", "*"]
    /// Units longest first, so 万元 wins over 元.
    private static let units: [[Unicode.Scalar]] = ["万元", "元", "件", "条", "个", "项", "次", "人", "起"].map { Array($0.unicodeScalars) }
}
