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
        // On the UTF-8 bytes: a space and a tab are one byte, an ideographic space is E3 80 80,
        // and in valid UTF-8 those three bytes at either end are that whole scalar, so the
        // indices reached are the scalar boundaries the scalar walk would reach. On the
        // contiguous bytes by offset (every line and cell is trimmed, many several times); the
        // view's index walk is for a text without contiguous bytes.
        let text = Substring(self)
        guard let (start, end, whole) = text.utf8.withContiguousStorageIfAvailable(Self.blankTrimmedBounds) else {
            return text.trimmingBlanksByIndex()
        }
        if start == 0, end == whole { return text }
        let bytes = text.utf8
        return text[bytes.index(bytes.startIndex, offsetBy: start)..<bytes.index(bytes.startIndex, offsetBy: end)]
    }

    /// The byte offsets of the text `trimmingBlanks` keeps.
    private static func blankTrimmedBounds(_ bytes: UnsafeBufferPointer<UInt8>) -> (start: Int, end: Int, whole: Int) {
        var start = 0
        var end = bytes.count
        while start < end {
            let byte = bytes[start]
            if byte == 0x20 || byte == 0x09 {
                start += 1
            } else if byte == 0xE3, end - start >= 3, bytes[start + 1] == 0x80, bytes[start + 2] == 0x80 {
                start += 3
            } else {
                break
            }
        }
        while end > start {
            let byte = bytes[end - 1]
            if byte == 0x20 || byte == 0x09 {
                end -= 1
            } else if byte == 0x80, end - start >= 3, bytes[end - 2] == 0x80, bytes[end - 3] == 0xE3 {
                end -= 3
            } else {
                break
            }
        }
        return (start, end, bytes.count)
    }
}

extension Substring {
    /// `trimmingBlanks` by walking the UTF-8 view's indices: the same bytes compared, for a text
    /// whose bytes are not contiguous.
    func trimmingBlanksByIndex() -> Substring {
        let bytes = utf8
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start < end {
            let byte = bytes[start]
            if byte == 0x20 || byte == 0x09 {
                start = bytes.index(after: start)
            } else if byte == 0xE3, bytes.distance(from: start, to: end) >= 3,
                      bytes[bytes.index(start, offsetBy: 1)] == 0x80, bytes[bytes.index(start, offsetBy: 2)] == 0x80 {
                start = bytes.index(start, offsetBy: 3)
            } else {
                break
            }
        }
        while end > start {
            let last = bytes.index(before: end)
            let byte = bytes[last]
            if byte == 0x20 || byte == 0x09 {
                end = last
            } else if byte == 0x80, bytes.distance(from: start, to: end) >= 3,
                      bytes[bytes.index(end, offsetBy: -2)] == 0x80, bytes[bytes.index(end, offsetBy: -3)] == 0xE3 {
                end = bytes.index(end, offsetBy: -3)
            } else {
                break
            }
        }
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
