/// Normalises decoded text into lines: line ends, full-width digits and letters, odd spaces,
/// zero-width characters, mirror-site pinyin glosses. Works on one line at a time so line numbers
/// stay those of the file.
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
        let line = String(scalars: removingPinyinGlosses(scalars))
        scalars.removeAll(keepingCapacity: true)
        return line
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

    /// `scalars` without the pinyin glosses some mirror sites insert after characters they think
    /// readers may not know: "寧強(qiáng)縣" → "寧強縣", "規(guī)章" → "規章". A gloss is removed only
    /// when it follows a Han character directly and its parentheses (ASCII or full-width) hold one
    /// pinyin syllable of at most six Latin letters with at least one tone mark, so "(一)", "(2020)",
    /// "(试行)" and "(PDF)" stay as they are.
    static func removingPinyinGlosses(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard scalars.contains(where: { $0 == "(" || $0 == "\u{FF08}" }) else { return scalars }
        var kept: [Unicode.Scalar] = []
        kept.reserveCapacity(scalars.count)
        var index = 0
        while index < scalars.count {
            if let last = kept.last, isHan(last), let end = pinyinGlossEnd(in: scalars, from: index) {
                index = end
                continue
            }
            kept.append(scalars[index])
            index += 1
        }
        return kept
    }

    /// The index just past a parenthesised tone-marked pinyin syllable starting at `start`, or nil.
    private static func pinyinGlossEnd(in scalars: [Unicode.Scalar], from start: Int) -> Int? {
        guard scalars[start] == "(" || scalars[start] == "\u{FF08}" else { return nil }
        var index = start + 1
        var toneMarks = 0
        while index < scalars.count, index - start <= 7 {
            let scalar = scalars[index]
            if scalar == ")" || scalar == "\u{FF09}" {
                return toneMarks > 0 && index - start > 1 ? index + 1 : nil
            }
            if toneMarkedVowels.contains(scalar) {
                toneMarks += 1
            } else if !(("a"..."z").contains(scalar) || scalar == "\u{00FC}") {
                return nil
            }
            index += 1
        }
        return nil
    }

    /// Vowels with a pinyin tone mark (first to fourth tone; ü with its tones).
    private static let toneMarkedVowels: Set<Unicode.Scalar> = Set("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ".unicodeScalars)

    /// Whether `scalar` is a CJK ideograph (basic block, extension A, extensions B and later,
    /// compatibility ideographs).
    private static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x3134F, 0xF900...0xFAFF: return true
        default: return false
        }
    }
}
