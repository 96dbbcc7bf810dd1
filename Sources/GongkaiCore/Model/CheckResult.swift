/// The outcome of one consistency check (勾稽关系) on a report.
public struct CheckResult: Sendable, Hashable {
    /// Whether the identity holds.
    public enum Status: String, Sendable, Hashable {
        /// Every input is known and the identity holds.
        case pass
        /// Every input of at least one instance is known and the identity fails.
        case fail
        /// Some input is unknown, so the identity cannot be checked; never a pass.
        case unknown
    }

    /// The check: V1–V5, X1–X3, N1–N5 (`CheckID` describes each).
    public var id: CheckID
    /// The outcome.
    public var status: Status
    /// What was compared, naming the numbers.
    public var message: String
    /// How serious a failure is, from `CheckID`: hard identities are errors, the rest warnings.
    public var severity: Diagnostic.Severity { id.severity }
    /// The 1-based source line the failure is best shown at.
    public var line: Int?
    /// The cells involved in a failure, for highlighting.
    public var cells: [CellReference]
    /// For a check that compares this report's text with another report's (B1, B2): the other
    /// report's index in the checked corpus, so the site can link the two texts side by side.
    /// Set by the checks stage on an assembled corpus; nil otherwise.
    public var comparedWith: Int?

    /// Creates a check result.
    public init(id: CheckID, status: Status, message: String, line: Int? = nil, cells: [CellReference] = [], comparedWith: Int? = nil) {
        self.id = id
        self.status = status
        self.message = message
        self.line = line
        self.cells = cells
        self.comparedWith = comparedWith
    }
}

/// Names one cell of a report's tables: table number, row key, column index.
public struct CellReference: Sendable, Hashable {
    /// 2, 3 or 4.
    public var table: Int
    /// The row key (a group key for table 4).
    public var row: String
    /// The 0-based column.
    public var column: Int

    /// Creates a reference.
    public init(table: Int, row: String, column: Int) {
        self.table = table
        self.row = row
        self.column = column
    }
}
