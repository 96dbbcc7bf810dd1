import Foundation
import Testing
@testable import GongkaiCore

/// `ReportTable` keeps its cells packed: every cell reads back as the `Cell` it was set to, bit
/// for bit, whatever its number, line, status or text.
@Suite struct TableCellStoreTests {
    @Test func rowKeysAreFoundAtTheirPlaceInAllCases() {
        #expect(Table2Row.allCases.enumerated().allSatisfy { $0.offset == $0.element.ordinal })
        #expect(Table3Row.allCases.enumerated().allSatisfy { $0.offset == $0.element.ordinal })
        #expect(Table4Group.allCases.enumerated().allSatisfy { $0.offset == $0.element.ordinal })
    }

    static func bytes(_ value: Decimal?) -> [UInt8]? {
        value.map { value in withUnsafeBytes(of: value) { Array($0) } }
    }

    @Test func everyKindOfCellReadsBackBitForBit() throws {
        let numbers: [Decimal?] = [nil, 0, 5, -3, Decimal(string: "12.50"), Decimal(string: "0.000001"), Decimal(string: "123456789012345678901234567890"),
                                   Decimal(sign: .minus, exponent: -7, significand: 42), Decimal.nan, Decimal.greatestFiniteMagnitude]
        let lines: [Int?] = [nil, 0, 1, 4_321, (1 << 24) - 2, (1 << 24) + 5, -1, Int.max]
        let statuses: [Cell.Status] = [.printed, .blank, .dash, .unreadable, .missing]
        var cells: [Cell] = []
        for value in numbers {
            for line in lines {
                for status in statuses { cells.append(Cell(value: value, status: status, line: line)) }
            }
        }
        cells.append(Cell(value: 3, status: .printed, line: 9, text: "3万元"))
        cells.append(Cell(value: nil, status: .dash, line: 9, text: "—"))
        var table = ReportTable<Table3Row>(format: .current, lines: 1...2)
        // A row longer than any the format has, and a row outside the format.
        table[.newReceived] = cells
        table[.otherHandling] = Array(cells.prefix(3))
        let read = table[.newReceived]
        #expect(read == cells)
        for (got, set) in zip(read, cells) {
            #expect(Self.bytes(got.value) == Self.bytes(set.value) && got.line == set.line && got.status == set.status && got.text == set.text)
        }
        #expect(table.cell(.newReceived, cells.count - 1) == cells.last)
        #expect(table.cell(.newReceived, cells.count).status == .missing)
        #expect(table.has(.otherHandling) && table[.otherHandling] == Array(cells.prefix(3)))
        #expect(table.cells.count == Table3Row.rows(in: .current).count + 1)
        // Counting statuses from the packed cells gives what counting the cells made gives, for
        // every row (set, left missing, outside the format, not in the table).
        var partial = table
        partial.cells[.granted] = nil
        for row in Table3Row.allCases {
            for status in statuses {
                #expect(partial.count(in: row) { $0 == status } == partial[row].count { $0.status == status }, "\(row) \(status)")
            }
            #expect(partial.count(in: row) { $0 != .missing } == partial[row].count { $0.status != .missing })
        }
    }

    @Test func tablesCompareByTheirCellsWhateverOrderTheyWereSetIn() {
        let row: [Cell] = (0..<7).map { Cell.printed(Decimal($0), line: 10 + $0) }
        var first = ReportTable<Table3Row>(format: .trial, lines: 3...9)
        var second = first
        first[.granted] = row
        first[.carriedOver] = row.reversed()
        second[.carriedOver] = row.reversed()
        second[.granted] = Array(repeating: .missing, count: 7)
        second[.granted] = row
        #expect(first == second && first.hashValue == second.hashValue)
        #expect(first.missingRows == second.missingRows && !first.missingRows.contains(.granted))
        second[.granted] = Array(row.dropLast())
        #expect(first != second)
        var copied = first
        copied.cells = first.cells
        #expect(copied == first)
        copied.cells[.granted] = nil
        #expect(!copied.has(.granted) && copied[.granted] == Array(repeating: .missing, count: 7))
    }
}
