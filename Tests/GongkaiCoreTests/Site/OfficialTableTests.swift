import Foundation
import Testing
@testable import GongkaiCore

/// Tables 2–4 written from their format's skeleton (`OfficialTable.write`) give the bytes their
/// `TableView` gives, on every report of the representative corpora and on variants of them with
/// failed checks, unknown and annotated cells, text to escape, fractions, and a row of another
/// length (which `TableView` writes).
@Suite struct OfficialTableTests {
    /// A report's tables, each written both ways: the skeleton's bytes, the view's, and whether
    /// the skeleton wrote them.
    static func bothWays(_ report: Report) -> [(fast: [UInt8], slow: [UInt8], skeleton: Bool, caption: Bool)] {
        let tables = OfficialTables(report: report)
        var kinds: [OfficialTable.Kind] = []
        if let table = report.table2 { kinds.append(.table2(table)) }
        if let table = report.table3 { kinds.append(.table3(table)) }
        if let table = report.table4 { kinds.append(.table4(table)) }
        return kinds.map { kind in
            let official = OfficialTable(kind: kind, tables: tables)
            var fast = HTMLBytes(capacity: 0)
            official.write(to: &fast)
            let view = official.view
            var slow = HTMLBytes(capacity: 0)
            view.write(to: &slow)
            var probe = HTMLBytes(capacity: 0)
            let skeleton = switch kind {
            case .table2(let table): OfficialTable.table2Skeletons[table.format]?.write(table, tables: tables, to: &probe) ?? false
            case .table3(let table): OfficialTable.table3Skeletons[table.format]?.write(table, tables: tables, to: &probe) ?? false
            case .table4(let table): OfficialTable.table4Skeletons[table.format]?.write(table, tables: tables, to: &probe) ?? false
            }
            return (fast.bytes, slow.bytes, skeleton, official.caption == view.caption && official.id == view.id)
        }
    }

    /// `report` with awkward cells in each table and failed checks naming some of them (one cell
    /// twice); `reshape` also gives table 3's first row one cell more than its format's.
    static func variant(of report: Report, seed: Int, reshape: Bool) -> Report {
        var report = report
        let texts = ["<b>“12”</b> & 'x'", "约12件", "—", "tab\there"]
        func awkward<Row: TableRowKey>(_ table: inout ReportTable<Row>, number: Int) -> [CellReference] {
            var references: [CellReference] = []
            for (rowIndex, row) in table.rows.enumerated() where (rowIndex + seed) % 3 == 0 {
                var cells = table[row]
                for column in cells.indices where (column + rowIndex + seed) % 2 == 0 {
                    let text = texts[(column + seed) % texts.count]
                    cells[column] = switch (column + seed) % 4 {
                    case 0: Cell(value: nil, status: .unreadable, line: 3, text: text)
                    case 1: Cell(value: Decimal(string: "12.5"), status: .printed, line: 3, text: text)
                    case 2: Cell(value: 7, status: .printed, line: 3, text: text)
                    default: Cell(value: nil, status: .blank, line: 3)
                    }
                    references.append(CellReference(table: number, row: row.rawValue, column: column))
                }
                table[row] = cells
            }
            return references
        }
        var references: [CellReference] = []
        if var table = report.table2 { references += awkward(&table, number: 2); report.table2 = table }
        if var table = report.table3 {
            references += awkward(&table, number: 3)
            if reshape, let row = table.rows.first { table[row] = table[row] + [Cell.printed(1, line: 4)] }
            report.table3 = table
        }
        if var table = report.table4 { references += awkward(&table, number: 4); report.table4 = table }
        let named = references.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
        report.checks += [
            CheckResult(id: "V1", status: .fail, message: "不符", cells: named),
            CheckResult(id: "V2", status: .fail, message: "不符", cells: Array(named.prefix(2))),
            CheckResult(id: "V3", status: .pass, message: "相符", cells: references),
        ]
        return report
    }

    @Test func theSkeletonWritesWhatTheViewWrites() throws {
        let reports = try TemplateKeyCheck.representativeCorpora().flatMap(\.reports)
        var tables = 0, fromSkeleton = 0, fallbacks = 0
        for (index, report) in reports.enumerated() {
            let variants = [report, Self.variant(of: report, seed: index, reshape: false), Self.variant(of: report, seed: index + 1, reshape: true)]
            for (number, variant) in variants.enumerated() {
                for written in Self.bothWays(variant) {
                    let same = written.fast == written.slow
                    #expect(same, "\(report.path) variant \(number)")
                    #expect(written.caption, "\(report.path)")
                    tables += 1
                    if written.skeleton { fromSkeleton += 1 } else { fallbacks += 1 }
                }
            }
        }
        #expect(tables > 30)
        #expect(fromSkeleton > tables / 2)
        // The reshaped table 3s are written by their view.
        #expect(fallbacks > 0)
        for format in ReportFormat.allCases {
            #expect(OfficialTable.table2Skeletons[format] != nil && OfficialTable.table3Skeletons[format] != nil && OfficialTable.table4Skeletons[format] != nil)
        }
    }
}
