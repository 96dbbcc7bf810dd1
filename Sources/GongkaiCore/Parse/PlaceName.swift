/// Decides whether a text is the name of an organ, a township or a county, so that only names
/// are published as places (issue 10: a title with a stray space once filed reports under the
/// "township" 人民政府办公室关于认真做好 and the county 根据《中华人民共和国…).
///
/// A name is Chinese characters only (no book-title marks, quotes, sentence punctuation, digits
/// or spaces), of a plausible length, not a pronoun phrase (我镇, 本乡, 全县), not words of a title
/// or a sentence (关于, 依据, 信息公开, 报告), and it ends in what such names end in.
enum PlaceName {
    /// The kind of name.
    enum Kind {
        /// The issuing body: 昌乐县鄌郚镇人民政府, 南岭县市场监督管理局, 青石镇.
        case organ
        /// The short name a portal groups by: 鄌郚镇, 东湖街道, 市场监督管理局.
        case township
        /// 汶上县, 坊子区, 寿光市, 科尔沁右翼前旗.
        case county
    }

    /// Whether `text` looks like a name of this kind.
    static func isPlausible(_ text: some StringProtocol, as kind: Kind) -> Bool {
        let scalars = Array(text.unicodeScalars)
        let maximum = kind == .organ ? 30 : (kind == .county ? 10 : 20)
        guard scalars.count >= 2, scalars.count <= maximum, scalars.allSatisfy(\.isHan) else { return false }
        let simplified = LabelText.compact(text)
        guard !sentenceWords.contains(where: simplified.includes) else { return false }
        if let first = scalars.first, pronouns.contains(first) { return false }
        // 人民政府办公室, 街道办事处: an organ's kind without its place.
        if genericStarts.contains(where: simplified.hasPrefix) { return false }
        if let first = scalars.first, ["本", "该", "全"].contains(first) {
            // 本乡, 该局, 全县, 本街道 point; 本溪市, 全椒县 name.
            let rest = String(simplified.unicodeScalars.dropFirst())
            if organEndings.contains(rest) || countyEndings.contains(rest) { return false }
        }
        switch kind {
        case .county:
            return countyEndings.contains { simplified.hasSuffix($0) }
        case .organ, .township:
            return organEndings.contains { simplified.hasSuffix($0) && simplified.unicodeScalars.count > $0.unicodeScalars.count }
                || countyEndings.contains { simplified.hasSuffix($0) }
        }
    }

    /// Words that never stand in a name: a title's or a sentence's, not a place's.
    private static let sentenceWords = [
        "关于", "依据", "根据", "按照", "依照", "遵照", "信息公开", "政务公开", "年度报告", "报告", "工作年度", "条例",
        "印发", "通知", "认真", "做好", "的", "我", "现将", "如下",
    ]

    /// First characters of a phrase that points instead of naming: 我镇, 各乡, 此处.
    private static let pronouns: Set<Unicode.Scalar> = ["我", "各", "此", "每", "其"]

    /// Words that begin an organ's kind, never its name.
    private static let genericStarts = ["人民政府", "政府", "办公室", "办事处", "街道办", "管委会", "委员会"]

    /// What organ and township names end in.
    private static let organEndings = [
        "镇", "乡", "街道", "街", "办事处", "人民政府", "政府", "苏木", "嘎查", "社区", "村",
        "局", "委员会", "委", "办公室", "办", "管委会", "中心", "院", "所", "站", "队", "署", "厅", "部", "处", "科",
        "会", "社", "馆", "台", "场", "园", "集团", "公司", "监狱", "团", "师",
    ]

    /// What county-level names end in.
    private static let countyEndings = ["县", "区", "市", "旗"]
}
