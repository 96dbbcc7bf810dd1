import Foundation

/// Compares the numbers a report's text states with its tables (warnings): 新收 N 件 against
/// 本年新收 总计, and likewise 上年结转, 结转下年度 (also 顺延至下年度), 行政复议, 行政诉讼, and
/// 办结/答复 N 件 against 办理结果总计 (N6).
enum NarrativeChecks {
    /// One statement to look for: the words that introduce it and the table cells it restates.
    struct Statement {
        var id: CheckID
        var name: String
        var triggers: [String]
        /// Words that, right before a trigger, say there were none (未收到 → 0).
        var negations: [String]
        var cells: [CellReference]
    }

    static let statements: [Statement] = [
        Statement(id: "N1", name: "本年新收政府信息公开申请", triggers: ["新收", "收到", "接到", "受理"], negations: ["未", "没有", "无"],
                  cells: [CellReference(table: 3, row: Table3Row.newReceived.rawValue, column: Table3Column.total.rawValue)]),
        Statement(id: "N2", name: "上年结转政府信息公开申请", triggers: ["上年结转", "上年转结", "上年度结转"], negations: [],
                  cells: [CellReference(table: 3, row: Table3Row.carriedOver.rawValue, column: Table3Column.total.rawValue)]),
        Statement(id: "N3", name: "结转下年度继续办理", triggers: ["结转下年", "转结下年", "结转至下", "顺延至下", "顺延到下", "顺延下年"], negations: [],
                  cells: [CellReference(table: 3, row: Table3Row.carriedForward.rawValue, column: Table3Column.total.rawValue)]),
        Statement(id: "N4", name: "行政复议", triggers: ["行政复议"], negations: ["未发生", "未收到", "没有", "无"],
                  cells: [CellReference(table: 4, row: Table4Group.review.rawValue, column: Table4Column.total.rawValue)]),
        Statement(id: "N5", name: "行政诉讼", triggers: ["行政诉讼"], negations: ["未发生", "未收到", "没有", "无"],
                  cells: [CellReference(table: 4, row: Table4Group.litigationDirect.rawValue, column: Table4Column.total.rawValue),
                          CellReference(table: 4, row: Table4Group.litigationAfterReview.rawValue, column: Table4Column.total.rawValue)]),
        // “办结/答复 N 件” counts the requests dealt with; “（含上年结转 M 件）” is N2's to check.
        Statement(id: "N6", name: "办结（答复）政府信息公开申请", triggers: ["办结", "答复"], negations: [],
                  cells: [CellReference(table: 3, row: Table3Row.resultsTotal.rawValue, column: Table3Column.total.rawValue)]),
    ]

    /// Each statement's triggers, as `WordIndex` groups in the order of `statements`.
    static let triggers = WordIndex(statements.map(\.triggers))

    /// A result for each statement the text makes; statements the text does not make are left out.
    static func run(on report: Report) -> [CheckResult] {
        run(on: report, blocks: NarrativeText.blocks(of: report))
    }

    /// The same from the narratives' blocks (`NarrativeText.blocks(of: report)`).
    static func run(on report: Report, blocks: [[Substring]]) -> [CheckResult] {
        let narratives = [report.preamble] + report.sections.map(\.narrative)
        let paragraphs = zip(narratives, blocks).flatMap { narrative, blocks in zip(blocks, narrative.blockLines) }
        // One pass over each paragraph's bytes finds which statements' triggers it holds: the
        // paragraphs without one are passed over before any scalar work.
        let holds = paragraphs.map { triggers.groups(in: $0.0) }
        // A paragraph's scalars, made once for the statements whose triggers it holds.
        var scalarsOf: [[Unicode.Scalar]?] = Array(repeating: nil, count: paragraphs.count)
        return statements.enumerated().compactMap { number, statement in
            for (position, (text, line)) in paragraphs.enumerated() where holds[position] & (1 << UInt64(number)) != 0 {
                let scalars = scalarsOf[position] ?? text.scalarArray { !$0.isBlank && $0 != "*" }
                scalarsOf[position] = scalars
                guard let stated = find(statement, in: scalars) else { continue }
                return compare(statement, stated: stated, line: line, report: report, paragraph: text)
            }
            return nil
        }
    }

    /// The number the text states after a trigger, or 0 after a negation; nil when it states none.
    static func find(_ statement: Statement, in text: String) -> Decimal? {
        find(statement, in: Array(text.unicodeScalars))
    }

    /// The same, on the paragraph's scalars.
    static func find(_ statement: Statement, in scalars: [Unicode.Scalar]) -> Decimal? {
        for trigger in statement.triggers {
            let pattern = Array(trigger.unicodeScalars)
            var index = 0
            while let start = firstIndex(of: pattern, in: scalars, from: index) {
                index = start + pattern.count
                let window = scalars[index..<min(scalars.count, index + 24)]
                // The clause before the trigger, made once and only for the statements that read it.
                let before = statement.id == "N6" || !statement.negations.isEmpty ? clause(before: start, in: scalars) : ""
                // 延期答复 3 件, 当面答复 2 件: a part of the requests, not all of them.
                if statement.id == "N6", partialAnswers.contains(where: before.includes) { continue }
                // “未发生被行政复议纠错的情况” speaks of outcomes, not of how many cases there were.
                if statement.id == "N4" || statement.id == "N5", outcomeWords.contains(where: clause(after: index, in: scalars).includes) { continue }
                if statement.negations.contains(where: before.includes),
                   window.contains(where: { $0 == "申" }) || statement.id >= "N4" {
                    return 0
                }
                guard statement.id != "N1" || window.prefix(14).contains("申") else { continue }
                if let number = number(in: window) { return number }
            }
        }
        return nil
    }

    /// Words before 答复/办结 that make the count a part of the requests dealt with.
    private static let partialAnswers = ["延期", "逾期", "当面", "书面", "电话", "网上", "邮寄", "予以", "不予", "部分", "其中"]

    /// The words of the clause before a position, up to 16 characters back and never past a
    /// sentence or clause mark: a negation there (未发生…行政复议、行政诉讼) covers the trigger.
    private static func clause(before position: Int, in scalars: [Unicode.Scalar]) -> String {
        var start = position
        while start > 0, position - start < 16, !["，", "。", "；", ",", ";", "：", ":"].contains(scalars[start - 1]) { start -= 1 }
        return String(scalars: scalars[start..<position])
    }

    /// Words that make a mention of 行政复议/行政诉讼 one about outcomes (纠错, 败诉), which table
    /// 4's 总计 does not count.
    private static let outcomeWords = ["纠错", "纠正", "败诉", "撤销", "确认违法", "被改变", "被维持"]

    /// The words of the clause after a position, up to 12 characters and never past a clause mark.
    private static func clause(after position: Int, in scalars: [Unicode.Scalar]) -> String {
        var end = position
        while end < scalars.count, end - position < 12, !["，", "。", "；", ",", ";", "：", ":", "、"].contains(scalars[end]) { end += 1 }
        return String(scalars: scalars[position..<end])
    }

    /// The first number in a window that is followed by 件/个/起/次 and reached without crossing a
    /// sentence or clause mark.
    private static func number(in window: ArraySlice<Unicode.Scalar>) -> Decimal? {
        var digits = ""
        for scalar in window {
            if scalar.isDigit {
                digits.unicodeScalars.append(scalar)
            } else if !digits.isEmpty {
                return ["件", "个", "起", "次", "宗"].contains(scalar) ? Decimal(string: digits) : nil
            } else if ["，", "。", "；", "、", ",", ";", "（", "("].contains(scalar) {
                return nil
            }
        }
        return nil
    }

    private static func firstIndex(of pattern: [Unicode.Scalar], in scalars: [Unicode.Scalar], from: Int) -> Int? {
        guard pattern.count <= scalars.count, from <= scalars.count - pattern.count else { return nil }
        for start in from...(scalars.count - pattern.count) where scalars[start] == pattern[0] {
            if scalars[start..<start + pattern.count].elementsEqual(pattern) { return start }
        }
        return nil
    }

    /// The result of comparing a stated number with the table.
    private static func compare(_ statement: Statement, stated: Decimal, line: Int, report: Report, paragraph: Substring) -> CheckResult {
        let values = statement.cells.map { reference -> Decimal? in
            switch reference.table {
            case 3: report.table3.flatMap { table in Table3Row(rawValue: reference.row).flatMap { table.cell($0, reference.column).value } }
            default: report.table4.flatMap { table in Table4Group(rawValue: reference.row).flatMap { table.cell($0, reference.column).value } }
            }
        }
        guard values.allSatisfy({ $0 != nil }) else {
            return CheckResult(id: statement.id, status: .unknown,
                               message: "正文称\(statement.name) \(stated.text) 件；表格中的数字未知", line: line, cells: statement.cells)
        }
        let total = values.reduce(Decimal(0)) { $0 + ($1 ?? 0) }
        let tableName = statement.cells.first?.table == 3 ? "表三" : "表四"
        // A text that says 办结 N 件 of this year's requests, not counting those carried over from
        // last year (and not saying 含上年结转), states 办理结果总计 − 上年结转.
        if statement.id == "N6", total != stated, !paragraph.includes("上年结转"),
           let over = report.table3?.cell(.carriedOver, Table3Column.total.rawValue).value, over > 0, total - over == stated {
            return CheckResult(id: statement.id, status: .pass,
                               message: "正文与表三一致：\(statement.name) \(stated.text) 件（办理结果总计 \(total.text) 件，不含上年结转 \(over.text) 件）",
                               line: line)
        }
        if total == stated {
            return CheckResult(id: statement.id, status: .pass,
                               message: "正文与\(tableName)一致：\(statement.name) \(stated.text) 件", line: line)
        }
        return CheckResult(id: statement.id, status: .fail,
                           message: "正文称\(statement.name) \(stated.text) 件，\(tableName)却为 \(total.text) 件", line: line, cells: statement.cells)
    }
}
