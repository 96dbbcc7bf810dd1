/// The faithful model of one 政府信息公开工作年度报告 file.
public struct Report: Sendable, Hashable {
    /// The file's path as given.
    public var path: String
    /// The SHA-256 of the file's bytes, lowercase hex.
    public var sha256: String
    /// The size of the file in bytes; nil when unknown (a report not read from a file).
    public var byteCount: Int?
    /// The encoding the bytes were decoded from, e.g. `utf-8`.
    public var encoding: String
    /// Organ, township, county, year, publication date.
    public var metadata: ReportMetadata
    /// The template the tables follow; nil when the file has no table.
    public var format: ReportFormat?
    /// The text before the first section: title and introduction.
    public var preamble: Narrative
    /// The sections found, in file order.
    public var sections: [Section]
    /// Table 2, proactive disclosure; nil when the file lacks it.
    public var table2: ReportTable<Table2Row>?
    /// Table 3, requests; nil when the file lacks it.
    public var table3: ReportTable<Table3Row>?
    /// Table 4, review and litigation; nil when the file lacks it.
    public var table4: ReportTable<Table4Group>?
    /// The results of the checks.
    public var checks: [CheckResult]
    /// Everything noticed while reading the file.
    public var diagnostics: [Diagnostic]

    /// Creates a report.
    public init(path: String, sha256: String, encoding: String, metadata: ReportMetadata, format: ReportFormat?,
                preamble: Narrative, sections: [Section], table2: ReportTable<Table2Row>?,
                table3: ReportTable<Table3Row>?, table4: ReportTable<Table4Group>?,
                checks: [CheckResult], diagnostics: [Diagnostic]) {
        self.path = path
        self.sha256 = sha256
        self.encoding = encoding
        self.metadata = metadata
        self.format = format
        self.preamble = preamble
        self.sections = sections
        self.table2 = table2
        self.table3 = table3
        self.table4 = table4
        self.checks = checks
        self.diagnostics = diagnostics
    }

    /// The section with a number, if the file has it.
    public func section(_ number: Int) -> Section? {
        sections.first { $0.number == number }
    }
}
