/// Normalises decoded text into lines: line ends, full-width digits and letters, odd spaces,
/// zero-width characters. Works on one line at a time so line numbers stay those of the file.
enum TextNormalizer {
    /// Splits on CRLF, CR and LF and normalises each line.
    static func lines(of text: String) -> [String] {
        var lines: [String] = []
        var current: [Unicode.Scalar] = []
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\r":
                lines.append(finish(&current))
                previousWasCR = true
                continue
            case "\n":
                if !previousWasCR { lines.append(finish(&current)) }
            default:
                if let mapped = normalise(scalar) { current.append(mapped) }
            }
            previousWasCR = false
        }
        if !current.isEmpty { lines.append(finish(&current)) }
        return lines
    }

    private static func finish(_ scalars: inout [Unicode.Scalar]) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        scalars.removeAll(keepingCapacity: true)
        return String(view)
    }

    /// The scalar to keep for `scalar`, or nil to drop it.
    static func normalise(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0xFEFF, 0x200B, 0x200C, 0x200D, 0x2060, 0x00AD:
            return nil  // BOM and zero-width characters
        case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F:
            return " "  // NBSP and other odd spaces (the ideographic space U+3000 is kept: it indents Chinese text)
        case 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A:
            return Unicode.Scalar(scalar.value - 0xFEE0)  // full-width digits and letters
        case 0xFF0B: return "+"
        case 0xFF0D, 0x2212: return "-"
        case 0xFF0E: return "."
        case 0x0B, 0x0C: return " "
        default:
            return scalar
        }
    }
}
