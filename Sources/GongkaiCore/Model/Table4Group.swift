/// The groups of table 4, 行政复议、行政诉讼情况 (administrative review and litigation).
public enum Table4Group: String, TableRowKey {
    case review, litigationDirect, litigationAfterReview

    public static func rows(in format: ReportFormat) -> [Table4Group] { allCases }

    public func columnCount(in format: ReportFormat) -> Int { Table4Column.allCases.count }

    public var officialLabel: String {
        switch self {
        case .review: "行政复议"
        case .litigationDirect: "行政诉讼·未经复议直接起诉"
        case .litigationAfterReview: "行政诉讼·复议后起诉"
        }
    }
}

/// The five columns of each table 4 group.
public enum Table4Column: Int, CaseIterable, Sendable {
    case upheld, corrected, other, pending, total

    /// The column heading as the official form prints it.
    public var officialLabel: String {
        switch self {
        case .upheld: "结果维持"
        case .corrected: "结果纠正"
        case .other: "其他结果"
        case .pending: "尚未审结"
        case .total: "总计"
        }
    }
}
