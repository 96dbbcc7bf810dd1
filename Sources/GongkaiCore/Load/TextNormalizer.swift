/// Normalises decoded text into lines: line ends, full-width digits and letters, odd spaces,
/// zero-width characters, mirror-site pinyin glosses. Works on one line at a time so line numbers
/// stay those of the file.
enum TextNormalizer {
    /// Splits on CRLF, CR and LF and normalises each line.
    ///
    /// Read on the UTF-8 bytes: a line none of whose bytes can start a scalar that `normalise`
    /// changes or drops, and without an opening parenthesis (where a pinyin gloss may be), is
    /// its bytes as they are; only the other lines are walked scalar by scalar.
    static func lines(of text: String) -> [String] {
        var text = text
        return text.withUTF8(lines(ofBytes:))
    }

    /// Per byte value: 1 for CR and LF, 2 for the bytes that start what `mayChange` looks at,
    /// 0 for the rest (nearly every byte, passed over with this one read).
    private static let byteKinds: [UInt8] = (0...255).map { byte in
        byte == 0x0D || byte == 0x0A ? 1 : [0x28, 0x0B, 0x0C, 0xC2, 0xE2, 0xEF].contains(byte) ? 2 : 0
    }

    private static func lines(ofBytes bytes: UnsafeBufferPointer<UInt8>) -> [String] {
        byteKinds.withUnsafeBufferPointer { lines(ofBytes: bytes, kinds: $0) }
    }

    private static func lines(ofBytes bytes: UnsafeBufferPointer<UInt8>, kinds: UnsafeBufferPointer<UInt8>) -> [String] {
        var lines: [String] = []
        var start = 0
        var needsScalars = false
        var previousWasCR = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let kind = kinds[Int(byte)]
            if kind == 0 {
                previousWasCR = false
                index += 1
                continue
            }
            if kind == 1 {
                if byte == 0x0A && previousWasCR {
                    previousWasCR = false
                } else {
                    let line = UnsafeBufferPointer(rebasing: bytes[start..<index])
                    lines.append(needsScalars ? finish(normalised(line)) : String(decoding: line, as: UTF8.self))
                    previousWasCR = byte == 0x0D
                }
                index += 1
                start = index
                needsScalars = false
                continue
            }
            previousWasCR = false
            // Only the bytes of kind 2 start what `mayChange` looks at (its `default` is false):
            // most bytes of a line are passed over without the call.
            if !needsScalars, mayChange(bytes, at: index) { needsScalars = true }
            index += 1
        }
        if start < bytes.count {
            let line = UnsafeBufferPointer(rebasing: bytes[start..<bytes.count])
            if !needsScalars {
                lines.append(String(decoding: line, as: UTF8.self))
            } else {
                let scalars = normalised(line)
                if !scalars.isEmpty { lines.append(finish(scalars)) }
            }
        }
        return lines
    }

    /// The normalised scalars of one line's bytes (valid UTF-8: the line of a `String`).
    private static func normalised(_ line: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
        String(decoding: line, as: UTF8.self).unicodeScalars.compactMap(normalise)
    }

    /// Whether the scalar starting at `index` may be changed or dropped by `normalise`, or is an
    /// opening parenthesis that may open a pinyin gloss: the bytes of every scalar `normalise`
    /// maps, and ( or （ before what can start a syllable (in a line with nothing to normalise,
    /// the gloss is read from the scalars as they are).
    private static func mayChange(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let byte = bytes[index]
        switch byte {
        case 0x28:  // (
            return mayStartSyllable(bytes, at: index + 1)
        case 0x0B, 0x0C:  // the vertical tab and form feed
            return true
        case 0xC2:  // U+00A0, U+00AD
            return index + 1 < bytes.count && (bytes[index + 1] == 0xA0 || bytes[index + 1] == 0xAD)
        case 0xE2:  // U+2000–U+200D, U+202F, U+205F, U+2060, U+2212
            guard index + 2 < bytes.count else { return false }
            let (second, third) = (bytes[index + 1], bytes[index + 2])
            return (second == 0x80 && ((0x80...0x8D).contains(third) || third == 0xAF))
                || (second == 0x81 && (third == 0x9F || third == 0xA0))
                || (second == 0x88 && third == 0x92)
        case 0xEF:  // U+FEFF, U+FF08 （, U+FF0B, U+FF0D, U+FF0E, U+FF10–FF19, U+FF21–FF3A, U+FF41–FF5A
            guard index + 2 < bytes.count else { return false }
            let (second, third) = (bytes[index + 1], bytes[index + 2])
            if second == 0xBC && third == 0x88 { return mayStartSyllable(bytes, at: index + 3) }
            return (second == 0xBB && third == 0xBF)
                || (second == 0xBC && (third == 0x8B || third == 0x8D || third == 0x8E || (0x90...0x99).contains(third) || (0xA1...0xBA).contains(third)))
                || (second == 0xBD && (0x81...0x9A).contains(third))
        default:
            return false
        }
    }

    /// Whether the byte at `index` can start a scalar of a pinyin syllable (a–z, ü or a
    /// tone-marked vowel: lead bytes C3, C4, C5, C7, E1) or of anything `normalise` maps to one
    /// (full-width letters, zero-width characters: lead bytes E2, EF); false at the end.
    private static func mayStartSyllable(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index < bytes.count else { return false }
        let byte = bytes[index]
        return (0x61...0x7A).contains(byte) || [0xC2, 0xC3, 0xC4, 0xC5, 0xC7, 0xE1, 0xE2, 0xEF].contains(byte)
    }

    private static func finish(_ scalars: [Unicode.Scalar]) -> String {
        String(scalars: removingPinyinGlosses(scalars))
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
