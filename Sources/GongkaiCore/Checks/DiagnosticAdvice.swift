/// What a portal editor can do about a diagnostic, by its stable code: the to-do list on the
/// data quality page shows one explanation and one how-to-fix per kind of problem.
///
/// Lookup: the exact code (`metadata.township`), then the code with the table number dropped
/// (`table2.missing` → `table.missing`), then its family (`load.pdf-broken` → `load`); a code
/// in none of these gets a generic text, so a new code is never shown without advice.
public enum DiagnosticAdvice {
    /// A kind of problem in plain words and how to fix it.
    public struct Advice: Sendable, Equatable {
        public var explanation: String
        public var howToFix: String
    }

    static let byCode: [String: Advice] = [
        "table.missing": Advice(explanation: "报告中找不到这张表，表中的数字都按“未知”处理（不是 0）",
                                howToFix: "查看原件：表格可能是以图片插入的，或在附件里；把表格按原样录入为文字表格（或在 Content/ 中换用含文字表格的原件）后重新生成"),
        "table.missing-rows": Advice(explanation: "表格缺少规定格式中的一些行，这些行的数字按“未知”处理",
                                     howToFix: "对照原件补齐缺少的行；原件本身缺行时保留现状，页面会如实标出"),
        "table.unreadable-cell": Advice(explanation: "有单元格的内容不能唯一地读成一个数字，按“未知”处理而不是猜测",
                                        howToFix: "对照原件核对该单元格，把数字改成阿拉伯数字（如“12”）后重新生成"),
        "table.short-row": Advice(explanation: "表格某行的单元格比规定格式少，无法确定各数字属于哪一列",
                                  howToFix: "对照原件补齐该行的空单元格（无数字时填 0 或保持原件的写法）"),
        "table.long-row": Advice(explanation: "表格某行的单元格比规定格式多，无法确定各数字属于哪一列",
                                 howToFix: "对照原件删去多出的单元格或合并拆开的单元格"),
        "table.run-together": Advice(explanation: "几个数字连在一起，无法分清各列",
                                     howToFix: "对照原件在数字之间加上分隔（表格线或空格）"),
        "table.unaligned-row": Advice(explanation: "表格某行与表头对不齐，无法确定各数字属于哪一列",
                                      howToFix: "对照原件把该行的单元格对齐到表头"),
        "metadata.township": Advice(explanation: "无法从标题或正文读出这是哪个乡镇（街道）或部门的报告",
                                    howToFix: "在文件开头加上 front matter，例如 `township: 承留镇`"),
        "metadata.organ": Advice(explanation: "无法从标题或正文读出发布报告的机关",
                                 howToFix: "在文件开头加上 front matter，例如 `township: 承留镇`"),
        "metadata.year": Advice(explanation: "无法从标题或正文读出报告的年度",
                                howToFix: "在文件开头加上 front matter，例如 `year: 2022`"),
        "report.truncated": Advice(explanation: "报告在中途结束，后面的章节或表格没有读到",
                                   howToFix: "检查文件是否下载或复制完整；从原网页重新下载原件放入 Content/"),
        "report.not-a-report": Advice(explanation: "这个文件看起来不是政府信息公开工作年度报告",
                                      howToFix: "确认文件是否放错；若确是年度报告，在开头加上 `township:` 和 `year:` front matter"),
        "corpus.duplicate": Advice(explanation: "同一乡镇同一年度有不止一份报告，两份都已发布",
                                   howToFix: "只有两份文件逐字节相同时才删去多余的一份；内容不同时，对照原件确定哪一份是正式版本（另一份可能是更正稿），不要直接删除"),
        "section.missing": Advice(explanation: "报告缺少规定的章节（国办公开办函〔2021〕30号规定六个部分）",
                                  howToFix: "对照原件核对章节标题；原件缺少该部分时应请发布机关补正"),
        "frontmatter": Advice(explanation: "文件开头的 front matter 写法有误",
                              howToFix: "按提示的行号改正 front matter（`township:`、`year:`、`source:` 等），值用引号括起"),
        "load": Advice(explanation: "文件无法读取或读取不完整",
                       howToFix: "从原网页重新下载原件；扫描件或图片请先转成文字（或录入为 .txt）再放入 Content/"),
        "table": Advice(explanation: "表格的格式与规定格式不一致，部分数字按“未知”处理",
                        howToFix: "对照原件和国办公开办函〔2021〕30号的表格格式核对该表，改正后重新生成"),
        "section": Advice(explanation: "报告的章节结构与规定格式不一致",
                          howToFix: "对照原件核对章节标题和编号"),
    ]

    static let generic = Advice(explanation: "解析报告时发现的问题", howToFix: "按提示的行号对照原件核对并改正")

    /// The advice for a diagnostic code.
    public static func advice(for code: String) -> Advice {
        let parts = code.split(separator: ".", maxSplits: 1).map(String.init)
        let family = parts.first ?? code
        let numberless = family.hasPrefix("table") ? "table" : family
        let generalised = parts.count > 1 ? "\(numberless).\(parts[1])" : numberless
        return byCode[code] ?? byCode[generalised] ?? byCode[family] ?? byCode[numberless] ?? generic
    }
}
