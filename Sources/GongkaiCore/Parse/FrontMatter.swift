import Yams

/// A YAML front matter block at the top of a report file, for metadata its text lacks:
///
///     ---
///     organ: 刘楼镇人民政府
///     township: 刘楼镇
///     county: 汶上县
///     year: 2022
///     ---
///
/// The block's lines are blanked before parsing so every other line keeps its number.
struct FrontMatter: Sendable, Equatable {
    var organ: String?
    var township: String?
    var county: String?
    var year: Int?

    /// The keys a front matter block may set.
    static let keys: Set<String> = ["organ", "township", "county", "year"]

    /// The front matter of `lines` (nil when there is none), the lines with the block blanked,
    /// and what was wrong with it.
    static func extract(from lines: [SourceLine]) -> (FrontMatter?, [SourceLine], [Diagnostic]) {
        guard let first = lines.firstIndex(where: { !$0.isBlank }), lines[first].trimmed == "---" else { return (nil, lines, []) }
        guard let end = lines[(first + 1)...].prefix(50).firstIndex(where: { $0.trimmed == "---" || $0.trimmed == "..." }) else {
            return (nil, lines, [Diagnostic(.warning, "frontmatter.unclosed", line: lines[first].number,
                                            "以“---”开头的元数据块没有结束的“---”，已按正文处理")])
        }
        var blanked = lines
        for index in first...end { blanked[index].text = "" }
        let yaml = lines[(first + 1)..<end].map(\.text).joined(separator: "\n")
        let line = lines[first].number
        let node: Any?
        do {
            node = try Yams.load(yaml: yaml)
        } catch {
            return (nil, blanked, [Diagnostic(.error, "frontmatter.yaml", line: line, "元数据块不是有效的 YAML：\(error)")])
        }
        guard let mapping = node as? [String: Any] else {
            return (nil, blanked, node == nil ? [] : [Diagnostic(.error, "frontmatter.yaml", line: line, "元数据块应为“键: 值”形式")])
        }
        var diagnostics: [Diagnostic] = []
        for key in mapping.keys.sorted() where !keys.contains(key) {
            diagnostics.append(Diagnostic(.warning, "frontmatter.key", line: line, "元数据块中的“\(key)”无法识别（可用：organ、township、county、year）"))
        }
        var matter = FrontMatter()
        matter.organ = text(mapping["organ"])
        matter.township = text(mapping["township"])
        matter.county = text(mapping["county"])
        if let value = mapping["year"] {
            if let year = value as? Int ?? Int(text(value) ?? ""), (1990...2100).contains(year) {
                matter.year = year
            } else {
                diagnostics.append(Diagnostic(.error, "frontmatter.year", line: line, "元数据块中的 year 应为四位年份"))
            }
        }
        return (matter, blanked, diagnostics)
    }

    private static func text(_ value: Any?) -> String? {
        guard let value else { return nil }
        let text = "\(value)".trimmingBlanks()
        return text.isEmpty ? nil : String(text)
    }

    /// Metadata with this block's values over what the text said.
    func applied(to metadata: ReportMetadata) -> ReportMetadata {
        var result = metadata
        if let organ {
            result.organ = organ
            let (county, township) = MetadataReader.splitOrgan(organ)
            result.township = township ?? result.township
            result.county = county ?? result.county
        }
        if let township { result.township = township }
        if let county { result.county = county }
        if let year { result.year = year }
        if result.organ == nil, let township = result.township { result.organ = township }
        return result
    }
}
