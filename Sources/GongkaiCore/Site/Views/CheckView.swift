/// A check result as pages show it: a Chinese name, a status word and class, the cells to look at.
struct CheckView: Sendable {
    var id: String
    var name: String
    var status: String
    var statusClass: String
    var message: String
    /// The failure said in plain words, one sentence per failing column, row or group
    /// (`PlainCheck`), shown before the formula; empty when the message already speaks plainly.
    var plain: [String]
    var hasPlain: Bool
    var failed: Bool
    /// Links to the cells involved, on the report page.
    var cells: [Link]
    /// Whether a failure names cells to look at.
    var hasCells: Bool
    /// The page with both texts side by side (a failed B1 or B2); nil otherwise.
    var comparison: Link?

    /// `comparison` is the site path of the page comparing the texts, when the check has one
    /// (`TextComparisonPage.path(for:of:in:)`). `base`: the link from `page` to `reportPath`
    /// when the caller has it (a report page's forty checks share it).
    init(_ check: CheckResult, format: ReportFormat?, reportPath: String, from page: String, plain: [String] = [], comparison: String? = nil,
         base: String? = nil) {
        id = check.id.rawValue
        name = check.id.name
        status = switch check.status {
        case .pass: "通过"
        case .fail: "未通过"
        case .unknown: "无法核对"
        }
        statusClass = check.status.rawValue
        message = check.message
        self.plain = plain
        hasPlain = !plain.isEmpty
        failed = check.status == .fail
        let base = base ?? SiteRoutes.link(from: page, to: reportPath)
        cells = check.cells.map { Link(text: Self.label(of: $0, format: format ?? .current), href: base + "#" + OfficialTables.cellID($0)) }
        hasCells = failed && !cells.isEmpty
        self.comparison = comparison.map { Link(text: "对照两份正文，查看相同的段落", href: SiteRoutes.link(from: page, to: $0)) }
    }

    /// A cell named as the form names it, e.g. 表三“一、本年新收政府信息公开申请数量”·总计.
    static func label(of cell: CellReference, format: ReportFormat) -> String {
        let names: (String, String)? = switch cell.table {
        case 2: Table2Row(rawValue: cell.row).map { ($0.officialLabel, $0.columnLabels(in: format).dropFirst(cell.column).first ?? "第\(cell.column + 1)列") }
        case 3: Table3Row(rawValue: cell.row).map { ($0.officialLabel, Table3Column(rawValue: cell.column)?.officialLabel ?? "") }
        default: Table4Group(rawValue: cell.row).map { ($0.officialLabel, Table4Column(rawValue: cell.column)?.officialLabel ?? "") }
        }
        guard let (row, column) = names else { return "表\(CheckNames.tableNumeral(cell.table))" }
        return "表\(CheckNames.tableNumeral(cell.table))“\(row)”·\(column)"
    }
}

/// A diagnostic as pages show it.
struct DiagnosticView: Sendable {
    var severity: String
    var severityClass: String
    var code: String
    var line: String
    var message: String

    init(_ diagnostic: Diagnostic) {
        severity = switch diagnostic.severity {
        case .error: "错误"
        case .warning: "警告"
        case .note: "提示"
        }
        severityClass = diagnostic.severity.rawValue
        code = diagnostic.code
        line = diagnostic.place ?? diagnostic.line.map { "第\($0)行" } ?? "全文"
        message = diagnostic.message
    }
}
