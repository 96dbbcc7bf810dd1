import Foundation
import Yams

/// A YAML front matter block at the top of a report file, for metadata its text lacks:
///
///     ---
///     organ: 刘楼镇人民政府
///     township: 刘楼镇
///     county: 汶上县
///     year: 2022
///     source: https://www.example.gov.cn/art/2023/1/31/art_1_1.html
///     ---
///
/// The block's lines are blanked before parsing so every other line keeps its number.
struct FrontMatter: Sendable, Equatable {
    var organ: String?
    var township: String?
    var county: String?
    var year: Int?
    /// The report's official page (an http or https URL), linked from its page.
    var source: String?

    /// The keys a front matter block may set.
    static let keys: Set<String> = ["organ", "township", "county", "year", "source"]

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
        // YAML aliases let a few hundred bytes stand for billions of nodes (each level a list of
        // references to the one before); front matter holds four plain values and needs none.
        if let aliasLine = firstAnchorOrAlias(in: yaml) {
            return (nil, blanked, [Diagnostic(.error, "frontmatter.alias", line: line + aliasLine,
                                              "元数据块中不能使用 YAML 锚点或别名（& 或 *），整个元数据块已忽略；请直接写出各项的值")])
        }
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch {
            return (nil, blanked, [Diagnostic(.error, "frontmatter.yaml", line: line, "元数据块不是有效的 YAML：\(error)")])
        }
        guard let mapping = node?.mapping else {
            return (nil, blanked, node == nil ? [] : [Diagnostic(.error, "frontmatter.yaml", line: line, "元数据块应为“键: 值”形式")])
        }
        var diagnostics: [Diagnostic] = []
        var matter = FrontMatter()
        for (keyNode, value) in mapping.sorted(by: { ($0.key.string ?? "") < ($1.key.string ?? "") }) {
            let valueLine = line + (keyNode.mark?.line ?? 0)
            guard let key = keyNode.scalar?.string, keys.contains(key) else {
                diagnostics.append(Diagnostic(.warning, "frontmatter.key", line: line + (keyNode.mark?.line ?? 0),
                                              "元数据块中的“\(keyNode.scalar?.string ?? "（非文字的键）")”无法识别（可用：organ、township、county、year、source）"))
                continue
            }
            if key == "year" {
                if let year = Self.year(value) {
                    matter.year = year
                } else {
                    diagnostics.append(Diagnostic(.error, "frontmatter.year", line: valueLine, "元数据块中的 year 应为四位年份，此值已忽略"))
                }
                continue
            }
            if key == "source" {
                if let url = Self.webAddress(value) {
                    matter.source = url
                } else {
                    diagnostics.append(Diagnostic(.warning, "frontmatter.source", line: valueLine,
                                                  "元数据块中的 source 应为以 http:// 或 https:// 开头的原文网页地址，此值已忽略"))
                }
                continue
            }
            switch Self.name(value) {
            case .success(let text):
                switch key {
                case "organ": matter.organ = text
                case "township": matter.township = text
                default: matter.county = text
                }
            case .failure(let problem):
                diagnostics.append(Diagnostic(.warning, "frontmatter.type", line: valueLine,
                                              "元数据块中的 \(key) \(problem)，此值已忽略，改用正文中的信息"))
            }
        }
        return (matter, blanked, diagnostics)
    }

    /// What is wrong with a front matter value that should be a name.
    private struct ValueProblem: Error {
        var words: String
    }

    /// A name: a plain text scalar, not empty, not null, a number, a truth value, a list or a mapping.
    private static func name(_ node: Node) -> Result<String, ValueProblem> {
        guard let scalar = node.scalar else {
            return .failure(ValueProblem(words: node.mapping != nil ? "应为名称文字，却是一组“键: 值”" : "应为一个名称，却是列表"))
        }
        let text = String(scalar.string.trimmingBlanks())
        switch Tag.Name(rawValue: node.tag.rawValue) {
        case .null: return .failure(ValueProblem(words: "为空"))
        case .bool: return .failure(ValueProblem(words: "应为名称文字，却是真假值“\(text)”"))
        case .int, .float: return .failure(ValueProblem(words: "应为名称文字，却是数字“\(text)”"))
        case .str where !text.isEmpty: return .success(text)
        case .str: return .failure(ValueProblem(words: "为空"))
        default: return .failure(ValueProblem(words: "应为名称文字，却是“\(text)”"))
        }
    }

    /// An absolute http(s) URL with a host, as written; nil for anything else (a `javascript:`
    /// link must never reach a page).
    private static func webAddress(_ node: Node) -> String? {
        guard let text = node.scalar.map({ String($0.string.trimmingBlanks()) }), let url = URL(string: text),
              let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https", url.host?.isEmpty == false else { return nil }
        return text
    }

    /// A year between 1990 and 2100, written as a number or as digits in quotes.
    private static func year(_ node: Node) -> Int? {
        guard let scalar = node.scalar, [Tag.Name.int, .str].contains(Tag.Name(rawValue: node.tag.rawValue)),
              let year = Int(scalar.string.trimmingBlanks()), (1990...2100).contains(year) else { return nil }
        return year
    }

    /// The 1-based line of the first YAML anchor (`&a`) or alias (`*a`) in `yaml`, or nil. Errs
    /// towards finding one: a `&` or `*` that starts a word outside quotes and comments counts.
    static func firstAnchorOrAlias(in yaml: String) -> Int? {
        for (index, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let characters = Array(line)
            var quote: Character?
            for (offset, character) in characters.enumerated() {
                if let open = quote {
                    if character == open { quote = nil }
                    continue
                }
                let startsWord = offset == 0 || [" ", "\t", "[", "{", ","].contains(characters[offset - 1])
                guard startsWord else { continue }
                if character == "#" { break }
                if character == "'" || character == "\"" {
                    quote = character
                } else if character == "&" || character == "*", offset + 1 < characters.count, ![" ", "\t"].contains(characters[offset + 1]) {
                    return index + 1
                }
            }
        }
        return nil
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
        if let source { result.source = source }
        if result.organ == nil, let township = result.township { result.organ = township }
        return result
    }
}
