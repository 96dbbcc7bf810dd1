import Foundation

/// A report file decoded and normalised, line by line, ready to parse.
///
/// Normalisation never merges or splits lines, so a line number here is the line number in
/// the original file.
public struct SourceText: Sendable, Hashable {
    /// The path as given.
    public var path: String
    /// The SHA-256 of the original bytes.
    public var sha256: String
    /// The encoding the bytes were decoded from.
    public var encoding: String
    /// The size of the original file in bytes; nil when the source was not read from a file.
    public var byteCount: Int?
    /// The normalised lines; `lines[0]` is line 1.
    public var lines: [String]
    /// For a structured file (HTML, DOCX, PDF), the cells of each line that is a table row, by
    /// 1-based line number: the grid the table interpreters read instead of the line's text.
    /// Empty for a text file. See `StructuredDocument`.
    public var tableRows: [Int: [StructuredCell]] = [:]
    /// For a structured file, where each line came from in the original, by 1-based line number.
    public var places: [Int: SourcePlace] = [:]

    /// Creates a source from lines already normalised.
    public init(path: String, sha256: String, encoding: String, lines: [String]) {
        self.path = path
        self.sha256 = sha256
        self.encoding = encoding
        self.lines = lines
    }

    /// Files larger than this are refused: real reports are well under 1 MB, and a bound keeps
    /// a wrong file from costing the build its time and memory.
    public static let maximumBytes = 16 * 1024 * 1024

    /// The refusal of a file of `count` bytes over `maximumBytes`.
    static func tooLarge(_ count: Int) -> Diagnostic {
        Diagnostic(.error, "load.too-large", line: nil,
                   "文件过大（\(count / 1_048_576) MB，上限 \(maximumBytes / 1_048_576) MB），不像一份年度报告；未发布")
    }

    /// Decodes and normalises the bytes of a file; throws a `.error` diagnostic when they are not text.
    public init(path: String, bytes: [UInt8]) throws(Diagnostic) {
        guard bytes.count <= Self.maximumBytes else { throw Self.tooLarge(bytes.count) }
        let (text, encoding) = try TextDecoding.decode(bytes)
        self.init(path: path, sha256: SHA256.hex(bytes), encoding: encoding, lines: TextNormalizer.lines(of: text))
    }

    /// Decodes a string already in memory (tests, generated reports).
    public init(path: String, text: String) {
        self.init(path: path, sha256: SHA256.hex(Array(text.utf8)), encoding: "utf-8", lines: TextNormalizer.lines(of: text))
    }
}
