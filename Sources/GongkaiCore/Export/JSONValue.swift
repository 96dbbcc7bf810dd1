import Foundation

/// A JSON value with ordered object keys, so the published JSON reads in the order of the schema.
public indirect enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(Decimal)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.serialized() == rhs.serialized()
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(serialized())
    }

    /// The JSON text: objects indented two spaces per level, arrays of scalars on one line.
    public func serialized(indent: Int = 0) -> String {
        String(decoding: utf8(indent: indent), as: UTF8.self)
    }

    /// The JSON text of `serialized(indent:)` as UTF-8 bytes, made without an intermediate
    /// `String`: the published JSON of every report is made this way (open data at scale).
    public func utf8(indent: Int = 0) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        write(to: &out, indent: indent)
        return out
    }

    /// Appends the JSON text (UTF-8) at `indent` to `out`.
    func write(to out: inout [UInt8], indent: Int) {
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let value): out.append(contentsOf: (value ? "true" : "false").utf8)
        case .number(let value): value.appendText(to: &out)
        case .string(let value): JSONValue.writeString(value, to: &out)
        case .array(let items):
            if items.isEmpty { out.append(contentsOf: "[]".utf8); return }
            if items.allSatisfy(\.isScalar) {
                out.append(UInt8(ascii: "["))
                for (index, item) in items.enumerated() {
                    if index > 0 { out.append(contentsOf: ", ".utf8) }
                    item.write(to: &out, indent: indent)
                }
                out.append(UInt8(ascii: "]"))
                return
            }
            out.append(contentsOf: "[\n".utf8)
            for (index, item) in items.enumerated() {
                Self.spaces(indent + 2, to: &out)
                item.write(to: &out, indent: indent + 2)
                out.append(contentsOf: (index + 1 < items.count ? ",\n" : "\n").utf8)
            }
            Self.spaces(indent, to: &out)
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            if members.isEmpty { out.append(contentsOf: "{}".utf8); return }
            out.append(contentsOf: "{\n".utf8)
            for (index, (key, value)) in members.enumerated() {
                Self.spaces(indent + 2, to: &out)
                JSONValue.writeString(key, to: &out)
                out.append(contentsOf: ": ".utf8)
                value.write(to: &out, indent: indent + 2)
                out.append(contentsOf: (index + 1 < members.count ? ",\n" : "\n").utf8)
            }
            Self.spaces(indent, to: &out)
            out.append(UInt8(ascii: "}"))
        }
    }

    private static func spaces(_ count: Int, to out: inout [UInt8]) {
        for _ in 0..<count { out.append(UInt8(ascii: " ")) }
    }

    private var isScalar: Bool {
        switch self {
        case .array, .object: false
        default: true
        }
    }

    /// A JSON string: quotes, backslashes and control characters escaped, `<` as `\u003c` so
    /// JSON embedded in a page can never close a script element, U+2028 and U+2029 escaped for
    /// JavaScript. Runs of bytes that need no escape are copied at once, and found eight bytes
    /// at a time (`mayNeedEscape`: the report JSON is mostly narrative text that needs none).
    static func writeString(_ value: String, to out: inout [UInt8]) {
        var value = value
        value.withUTF8 { writeString(utf8: $0, to: &out) }
    }

    /// `writeString` of the `String` whose UTF-8 `bytes` are (valid UTF-8: each byte is looked
    /// at as it is, nothing is repaired).
    static func writeString(utf8 bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var start = 0
        var index = 0
        // The last bytes (fewer than eight: all of a short string, such as a key) are looked at
        // together once, padded with `A`, which needs no escape.
        var tailSeen = false
        while index < bytes.count {
            if let base = bytes.baseAddress {
                if index + 8 <= bytes.count {
                    if !mayNeedEscape(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) {
                        index += 8
                        continue
                    }
                } else if !tailSeen {
                    tailSeen = true
                    var word: UInt64 = 0x4141_4141_4141_4141
                    withUnsafeMutableBytes(of: &word) { $0.copyMemory(from: UnsafeRawBufferPointer(start: base + index, count: bytes.count - index)) }
                    if !mayNeedEscape(word) {
                        index = bytes.count
                        continue
                    }
                }
            }
            let byte = bytes[index]
            let escape: StaticString?
            var width = 1
            switch byte {
            case UInt8(ascii: "\""): escape = "\\\""
            case UInt8(ascii: "\\"): escape = "\\\\"
            case 0x0A: escape = "\\n"
            case 0x0D: escape = "\\r"
            case 0x09: escape = "\\t"
            case UInt8(ascii: "<"): escape = "\\u003c"
            case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                escape = bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                width = 3
            default: escape = byte < 0x20 ? "" : nil
            }
            guard let escape else {
                index += 1
                continue
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
            if escape.utf8CodeUnitCount > 0 {
                escape.withUTF8Buffer { out.append(contentsOf: $0) }
            } else {
                let digits = Array("0123456789abcdef".utf8)
                out.append(contentsOf: "\\u00".utf8)
                out.append(digits[Int(byte >> 4)])
                out.append(digits[Int(byte & 0xF)])
            }
            index += width
            start = index
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<bytes.count]))
        out.append(UInt8(ascii: "\""))
    }

    /// Whether any of eight bytes is one `writeString` looks at (a control character, `"`, `\`,
    /// `<`, or 0xE2 that may begin U+2028 or U+2029); false only when none is. Each test is the
    /// exact "some byte is zero / less than n" word test: a borrow can only spread from a byte
    /// that matches, so it never hides one and never invents one where none is.
    @inline(__always)
    private static func mayNeedEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func hasZero(_ value: UInt64) -> Bool { (value &- ones) & ~value & highs != 0 }
        return (word &- 0x20 &* ones) & ~word & highs != 0
            || hasZero(word ^ (0x22 &* ones)) || hasZero(word ^ (0x5C &* ones)) || hasZero(word ^ (0x3C &* ones)) || hasZero(word ^ (0xE2 &* ones))
    }
}

extension JSONValue {
    /// A string, or null.
    static func string(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
    /// An integer, or null.
    static func int(_ value: Int?) -> JSONValue { value.map { .number(Decimal($0)) } ?? .null }
}

extension JSONValue {
    /// The JSON text on one line without spaces: for files only scripts read, where size counts
    /// (the comparison picker's index of every report).
    public func compactSerialized() -> String {
        var out: [UInt8] = []
        writeCompact(to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private func writeCompact(to out: inout [UInt8]) {
        switch self {
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                item.writeCompact(to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                JSONValue.writeString(key, to: &out)
                out.append(UInt8(ascii: ":"))
                value.writeCompact(to: &out)
            }
            out.append(UInt8(ascii: "}"))
        default: write(to: &out, indent: 0)
        }
    }
}
