import Foundation

/// The checks of one report: the hard identities V1–V5 and the narrative against the tables.
public enum ReportChecks {
    /// Every check of a report, in id order.
    public static func run(on report: Report) -> [CheckResult] {
        // Every narrative split into blocks and read into paragraphs once, for the text checks
        // that follow.
        let blocks = NarrativeText.blocks(of: report)
        let narratives = TextQualityChecks.paragraphs(of: report, blocks: blocks)
        let section = { (number: Int) in report.sections.firstIndex { $0.number == number }.map { narratives[$0 + 1] } }
        let other = section(6).map { $0.map(\.text).joined() } ?? ""
        // Tables 3 and 4's rows unpacked once for V1–V4 and V5, which read most of them each.
        let table3 = report.table3.map(TableRows.init)
        let table4 = report.table4.map(TableRows.init)
        return [v1(table3), v2(table3), v3(table3), v4(table4), v5(report, table3: table3, table4: table4)]
            + NarrativeChecks.run(on: report, blocks: blocks)
            + [TimelinessCheck.t1(report), SectionContentChecks.s1(report, paragraphs: section(5))]
            + [SectionContentChecks.s2(report, text: other), SectionContentChecks.s3(report, text: other)].compactMap { $0 }
            + [TextQualityChecks.q1(narratives), TextQualityChecks.q2(narratives), TextQualityChecks.q3(narratives)]
    }

    /// V1: 新收 + 上年结转 = 办理结果总计 + 结转下年度, per column.
    static func v1(_ table: ReportTable<Table3Row>?) -> CheckResult { v1(table.map(TableRows.init)) }

    private static func v1(_ table: TableRows<Table3Row>?) -> CheckResult {
        identity(id: "V1", name: "本年新收 + 上年结转 = 办理结果总计 + 结转下年度", table: table, table3: true, form: IdentityForms.v1)
    }

    /// V2: 总计 = the sum of the result rows, per column.
    static func v2(_ table: ReportTable<Table3Row>?) -> CheckResult { v2(table.map(TableRows.init)) }

    private static func v2(_ table: TableRows<Table3Row>?) -> CheckResult {
        identity(id: "V2", name: "办理结果总计 = 各项办理结果之和", table: table, table3: true,
                 form: table?.format == .trial ? IdentityForms.v2Trial : IdentityForms.v2Current)
    }

    /// V3: 总计 = the six applicant columns, per row.
    static func v3(_ table: ReportTable<Table3Row>?) -> CheckResult { v3(table.map(TableRows.init)) }

    private static func v3(_ table: TableRows<Table3Row>?) -> CheckResult {
        identity(id: "V3", name: "每行总计 = 六类申请人之和", table: table, table3: true,
                 form: table?.format == .trial ? IdentityForms.v3Trial : IdentityForms.v3Current)
    }

    /// V4: 总计 = 维持 + 纠正 + 其他 + 尚未审结, per group of table 4.
    static func v4(_ table: ReportTable<Table4Group>?) -> CheckResult { v4(table.map(TableRows.init)) }

    private static func v4(_ table: TableRows<Table4Group>?) -> CheckResult {
        identity(id: "V4", name: "总计 = 维持 + 纠正 + 其他 + 尚未审结", table: table, table3: false, form: IdentityForms.v4)
    }

    /// V5: counts are whole numbers ≥ 0, amounts ≥ 0; only the trial format's 本年增/减 may be negative.
    static func v5(_ report: Report) -> CheckResult {
        v5(report, table3: report.table3.map(TableRows.init), table4: report.table4.map(TableRows.init))
    }

    /// V5 with tables 3 and 4's rows already unpacked.
    private static func v5(_ report: Report, table3: TableRows<Table3Row>?, table4: TableRows<Table4Group>?) -> CheckResult {
        var bad: [(String, Cell, CellReference)] = []
        var printed = 0
        var unknown = 0
        func inspect<Row: TableRowKey>(_ table: TableRows<Row>?, number: Int, amount: (Row, Int) -> Bool, signed: (Row, Int) -> Bool) {
            guard let table else { return }
            for row in table.rows {
                for (column, cell) in table[row].enumerated() {
                    guard let value = cell.value else { unknown += 1; continue }
                    printed += 1
                    // A whole number read from its storage needs no rounding to tell (nearly every cell).
                    let integer = value.smallWholeValue
                    let negative = integer.map { $0 < 0 } ?? (value < 0)
                    if (!signed(row, column) && negative) || (!amount(row, column) && !(integer != nil || value.isWhole)) {
                        bad.append(("\(row.officialLabel) \(cell.text ?? value.text)", cell, CellReference(table: number, row: row.rawValue, column: column)))
                    }
                }
            }
        }
        let format = report.format ?? .current
        inspect(report.table2.map(TableRows.init), number: 2, amount: { $0.isAmount(column: $1, in: format) }, signed: { $0.isSigned(column: $1, in: format) })
        inspect(table3, number: 3, amount: { _, _ in false }, signed: { _, _ in false })
        inspect(table4, number: 4, amount: { _, _ in false }, signed: { _, _ in false })
        if !bad.isEmpty {
            return CheckResult(id: "V5", status: .fail,
                               message: "不可能的数字：\(bad.map(\.0).joined(separator: "；"))（件数须为非负整数，金额须非负）", line: bad.first?.1.line, cells: bad.map(\.2))
        }
        if unknown > 0 {
            return CheckResult(id: "V5", status: .unknown,
                               message: "已印出的 \(printed) 个数字均符合要求，另有 \(unknown) 格未知，无法核对")
        }
        if printed == 0 {
            return CheckResult(id: "V5", status: .unknown, message: "表格中没有任何数字")
        }
        return CheckResult(id: "V5", status: .pass, message: "全部 \(printed) 个数字均符合要求（件数为非负整数，金额非负）")
    }

    /// An identity `sum(left) = sum(right)` checked in each instance: fail when any known instance
    /// fails, unknown when any instance has an unknown input, pass otherwise.
    private static func identity<Row: TableRowKey>(id: CheckID, name: String, table: TableRows<Row>?, table3: Bool,
                                                   form: IdentityForm<Row>) -> CheckResult {
        let number = table3 ? 3 : 4
        guard let table else {
            return CheckResult(id: id, status: .unknown, message: "\(name)：无法核对，报告缺少表\(CheckNames.tableNumeral(number))")
        }
        // Each row the form names looked up once, not once per cell.
        let rows = form.rows.map { table[$0] }
        func cells(_ side: [IdentityForm<Row>.Term]) -> [(Cell, CellReference)] {
            side.map { term in
                let row = rows[term.row]
                return (term.column < row.count ? row[term.column] : .missing,
                        CellReference(table: number, row: form.rows[term.row].rawValue, column: term.column))
            }
        }
        var failures: [String] = []
        var failedCells: [CellReference] = []
        var unknown: [String] = []
        var firstFailLine: Int?
        var passed = 0
        // Only the last passing instance is quoted: kept, and written out once at the end.
        var lastPass: IdentityForm<Row>.Instance?
        let terms = { (cells: [(Cell, CellReference)]) in cells.map { ($0.0.value ?? 0).text }.joined(separator: " + ") }
        let sum = { (cells: [(Cell, CellReference)]) in cells.reduce(Decimal(0)) { $0 + ($1.0.value ?? 0) } }
        for instance in form.instances {
            switch IdentityForm.compare(instance, rows) {
            case nil: unknown.append(instance.label)
            case true?:
                passed += 1
                lastPass = instance
            case false?:
                let leftCells = cells(instance.left), rightCells = cells(instance.right)
                let all = leftCells + rightCells
                let lhs = sum(leftCells), rhs = sum(rightCells)
                failures.append("\(instance.label): \(terms(leftCells)) = \(lhs.text) ≠ \(terms(rightCells)) = \(rhs.text)")
                failedCells += all.map(\.1)
                firstFailLine = firstFailLine ?? all.compactMap(\.0.line).first
            }
        }
        if !failures.isEmpty {
            return CheckResult(id: id, status: .fail, message: "\(name)不成立：\(failures.joined(separator: "；"))", line: firstFailLine, cells: failedCells)
        }
        if !unknown.isEmpty {
            return CheckResult(id: id, status: .unknown,
                               message: "\(name)：\(unknown.joined(separator: "、"))有未知数字，无法核对；其余 \(passed) 处成立")
        }
        let example = lastPass.map { instance in
            let left = cells(instance.left), right = cells(instance.right)
            return "\(instance.label): \(terms(left)) = \(terms(right)) = \(sum(left).text)"
        } ?? ""
        return CheckResult(id: id, status: .pass, message: "\(name)在全部 \(passed) 处成立（如 \(example)）")
    }
}

/// A table's rows, each unpacked from the table once (`ReportTable`'s subscript makes a row's
/// cells from their packed form on every call): for the checks that read the same rows in turn.
/// `self[row]` is `table[row]`.
struct TableRows<Row: TableRowKey> {
    /// The table's format and its rows in the official order, as the table gives them.
    let format: ReportFormat
    let rows: [Row]
    /// `table[row]` by `row.ordinal`, for the rows the table has; nil for the others.
    private let cells: [[Cell]?]
    private let table: ReportTable<Row>

    init(_ table: ReportTable<Row>) {
        self.table = table
        format = table.format
        rows = table.rows
        cells = Row.allCases.map { table.has($0) ? table[$0] : nil }
    }

    subscript(row: Row) -> [Cell] { cells[row.ordinal] ?? table[row] }
}

/// The instances of an identity of V1–V4 for one table form, made once: each instance's label
/// and the cells of its two sides, as an index into `rows` (the rows the identity reads, each
/// looked up once per report) and a column.
struct IdentityForm<Row: TableRowKey>: Sendable {
    /// One cell of a side: `rows[row]`, column `column`.
    struct Term: Sendable {
        var row: Int
        var column: Int
    }

    /// One instance: `sum(left) = sum(right)`.
    struct Instance: Sendable {
        var label: String
        var left: [Term]
        var right: [Term]
    }

    let rows: [Row]
    let instances: [Instance]

    init(_ instances: [(String, [(Row, Int)], [(Row, Int)])]) {
        var rows: [Row] = []
        var position: [Row: Int] = [:]
        func term(_ reference: (Row, Int)) -> Term {
            if let index = position[reference.0] { return Term(row: index, column: reference.1) }
            position[reference.0] = rows.count
            rows.append(reference.0)
            return Term(row: rows.count - 1, column: reference.1)
        }
        self.instances = instances.map { Instance(label: $0.0, left: $0.1.map(term), right: $0.2.map(term)) }
        self.rows = rows
    }

    /// Whether the instance holds: nil when a cell is unknown. Whole numbers (nearly every
    /// cell) are added as integers; any other value takes `Decimal`'s exact sum, which gives
    /// the same answer (a test compares both).
    static func compare(_ instance: Instance, _ rows: [[Cell]]) -> Bool? {
        var whole = true
        // The side's integer sum; nil when a cell is unknown.
        func add(_ terms: [Term]) -> Int64? {
            var total: Int64 = 0
            for term in terms {
                let row = rows[term.row]
                guard term.column < row.count, let value = row[term.column].value else { return nil }
                // Below 2^53 each: a sum of a few cannot overflow.
                if whole, let integer = value.smallWholeValue { total += integer } else { whole = false }
            }
            return total
        }
        guard let left = add(instance.left), let right = add(instance.right) else { return nil }
        if whole { return left == right }
        let sum = { (terms: [Term]) in terms.reduce(Decimal(0)) { $0 + (rows[$1.row][$1.column].value ?? 0) } }
        return sum(instance.left) == sum(instance.right)
    }
}

/// The forms of V1–V4, made once for the process.
enum IdentityForms {
    static let v1 = IdentityForm<Table3Row>(Table3Column.allCases.map { column in
        (column.officialLabel,
         [(Table3Row.newReceived, column.rawValue), (Table3Row.carriedOver, column.rawValue)],
         [(Table3Row.resultsTotal, column.rawValue), (Table3Row.carriedForward, column.rawValue)])
    })

    static let v2Current = v2(.current)
    static let v2Trial = v2(.trial)

    private static func v2(_ format: ReportFormat) -> IdentityForm<Table3Row> {
        IdentityForm(Table3Column.allCases.map { column in
            (column.officialLabel,
             [(Table3Row.resultsTotal, column.rawValue)],
             Table3Row.resultRows(in: format).map { ($0, column.rawValue) })
        })
    }

    static let v3Current = v3(.current)
    static let v3Trial = v3(.trial)

    private static func v3(_ format: ReportFormat) -> IdentityForm<Table3Row> {
        IdentityForm(Table3Row.rows(in: format).map { row in
            (row.officialLabel,
             [(row, Table3Column.total.rawValue)],
             Table3Column.applicants.map { (row, $0.rawValue) })
        })
    }

    static let v4 = IdentityForm<Table4Group>(Table4Group.allCases.map { group in
        (group.officialLabel,
         [(group, Table4Column.total.rawValue)],
         [Table4Column.upheld, .corrected, .other, .pending].map { (group, $0.rawValue) })
    })
}

extension Decimal {
    /// Whether the number has no fractional part.
    var isWhole: Bool {
        var copy = self
        var rounded = Decimal()
        NSDecimalRound(&rounded, &copy, 0, .plain)
        return rounded == self
    }
}
