/// Matches printed labels of table 3 to its rows and columns, variants included
/// (上年转结, 社会组织, 其他法律法规禁止公开, 三类内部事业信息, …).
enum Table3Labels {
    /// The row a label names, or nil. `key` is a `LabelText.key`.
    static func row(_ key: String) -> Table3Row? {
        if key.isEmpty { return nil }
        // The first entry of `rowWords` with a word in the key, found in one pass (`WordIndex`).
        if let entry = rowWordIndex.firstGroup(in: key) { return rowWords[entry].1 }
        if key == "其他" { return .otherOther }
        if key == "总计" || key == "合计" || key == "办理结果总计" { return .resultsTotal }
        return nil
    }

    /// `row(LabelText.key(label))` of the labels the forms print (`LabelText.formLabels`), by
    /// their bytes: the row a printed label names, found without making its key and searching it.
    static let formLabelRows = LabelText.KnownTexts<Table3Row?>(LabelText.formLabels) { row(LabelText.computedKey($0)) }

    /// `row(LabelText.key(label))`, looked up when the label is one the forms print.
    static func row(label: some StringProtocol) -> Table3Row? {
        if let known = formLabelRows.value(of: label) { return known }
        return row(LabelText.key(label))
    }

    /// Whether a label is a group header of the result rows (三、本年度办理结果, （三）不予公开, …).
    static func isGroup(_ key: String) -> Bool {
        // Every group word starts with an ideograph, which only itself and a CJK compatibility
        // ideograph (U+F900–U+FAFF, U+2F800–U+2FA1F: 不 is also U+F967) are canonically equal to:
        // a key starting with another scalar starts with no group word and is none, without the
        // character comparisons (0.35 % of `gongkai check`; most label-only rows are no group).
        guard let first = key.unicodeScalars.first else { return false }
        if !groupFirstScalars.contains(first) && !(0xF900...0xFAFF).contains(first.value) && !(0x2F800...0x2FA1F).contains(first.value) {
            return false
        }
        return groupWords.contains { key == $0 || (key.hasPrefix($0) && key.count <= $0.count + 2) }
    }

    /// The leaf column a header label names, or nil.
    static func column(_ key: String) -> Table3Column? {
        if key.includes("自然人") { return .naturalPerson }
        if key.includes("商业企业") { return .commercial }
        if key.includes("科研机构") { return .research }
        if key.includes("公益组织") || key == "社会组织" { return .publicInterest }
        if key.includes("法律服务") { return .legalService }
        if key == "其他" { return .otherOrganisation }
        if key == "总计" || key == "合计" { return .total }
        return nil
    }

    /// Whether a header label is the 法人或其他组织 group over five leaf columns.
    static func isOrganisationGroup(_ key: String) -> Bool {
        key.includes("法人")
    }

    /// Label words in the order they are tried: the more specific first.
    private static let rowWords: [([String], Table3Row)] = [
        (["本年新收", "新收政府信息"], .newReceived),
        (["上年结转", "上年转结", "上一年结转", "上年度结转"], .carriedOver),
        (["结转下年", "转结下年", "下年度继续办理"], .carriedForward),
        (["予以公开"], .granted),
        (["部分公开"], .partiallyGranted),
        (["国家秘密"], .deniedStateSecret),
        (["禁止公开"], .deniedOtherLaws),
        (["三安全一稳定", "危及"], .deniedThreeSafeties),
        (["第三方"], .deniedThirdParty),
        (["三类内部", "内部事务"], .deniedInternalAffairs),
        (["过程性"], .deniedProcessInfo),
        (["执法案卷"], .deniedEnforcementFile),
        (["查询事项"], .deniedAdminQuery),
        (["不掌握"], .unavailableNotHeld),
        (["另行制作", "没有现成"], .unavailableNeedsCreation),
        (["仍不明确", "补正后"], .unavailableUnclear),
        (["信访", "举报投诉"], .rejectedComplaint),
        (["重复申请"], .rejectedDuplicate),
        (["出版物"], .rejectedPublication),
        (["大量反复"], .rejectedExcessive),
        (["重新出具", "确认或"], .rejectedConfirmation),
        (["逾期不补正"], .otherNoCorrection),
        (["缴纳费用", "收费通知"], .otherFeeUnpaid),
        (["其他处理"], .otherHandling),
    ]

    private static let rowWordIndex = WordIndex(rowWords.map(\.0))

    /// The words of the result rows' group headers, as `isGroup` compares them.
    static let groupWords = ["本年度办理结果", "办理结果", "不予公开", "无法提供", "不予处理"]
    /// The first scalar of each group word: 本, 办, 不, 无, unified ideographs without a
    /// decomposition (the shortcut test compares `isGroup` with the character comparison).
    private static let groupFirstScalars = Set(groupWords.compactMap(\.unicodeScalars.first))
}
