/// A check (勾稽关系) Gongkai runs, described once: its stable id, how serious a failure is, its
/// Chinese name as pages show it, and a plain-language explanation for portal editors.
///
/// V1–V5 are the hard identities of one report's tables (errors: the 国办公开办函〔2021〕30号 form
/// adds up, so a failure means a wrong number); N1–N5 compare one report's text with its tables,
/// X1–X3 consecutive years of one township (warnings); T1, S1–S3, Q1–Q3 one report's timeliness
/// and text, B1–B2 and P1–P2 copied text (warnings and notes). A new check is a new entry in `all` and a
/// function in `ReportChecks`, `NarrativeChecks` or `CrossYearChecks`, run by `CheckStage`.
public struct CheckID: Sendable, Hashable, Comparable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The stable id, e.g. `V1`: in the JSON, the CLI and page anchors.
    public let rawValue: String

    /// An id; ids not in `all` are allowed (and described by their id alone).
    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }

    public var description: String { rawValue }

    public static func < (lhs: CheckID, rhs: CheckID) -> Bool { lhs.rawValue < rhs.rawValue }

    /// What a check is, for pages and messages.
    public struct Info: Sendable {
        public var severity: Diagnostic.Severity
        /// The Chinese name pages show, in the words of the form.
        public var name: String
        /// What the check verifies and what a failure means, in plain words.
        public var explanation: String
        /// Whether it compares two years of a township (run after assembly on the corpus).
        public var acrossYears: Bool
    }

    /// Every check, in the order pages list them.
    public static let all: [(CheckID, Info)] = [
        ("V1", Info(severity: .error, name: "表三：新收 + 上年结转 = 办理结果总计 + 结转下年度",
                    explanation: "每一列中，本年新收的申请加上年结转的申请，应等于本年办结的加上结转下年度的；不等说明表三有数字填错", acrossYears: false)),
        ("V2", Info(severity: .error, name: "表三：办理结果总计 = 各项办理结果之和",
                    explanation: "每一列的“总计”应等于予以公开、部分公开、不予公开等各项办理结果之和", acrossYears: false)),
        ("V3", Info(severity: .error, name: "表三：各行总计 = 各类申请人之和",
                    explanation: "每一行的“总计”应等于自然人、商业企业等六类申请人之和", acrossYears: false)),
        ("V4", Info(severity: .error, name: "表四：总计 = 维持 + 纠正 + 其他 + 尚未审结",
                    explanation: "行政复议和行政诉讼的“总计”应等于维持、纠正、其他结果和尚未审结之和", acrossYears: false)),
        ("V5", Info(severity: .error, name: "数字有效：件数为非负整数，金额非负",
                    explanation: "件数只能是 0 或正整数，金额不能为负；只有 2019 年格式的“本年增/减”可以为负", acrossYears: false)),
        ("X1", Info(severity: .warning, name: "跨年：上年结转下年度 = 本年上年结转",
                    explanation: "上一年报告表三的“结转下年度继续办理”应等于本年报告的“上年结转政府信息公开申请数量”", acrossYears: true)),
        ("X2", Info(severity: .warning, name: "跨年：现行有效件数 = 上年现行有效 + 本年制发 − 本年废止",
                    explanation: "规章和行政规范性文件的现行有效件数应等于上年的现行有效件数加本年制发、减本年废止", acrossYears: true)),
        ("X3", Info(severity: .warning, name: "跨年：格式变更（2019 → 2021）",
                    explanation: "两年报告用了不同的表格格式，表二的数字不可跨年比较", acrossYears: true)),
        ("N1", Info(severity: .warning, name: "正文与表三：本年新收申请数",
                    explanation: "正文中说的本年新收申请件数应与表三一致", acrossYears: false)),
        ("N2", Info(severity: .warning, name: "正文与表三：上年结转申请数",
                    explanation: "正文中说的上年结转申请件数应与表三一致", acrossYears: false)),
        ("N3", Info(severity: .warning, name: "正文与表三：结转下年度申请数",
                    explanation: "正文中说的结转下年度申请件数应与表三一致", acrossYears: false)),
        ("N4", Info(severity: .warning, name: "正文与表四：行政复议数",
                    explanation: "正文中说的行政复议件数应与表四一致", acrossYears: false)),
        ("N5", Info(severity: .warning, name: "正文与表四：行政诉讼数",
                    explanation: "正文中说的行政诉讼件数应与表四一致", acrossYears: false)),
        ("N6", Info(severity: .warning, name: "正文与表三：办结（答复）申请数",
                    explanation: "正文中说的办结（答复）申请件数应与表三办理结果总计一致（含上年结转的，按其所说核对）", acrossYears: false)),
        ("T1", Info(severity: .warning, name: "按时发布：次年1月31日前（条例第五十条）",
                    explanation: "条例第五十条要求每年1月31日前公布上一年度的年度报告", acrossYears: false)),
        ("B1", Info(severity: .warning, name: "内容雷同：与本机关上年报告相同的正文",
                    explanation: "正文大段照抄本机关上一年的报告，可能没有如实写本年的情况", acrossYears: true)),
        ("B2", Info(severity: .warning, name: "内容雷同：与同年最相似的其他报告相同的正文",
                    explanation: "正文大段与同一年另一机关的报告相同，可能是套用模板", acrossYears: false)),
        ("P1", Info(severity: .warning, name: "跨年：第五部分的问题表述与上年一字不差",
                    explanation: "“存在的主要问题”与上一年一字不差，问题可能没有改进或没有认真总结", acrossYears: true)),
        ("P2", Info(severity: .note, name: "跨年：第五部分说明上年问题的改进情况",
                    explanation: "第五部分应说明上一年所提问题的改进情况", acrossYears: true)),
        ("S1", Info(severity: .warning, name: "第五部分：写明存在的问题和改进情况",
                    explanation: "“存在的主要问题及改进情况”部分应写明具体问题和改进措施", acrossYears: false)),
        ("S2", Info(severity: .warning, name: "第六部分：表二有收费时不为空",
                    explanation: "表二列有行政事业性收费时，“其他需要报告的事项”不应为空", acrossYears: false)),
        ("S3", Info(severity: .note, name: "第六部分：说明信息处理费收取情况",
                    explanation: "“其他需要报告的事项”应说明收取信息处理费的情况（国办公开办函〔2021〕30号）", acrossYears: false)),
        ("Q1", Info(severity: .note, name: "文字：误写重复的词语（提示）",
                    explanation: "正文中有连续重复的词语，可能是笔误", acrossYears: false)),
        ("Q2", Info(severity: .note, name: "文字：未写完的句子（提示）",
                    explanation: "正文中有似乎没有写完的句子", acrossYears: false)),
        ("Q3", Info(severity: .note, name: "文字：列表编号方式一致（提示）",
                    explanation: "同一列表的编号方式应前后一致", acrossYears: false)),
    ]

    private static let infos: [CheckID: Info] = Dictionary(all.map { ($0.0, $0.1) }) { first, _ in first }

    /// How a portal editor fixes a failure of each check, in plain words: the to-do list on the
    /// data quality page shows it under the check's explanation.
    static let howToFixes: [CheckID: String] = [
        "V1": "对照原件核对表三该列的新收、上年结转、办结和结转数字；转录有误就改正，原件本身有误请发布机关更正",
        "V2": "对照原件核对表三该列各项办理结果；转录有误就改正，原件本身有误请发布机关更正",
        "V3": "对照原件核对表三该行各类申请人的数字；转录有误就改正，原件本身有误请发布机关更正",
        "V4": "对照原件核对表四的维持、纠正、其他结果和尚未审结；转录有误就改正，原件本身有误请发布机关更正",
        "V5": "对照原件核对该单元格：负数、小数或文字多半是转录错误",
        "X1": "核对两年报告表三的结转数字，哪一年填错就请哪一年的发布机关更正",
        "X2": "核对两年报告表二的现行有效件数、制发件数和废止件数",
        "X3": "无需改正：说明两年表二不可比较",
        "N1": "核对正文和表三，以原件为准改正转录错误；原件不一致请发布机关更正",
        "N2": "核对正文和表三，以原件为准改正转录错误；原件不一致请发布机关更正",
        "N3": "核对正文和表三，以原件为准改正转录错误；原件不一致请发布机关更正",
        "N4": "核对正文和表四，以原件为准改正转录错误；原件不一致请发布机关更正",
        "N5": "核对正文和表四，以原件为准改正转录错误；原件不一致请发布机关更正",
        "N6": "核对正文和表三，以原件为准改正转录错误；原件不一致请发布机关更正",
        "T1": "核对原件的发布日期；确实晚发的，提醒发布机关下一年按时在1月31日前公布",
        "B1": "确认文件没有放错年份；确是照抄的，提醒发布机关如实撰写本年情况",
        "B2": "确认两份报告没有放错机关；确是套用模板的，提醒发布机关如实撰写",
        "P1": "提醒发布机关认真总结本年存在的问题",
        "P2": "提醒发布机关说明上年问题的改进情况",
        "S1": "提醒发布机关写明具体问题和改进措施",
        "S2": "提醒发布机关在第六部分说明收费情况",
        "S3": "提醒发布机关说明信息处理费收取情况（未收取也应写明）",
        "Q1": "核对原件，确是笔误的可忽略或提醒发布机关",
        "Q2": "核对原件，确是未写完的可提醒发布机关",
        "Q3": "核对原件，编号不一致的可提醒发布机关",
    ]

    /// How to fix a failure, in plain words; an id without its own text gets a general one.
    public var howToFix: String {
        Self.howToFixes[self] ?? "对照原件核对涉及的单元格，改正转录错误；原件本身有误请发布机关更正"
    }

    /// The description of this check; an id not in `all` is a warning named by its id.
    public var info: Info {
        Self.infos[self] ?? Info(severity: .warning, name: rawValue, explanation: rawValue, acrossYears: false)
    }

    /// How serious a failure is: hard identities are errors, the rest warnings.
    public var severity: Diagnostic.Severity { info.severity }
    /// The Chinese name pages show.
    public var name: String { info.name }
    /// What the check verifies, in plain words.
    public var explanation: String { info.explanation }
}
