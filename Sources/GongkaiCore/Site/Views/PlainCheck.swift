import Foundation

/// The failed form identities V1–V4 said in words a citizen reads, one sentence per failing
/// column, row or group, before the formula: “表三“自然人”一列：新收 3 + 上年结转 0，应等于办理 1 +
/// 结转下年 0，相差 2”. Other checks already speak plainly in their message; for them, and for an
/// identity that passed or could not be checked, there is no sentence.
///
/// The numbers come from the report's own cells, so a sentence says only what the table prints;
/// an instance with an unknown cell gets no sentence (its check is unknown there, never failed).
enum PlainCheck {
    /// The sentences for `check` of `report`; empty unless it is a failed V1–V4.
    static func sentences(_ check: CheckResult, report: Report) -> [String] {
        guard check.status == .fail else { return [] }
        switch check.id.rawValue {
        case "V1": return report.table3.map(v1) ?? []
        case "V2": return report.table3.map(v2) ?? []
        case "V3": return report.table3.map(v3) ?? []
        case "V4": return report.table4.map(v4) ?? []
        default: return []
        }
    }

    /// One term of a sentence: a short name and the cell it reads.
    private typealias Term = (name: String, cell: Cell)

    /// `where：a 3 + b 0，应等于 c 1 + d 0，相差 2` when every cell is known and the sides differ.
    private static func sentence(_ place: String, _ left: [Term], _ right: [Term], rightName: String? = nil) -> String? {
        let values = (left + right).map(\.cell.value)
        guard values.allSatisfy({ $0 != nil }) else { return nil }
        let sum = { (terms: [Term]) in terms.reduce(Decimal(0)) { $0 + ($1.cell.value ?? 0) } }
        let (lhs, rhs) = (sum(left), sum(right))
        guard lhs != rhs else { return nil }
        let words = { (terms: [Term]) in terms.map { "\($0.name) \(($0.cell.value ?? 0).text)" }.joined(separator: " + ") }
        let difference = lhs > rhs ? lhs - rhs : rhs - lhs
        let target = rightName.map { "\($0) \(rhs.text)" } ?? words(right)
        return "\(place)：\(words(left))，应等于\(target)，相差 \(difference.text)"
    }

    /// V1, per column: 新收 + 上年结转 should equal 办理 + 结转下年.
    private static func v1(_ table: ReportTable<Table3Row>) -> [String] {
        Table3Column.allCases.compactMap { column in
            let c = column.rawValue
            return sentence("表三“\(column.officialLabel)”一列",
                            [("新收", table.cell(.newReceived, c)), ("上年结转", table.cell(.carriedOver, c))],
                            [("办理", table.cell(.resultsTotal, c)), ("结转下年", table.cell(.carriedForward, c))])
        }
    }

    /// V2, per column: 办理结果总计 should equal the sum of the result rows.
    private static func v2(_ table: ReportTable<Table3Row>) -> [String] {
        Table3Column.allCases.compactMap { column in
            let c = column.rawValue
            return sentence("表三“\(column.officialLabel)”一列", [("办理结果总计", table.cell(.resultsTotal, c))],
                            Table3Row.resultRows(in: table.format).map { (shortName($0), table.cell($0, c)) },
                            rightName: "各项办理结果之和")
        }
    }

    /// V3, per row: 总计 should equal the six applicant columns.
    private static func v3(_ table: ReportTable<Table3Row>) -> [String] {
        table.rows.compactMap { row in
            sentence("表三“\(shortName(row))”一行", [("总计", table.cell(row, Table3Column.total.rawValue))],
                     Table3Column.applicants.map { ($0.officialLabel, table.cell(row, $0.rawValue)) },
                     rightName: "六类申请人之和")
        }
    }

    /// V4, per group: 总计 should equal 维持 + 纠正 + 其他 + 尚未审结.
    private static func v4(_ table: ReportTable<Table4Group>) -> [String] {
        table.rows.compactMap { group in
            sentence("表四“\(group.officialLabel)”", [("总计", table.cell(group, Table4Column.total.rawValue))],
                     [Table4Column.upheld, .corrected, .other, .pending].map { ("\($0.officialLabel)", table.cell(group, $0.rawValue)) })
        }
    }

    /// A row's label without its numbering and bracketed note: “（二）部分公开（区分处理的…）” → “部分公开”,
    /// “一、本年新收政府信息公开申请数量” → “本年新收政府信息公开申请数量”.
    static func shortName(_ row: Table3Row) -> String {
        var label = Substring(row.officialLabel)
        if label.hasPrefix("（"), let close = label.firstIndex(of: "）") { label = label[label.index(after: close)...] }
        if let mark = label.firstIndex(where: { $0 == "、" || $0 == "." }), label.distance(from: label.startIndex, to: mark) <= 2 {
            label = label[label.index(after: mark)...]
        }
        if let open = label.firstIndex(of: "（"), open != label.startIndex { label = label[..<open] }
        let name = String(label)
        return row.group.map { group in
            // 3.其他 alone says nothing: name its group.
            name == "其他" ? shortGroup(group) + "·其他" : name
        } ?? name
    }

    private static func shortGroup(_ group: String) -> String {
        guard group.hasPrefix("（"), let close = group.firstIndex(of: "）") else { return group }
        return String(group[group.index(after: close)...])
    }
}
