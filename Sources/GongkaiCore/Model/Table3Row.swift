/// The rows of table 3, 收到和处理政府信息公开申请情况 (requests received and handled).
public enum Table3Row: String, TableRowKey {
    case newReceived, carriedOver, granted, partiallyGranted
    case deniedStateSecret, deniedOtherLaws, deniedThreeSafeties, deniedThirdParty
    case deniedInternalAffairs, deniedProcessInfo, deniedEnforcementFile, deniedAdminQuery
    case unavailableNotHeld, unavailableNeedsCreation, unavailableUnclear
    case rejectedComplaint, rejectedDuplicate, rejectedPublication, rejectedExcessive, rejectedConfirmation
    case otherNoCorrection, otherFeeUnpaid, otherOther, otherHandling
    case resultsTotal, carriedForward

    public static func rows(in format: ReportFormat) -> [Table3Row] {
        switch format {
        case .current: allCases.filter { $0 != .otherHandling }
        case .trial: allCases.filter { !$0.isCurrentFormatOnly }
        }
    }

    public func columnCount(in format: ReportFormat) -> Int { Table3Column.allCases.count }

    /// Rows the trial format lacks: it has one 其他处理 row instead.
    public var isCurrentFormatOnly: Bool {
        self == .otherNoCorrection || self == .otherFeeUnpaid || self == .otherOther
    }

    /// The result rows whose sum is 总计 (check V2).
    public static func resultRows(in format: ReportFormat) -> [Table3Row] {
        rows(in: format).filter { ![.newReceived, .carriedOver, .resultsTotal, .carriedForward].contains($0) }
    }

    /// The group a result row belongs to, as the official form prints it.
    public var group: String? {
        switch self {
        case .deniedStateSecret, .deniedOtherLaws, .deniedThreeSafeties, .deniedThirdParty,
             .deniedInternalAffairs, .deniedProcessInfo, .deniedEnforcementFile, .deniedAdminQuery:
            "（三）不予公开"
        case .unavailableNotHeld, .unavailableNeedsCreation, .unavailableUnclear: "（四）无法提供"
        case .rejectedComplaint, .rejectedDuplicate, .rejectedPublication, .rejectedExcessive,
             .rejectedConfirmation:
            "（五）不予处理"
        case .otherNoCorrection, .otherFeeUnpaid, .otherOther: "（六）其他处理"
        default: nil
        }
    }

    public var officialLabel: String {
        switch self {
        case .newReceived: "一、本年新收政府信息公开申请数量"
        case .carriedOver: "二、上年结转政府信息公开申请数量"
        case .granted: "（一）予以公开"
        case .partiallyGranted: "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"
        case .deniedStateSecret: "1.属于国家秘密"
        case .deniedOtherLaws: "2.其他法律行政法规禁止公开"
        case .deniedThreeSafeties: "3.危及“三安全一稳定”"
        case .deniedThirdParty: "4.保护第三方合法权益"
        case .deniedInternalAffairs: "5.属于三类内部事务信息"
        case .deniedProcessInfo: "6.属于四类过程性信息"
        case .deniedEnforcementFile: "7.属于行政执法案卷"
        case .deniedAdminQuery: "8.属于行政查询事项"
        case .unavailableNotHeld: "1.本机关不掌握相关政府信息"
        case .unavailableNeedsCreation: "2.没有现成信息需要另行制作"
        case .unavailableUnclear: "3.补正后申请内容仍不明确"
        case .rejectedComplaint: "1.信访举报投诉类申请"
        case .rejectedDuplicate: "2.重复申请"
        case .rejectedPublication: "3.要求提供公开出版物"
        case .rejectedExcessive: "4.无正当理由大量反复申请"
        case .rejectedConfirmation: "5.要求行政机关确认或重新出具已获取信息"
        case .otherNoCorrection: "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"
        case .otherFeeUnpaid: "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"
        case .otherOther: "3.其他"
        case .otherHandling: "（六）其他处理"
        case .resultsTotal: "（七）总计"
        case .carriedForward: "四、结转下年度继续办理"
        }
    }
}

/// The columns of table 3: the applicant kinds, then 总计.
public enum Table3Column: Int, CaseIterable, Sendable {
    case naturalPerson, commercial, research, publicInterest, legalService, otherOrganisation, total

    /// The column heading as the official form prints it.
    public var officialLabel: String {
        switch self {
        case .naturalPerson: "自然人"
        case .commercial: "商业企业"
        case .research: "科研机构"
        case .publicInterest: "社会公益组织"
        case .legalService: "法律服务机构"
        case .otherOrganisation: "其他"
        case .total: "总计"
        }
    }

    /// The six applicant columns whose sum is 总计 (check V3).
    public static let applicants: [Table3Column] = [.naturalPerson, .commercial, .research, .publicInterest, .legalService, .otherOrganisation]
}
