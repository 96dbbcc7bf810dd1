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
    /// What was compared, naming the numbers: made from `compactMessage` when read (a corpus
    /// keeps some sixteen results a report, and their words once for all).
    public var message: String {
        get { compactMessage.text }
        set { compactMessage = CompactMessage(newValue) }
    }
    /// Appends `message` as a JSON string (the report JSON), without making its text first.
    func appendMessageJSON(to out: inout [UInt8]) {
        compactMessage.appendJSON(to: &out)
    }
    /// How serious a failure is, from `CheckID`: hard identities are errors, the rest warnings.
    public var severity: Diagnostic.Severity { id.severity }
    /// The 1-based source line the failure is best shown at.
    public var line: Int? {
        get { Self.int(storedLine) }
        set { storedLine = Self.stored(newValue) }
    }
    /// The cells involved in a failure, for highlighting.
    public var cells: [CellReference]
    /// For a check that compares this report's text with another report's (B1, B2): the other
    /// report's index in the checked corpus, so the site can link the two texts side by side.
    /// Set by the checks stage on an assembled corpus; nil otherwise.
    public var comparedWith: Int? {
        get { Self.int(storedComparedWith) }
        set { storedComparedWith = Self.stored(newValue) }
    }

    private var compactMessage: CompactMessage
    /// `line` and `comparedWith` in four bytes each, `Int32.min` for nil: a line of a file of at
    /// most 64 MB, an index into a corpus.
    private var storedLine: Int32
    private var storedComparedWith: Int32

    private static func stored(_ value: Int?) -> Int32 { value.map { Int32(clamping: $0) } ?? .min }
    private static func int(_ value: Int32) -> Int? { value == .min ? nil : Int(value) }

    /// Creates a check result.
    public init(id: CheckID, status: Status, message: String, line: Int? = nil, cells: [CellReference] = [], comparedWith: Int? = nil) {
        self.id = id
        self.status = status
        self.compactMessage = CompactMessage(message)
        self.storedLine = Self.stored(line)
        self.cells = cells
        self.storedComparedWith = Self.stored(comparedWith)
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
