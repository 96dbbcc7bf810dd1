import Foundation

/// The readings of a row whose cells ran together in a crawler's text (`规章000`,
/// `…申请数量120000012`): every way to cut its runs of digits into the form's number of cells,
/// no cell with a leading zero (`012`). A run is split only where it has exactly one reading,
/// after the table's identities (`accept`) have ruled readings out; a guessed number is a defect,
/// an unknown is not.
enum CellRun {
    /// More readings than this, or more steps than `stepBudget`, and the run is left unknown.
    static let readingLimit = 64
    private static let stepBudget = 200_000

    /// The texts of each reading of `cells` (runs and single cells) as `count` cells, or nil when
    /// there are too many to list.
    static func readings(_ cells: [GridCell], count: Int) -> [[String]]? {
        var results: [[String]] = []
        var steps = 0
        var overflow = false
        var current: [String] = []
        func walk(_ cellIndex: Int) {
            steps += 1
            if overflow || steps > stepBudget { overflow = true; return }
            if cellIndex == cells.count {
                if current.count == count {
                    results.append(current)
                    if results.count > readingLimit { overflow = true }
                }
                return
            }
            let cell = cells[cellIndex]
            let room = count - current.count - (cells.count - cellIndex - 1)
            guard room >= 1 else { return }
            if !cell.isRun {
                current.append(cell.text)
                walk(cellIndex + 1)
                current.removeLast()
                return
            }
            let scalars = Array(cell.text.unicodeScalars)
            func cut(_ start: Int, _ made: Int) {
                // Every cut counts against the budget too: the ways to cut a long run are many more
                // than its complete readings (the fuzzer found a run glued to a table 4 label that
                // took over 10 s when only complete readings were counted).
                steps += 1
                if overflow || steps > stepBudget { overflow = true; return }
                if start == scalars.count { walk(cellIndex + 1); return }
                guard made < room else { return }
                for end in (start + 1)...min(scalars.count, start + 9) where isNumber(scalars[start..<end]) {
                    current.append(String(String.UnicodeScalarView(scalars[start..<end])))
                    cut(end, made + 1)
                    current.removeLast()
                }
            }
            cut(0, 0)
        }
        walk(0)
        return overflow ? nil : results
    }

    /// Whether a piece can be one printed number: an optional sign, no leading zero, at most one
    /// decimal point with digits on both sides.
    private static func isNumber(_ piece: ArraySlice<Unicode.Scalar>) -> Bool {
        var digits = piece
        if digits.first == "-" { digits = digits.dropFirst() }
        guard let first = digits.first, first.isDigit, let last = digits.last, last.isDigit,
              !digits.dropFirst().contains("-"), digits.count(where: { $0 == "." }) <= 1 else { return false }
        let whole = digits.prefix { $0 != "." }
        return !(whole.count > 1 && first == "0")
    }
}

extension SplitRow {
    /// Whether the row's values include a run of digits that may hold several cells.
    var hasRun: Bool { values.contains { $0.cell.isRun } }

    /// The row with its runs cut into `count` cells when exactly one reading passes `accept`
    /// (given the numbers of a reading, nil for a dash); otherwise a row whose cells are all
    /// unreadable, and a diagnostic naming the run and its readings. A row without runs is
    /// returned with its blank cells placed by position where the layout shows them
    /// (`aligningBlanks(count:)`).
    func resolvingRuns(count: Int, table: Int, label: String,
                       accept: ([Decimal?]) -> Bool = { _ in true }) -> (row: SplitRow, diagnostic: Diagnostic?) {
        guard hasRun else { return (aligningBlanks(count: count), nil) }
        let cells = values.map(\.cell)
        let printed = cells.map(\.text).joined(separator: " ")
        let all = CellRun.readings(cells, count: count)
        let kept = all?.filter { reading in accept(reading.map { Self.number($0) }) }
        var resolved = self
        if let kept, kept.count == 1, let reading = kept.first {
            let line = cells.first?.line ?? line
            resolved.values = reading.map { text in (GridCell(text: text, line: line), CellText.read(Substring(text))) }
            resolved.isInferred = true
            return (resolved, nil)
        }
        resolved.values = []
        resolved.isInferred = true
        resolved.hasUnresolvedRun = true
        let name = "表\(CheckNames.tableNumeral(table))“\(label)”"
        let message: String
        if let all, let kept, kept.isEmpty {
            message = "\(name)一行的数字连在一起（“\(printed)”），" + (all.isEmpty ? "拆不成 \(count) 格" : "\(all.count) 种拆法都不符合表格的勾稽关系") + "，各格记为未知"
        } else if let kept {
            let shown = kept.prefix(4).map { $0.joined(separator: "|") }.joined(separator: "、")
            message = "\(name)一行的数字连在一起（“\(printed)”），可读作 \(shown)\(kept.count > 4 ? " 等 \(kept.count) 种" : "")，无法确定，各格记为未知"
        } else {
            message = "\(name)一行的数字连在一起（“\(printed)”），拆法太多，无法确定，各格记为未知"
        }
        return (resolved, Diagnostic(.warning, "table\(table).run-together", line: line, message))
    }

    private static func number(_ text: String) -> Decimal? {
        if case .number(let value, _) = CellText.read(Substring(text)) { return value }
        return nil
    }
}

/// A sum identity (V3, V4) on the printed values of one reading, used to rule readings out:
/// a reading with a dash in it cannot be ruled out.
enum IdentityCheck {
    static func sumHolds(_ values: [Decimal?], total: Int?, parts: [Int]) -> Bool {
        guard let total, total < values.count, let sum = values[total], parts.allSatisfy({ $0 < values.count }) else { return true }
        var added: Decimal = 0
        for part in parts {
            guard let value = values[part] else { return true }
            added += value
        }
        return added == sum
    }
}
