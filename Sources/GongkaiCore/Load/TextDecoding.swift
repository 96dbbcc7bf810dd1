import Foundation

/// Decides the encoding of a file's bytes and decodes them.
enum TextDecoding {
    /// GB18030, the superset of GBK that Chinese government files commonly use.
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)
    /// The encoding name of a UTF-8 file read with a few invalid bytes replaced.
    static let lossyUTF8 = "utf-8 (invalid bytes replaced)"

    /// The text and the name of its encoding; throws `load.encoding` when the bytes are not text.
    static func decode(_ bytes: [UInt8]) throws(Diagnostic) -> (String, String) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            if let text = String(validating: bytes.dropFirst(3), as: UTF8.self) { return (text, "utf-8") }
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let encoding: String.Encoding = bytes[0] == 0xFF ? .utf16LittleEndian : .utf16BigEndian
            if let text = String(data: Data(bytes.dropFirst(2)), encoding: encoding) {
                return (text, bytes[0] == 0xFF ? "utf-16le" : "utf-16be")
            }
        }
        // memchr passes over the bytes many at a time (a byte loop here was 1 % of parsing).
        if bytes.withUnsafeBytes({ $0.baseAddress.map { memchr($0, 0, bytes.count) != nil } ?? false }) {
            throw Diagnostic(.error, "load.encoding", line: nil, "不是已知编码的文本（文件含 NUL 字节，可能是二进制文件）")
        }
        if let text = String(validating: bytes, as: UTF8.self) { return (text, "utf-8") }
        if let text = String(data: Data(bytes), encoding: gb18030), !text.unicodeScalars.contains(where: isControl) {
            return (text, "gb18030")
        }
        // A UTF-8 file with a few bad bytes (a report cut inside a character, a stray byte) is
        // read with those bytes replaced, and the loss reported, rather than lost entirely.
        let lossy = String(decoding: bytes, as: UTF8.self)
        let replaced = lossy.unicodeScalars.count { $0 == "\u{FFFD}" }
        if replaced * 500 <= bytes.count, !lossy.unicodeScalars.contains(where: isControl) {
            return (lossy, lossyUTF8)
        }
        throw Diagnostic(.error, "load.encoding", line: nil, "不是已知编码的文本（已尝试 UTF-8、带 BOM 的 UTF-16、GB18030）")
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r" && scalar != "\u{0C}"
    }
}
