/// The rows of table 2, 主动公开政府信息情况 (proactive disclosure).
public enum Table2Row: String, TableRowKey {
    case regulations, normativeDocuments, licensing, otherServices, punishment, coercion, fees, procurement

    public static func rows(in format: ReportFormat) -> [Table2Row] {
        switch format {
        case .current: [.regulations, .normativeDocuments, .licensing, .punishment, .coercion, .fees]
        case .trial: allCases
        }
    }

    public func columnCount(in format: ReportFormat) -> Int {
        columnLabels(in: format).count
    }

    public var officialLabel: String {
        switch self {
        case .regulations: "规章"
        case .normativeDocuments: "行政规范性文件"
        case .licensing: "行政许可"
        case .otherServices: "其他对外管理服务事项"
        case .punishment: "行政处罚"
        case .coercion: "行政强制"
        case .fees: "行政事业性收费"
        case .procurement: "政府集中采购"
        }
    }

    /// The sub-table heading of the row, e.g. 第二十条第（一）项.
    public var article: String {
        switch self {
        case .regulations, .normativeDocuments: "第二十条第（一）项"
        case .licensing, .otherServices: "第二十条第（五）项"
        case .punishment, .coercion: "第二十条第（六）项"
        case .fees: "第二十条第（八）项"
        case .procurement: "第二十条第（九）项"
        }
    }

    /// The column headings of the row in a format, in order.
    public func columnLabels(in format: ReportFormat) -> [String] {
        switch (format, self) {
        case (.current, .regulations), (.current, .normativeDocuments):
            ["本年制发件数", "本年废止件数", "现行有效件数"]
        case (.current, .fees): ["本年收费金额（单位：万元）"]
        case (.current, _): ["本年处理决定数量"]
        case (.trial, .regulations), (.trial, .normativeDocuments):
            ["本年新制作数量", "本年新公开数量", "对外公开总数量"]
        case (.trial, .fees): ["上一年项目数量", "本年增/减"]
        case (.trial, .procurement): ["采购项目数量", "采购总金额"]
        case (.trial, _): ["上一年项目数量", "本年增/减", "处理决定数量"]
        }
    }

    /// Whether a column holds an amount (a decimal) rather than a count.
    public func isAmount(column: Int, in format: ReportFormat) -> Bool {
        switch (format, self) {
        case (.current, .fees): true
        case (.trial, .procurement): column == 1
        default: false
        }
    }

    /// Whether a column may be negative: only the trial format's 本年增/减.
    public func isSigned(column: Int, in format: ReportFormat) -> Bool {
        format == .trial && column == 1 && self != .regulations && self != .normativeDocuments && self != .procurement
    }
}
