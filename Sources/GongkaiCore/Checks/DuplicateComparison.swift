import Foundation

/// What differs between two files that claim the same township and year, for the
/// `corpus.duplicate` warning: an editor must never be told to delete one of two differing
/// files without seeing how they differ (one may be the corrected version).
enum DuplicateComparison {
    /// At most this many differing cells are named; the rest are counted.
    static let shownCells = 5

    /// "" for byte-identical files (same SHA-256); otherwise `（与本文件不同：…）` naming the
    /// first differing table cells (表二–表四, row label and 1-based column, this file's value
    /// first), or saying the tables agree and the text or layout differs.
    static func describe(_ report: Report, _ other: Report) -> String {
        guard report.sha256 != other.sha256 else { return "（与本文件逐字节相同）" }
        let differences = cells("表二", report.table2, other.table2) + cells("表三", report.table3, other.table3)
            + cells("表四", report.table4, other.table4)
        guard !differences.isEmpty else { return "（与本文件不同：表格数字相同，差别在正文或排版）" }
        let shown = differences.prefix(shownCells).joined(separator: "；")
        let more = differences.count > shownCells ? "等 \(differences.count) 处" : ""
        return "（与本文件不同：\(shown)\(more)）"
    }

    /// The cells of one table that differ, as `表三「label」第N列：本文件 A，另一份 B`; a table one
    /// file has and the other lacks is one difference.
    static func cells<Row>(_ name: String, _ mine: ReportTable<Row>?, _ theirs: ReportTable<Row>?) -> [String] {
        switch (mine, theirs) {
        case (nil, nil): return []
        case (.some, nil): return ["\(name)：本文件有，另一份没有"]
        case (nil, .some): return ["\(name)：本文件没有，另一份有"]
        case let (.some(mine), .some(theirs)):
            return mine.rows.flatMap { row in
                (0..<max(mine[row].count, theirs[row].count)).compactMap { column -> String? in
                    let (a, b) = (mine.cell(row, column), theirs.cell(row, column))
                    guard a.value != b.value || a.status != b.status else { return nil }
                    return "\(name)「\(row.officialLabel)」第\(column + 1)列：本文件 \(shown(a))，另一份 \(shown(b))"
                }
            }
        }
    }

    private static func shown(_ cell: Cell) -> String {
        cell.value.map { "\($0)" } ?? "（未能读出）"
    }
}
