/// Recognises what a government web page prints around a report and a copy keeps: the
/// accessibility bar (关怀版 无障碍 繁体), breadcrumbs (您当前所在位置：首页 > 政府信息公开 > …),
/// the line of 发布时间/来源/字体/访问量, the 索引号/发布机构/主题分类 box, 【打印】【关闭】,
/// 分享到, and a crawler's own keys (抓取时间, 标题:).
///
/// Such a line is not the title and not narrative; the date and the organ it states are read.
enum PageChrome {
    /// Whether a line is page chrome rather than report text.
    static func isChrome(_ line: some StringProtocol) -> Bool {
        // Counted before the text is made: most lines are sentences longer than any chrome.
        var length = 0
        var hasBlank = false
        for scalar in line.unicodeScalars {
            if scalar.isBlank {
                hasBlank = true
                continue
            }
            length += 1
            if length > 160 { return false }
        }
        guard length > 0 else { return false }
        // Without blanks the text is the line as it is (most lines): not made scalar by scalar.
        let text = hasBlank ? String(String.UnicodeScalarView(line.unicodeScalars.filter { !$0.isBlank })) : String(line)
        if anywhereIndex.firstGroup(in: text) != nil { return true }
        let bare = text.drop { $0 == "|" }
        if !text.includes("。"), mayStartField(bare), fieldPrefixes.contains(where: bare.hasPrefix) { return true }
        if isBreadcrumb(text) { return true }
        // A bar of short menu words: 首页 政务公开 互动交流 …
        // The character split at those four, found on the bytes (`splitCells`, tested against it).
        let words = Substring(line).splitCells(at: [.space, .ideographicSpace, .tab, .pipe])
        return words.count >= 3 && words.allSatisfy { menuWords.contains(String($0)) }
    }

    /// The value of a labelled field anywhere in a chrome line, e.g. `发布时间：2024-01-20 09:30`
    /// → `2024-01-20 09:30  字体：…` cut at the next field: `2024-01-20 09:30`. A metadata box
    /// copied as a pipe row (`公开日期: | 2024-01-26 |`, `发文日期 | 2020-01-09`) reads too.
    static func field(_ labels: [String], in line: some StringProtocol) -> Substring? {
        // A field's value follows a colon or a bar: a line with none (most lines) holds no field.
        guard line.unicodeScalars.contains(where: { $0 == "：" || $0 == ":" || $0 == "|" }) else { return nil }
        let text = Substring(line)
        for label in labels {
            guard let range = text.range(of: label) else { continue }
            let afterLabel = text[range.upperBound...].trimmingBlanks()
            guard let colon = afterLabel.first, colon == "：" || colon == ":" || colon == "|" else { continue }
            let value = afterLabel.drop { $0 == "：" || $0 == ":" || $0 == "|" || $0 == " " || $0 == "\u{3000}" || $0 == "\t" }
            let end = value.indices.first { index in
                let rest = value[index...]
                return rest.hasPrefix("  ") || rest.hasPrefix("\t") || rest.hasPrefix("\u{3000}") || rest.hasPrefix("【") || rest.hasPrefix("[") || rest.hasPrefix("|")
                    || (index > value.startIndex && value[value.index(before: index)] == " " && allLabels.contains { rest.hasPrefix($0) })
            } ?? value.endIndex
            let found = value[..<end].trimmingBlanks()
            if !found.isEmpty { return found }
        }
        return nil
    }

    /// The date a chrome line gives for publication (发布时间/发布日期/成文日期, or a bare 时间:
    /// that no other word runs into), ISO yyyy-mm-dd; a time after the date (09:30, 09:30:00) is
    /// ignored.
    static func publicationDate(in line: some StringProtocol) -> String? {
        guard let value = field(dateLabels, in: line) ?? bareTimeField(in: Substring(line)) else { return nil }
        let date = value.prefix { $0 != " " && $0 != "\u{3000}" && $0 != "\t" }
        return DateText.iso(date)
    }

    /// The value of a field labelled only 时间 (時間): `时间:2026-01-26 09:42来源:…`, `来源:XX县人民政府办公室
    /// 时间:2024-01-31`, both seen in real pages. Only where the label starts the line or follows
    /// a blank, a bar or punctuation: 抓取时间 and 采集时间 are the crawler's date, 办理时间 a
    /// sentence's, and they are not the page's.
    static func bareTimeField(in line: Substring) -> Substring? {
        for label in ["时间", "時間"] {
            var rest = line[...]
            while let range = rest.range(of: label) {
                let before = range.lowerBound > line.startIndex ? line[line.index(before: range.lowerBound)].unicodeScalars.first : nil
                if before.map({ !$0.isHan && !$0.properties.isAlphabetic }) ?? true, let value = field([label], in: line[range.lowerBound...]) {
                    return value
                }
                rest = line[range.upperBound...]
            }
        }
        return nil
    }

    /// The title a crawler or a metadata box put after a key (`标题: …`, `名 称: | … | ||`,
    /// `| 标 题 | …`), or nil.
    static func keyedTitle(_ line: some StringProtocol) -> Substring? {
        let text = Substring(line).drop { $0 == "|" || $0.unicodeScalars.allSatisfy(\.isBlank) }
        for key in ["标题", "題目", "题目", "文章标题", "名称", "標題", "名稱"] {
            var rest = text[...]
            var matched = true
            for character in key {
                rest = rest.drop { $0.unicodeScalars.allSatisfy(\.isBlank) }
                guard rest.first == character else { matched = false; break }
                rest = rest.dropFirst()
            }
            rest = rest.trimmingBlanks()
            guard matched, let colon = rest.first, colon == ":" || colon == "：" || colon == "|" else { continue }
            var value = rest.drop { $0 == ":" || $0 == "：" || $0 == "|" || $0.unicodeScalars.allSatisfy(\.isBlank) }
            while let last = value.last, last == "|" || last.unicodeScalars.allSatisfy(\.isBlank) { value = value.dropLast() }
            if let bar = value.firstIndex(of: "|") { value = value[..<bar] }
            return value.trimmingBlanks()
        }
        return nil
    }

    static let dateLabels = ["发布时间", "发布日期", "成文日期", "发文日期", "印发日期", "生成日期", "公开日期", "更新时间", "更新日期", "发表日期",
                             "發布時間", "發布日期", "發表日期", "公開日期", "日期"]
    static let organLabels = ["发布机构", "发文机关", "发文单位", "发布单位", "公开主体", "發布機構"]

    private static func isBreadcrumb(_ text: String) -> Bool {
        let separators = text.unicodeScalars.filter { $0 == ">" || $0 == "＞" || $0 == "»" || $0 == "›" || $0 == "→" }.count
        return separators >= 1 && (text.includes("首页") || text.includes("位置")) || separators >= 2 && !text.includes("。")
    }

    /// Words that mark chrome wherever they stand in a short line.
    private static let anywhere = [
        "当前位置", "所在位置", "您的位置", "无障碍", "关怀版", "长者模式", "适老化", "打印本页", "关闭窗口",
        "【打印】", "【关闭】", "[打印]", "[关闭]", "分享到", "浏览次数", "访问量", "阅读次数", "点击数", "点击量", "浏览量",
        "字体[大中小]", "字体【大中小】", "字号[大中小]", "字号【大中小】", "【大中小】", "[大中小]", "扫一扫在手机", "用手机扫描",
        "抓取时间", "采集时间", "责任编辑", "【字体", "[字体", "瀏覽次數", "訪問量",
    ]

    /// `anywhere` searched in one pass.
    private static let anywhereIndex = WordIndex(anywhere.map { [$0] })

    /// Labels of the metadata box and the date line; a line that starts with one is chrome.
    private static let fieldLabels = [
        "发布时间", "发布日期", "来源", "信息来源", "索引号", "发布机构", "发文机关", "发文单位", "主题分类", "成文日期", "发文日期",
        "文号", "发文字号", "公开方式", "公开范围", "公开时限", "有效性", "作者", "字体", "字号", "主题词", "体裁分类", "组配分类",
        "服务对象", "信息类别", "公开主体", "生成日期", "公开日期", "更新时间", "更新日期", "发表日期", "发布单位", "日期", "名称",
        "發布時間", "發布日期", "來源", "索引號", "發布機構",
    ]

    /// Each field label followed by what may follow it at the start of a chrome line.
    private static let fieldPrefixes = fieldLabels.flatMap { [$0 + "：", $0 + ":", $0 + "|"] }

    /// Whether a text can start with a field label, by its first scalar: a label's first
    /// character, or a CJK compatibility ideograph (canonically equal to the character it
    /// stands for, as `hasPrefix` compares). Skips the prefix comparisons for nearly every line.
    private static func mayStartField(_ text: Substring) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return fieldInitials.contains(first) || (0xF900...0xFAFF).contains(first.value) || (0x2F800...0x2FA1F).contains(first.value)
    }

    private static let fieldInitials = Set(fieldLabels.compactMap(\.unicodeScalars.first))

    private static let allLabels = fieldLabels + ["浏览次数", "访问量", "阅读次数", "点击数", "点击量", "浏览量"]

    private static let menuWords: Set<String> = [
        "首页", "政务公开", "政府信息公开", "互动交流", "政务服务", "走进", "新闻中心", "繁体", "简体", "无障碍", "关怀版",
        "登录", "注册", "English", "移动版", "网站地图", "打印", "关闭", "收藏", "分享", "返回顶部",
    ]
}
