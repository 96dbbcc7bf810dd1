/// One line of a source with its 1-based number, the unit every parse step works on.
struct SourceLine: Sendable, Hashable {
    /// 1-based line number in the file.
    var number: Int
    /// The normalised text.
    var text: String
    /// Whether the text is a run of digits cut out of a line whose table cells ran together
    /// (`规章000`): it may hold several cells, to be split only where one reading exists.
    var isRun = false

    /// The text without surrounding spaces, tabs and ideographic spaces.
    var trimmed: Substring { text.trimmingBlanks() }

    /// Whether the line holds nothing but blanks.
    var isBlank: Bool { trimmed.isEmpty }
}

extension StringProtocol where SubSequence == Substring {
    /// The text without surrounding spaces, tabs and ideographic spaces.
    func trimmingBlanks() -> Substring {
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, scalars[start].isBlank { start = scalars.index(after: start) }
        while end > start, scalars[scalars.index(before: end)].isBlank { end = scalars.index(before: end) }
        return self[start..<end]
    }
}

extension String {
    /// The text of `scalars`, built from their UTF-8 bytes: `String.UnicodeScalarView`'s
    /// `append(contentsOf:)` takes a generic path scalar by scalar, which showed in the profile of
    /// every line loaded and every label matched.
    init(scalars: some Sequence<Unicode.Scalar>) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.underestimatedCount)
        for scalar in scalars {
            let value = scalar.value
            switch value {
            case 0..<0x80:
                bytes.append(UInt8(value))
            case 0x80..<0x800:
                bytes.append(UInt8(0xC0 | (value >> 6)))
                bytes.append(UInt8(0x80 | (value & 0x3F)))
            case 0x800..<0x10000:
                bytes.append(UInt8(0xE0 | (value >> 12)))
                bytes.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
                bytes.append(UInt8(0x80 | (value & 0x3F)))
            default:
                bytes.append(UInt8(0xF0 | (value >> 18)))
                bytes.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
                bytes.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
                bytes.append(UInt8(0x80 | (value & 0x3F)))
            }
        }
        self = String(decoding: bytes, as: UTF8.self)
    }
}

extension Unicode.Scalar {
    /// Space, tab or ideographic space.
    var isBlank: Bool { self == " " || self == "\t" || value == 0x3000 }

    /// An ASCII digit.
    var isDigit: Bool { value >= 0x30 && value <= 0x39 }

    /// A CJK unified ideograph.
    var isHan: Bool { (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value) || value == 0x3007 }
}
