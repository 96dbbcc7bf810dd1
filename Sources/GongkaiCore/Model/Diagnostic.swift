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
    /// The file it concerns (a report, a template, a folder), as given; nil until the stage that
    /// knows the file sets it with `located(in:)`.
    public var file: String?
    /// The 1-based source line, or nil when it concerns the whole file.
    public var line: Int?
    /// What is wrong, in words a portal editor can act on; never repeats the file or line.
    public var message: String
    /// For a structured file (HTML, DOCX, PDF), where the line is in the original, e.g.
    /// `第2个表格第5行`; nil for a text file, whose line number says it.
    public var place: String?

    /// Creates a diagnostic.
    public init(_ severity: Severity, _ code: String, file: String? = nil, line: Int?, _ message: String) {
        self.severity = severity
        self.code = code
        self.file = file
        self.line = line
        self.message = message
    }

    /// The same diagnostic about `file`, unless it already names one.
    public func located(in file: String) -> Diagnostic {
        var copy = self
        if copy.file == nil { copy.file = file }
        return copy
    }

    /// The one way a diagnostic is printed, like a compiler message:
    /// `file:line: severity: message [code]`, with the place in a structured original after the
    /// line (`x.html:9（第1个表格第4行）: …`); without a file, the line starts at the severity.
    public var formatted: String {
        var location = file ?? ""
        if let line { location += location.isEmpty ? "第\(line)行" : ":\(line)" }
        if let place { location += "（\(place)）" }
        return (location.isEmpty ? "" : location + ": ") + "\(severity.rawValue): \(message) [\(code)]"
    }
}
