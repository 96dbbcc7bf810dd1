/// A check result as pages show it: a Chinese name, a status word and class, the cells to look at.
struct CheckView: Sendable {
    var id: String
    var name: String
    var status: String
    var statusClass: String
    var message: String
    var failed: Bool
    /// Links to the cells involved, on the report page.
    var cells: [Link]
    /// Whether a failure names cells to look at.
    var hasCells: Bool

    init(_ check: CheckResult, format: ReportFormat?, reportPath: String, from page: String) {
        id = check.id
        name = Self.names[check.id] ?? check.id
        status = switch check.status {
        case .pass: "通过"
        case .fail: "未通过"
        case .unknown: "无法核对"
        }
        statusClass = check.status.rawValue
        message = check.message
        failed = check.status == .fail
        let base = SiteRoutes.link(from: page, to: reportPath)
        cells = check.cells.map { Link(text: Self.label(of: $0, format: format ?? .current), href: base + "#" + OfficialTables.cellID($0)) }
        hasCells = failed && !cells.isEmpty
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

    /// What each check verifies, in the words of the form.
    static let names: [String: String] = [
        "V1": "表三：新收 + 上年结转 = 办理结果总计 + 结转下年度",
        "V2": "表三：办理结果总计 = 各项办理结果之和",
        "V3": "表三：各行总计 = 各类申请人之和",
        "V4": "表四：总计 = 维持 + 纠正 + 其他 + 尚未审结",
        "V5": "数字有效：件数为非负整数，金额非负",
        "X1": "跨年：上年结转下年度 = 本年上年结转",
        "X2": "跨年：现行有效件数 = 上年现行有效 + 本年制发 − 本年废止",
        "X3": "跨年：格式变更（2019 → 2021）",
        "N1": "正文与表三：本年新收申请数",
        "N2": "正文与表三：上年结转申请数",
        "N3": "正文与表三：结转下年度申请数",
        "N4": "正文与表四：行政复议数",
        "N5": "正文与表四：行政诉讼数",
        "N6": "正文与表三：办结（答复）申请数",
        "T1": "按时发布：次年1月31日前（条例第五十条）",
        "B1": "内容雷同：与本机关上年报告相同的正文",
        "B2": "内容雷同：与同年最相似的其他报告相同的正文",
        "P1": "跨年：第五部分的问题表述与上年一字不差",
        "P2": "跨年：第五部分说明上年问题的改进情况",
        "S1": "第五部分：写明存在的问题和改进情况",
        "S2": "第六部分：表二有收费时不为空",
        "S3": "第六部分：说明信息处理费收取情况",
        "Q1": "文字：误写重复的词语（提示）",
        "Q2": "文字：未写完的句子（提示）",
        "Q3": "文字：列表编号方式一致（提示）",
    ]
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
