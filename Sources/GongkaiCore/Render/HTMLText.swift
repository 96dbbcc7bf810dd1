/// Escaping of text for HTML, SVG and XML: the one place every page, chart, feed and banner
/// escapes report text, so no report can become markup.
public enum HTMLText {
    /// Text safe inside an element or a quoted attribute: escapes & < > " ' and turns tabs and
    /// line breaks into spaces; drops control characters and non-characters, which validators reject.
    public static func escape(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsWork) else { return text }
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
        guard text.unicodeScalars.contains(where: needsWork) else {
            out.append(contentsOf: text.utf8)
            return
        }
        for scalar in text.unicodeScalars { appendEscaped(scalar, to: &out) }
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
