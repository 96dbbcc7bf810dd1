/// Reads organ, township, county, year and publication date from a report's text.
///
/// The organ comes from the title (page chrome before it skipped, a split title joined), else
/// from the organ that begins the first sentence (白沙乡依据《条例》…, cut at the verb), the
/// signature at the end, the page's 发布机构 field or an organ named in the text. Whatever is
/// found is published only when it looks like a name (`PlaceName`); otherwise it stays unknown
/// and the diagnostic suggests front matter.
enum MetadataReader {
    /// The metadata, from the title (the lines before section 1) first, then the body.
    static func read(lines: [SourceLine], firstSectionIndex: Int?) -> (ReportMetadata, [Diagnostic]) {
        var metadata = ReportMetadata()
        var diagnostics: [Diagnostic] = []
        let front = Array(lines[..<(firstSectionIndex ?? min(lines.count, 8))])
        let title = titleText(front)
        var rejected: String?

        if let title {
            metadata.year = title.year
            if let organ = title.organ {
                if PlaceName.isPlausible(organ, as: .organ) { metadata.organ = organ } else { rejected = organ }
            }
        }
        if metadata.organ == nil {
            metadata.organ = sentenceOrgan(in: lines, firstSectionIndex: firstSectionIndex) ?? signatureOrgan(in: lines)
                ?? fieldOrgan(in: front) ?? firstOrganName(in: lines) ?? subjectOrgan(in: lines, firstSectionIndex: firstSectionIndex)
        }
        if metadata.year == nil { metadata.year = bodyYear(in: lines) }
        if let organ = metadata.organ {
            let (county, township) = splitOrgan(organ)
            metadata.township = township.flatMap { PlaceName.isPlausible($0, as: .township) ? $0 : nil }
            let named = county ?? metadata.township.flatMap { countyBefore($0, in: lines) } ?? departmentCounty(organ, in: lines)
                ?? portalCounty(for: organ, township: metadata.township, in: lines)
            metadata.county = named.flatMap { PlaceName.isPlausible($0, as: .county) ? $0 : nil }
        }
        metadata.published = publicationDate(in: lines, front: front)

        let line = title?.line ?? front.first { !$0.isBlank }?.number
        if metadata.organ == nil {
            let why = rejected.map { "标题中的“\($0)”不像机关名称" } ?? "标题和正文都没有写明"
            diagnostics.append(Diagnostic(.warning, "metadata.organ", line: line,
                                          "无法确定发布机关（\(why)），报告列入“未能识别的报告”：请在标题中写明，如“XX镇人民政府2022年政府信息公开工作年度报告”，或在文件开头加元数据块（---、organ: XX镇人民政府、year: 2022、---）"))
        } else if metadata.township == nil {
            diagnostics.append(Diagnostic(.warning, "metadata.township", line: line,
                                          "无法从发布机关“\(metadata.organ ?? "")”读出乡镇或单位名称，报告列入“未能识别的报告”：请在文件开头加元数据块（---、township: XX镇、---）"))
        }
        if metadata.year == nil {
            diagnostics.append(Diagnostic(.warning, "metadata.year", line: line,
                                          "无法确定报告年度：标题中没有“20XX年”，正文也没有统计期限；可在文件开头加元数据块（---、year: 2022、---）"))
        }
        return (metadata, diagnostics)
    }

    /// The title: the first line before section 1 that says 年度报告 (or 年报, 工作报告) and is
    /// not a sentence, page chrome skipped, a crawler's 标题: key removed, cut after 年度报告;
    /// joined with up to two short lines above when it lacks the organ or the year (a title split
    /// over lines, either part first). Organ and year as `organAndYear` reads them.
    private static func titleText(_ front: [SourceLine]) -> (organ: String?, year: Int?, line: Int)? {
        // The candidate lines up to the title, made one at a time: the title is looked for among
        // them in order, and a candidate is read only with the one before it.
        var candidates: [(text: String, line: Int)] = []
        var found: Int?
        for line in front where !line.isBlank {
            if let keyed = PageChrome.keyedTitle(line.text) {
                candidates.append((String(keyed), line.number))
            } else if PageChrome.isChrome(line.text) || DateText.iso(line.trimmed) != nil {
                continue
            } else {
                candidates.append((String(SectionFinder.stripMarks(line.trimmed)), line.number))
            }
            let index = candidates.count - 1
            let text = cutAfterTitleWord(candidates[index].text)
            if isSentence(text) { continue }
            if titleWords.contains(where: LabelText.compact(text).includes)
                // 青石镇2023年政府信息公开工作年度 / 报告
                || (index > 0 && LabelText.compact(text).hasSuffix("报告") && titleWords.contains { LabelText.compact(candidates[index - 1].text + text).includes($0) }) {
                found = index
                break
            }
        }
        guard let index = found else { return nil }
        var text = cutAfterTitleWord(candidates[index].text)
        var best = organAndYear(in: text)
        var above = index - 1
        while above >= 0, above >= index - 2, best?.0.map({ PlaceName.isPlausible($0, as: .organ) }) != true {
            let part = candidates[above].text
            guard part.unicodeScalars.count <= 40, !isSentence(part), !titleWords.contains(where: LabelText.compact(part).includes) else { break }
            text = part + text
            if let joined = organAndYear(in: text), joined.0.map({ PlaceName.isPlausible($0, as: .organ) }) == true || best == nil {
                best = joined
            }
            above -= 1
        }
        return (best?.0, best?.1, candidates[index].line)
    }

    /// Whether one of the first lines is a report's title: it names 信息公开 and 年度报告 (or 年报,
    /// 工作报告). A file that has one is a report even when its text stops early.
    static func hasReportTitle(_ lines: [SourceLine]) -> Bool {
        lines.lazy.filter { !$0.isBlank }.prefix(12).contains { line in
            let text = LabelText.compact(cutAfterTitleWord(String(line.text.unicodeScalars.prefix(200))))
            return (text.includes("信息公开") || text.includes("政务公开")) && titleWords.contains(where: text.includes)
        }
    }

    /// The words a title has.
    private static let titleWords = ["年度报告", "年报", "工作报告"]

    /// The text up to and including its first 年度报告 (a crawler's one-line text runs on).
    static func cutAfterTitleWord(_ text: String) -> String {
        // Foundation's search (canonical equivalence) can find the words only where their UTF-8
        // is, or where a CJK compatibility ideograph stands (the only canonical equivalents of a
        // unified ideograph: U+F900–U+FAFF, EF A4–AB …, and U+2F800–U+2FA1F, F0 AF …). Most
        // lines have neither and are returned without the search.
        let hasCompatibility = mayHoldCompatibilityIdeograph(text)
        guard hasCompatibility || text.includes("年度报告") || text.includes("年度報告") else { return text }
        // Without those, the first place whose bytes are the words is the first place Foundation
        // finds, when the scalars on either side are ASCII or CJK ideographs (U+4000–U+9FFF),
        // which never combine with a neighbour: the title's own case. Foundation's search was
        // 0.9 % of `gongkai check`; any other text still goes through it.
        if !hasCompatibility, let end = titleWordEnd(in: text) { return String(decoding: text.utf8.prefix(end), as: UTF8.self) }
        guard let range = text.range(of: "年度报告") ?? text.range(of: "年度報告") else { return text }
        return String(text[..<range.upperBound])
    }

    /// The UTF-8 offset just after the first 年度报告 (or, without one, the first 年度報告) where
    /// the scalars on either side are ASCII or U+4000–U+9FFF or the text's ends; nil when the
    /// first occurrence has another neighbour, or there is none.
    private static func titleWordEnd(in text: String) -> Int? {
        let bytes = Array(text.utf8)
        for word in [Array("年度报告".utf8), Array("年度報告".utf8)] {
            guard bytes.count >= word.count, let start = (0...(bytes.count - word.count)).first(where: { bytes[$0..<($0 + word.count)].elementsEqual(word) }) else { continue }
            let end = start + word.count
            // A scalar's lead byte: before the match, the last byte that is no continuation byte.
            let before = bytes[..<start].last { $0 & 0xC0 != 0x80 }
            let after = end < bytes.count ? bytes[end] : nil
            func isInert(_ lead: UInt8?) -> Bool { lead.map { $0 < 0x80 || (0xE4...0xE9).contains($0) } ?? true }
            return isInert(before) && isInert(after) ? end : nil
        }
        return nil
    }

    /// Whether the text's UTF-8 has the first two bytes of a CJK compatibility ideograph.
    private static func mayHoldCompatibilityIdeograph(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if (previous == 0xEF && byte >= 0xA4 && byte <= 0xAB) || (previous == 0xF0 && byte == 0xAF) { return true }
            previous = byte
        }
        return false
    }

    /// Whether a text is a sentence rather than a title or a name.
    private static func isSentence(_ text: some StringProtocol) -> Bool {
        text.unicodeScalars.contains { ["。", "，", "；", "《", "》", "！", "？"].contains($0) }
    }

    /// The organ (text before the year, or after it when the year comes first) and the year.
    /// Blanks inside the organ go (a stray or full-width space in a title), and so does what
    /// follows 关于 (XX镇人民政府关于2022年…).
    static func organAndYear(in title: String) -> (String?, Int)? {
        guard let (year, offset, length) = year(in: title) else { return nil }
        let scalars = Array(title.unicodeScalars)
        var organ = String(scalars: scalars[..<offset]).trimmingBlanks()
        if organ.isEmpty {
            var rest = String(scalars: scalars[(offset + length)...]).trimmingBlanks()
            if rest.hasPrefix("度") { rest = rest.dropFirst() }
            for word in ["政府信息公开", "政府資訊公開", "信息公开", "政务公开", "年度报告", "工作年度"] {
                if let end = rest.range(of: word) { rest = rest[..<end.lowerBound] }
            }
            organ = rest.trimmingBlanks()
        }
        // 关于 in either script (關於, 關于): simplified one for one, so offsets carry over.
        var organScalars = Array(organ.unicodeScalars)
        let plain = Array(LabelText.simplified(organ).unicodeScalars)
        if let about = (1..<max(1, plain.count - 1)).first(where: { plain[$0] == "关" && plain[$0 + 1] == "于" }) {
            organScalars = Array(organScalars[..<about])
        }
        for suffix in ["关于", "的"] {
            let tail = Array(suffix.unicodeScalars)
            if organScalars.count > tail.count, LabelText.simplified(String(scalars: organScalars.suffix(tail.count))) == suffix {
                organScalars.removeLast(tail.count)
            }
        }
        let name = String(scalars: organScalars.filter { !$0.isBlank })
        return (name.isEmpty ? nil : name, year)
    }

    /// The organ that begins one of the first sentences, cut at the verb that follows it:
    /// “白沙乡依据《条例》…” → 白沙乡, “2022年，南岭县市场监督管理局认真贯彻…” → 南岭县市场监督管理局.
    /// Looks at the lines before section 1 and the first lines of section 1.
    private static func sentenceOrgan(in lines: [SourceLine], firstSectionIndex: Int?) -> String? {
        let start = firstSectionIndex.map { $0 + 1 } ?? 0
        let body = lines[min(start, lines.count)...].lazy.filter { !$0.isBlank && SectionFinder.heading($0) == nil }.prefix(4)
        let front = lines[..<(firstSectionIndex ?? 0)].filter { !$0.isBlank && !PageChrome.isChrome($0.text) }
        for line in front + body {
            let text = SectionFinder.stripMarks(line.trimmed)
            if let organ = leadingOrgan(text) ?? embeddedOrgan(text) { return organ }
            // “按照XX县人民政府办公室《通知》的要求，黄龙县市场监督管理局结合本单位实际，编制…”:
            // the organ begins a later clause of the first sentence.
            let sentence = text.prefix { $0 != "。" }
            // A clause opened by a preposition names none (`leadingOrgan`): “由XX局办公室编制” names the
            // drafting office, “在门户网站的…栏目” a place on the web (real c: 在门户网站 was a township).
            for clause in sentence.split(whereSeparator: { $0 == "，" || $0 == "," || $0 == "；" }).dropFirst().prefix(3) {
                if let organ = leadingOrgan(clause) { return organ }
            }
        }
        return nil
    }

    /// The organ that begins a later sentence of section one (“1.主动公开政府信息情况。2020年,县农业农村局
    /// 主动公开…”), taken only when the text names it again elsewhere (“农业农村局承办…”): a body
    /// named once may be another office the report mentions.
    private static func subjectOrgan(in lines: [SourceLine], firstSectionIndex: Int?) -> String? {
        let start = firstSectionIndex.map { $0 + 1 } ?? 0
        let body = lines[min(start, lines.count)...].lazy.filter { !$0.isBlank && SectionFinder.heading($0) == nil }.prefix(6)
        for line in body {
            let text = SectionFinder.stripMarks(line.trimmed)
            for sentence in text.prefix(600).split(separator: "。").dropFirst() {
                guard let organ = leadingOrgan(sentence) else { continue }
                // The name without a leading 县/区/市 (“县农业农村局” is named again as “农业农村局”).
                let core = organ.unicodeScalars.first.map { countySuffixes.contains(LabelText.simplified($0)) } == true ? String(organ.dropFirst()) : organ
                let mentions = lines.prefix(80).reduce(0) { $0 + $1.text.components(separatedBy: core).count - 1 }
                if core.count >= 3, mentions >= 2 { return organ }
            }
        }
        return nil
    }

    /// The county of a county department named without it (县农业农村局): the county printed right
    /// before the department's words elsewhere (“平利县农业农村…”), its kind (局, 委员会…) allowed to be
    /// missing there.
    private static func departmentCounty(_ organ: String, in lines: [SourceLine]) -> String? {
        let plain = LabelText.simplified(organ)
        guard let first = plain.unicodeScalars.first, countySuffixes.contains(first) else { return nil }
        var core = String(plain.dropFirst())
        for kind in ["委员会", "办公室", "局", "委", "办", "中心"] where core.hasSuffix(kind) && core.count > kind.count + 1 {
            core = String(core.dropLast(kind.count))
            break
        }
        guard core.count >= 2 else { return nil }
        let marker = String(first) + core
        for line in lines.prefix(80) {
            let text = LabelText.simplified(line.text)
            var searchStart = text.startIndex
            while let range = text.range(of: marker, range: searchStart..<text.endIndex) {
                searchStart = range.upperBound
                let before = text[..<range.lowerBound].unicodeScalars.reversed().prefix { $0.isHan && !stopScalars.contains($0) }
                var county = String(scalars: before.reversed())
                for marker in verbMarkers {
                    if let cut = county.range(of: marker, options: .backwards) { county = String(county[cut.upperBound...]) }
                }
                guard county.unicodeScalars.count >= 2, county.unicodeScalars.count <= 8,
                      let head = county.unicodeScalars.first, !["我", "本", "全", "该", "各"].contains(head) else { continue }
                let name = county + String(first)
                if PlaceName.isPlausible(name, as: .county) { return name }
            }
        }
        return nil
    }

    /// The organ of a report title quoted inside a sentence: “现公布开化县中村乡人民政府2023年政府信息
    /// 公开工作年度报告”, “编制万源市玉带乡2024年…”, “汇总2021年度大东坝镇人民政府的政务公开年度报告”.
    static func embeddedOrgan(_ text: some StringProtocol) -> String? {
        let scalars = Array(text.unicodeScalars.prefix(600))
        var from = 0
        while from < scalars.count, let found = year(in: String(scalars: scalars[from...])) {
            let yearStart = from + found.offset
            var after = yearStart + found.length
            from = after
            if after < scalars.count, scalars[after] == "度" { after += 1 }
            let following = LabelText.compact(String(scalars: scalars[after...].prefix(40)))
            guard reportWords.contains(where: following.includes) else { continue }
            var runStart = yearStart
            while runStart > 0, scalars[runStart - 1].isHan, yearStart - runStart < 40 { runStart -= 1 }
            if let organ = markedOrgan(Array(scalars[runStart..<yearStart])) { return organ }
            // The year first: the name runs from the year to 政府信息公开 or 的.
            let run = Array(scalars[after...].prefix(40).prefix { $0.isHan })
            let simplified = Array(LabelText.compact(String(scalars: run)).unicodeScalars)
            guard simplified.count == run.count else { continue }
            let end = (0..<run.count).first { index in
                let rest = String(scalars: simplified[index...])
                return rest.hasPrefix("的") || reportWords.contains(where: rest.hasPrefix)
            } ?? run.count
            let name = String(scalars: run[..<end])
            if let organ = leadingOrgan(name) ?? (PlaceName.isPlausible(name, as: .organ) ? name : nil) { return organ }
        }
        return nil
    }

    /// Words after a year that make it the year of a report's title.
    private static let reportWords = ["政府信息公开", "政府资讯公开", "政务公开", "信息公开", "年度报告"]

    /// The organ at the end of a run of characters that may begin with the verb of a sentence:
    /// the name after the last verb (现公布|开化县中村乡人民政府, 公示|中仓街道办事处, 系|邹城市田黄镇人民政府),
    /// else the whole run, else the longest name after a preposition; nil when none is a name.
    static func markedOrgan(_ run: [Unicode.Scalar]) -> String? {
        let simplified = Array(LabelText.compact(String(scalars: run)).unicodeScalars)
        guard simplified.count == run.count, !run.isEmpty else { return nil }
        func name(from cut: Int) -> String? {
            let name = String(scalars: run[cut...])
            return PlaceName.isPlausible(name, as: .organ) ? name : nil
        }
        func cuts(after markers: [String]) -> [Int] {
            (1..<run.count).filter { cut in
                let before = String(scalars: simplified[..<cut])
                return markers.contains(where: before.hasSuffix)
            }
        }
        for cut in cuts(after: verbMarkers).reversed() { if let found = name(from: cut) { return found } }
        if let whole = name(from: 0) { return whole }
        for cut in cuts(after: weakMarkers + ["由", "向", "和", "与", "及", "经", "请", "了"]) { if let found = name(from: cut) { return found } }
        return nil
    }

    /// Verbs that come right before an organ named inside a sentence.
    private static let verbMarkers = ["公开", "公布", "编制", "编写", "汇总", "汇总", "公示", "发布", "印发", "现将", "报送", "系", "度", "编製", "编制了", "联系", "咨询"]

    /// The organ at the start of a sentence, or nil.
    static func leadingOrgan(_ text: some StringProtocol) -> String? {
        var scalars = Array(text.unicodeScalars.prefix(60))
        // “2022年，” “2022年以来，” “今年以来，” before the organ.
        if let comma = scalars.prefix(12).firstIndex(where: { $0 == "，" || $0 == "," }),
           scalars[..<comma].allSatisfy({ $0.isDigit || $0.isBlank || "年度以来今全".unicodeScalars.contains($0) }) {
            scalars = Array(scalars[(comma + 1)...])
        } else if let found = year(in: String(scalars: scalars.prefix(8))), found.offset == 0 {
            // “2019年福祿鎮政府遵循…”: the year, then the organ, no comma.
            var after = found.length
            if after < scalars.count, scalars[after] == "度" { after += 1 }
            scalars = Array(scalars[after...])
        }
        // “由县政府办公室统一部署”, “以青山镇为主体”: a clause opened by a preposition names no organ.
        if let first = scalars.first, clauseOpeners.contains(first) { return nil }
        let run = Array(scalars.prefix(40).prefix { $0.isHan })  // a name is short; a long line must stay cheap
        let text = String(scalars: run)
        let plain = Array(LabelText.simplified(text).unicodeScalars)
        for markers in [strongMarkers, weakMarkers] {
            for position in 2..<max(2, run.count) {
                let rest = String(scalars: plain[position...])
                guard markers.contains(where: rest.hasPrefix) else { continue }
                let name = String(scalars: run[..<position])
                if PlaceName.isPlausible(name, as: .organ) { return name }
            }
        }
        // The whole run, when a bracket or comma follows it: “青石镇人民政府（以下简称…）”.
        if run.count < scalars.count, ["（", "(", "，", ","].contains(scalars[run.count]), PlaceName.isPlausible(text, as: .organ) {
            return text
        }
        return nil
    }

    /// Words that follow the organ at the start of a sentence; single characters only when no
    /// word does (青石镇人民政府在…).
    private static let strongMarkers = [
        "依据", "根据", "按照", "依照", "遵照", "严格", "认真", "坚持", "围绕", "深入", "全面", "积极", "紧紧", "紧扣", "始终",
        "持续", "结合", "高度", "切实", "着力", "大力", "扎实", "不断", "聚焦", "立足", "贯彻", "编制", "现将", "本着", "关于",
        "今年", "全年", "本年", "进一步", "以习近平", "主动", "加强", "强化", "推进", "狠抓", "注重", "严格按照",
        "落实", "推动", "履行", "做好", "高度重视", "重视", "开展", "紧密", "遵循",
    ]
    private static let weakMarkers = ["在", "于", "对", "将", "把", "是", "按", "依", "据", "以", "为", "的"]

    /// The organ signing the report: a line holding only a name right above the closing date.
    private static func signatureOrgan(in lines: [SourceLine]) -> String? {
        let tail = lines.suffix(10).filter { !$0.isBlank && !PageChrome.isChrome($0.text) }
        guard let dateIndex = tail.lastIndex(where: { DateText.iso($0.trimmed) != nil }), dateIndex > tail.startIndex else { return nil }
        let name = String(scalars: tail[dateIndex - 1].trimmed.unicodeScalars.filter { !$0.isBlank })
        return PlaceName.isPlausible(name, as: .organ) ? name : nil
    }

    /// The organ a page's metadata box names (发布机构：南岭县教育和体育局).
    private static func fieldOrgan(in front: [SourceLine]) -> String? {
        for line in front where PageChrome.isChrome(line.text) {
            guard let value = PageChrome.field(PageChrome.organLabels, in: line.text) else { continue }
            let name = String(value.prefix { !$0.isWhitespace })
            if PlaceName.isPlausible(name, as: .organ) { return name }
        }
        return nil
    }

    /// The year a report without one in its title is about: the statistics period
    /// (“自2022年1月1日”), else a year right before 政府信息公开 (“汇报我镇2023年政府信息公开工作”).
    private static func bodyYear(in lines: [SourceLine]) -> Int? {
        if let year = periodYear(in: lines) { return year }
        // “截至2023年12月31日”: the end of the period.
        for line in lines.prefix(80) where line.text.includes("12月31日") {
            if let found = year(in: line.text), line.text.includes("\(found.value)年12月31日") { return found.value }
        }
        for line in lines.prefix(80) where line.text.includes("公开") || line.text.includes("公開") {
            let scalars = Array(line.text.unicodeScalars.prefix(2000))  // bounded on a one-line file
            var from = 0
            while from < scalars.count, let found = year(in: String(scalars: scalars[from...])) {
                var after = String(scalars: scalars[(from + found.offset + found.length)...]).trimmingBlanks()
                if after.hasPrefix("度") { after = after.dropFirst() }
                let words = LabelText.compact(String(after.unicodeScalars.prefix(8)))
                if ["政府信息公开", "政府资讯公开", "政务公开", "信息公开"].contains(where: words.hasPrefix) { return found.value }
                from += found.offset + found.length
            }
        }
        // Section one opening with its year: “2023年，在区委…”.
        // The report's first sentence or section one opening with its year: “2023年，在区委…”,
        // “2025年中仓街道推动…” (not a date: 2023年1月).
        let firstSection = lines.firstIndex { SectionFinder.heading($0)?.0 == 1 }
        let before = lines[..<(firstSection ?? 0)].filter { !$0.isBlank && !PageChrome.isChrome($0.text) }.prefix(2)
        let opening = lines[(firstSection.map { $0 + 1 } ?? lines.count)...].filter { !$0.isBlank }.prefix(3)
        for line in before + opening {
            let text = SectionFinder.stripMarks(line.trimmed)
            guard let found = year(in: String(text.unicodeScalars.prefix(12))), found.offset == 0 else { continue }
            let next = text.unicodeScalars.dropFirst(found.length).first { $0 != "度" && !$0.isBlank }
            if let next, !next.isDigit, !LabelText.numeralValues.keys.contains(next), next != "(", next != "（" { return found.value }
        }
        return lineOpeningReportYear(in: lines) ?? sentenceOpeningReportYear(in: lines)
    }

    /// The year of section one's sentences that open with “YYYY年，” or “YYYY年度” and a word
    /// (“…在阳光下运行。2019年，文登区住建局共主动公开…”, “(一)主动公开情况。2024年，我局…”),
    /// when all of them name the same year: section one tells the year reported on (国办公开办函
    /// 〔2021〕30号 puts the year's overview there), and two years there are two readings.
    static func sentenceOpeningReportYear(in lines: [SourceLine]) -> Int? {
        guard let start = lines.firstIndex(where: { SectionFinder.heading($0)?.0 == 1 }) else { return nil }
        var years: Set<Int> = []
        for line in lines[(start + 1)...].prefix(60) {
            if SectionFinder.heading(line) != nil { break }
            let text = String(line.text.unicodeScalars.prefix(4000))  // bounded on a one-line file
            for sentence in text.split(whereSeparator: { $0 == "。" || $0 == "；" || $0 == ";" }) {
                let opening = SectionFinder.stripMarks(String(sentence).trimmingBlanks())
                guard let found = year(in: String(opening.unicodeScalars.prefix(12))), found.offset == 0 else { continue }
                let rest = opening.unicodeScalars.dropFirst(found.length)
                let next = rest.first == "度" ? rest.dropFirst().first : rest.first
                guard let next, next == "，" || next == "," || (rest.first == "度" && next.isHan) else { continue }
                years.insert(found.value)
            }
        }
        return years.count == 1 ? years.first : nil
    }

    /// The year of lines that open with “YYYY年度” and a word (“2020年度我街办没有收到…”,
    /// “2019年度街道共受理…”) within the first 80 lines, when all such lines name the same year:
    /// two different years are two readings, so the year stays unknown.
    static func lineOpeningReportYear(in lines: [SourceLine]) -> Int? {
        var years: Set<Int> = []
        for line in lines.prefix(80) {
            let text = SectionFinder.stripMarks(line.trimmed)
            guard let found = year(in: String(text.unicodeScalars.prefix(12))), found.offset == 0 else { continue }
            let rest = text.unicodeScalars.dropFirst(found.length)
            guard rest.first == "度", let next = rest.dropFirst().first(where: { !$0.isBlank }), next.isHan else { continue }
            years.insert(found.value)
        }
        return years.count == 1 ? years.first : nil
    }

    /// The first year 19xx/20xx followed by 年 in a text: value, scalar offset, scalar length.
    static func year(in text: String) -> (value: Int, offset: Int, length: Int)? {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index + 4 <= scalars.count {
            let digits = scalars[index..<index + 4]
            if digits.allSatisfy(\.isDigit), index == 0 || !scalars[index - 1].isDigit,
               let value = Int(String(scalars: digits)), (1990...2100).contains(value) {
                var end = index + 4
                while end < scalars.count, scalars[end] == " " { end += 1 }
                if end < scalars.count, scalars[end] == "年" { return (value, index, end + 1 - index) }
            }
            index += 1
        }
        return nil
    }

    /// The first “XX镇人民政府” or similar named anywhere, for files whose title lacks the organ.
    private static func firstOrganName(in lines: [SourceLine]) -> String? {
        for line in lines.prefix(40) {
            // Searched in the text simplified one for one; the name is taken as printed.
            let printed = Array(line.text.unicodeScalars)
            let plain = LabelText.simplified(line.text)
            for suffix in ["镇人民政府", "乡人民政府", "街道办事处"] {
                guard let range = plain.range(of: suffix) else { continue }
                let start = plain.unicodeScalars.distance(from: plain.unicodeScalars.startIndex, to: range.lowerBound)
                let preceding = Array(printed[..<start])
                let suffixScalars = printed[start..<(start + suffix.unicodeScalars.count)]
                var before = Array(preceding.reversed().prefix { $0.isHan && !organStops.contains(LabelText.simplified($0)) }.reversed())
                // “2024 年东湖街道办事处”: that 年 belongs to the year.
                if before.first == "年", preceding.count > before.count, preceding[preceding.count - before.count - 1].isDigit
                    || preceding[preceding.count - before.count - 1].isBlank {
                    before.removeFirst()
                }
                guard before.count >= 1 else { continue }
                let run = Array(before.suffix(8)) + Array(suffixScalars)
                if let organ = markedOrgan(run) { return organ }
            }
        }
        return nil
    }

    /// The year of the statistics period, “自2022年1月1日”.
    private static func periodYear(in lines: [SourceLine]) -> Int? {
        for line in lines where line.text.includes("1月1日") || line.text.includes("1 月 1 日") {
            // The year right before 1月1日, not one a cited title names earlier in the line.
            let scalars = Array(line.text.unicodeScalars.prefix(2000))
            var from = 0
            while from < scalars.count, let found = year(in: String(scalars: scalars[from...])) {
                let end = from + found.offset + found.length
                let rest = String(scalars: scalars[end...].prefix(8).filter { !$0.isBlank })
                if rest.hasPrefix("1月1日") || rest.hasPrefix("01月01日") { return found.value }
                from = end
            }
        }
        return nil
    }

    /// County and township from an organ's name: 昌乐县鄌郚镇人民政府 → (昌乐县, 鄌郚镇).
    static func splitOrgan(_ organ: String) -> (county: String?, township: String?) {
        // Suffixes are matched in the name simplified one for one (柞水縣鳳凰鎮人民政府); the parts
        // keep the printed characters.
        var name = Substring(organ)
        // A township government's office publishes the township's report: 和静县克尔古提乡人民政府办公室
        // → 克尔古提乡. A county's office (宽城满族自治县人民政府办公室) keeps its whole name below.
        for office in ["人民政府党政综合办公室", "人民政府党政办公室", "人民政府办公室", "党政综合办公室", "党政办公室", "政府办公室"]
            where LabelText.simplified(name).hasSuffix(office) {
            let rest = name.dropLast(office.count)
            if townshipEndings.contains(where: LabelText.simplified(rest).hasSuffix) { name = rest }
            break
        }
        for suffix in ["人民政府", "政府", "办事处", "党委"] where LabelText.simplified(name).hasSuffix(suffix) && name.count > suffix.count + 1 {
            name = name.dropLast(suffix.count)
            break
        }
        let scalars = Array(name.unicodeScalars)
        let plain = scalars.map(LabelText.simplified)
        for (index, scalar) in plain.enumerated().reversed() where countySuffixes.contains(scalar) {
            let rest = scalars.count - index - 1
            guard rest >= 2, index >= 1, !isInsideWord(plain, at: index) else { continue }
            var countyStart = 0
            for (inner, candidate) in plain[..<index].enumerated() where candidate == "省" || candidate == "市" || candidate == "州" {
                if index - inner - 1 >= 2 { countyStart = inner + 1 }
            }
            let county = String(scalars: scalars[countyStart...index])
            var township = String(scalars: scalars[(index + 1)...])
            // 温州市鹿城区人民政府七都街道办事处: the district government is not part of the street's name.
            for government in ["人民政府", "政府"] where LabelText.simplified(township).hasPrefix(government) && township.count > government.count + 1 {
                township = String(township.dropFirst(government.count))
                break
            }
            // A county department or office is grouped under its whole name: 南岭县市场监督管理局.
            let isTownship = ["镇", "乡", "街道", "街", "苏木", "场", "区"].contains { LabelText.simplified(township).hasSuffix($0) }
            return (county, isTownship ? township : String(scalars: scalars[countyStart...]) + organ.dropFirst(name.count))
        }
        return (nil, String(name))
    }

    /// Whether the 市/区/县 at `index` belongs to a word of the unit's name rather than ending a
    /// county: 市场监督管理局, 市政, 区域; 经济开发区, 工业园区, 社区.
    private static func isInsideWord(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        let next = index + 1 < scalars.count ? scalars[index + 1] : " "
        if scalars[index] == "市", ["场", "政", "容", "民", "级", "直", "属"].contains(next) || index > 0 && scalars[index - 1] == "超" {
            return true
        }
        // 城市管理局, 都市: words; but 海城市西四镇, 邹城市田黄镇, 诸城市枳沟镇 are a county-level city
        // before its township, told by a place character before 城/都 and a township after.
        if scalars[index] == "市", index > 0, scalars[index - 1] == "城" || scalars[index - 1] == "都" {
            let rest = String(scalars: scalars[(index + 1)...])
            return !(index >= 2 && townshipEndings.contains(where: rest.hasSuffix))
        }
        if scalars[index] == "区", ["域", "划", "间", "别"].contains(next) { return true }
        if scalars[index] == "县", ["级", "域", "直", "属"].contains(next) { return true }
        guard scalars[index] == "区" else { return false }
        let before = String(scalars: scalars[max(0, index - 2)..<index])
        return ["开发", "示范", "试验", "保税", "合作", "功能", "管理", "旅游", "风景"].contains(before)
            || ["园", "社", "景", "片", "街", "校", "辖", "矿", "林", "垦"].contains { before.hasSuffix($0) }
    }

    /// Whether an organ begins with a bare 县, 区 or 旗 (县乡村振兴局): a county department named
    /// without its county.
    private static func startsWithBareCounty(_ organ: String) -> Bool {
        LabelText.simplified(organ).unicodeScalars.first.map { ["县", "区", "旗"].contains($0) } == true
    }

    /// The county whose portal carries the report, for a township or a department named with a
    /// bare 县/区/旗 when the text names no county beside the organ: “本年度报告电子版可在突泉县人民
    /// 政府门户网站下载”, “以青川县门户网站作为主要公开平台”. Only a 县, 区 or 旗 (a 市 may be the
    /// prefecture above the county), a department's only of its own kind (县 for 县…局), and only
    /// when every portal named is the same one.
    private static func portalCounty(for organ: String, township: String?, in lines: [SourceLine]) -> String? {
        let isTownship = township.map { name in townshipEndings.contains(where: LabelText.simplified(name).hasSuffix) } == true
        let departmentKind = startsWithBareCounty(organ) ? LabelText.simplified(organ).unicodeScalars.first : nil
        guard isTownship || departmentKind != nil else { return nil }
        var found: Set<String> = []
        for line in lines where line.text.includes("网站") {
            let text = LabelText.simplified(String(line.text.unicodeScalars.prefix(4000)))
            var searchStart = text.startIndex
            while let range = text.range(of: "网站", range: searchStart..<text.endIndex) {
                searchStart = range.upperBound
                var run = String(scalars: text[..<range.lowerBound].unicodeScalars.reversed().prefix { $0.isHan }.reversed())
                for ending in ["门户", "人民政府", "政府"] where run.hasSuffix(ending) { run = String(run.dropLast(ending.count)) }
                guard let suffix = run.unicodeScalars.last, ["县", "区", "旗"].contains(suffix),
                      departmentKind.map({ $0 == suffix }) ?? true else { continue }
                let name = run.unicodeScalars.dropLast().reversed().prefix { !stopScalars.contains($0) }
                var county = String(scalars: name.reversed())
                for marker in verbMarkers + portalVerbs {
                    if let cut = county.range(of: marker, options: .backwards) { county = String(county[cut.upperBound...]) }
                }
                // 长春新区, 高新区, 经济开发区: an area a township may lie in, not its county.
                guard (2...8).contains(county.unicodeScalars.count), let first = county.unicodeScalars.first,
                      !["我", "本", "全", "该", "各", "市", "县", "区", "省"].contains(first),
                      suffix != "区" || !["新", "开发", "园", "示范", "试验", "保税", "合作", "管理", "旅游", "风景"].contains(where: county.hasSuffix),
                      // “河西街道向区政府门户网站报送”: a name holding the organ or an organ's word is
                      // the organ before a bare 区, no county.
                      !(["街道", "办事处", "政府"] + (township.map { [$0] } ?? [])).contains(where: county.includes) else { continue }
                let candidate = county + String(suffix)
                if PlaceName.isPlausible(candidate, as: .county) { found.insert(candidate) }
            }
            if found.count > 1 { return nil }
        }
        return found.count == 1 ? found.first : nil
    }

    /// Verbs before a portal's name, cut off it (whole words: 托克托县, 陆川县 begin with 托 and 陆).
    private static let portalVerbs = ["以", "通过", "依托", "登录", "登陆", "访问", "查阅", "浏览", "进入", "上传至", "登载"]

    /// The county named right before the township in the text, as in “汶上县刘楼镇”.
    private static func countyBefore(_ township: String, in lines: [SourceLine]) -> String? {
        for line in lines where line.text.includes(township) {
            var searchStart = line.text.startIndex
            while let range = line.text.range(of: township, range: searchStart..<line.text.endIndex) {
                searchStart = range.upperBound
                let before = Array(line.text[..<range.lowerBound].unicodeScalars.suffix(5))
                guard let suffix = before.last, countySuffixes.contains(suffix) else { continue }
                let name = before.dropLast().reversed().prefix { $0.isHan && !stopScalars.contains($0) }
                var county = String(scalars: name.reversed())
                // “现公布荷塘区桂花街道”: the verb is not part of the county.
                for marker in verbMarkers {
                    if let range = county.range(of: marker, options: .backwards) { county = String(county[range.upperBound...]) }
                }
                guard county.unicodeScalars.count >= 2, let first = county.unicodeScalars.first,
                      !["我", "本", "全", "该", "各", "市", "县", "区"].contains(first) else { continue }
                return county + String(suffix)
            }
        }
        return nil
    }

    /// The publication date: a line holding only a date among the last lines (page chrome after
    /// it skipped), else the date of a 发布时间/发布日期/成文日期 field near the top
    /// (“发布时间：2024-01-20 09:30  字体：[大 中 小]”, “来源：XX镇 发布日期：2024年1月20日”).
    private static func publicationDate(in lines: [SourceLine], front: [SourceLine]) -> String? {
        // The last four lines that are neither blank nor chrome, each looked at once (a lazy
        // filter's prefix ran the chrome test twice per line).
        var looked = 0
        for line in lines.suffix(12).reversed() where !line.isBlank && !PageChrome.isChrome(line.text) {
            if let date = DateText.iso(line.trimmed) { return date }
            looked += 1
            if looked == 4 { break }
        }
        let top = front.count > 12 ? front : Array(lines.prefix(12))
        for line in top {
            if let date = PageChrome.publicationDate(in: line.text) { return date }
        }
        // A date on its own under the title: “（2025年1月22日）”.
        for line in top {
            let text = line.trimmed.drop { "（(".contains($0) }
            if let date = DateText.iso(text.hasSuffix("）") || text.hasSuffix(")") ? text.dropLast() : text) { return date }
        }
        return nil
    }

    /// What a township's name ends in, where a name before it or an office after it is told apart.
    private static let townshipEndings = ["镇", "乡", "街道", "苏木"]

    /// Prepositions that open a clause and begin no place's name. Not 于, 从, 向, 依, 将, 通, 经:
    /// 于都县, 从化区, 向阳区, 依安县, 将乐县, 通州区 and 经济开发区 begin with them.
    private static let clauseOpeners: Set<Unicode.Scalar> = ["由", "在", "对", "按", "据", "以", "为", "把"]

    /// Characters that end a name when reading backwards from 镇人民政府: 本报告由|刘楼镇人民政府.
    private static let organStops: Set<Unicode.Scalar> = ["由", "与", "和", "的", "在", "向", "请", "对", "据", "于", "经", "及", "为", "是"]
    private static let countySuffixes: Set<Unicode.Scalar> = ["县", "区", "市", "旗"]
    /// 由, 对, 据 are prepositions (“由下陆区新下陆街道办事处编制”), never the first character of a county.
    /// 为 too: “明确受理机构为商都县卯都乡…” names 商都县, not 构为商都县 (no county begins with 为; 向阳区 does with 向).
    private static let stopScalars: Set<Unicode.Scalar> = ["省", "市", "州", "在", "于", "和", "与", "及", "的", "是", "址", "由", "对", "据", "为"]
}
