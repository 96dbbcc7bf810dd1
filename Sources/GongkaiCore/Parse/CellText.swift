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

    /// Reads a cell's text. Accepts signs (`+12`, `-18`, `减4`, `减少8`, `增加3`, traditional `減4`), units (`251000元`,
    /// `3件`, traditional `3個`, `1.5萬元`), decimals,
    /// thousands separators (`1,234`, `1，234`) and stray spaces inside the number.
    ///
    /// Read on the UTF-8 bytes: every cell of every table region goes through here several
    /// times (each layout reader, then the interpreter), and every character it accepts is one
    /// scalar whose bytes say what it is.
    static func read(_ raw: Substring) -> CellText {
        let text = raw.trimmingBlanks()
        if text.isEmpty { return .empty }
        // A dash never starts with a digit, and most cells do: they skip the set lookup.
        if let first = text.utf8.first, !(0x30...0x39).contains(first), text.utf8.count <= 6, dashes.contains(String(text)) { return .dash }
        return text.utf8.withContiguousStorageIfAvailable(number(in:)) ?? Array(text.utf8).withUnsafeBufferPointer(number(in:))
    }

    /// A trimmed, non-empty cell that is no dash, read as a number or words.
    private static func number(in bytes: UnsafeBufferPointer<UInt8>) -> CellText {
        var start = 0
        var end = bytes.count
        var negative = false
        if bytes[0] == 0x2B {  // +
            start = 1
        } else if bytes[0] == 0x2D {  // -
            negative = true
            start = 1
        } else if end >= 3, bytes[0] == 0xE5, bytes[1] == 0xA2, bytes[2] == 0x9E {  // 增, 增加
            start = end >= 6 && bytes[3] == 0xE5 && bytes[4] == 0x8A && bytes[5] == 0xA0 ? 6 : 3
        } else if end >= 3, (bytes[0] == 0xE5 && bytes[1] == 0x87 && bytes[2] == 0x8F)  // 减
                    || (bytes[0] == 0xE6 && bytes[1] == 0xB8 && bytes[2] == 0x9B) {  // 減, traditional script
            negative = true
            start = end >= 6 && bytes[3] == 0xE5 && bytes[4] == 0xB0 && bytes[5] == 0x91 ? 6 : 3  // 减少, 減少
        }
        var unit: String?
        // A unit is a suffix after at least one more character; its bytes start a scalar, so a
        // byte suffix is a scalar suffix. Every unit is Han: a cell ending in an ASCII byte (a
        // digit, nearly every cell) has none.
        for (candidate, name) in units where bytes[end - 1] >= 0x80 && end - start > candidate.count
            && bytes[(end - candidate.count)..<end].elementsEqual(candidate) {
            unit = name
            end -= candidate.count
            break
        }
        var sawDigit = false
        var sawPoint = false
        var onlyDigits = true
        var index = start
        while index < end {
            let byte = bytes[index]
            if byte >= 0x30 && byte <= 0x39 {
                sawDigit = true
                index += 1
                continue
            }
            onlyDigits = false
            if byte == 0x2E && !sawPoint && sawDigit {
                sawPoint = true
                index += 1
                continue
            }
            let isComma: Bool
            let width: Int
            if byte == 0x2C || byte == 0x20 || byte == 0x09 {  // , space tab
                isComma = byte == 0x2C
                width = 1
            } else if index + 2 < end, byte == 0xEF, bytes[index + 1] == 0xBC, bytes[index + 2] == 0x8C {  // ，
                isComma = true
                width = 3
            } else if index + 2 < end, byte == 0xE3, bytes[index + 1] == 0x80, bytes[index + 2] == 0x80 {  // ideographic space
                isComma = false
                width = 3
            } else {
                return .words
            }
            // A comma stands between digits only before the point; a blank anywhere.
            if isComma && !(sawDigit && !sawPoint) { return .words }
            index += width
        }
        // One to three digits without a leading zero (nearly every cell): `decimal`'s table
        // reading, without gathering the digits first.
        if onlyDigits, sawDigit, end - start <= 3, end - start == 1 || bytes[start] != 0x30 {
            let value = smallNumbers[bytes[start..<end].reduce(0) { $0 * 10 + Int($1 - 0x30) }]
            return .number(negative ? -value : value, unit: unit)
        }
        var digits: [UInt8] = []
        digits.reserveCapacity(end - start)
        for byte in bytes[start..<end] where (byte >= 0x30 && byte <= 0x39) || byte == 0x2E { digits.append(byte) }
        guard sawDigit, digits.last != 0x2E, let value = decimal(digits) else { return .words }
        return .number(negative ? -value : value, unit: unit)
    }

    /// The value of a run of ASCII digits with at most one point, as `Decimal(string:)` reads it
    /// (its decimal separator is "." without a locale, as in en_US_POSIX); numbers below 1000
    /// printed without leading zeros, nearly every cell, come from a table of those readings.
    private static func decimal(_ digits: [UInt8]) -> Decimal? {
        if digits.count <= 3, digits.count == 1 || digits[0] != 0x30, !digits.contains(0x2E) {
            return smallNumbers[digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }]
        }
        return Decimal(string: String(decoding: digits, as: UTF8.self))
    }

    /// `Decimal(string:)` of 0 … 999.
    private static let smallNumbers: [Decimal] = (0..<1000).map { Decimal(string: String($0)) ?? Decimal($0) }

    /// Whether the cell holds a number or a dash: something that stands where a number goes.
    var isValueLike: Bool {
        switch self {
        case .number, .dash: true
        case .empty, .words: false
        }
    }

    private static let dashes: Set<String> = ["/", "-", "—", "——", "–", "--", "\\", "／", "－", "~", "×", "*"]
    /// Units longest first, so 万元 (and the traditional 萬元) wins over 元: their UTF-8 bytes and
    /// their text. Traditional-script reports print 條, 個, 項 (seen in real 繁體 reports).
    private static let units: [(bytes: [UInt8], name: String)] = ["万元", "萬元", "元", "件", "条", "條", "个", "個", "项", "項", "次", "人", "起"].map { (Array($0.utf8), $0) }
}
