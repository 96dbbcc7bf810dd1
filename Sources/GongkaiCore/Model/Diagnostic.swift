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
    /// For structured inputs (a DOCX or HTML table, a PDF grid): the table, row and column.
    public var cell: CellReference?
    /// What is wrong, in words a portal editor can act on; never repeats the file or line.
    public var message: String

    /// Creates a diagnostic.
    public init(_ severity: Severity, _ code: String, file: String? = nil, line: Int?, cell: CellReference? = nil, _ message: String) {
        self.severity = severity
        self.code = code
        self.file = file
        self.line = line
        self.cell = cell
        self.message = message
    }

    /// The same diagnostic about `file`, unless it already names one.
    public func located(in file: String) -> Diagnostic {
        var copy = self
        if copy.file == nil { copy.file = file }
        return copy
    }

    /// The one way a diagnostic is printed, like a compiler message:
    /// `file:line: severity: message [code]`, with `(表三 row 列 n)` after the location for a
    /// cell of a structured input; without a file, the message starts at the severity.
    public var formatted: String {
        var location = file ?? ""
        if let line { location += location.isEmpty ? "\(line)" : ":\(line)" }
        if let cell { location += "(表\(CheckNames.tableNumeral(cell.table)) \(cell.row) 列\(cell.column + 1))" }
        return (location.isEmpty ? "" : location + ": ") + "\(severity.rawValue): \(message) [\(code)]"
    }
}
