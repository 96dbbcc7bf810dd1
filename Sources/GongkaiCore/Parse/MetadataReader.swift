/// Reads organ, township, county, year and publication date from a report's text.
enum MetadataReader {
    /// The metadata, from the title (the lines before section 1) first, then the body.
    static func read(lines: [SourceLine], firstSectionIndex: Int?) -> (ReportMetadata, [Diagnostic]) {
        var metadata = ReportMetadata()
        var diagnostics: [Diagnostic] = []
        let titleLines = Array(lines[..<(firstSectionIndex ?? min(lines.count, 8))]).filter { !$0.isBlank }
        let title = titleText(titleLines)

        if let title, let (organ, year) = organAndYear(in: title.text) {
            metadata.organ = organ
            metadata.year = year
        }
        if metadata.organ == nil { metadata.organ = firstOrganName(in: lines) }
        if metadata.year == nil { metadata.year = periodYear(in: lines) }
        if let organ = metadata.organ {
            let (county, township) = splitOrgan(organ)
            metadata.township = township
            metadata.county = county ?? township.flatMap { countyBefore($0, in: lines) }
        }
        metadata.published = publicationDate(in: lines)

        if metadata.organ == nil {
            diagnostics.append(Diagnostic(.warning, "metadata.organ", line: title?.line,
                                          "无法确定发布机关：请在标题中写明，如“XX镇人民政府2022年政府信息公开工作年度报告”"))
        }
        if metadata.year == nil {
            diagnostics.append(Diagnostic(.warning, "metadata.year", line: title?.line,
                                          "无法确定报告年度：标题中没有“20XX年”"))
        }
        return (metadata, diagnostics)
    }

    /// The title: the line that says 年度报告 (or 年报), joined with a short line above it that
    /// names the organ when the title is split.
    private static func titleText(_ lines: [SourceLine]) -> (text: String, line: Int)? {
        guard let index = lines.firstIndex(where: { $0.text.includes("年度报告") || $0.text.includes("年报") || $0.text.includes("工作报告") }) else {
            return lines.first.map { (String(SectionFinder.stripMarks($0.trimmed)), $0.number) }
        }
        var text = String(SectionFinder.stripMarks(lines[index].trimmed))
        if index > 0, year(in: text)?.offset == 0 {
            let above = SectionFinder.stripMarks(lines[index - 1].trimmed)
            if above.count <= 30, !above.contains("。") { text = above + text }
        }
        return (text, lines[index].number)
    }

    /// The organ (text before the year, or after it when the year comes first) and the year.
    static func organAndYear(in title: String) -> (String?, Int)? {
        guard let (year, offset, length) = year(in: title) else { return nil }
        let scalars = Array(title.unicodeScalars)
        var organ = String(String.UnicodeScalarView(scalars[..<offset])).trimmingBlanks()
        if organ.isEmpty {
            var rest = String(String.UnicodeScalarView(scalars[(offset + length)...])).trimmingBlanks()
            if rest.hasPrefix("度") { rest = rest.dropFirst() }
            if let end = rest.range(of: "政府信息公开") ?? rest.range(of: "信息公开") { rest = rest[..<end.lowerBound] }
            organ = rest.trimmingBlanks()
        }
        for suffix in ["关于", "的"] where organ.hasSuffix(suffix) { organ = organ.dropLast(suffix.count) }
        return (organ.isEmpty ? nil : String(organ), year)
    }

    /// The first year 19xx/20xx followed by 年 in a text: value, scalar offset, scalar length.
    static func year(in text: String) -> (value: Int, offset: Int, length: Int)? {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index + 4 <= scalars.count {
            let digits = scalars[index..<index + 4]
            if digits.allSatisfy(\.isDigit), index == 0 || !scalars[index - 1].isDigit,
               let value = Int(String(String.UnicodeScalarView(digits))), (1990...2100).contains(value) {
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
            for suffix in ["镇人民政府", "乡人民政府", "街道办事处"] {
                guard let range = line.text.range(of: suffix) else { continue }
                let before = line.text[..<range.lowerBound].unicodeScalars.reversed().prefix { $0.isHan && !organStops.contains($0) }
                guard before.count >= 1 else { continue }
                let name = String(String.UnicodeScalarView(before.reversed())) + suffix
                return String(name.suffix(min(name.count, suffix.count + 6)))
            }
        }
        return nil
    }

    /// The year of the statistics period, “自2022年1月1日”.
    private static func periodYear(in lines: [SourceLine]) -> Int? {
        for line in lines where line.text.includes("1月1日") || line.text.includes("1 月 1 日") {
            if let found = year(in: line.text) { return found.value }
        }
        return nil
    }

    /// County and township from an organ's name: 昌乐县鄌郚镇人民政府 → (昌乐县, 鄌郚镇).
    static func splitOrgan(_ organ: String) -> (county: String?, township: String?) {
        var name = Substring(organ)
        for suffix in ["人民政府", "政府", "办事处", "党委"] where name.hasSuffix(suffix) && name.count > suffix.count + 1 {
            name = name.dropLast(suffix.count)
            break
        }
        let scalars = Array(name.unicodeScalars)
        for (index, scalar) in scalars.enumerated().reversed() where countySuffixes.contains(scalar) {
            let rest = scalars.count - index - 1
            guard rest >= 2, index >= 1 else { continue }
            var countyStart = 0
            for (inner, candidate) in scalars[..<index].enumerated() where candidate == "省" || candidate == "市" || candidate == "州" {
                if index - inner - 1 >= 2 { countyStart = inner + 1 }
            }
            let county = String(String.UnicodeScalarView(scalars[countyStart...index]))
            let township = String(String.UnicodeScalarView(scalars[(index + 1)...]))
            return (county, township)
        }
        return (nil, String(name))
    }

    /// The county named right before the township in the text, as in “汶上县刘楼镇”.
    private static func countyBefore(_ township: String, in lines: [SourceLine]) -> String? {
        for line in lines where line.text.includes(township) {
            var searchStart = line.text.startIndex
            while let range = line.text.range(of: township, range: searchStart..<line.text.endIndex) {
                searchStart = range.upperBound
                let before = Array(line.text[..<range.lowerBound].unicodeScalars.suffix(5))
                guard let suffix = before.last, countySuffixes.contains(suffix) else { continue }
                let name = before.dropLast().reversed().prefix { $0.isHan && !stopScalars.contains($0) }
                guard name.count >= 2, let first = name.last, !["我", "本", "全", "该", "各", "市", "县", "区"].contains(first) else { continue }
                return String(String.UnicodeScalarView(name.reversed())) + String(suffix)
            }
        }
        return nil
    }

    /// The publication date: a line holding only a date among the last lines, or a 发布日期 line.
    private static func publicationDate(in lines: [SourceLine]) -> String? {
        let tail = lines.suffix(8).reversed().filter { !$0.isBlank }.prefix(4)
        for line in tail {
            if let date = DateText.iso(line.trimmed) { return date }
        }
        for line in lines.prefix(12) {
            let text = line.trimmed
            for label in ["发布日期", "发布时间", "成文日期"] where text.hasPrefix(label) {
                let value = text.dropFirst(label.count).drop { $0 == "：" || $0 == ":" || $0 == " " }
                if let date = DateText.iso(value.prefix(while: { $0 != " " })) { return date }
            }
        }
        return nil
    }

    /// Characters that end a name when reading backwards from 镇人民政府: 本报告由|刘楼镇人民政府.
    private static let organStops: Set<Unicode.Scalar> = ["由", "与", "和", "的", "在", "向", "请", "对", "据", "于", "经", "及", "为", "是"]
    private static let countySuffixes: Set<Unicode.Scalar> = ["县", "区", "市", "旗"]
    private static let stopScalars: Set<Unicode.Scalar> = ["省", "市", "州", "在", "于", "和", "与", "及", "的", "是", "址"]
}
