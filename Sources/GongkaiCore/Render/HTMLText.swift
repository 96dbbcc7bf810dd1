/// Escaping of text for HTML, SVG and XML: the one place every page, chart, feed and banner
/// escapes report text, so no report can become markup.
public enum HTMLText {
    /// Text safe inside an element or a quoted attribute: escapes & < > " ' and turns tabs and
    /// line breaks into spaces; drops control characters and non-characters, which validators reject.
    public static func escape(_ text: String) -> String {
        guard needsWork(text) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out += " "
            default:
                if !isDropped(scalar) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// Appends `escape(text)` as UTF-8 bytes.
    static func appendEscaped(_ text: String, to out: inout [UInt8]) {
        var text = text
        let plain = text.withUTF8 { utf8 in
            guard isPlain(utf8) else { return false }
            out.append(contentsOf: utf8)
            return true
        }
        if plain { return }
        for scalar in text.unicodeScalars { appendEscaped(scalar, to: &out) }
    }

    /// Whether `escape` may change `text`: its UTF-8 read by `isPlain`, then, where that cannot
    /// tell, its scalars.
    static func needsWork(_ text: String) -> Bool {
        var text = text
        return !text.withUTF8(isPlain) && text.unicodeScalars.contains(where: needsWork)
    }

    /// True when UTF-8 text certainly has no scalar `escape` changes (`needsWork`), read byte by
    /// byte rather than decoded (every cell and label of every page is asked): ASCII controls,
    /// DEL and the five characters; C1 controls (C2 80–9F); U+FDD0–FDEF (EF B7 90–AF) and
    /// U+FFFE/FFFF (EF BF BE–BF). A scalar past the BMP (F0–F4) answers false, for the scalar
    /// walk to decide. `HTMLTextTests` compares it with `needsWork` scalar by scalar.
    static func isPlain(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = utf8.count
        while index < count {
            let byte = utf8[index]
            if byte < 0x80 {
                if byte < 0x20 || byte == 0x7F || byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27 { return false }
            } else if byte == 0xC2 {
                if index + 1 < count, utf8[index + 1] <= 0x9F { return false }
            } else if byte == 0xEF {
                if index + 2 < count {
                    let second = utf8[index + 1], third = utf8[index + 2]
                    if (second == 0xB7 && third >= 0x90 && third <= 0xAF) || (second == 0xBF && third >= 0xBE) { return false }
                }
            } else if byte >= 0xF0 {
                return false
            }
            // Continuation bytes (80–BF) are none of the bytes looked at, so stepping one byte
            // at a time finds every lead byte.
            index += 1
        }
        return true
    }

    /// `escape(text)` as UTF-8 bytes.
    static func escapedBytes(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        appendEscaped(text, to: &out)
        return out
    }

    /// Appends one scalar as `escape` writes it, as UTF-8 bytes, for views that build their
    /// HTML a scalar at a time.
    static func appendEscaped(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        switch scalar {
        case "&": out.append(contentsOf: "&amp;".utf8)
        case "<": out.append(contentsOf: "&lt;".utf8)
        case ">": out.append(contentsOf: "&gt;".utf8)
        case "\"": out.append(contentsOf: "&quot;".utf8)
        case "'": out.append(contentsOf: "&#39;".utf8)
        case "\t", "\n", "\r": out.append(0x20)
        default:
            guard !isDropped(scalar) else { return }
            let value = scalar.value
            if value < 0x80 {
                out.append(UInt8(value))
            } else if value < 0x800 {
                out.append(0xC0 | UInt8(value >> 6))
                out.append(0x80 | UInt8(value & 0x3F))
            } else if value < 0x10000 {
                out.append(0xE0 | UInt8(value >> 12))
                out.append(0x80 | UInt8(value >> 6 & 0x3F))
                out.append(0x80 | UInt8(value & 0x3F))
            } else {
                out.append(0xF0 | UInt8(value >> 18))
                out.append(0x80 | UInt8(value >> 12 & 0x3F))
                out.append(0x80 | UInt8(value >> 6 & 0x3F))
                out.append(0x80 | UInt8(value & 0x3F))
            }
        }
    }

    private static func needsWork(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "&", "<", ">", "\"", "'": true
        default: isDropped(scalar) || scalar == "\t" || scalar == "\n" || scalar == "\r"
        }
    }

    private static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        let control = (value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D) || (0x7F...0x9F).contains(value)
        let nonCharacter = (0xFDD0...0xFDEF).contains(value) || (value & 0xFFFE) == 0xFFFE
        return control || nonCharacter
    }
}
