/// What sections 五 and 六 say, against what the 2021 format (国办公开办函〔2021〕30号) asks of them.
enum SectionContentChecks {
    /// Words that, alone, say a section has nothing in it.
    static let nothingWords: Set<String> = ["无", "无。", "暂无", "暂无。", "没有", "没有。", "无其他需要报告的事项", "无其他需要报告的事项。"]

    /// S1 (warning): section 五 (存在的主要问题及改进情况) missing, empty, "无" or a single short
    /// line: the format asks for the problems found and what was done about them.
    static func s1(_ report: Report) -> CheckResult {
        s1(report, paragraphs: report.section(5).map { NarrativeText.paragraphs(of: $0.narrative) })
    }

    /// S1 given section 五's paragraphs (`NarrativeText.paragraphs`; nil when it is missing).
    static func s1(_ report: Report, paragraphs: [NarrativeText.Paragraph]?) -> CheckResult {
        guard let section = report.section(5), let paragraphs else {
            return CheckResult(id: "S1", status: .fail, message: "报告缺第五部分“存在的主要问题及改进情况”")
        }
        let letters = paragraphs.reduce(0) { count, paragraph in
            paragraph.text.unicodeScalars.reduce(count) { NarrativeText.isLetter($1) ? $0 + 1 : $0 }
        }
        let text = paragraphs.map(\.text).joined()
        if paragraphs.isEmpty {
            return CheckResult(id: "S1", status: .fail, message: "第五部分“存在的主要问题及改进情况”没有内容", line: section.line)
        }
        if isNothing(text) {
            return CheckResult(id: "S1", status: .fail, message: "第五部分只写“\(text)”：未说明存在的问题和改进情况", line: section.line)
        }
        if paragraphs.count == 1, letters < minimumLetters {
            return CheckResult(id: "S1", status: .fail,
                               message: "第五部分只有一句（\(letters) 字）：未具体说明存在的问题和改进情况", line: section.line)
        }
        return CheckResult(id: "S1", status: .pass, message: "第五部分写明了问题和改进情况（\(letters) 字）")
    }

    /// Fewer Han characters than this in one paragraph is "only a line".
    static let minimumLetters = 40

    /// S2 (warning): section 六 (其他需要报告的事项) says "无" or nothing while table 2 reports fees
    /// (行政事业性收费 金额 > 0 in the 2021 format).
    static func s2(_ report: Report) -> CheckResult? {
        s2(report, text: sectionText(report, 6))
    }

    /// S2 given section 六's plain text (`sectionText`).
    static func s2(_ report: Report, text: String) -> CheckResult? {
        guard report.format == .current, let fees = report.table2?.cell(.fees, 0).value, fees > 0 else { return nil }
        if text.isEmpty || isNothing(text) {
            return CheckResult(id: "S2", status: .fail,
                               message: "表二列出行政事业性收费 \(fees.text) 万元，第六部分却\(text.isEmpty ? "没有内容" : "只写“\(text)”")", line: report.section(6)?.line,
                               cells: [CellReference(table: 2, row: Table2Row.fees.rawValue, column: 0)])
        }
        return CheckResult(id: "S2", status: .pass, message: "第六部分有内容（表二列出收费 \(fees.text) 万元）")
    }

    /// S3 (note): in the 2021 format, section 六 says nothing about 信息处理费, which
    /// 《政府信息公开信息处理费管理办法》(国办函〔2020〕109号) asks the annual report to state.
    static func s3(_ report: Report) -> CheckResult? {
        s3(report, text: sectionText(report, 6))
    }

    /// S3 given section 六's plain text (`sectionText`).
    static func s3(_ report: Report, text: String) -> CheckResult? {
        guard report.format == .current else { return nil }
        if text.includes("信息处理费") || text.includes("处理费") {
            return CheckResult(id: "S3", status: .pass, message: "第六部分说明了信息处理费的收取情况")
        }
        return CheckResult(id: "S3", status: .fail, message: "第六部分未说明信息处理费的收取情况（国办函〔2020〕109号要求在年度报告中说明）", line: report.section(6)?.line)
    }

    /// Whether a section's text is one of `nothingWords`. A text of more scalars than the longest
    /// of them cannot be one (string equality is canonical equivalence, and no character
    /// decomposes into fewer), so a real section is not hashed whole.
    static func isNothing(_ text: String) -> Bool {
        text.unicodeScalars.count <= longestNothing && nothingWords.contains(text)
    }

    private static let longestNothing = nothingWords.map(\.unicodeScalars.count).max() ?? 0

    /// A section's paragraphs joined as plain text; empty when the report lacks the section.
    static func sectionText(_ report: Report, _ number: Int) -> String {
        report.section(number).map { NarrativeText.paragraphs(of: $0.narrative).map(\.text).joined() } ?? ""
    }
}
