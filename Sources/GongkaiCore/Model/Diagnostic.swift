/// Something the loader, parser or checks noticed about a file, located like a compiler message.
public struct Diagnostic: Sendable, Hashable, Error {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Hashable, Comparable {
        case note, warning, error

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs.rank < rhs.rank
        }

        private var rank: Int {
            switch self {
            case .note: 0
            case .warning: 1
            case .error: 2
            }
        }
    }

    /// How serious it is.
    public var severity: Severity
    /// A stable code such as `table3.missing-rows`.
    public var code: String
    /// The 1-based source line, or nil when it concerns the whole file.
    public var line: Int?
    /// What is wrong, in words a portal editor can act on.
    public var message: String
    /// For a structured file (HTML, DOCX, PDF), where the line is in the original, e.g.
    /// `第2个表格第5行`; nil for a text file, whose line number says it.
    public var place: String?

    /// Creates a diagnostic.
    public init(_ severity: Severity, _ code: String, line: Int?, _ message: String) {
        self.severity = severity
        self.code = code
        self.line = line
        self.message = message
    }

    /// The compiler-style line `path:line: severity: message [code]`.
    public func formatted(path: String) -> String {
        var location = line.map { "\(path):\($0)" } ?? path
        if let place { location += "（\(place)）" }
        return "\(location): \(severity.rawValue): \(message) [\(code)]"
    }
}
