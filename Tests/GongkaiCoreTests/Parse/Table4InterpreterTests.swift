import Foundation
import Testing
@testable import GongkaiCore

@Suite("Table4Interpreter")
struct Table4InterpreterTests {
    private static func read(_ text: String, reader: any TableLayoutReader = TabRowReader(), format: ReportFormat = .current) -> TableReading<Table4Group>? {
        let lines = SourceText(path: "t.txt", text: text).lines.enumerated().map { SourceLine(number: $0.offset + 1, text: $0.element) }
        return Table4Interpreter.read(reader.rows(from: lines), format: format)
    }

    /// Fifteen distinct numbers: group g, column c → (g + 1) * 10 + c.
    private static let values = (0..<3).flatMap { group in (0..<5).map { (group + 1) * 10 + $0 } }

    private static func expectDistinct(_ table: ReportTable<Table4Group>, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(table[.review].map(\.value) == [10, 11, 12, 13, 14], sourceLocation: sourceLocation)
        #expect(table[.litigationDirect].map(\.value) == [20, 21, 22, 23, 24], sourceLocation: sourceLocation)
        #expect(table[.litigationAfterReview].map(\.value) == [30, 31, 32, 33, 34], sourceLocation: sourceLocation)
    }

    @Test("one row of fifteen values under the two-level header (tab rows, as in the seeds)")
    func fifteenValuesTabs() throws {
        let text = """
        行政复议\t\t\t\t\t行政诉讼\t\t\t\t\t\t\t\t\t
        结果 维持\t结果 纠正\t其他 结果\t尚未 审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉\t\t\t\t
        \t\t\t\t\t结果 维持\t结果 纠正\t其他 结果\t尚未 审结\t总计\t结果 维持\t结果 纠正\t其他 结果\t尚未 审结\t总计
        \(Self.values.map(String.init).joined(separator: "\t"))
        """
        let reading = try #require(Self.read(text))
        Self.expectDistinct(reading.table)
        #expect(reading.table.cell(.review, 0).line == 4)
        #expect(reading.score == 15)
        #expect(reading.diagnostics.filter { $0.severity >= .warning }.isEmpty)
    }

    @Test("one row of fifteen values, one cell per line (as in seed 002)")
    func fifteenValuesCellPerLine() throws {
        let header = ["\t行政复议", "\t行政诉讼", "", "\t结果维持", "\t结果纠正", "\t其他结果", "\t尚未审结", "\t总计", "\t未经复议直接起诉", "\t复议后起诉", ""]
        let text = (header + Self.values.map { "\t\($0)" }).joined(separator: "\n")
        let reading = try #require(Self.read(text, reader: CellPerLineReader()))
        Self.expectDistinct(reading.table)
    }

    @Test("one row of fifteen values, space-separated")
    func fifteenValuesSpaces() throws {
        let text = """
        行政复议  行政诉讼
        结果维持  结果纠正  其他结果  尚未审结  总计  未经复议直接起诉  复议后起诉
        \(Self.values.map(String.init).joined(separator: "  "))
        """
        let reading = try #require(Self.read(text, reader: SpaceRunReader()))
        Self.expectDistinct(reading.table)
    }

    @Test("the best layout reader finds the fifteen-value table in each layout", arguments: ["tabs", "pipes", "paddedPipes", "cellPerLine", "spaces"])
    func bestReader(layout: String) throws {
        let numbers = Self.values.map(String.init)
        let text: String = switch layout {
        case "tabs":
            """
            行政复议\t\t\t\t\t行政诉讼
            结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉
            \(numbers.joined(separator: "\t"))
            """
        case "pipes":
            """
            | 行政复议 | 行政诉讼 |
            |---|---|
            | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉 |
            | \(numbers.joined(separator: " | ")) |
            """
        case "paddedPipes":
            """
            | 行政复议 | | | | | 行政诉讼 | | | | | | | | | |
            |---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
            | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | | | | | 复议后起诉 | | | | |
            | | | | | | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |
            | \(numbers.joined(separator: " | ")) |
            """
        case "cellPerLine":
            (["\t行政复议", "\t行政诉讼", "", "\t结果维持", "\t结果纠正", "\t其他结果", "\t尚未审结", "\t总计", ""] + numbers.map { "\t" + $0 })
                .joined(separator: "\n")
        default:
            """
            行政复议  行政诉讼
            结果维持  结果纠正  其他结果  尚未审结  总计  未经复议直接起诉  复议后起诉
            \(numbers.joined(separator: "  "))
            """
        }
        let lines = SourceText(path: "t.txt", text: text).lines.enumerated().map { SourceLine(number: $0.offset + 1, text: $0.element) }
        let reading = try #require(TableReading.best(in: lines) { Table4Interpreter.read($0, format: .current) })
        Self.expectDistinct(reading.table)
    }

    @Test("one labelled row of five values per group")
    func labelledRows() throws {
        let text = """
        | 类别 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |
        |---|---|---|---|---|---|
        | 行政复议 | 10 | 11 | 12 | 13 | 14 |
        | 行政诉讼（未经复议直接起诉） | 20 | 21 | 22 | 23 | 24 |
        | 行政诉讼（复议后起诉） | 30 | 31 | 32 | 33 | 34 |
        """
        let reading = try #require(Self.read(text, reader: PipeRowReader()))
        Self.expectDistinct(reading.table)
    }

    @Test("labelled rows without a header still make the table")
    func labelledRowsWithoutHeader() throws {
        let text = """
        行政复议\t10\t11\t12\t13\t14
        未经复议直接起诉\t20\t21\t22\t23\t24
        复议后起诉\t30\t31\t32\t33\t34
        """
        Self.expectDistinct(try #require(Self.read(text)).table)
    }

    @Test("labelled rows in traditional script")
    func traditional() throws {
        let text = """
        類別\t結果維持\t結果糾正\t其他結果\t尚未審結\t總計
        行政復議\t10\t11\t12\t13\t14
        行政訴訟（未經復議直接起訴）\t20\t21\t22\t23\t24
        行政訴訟（復議後起訴）\t30\t31\t32\t33\t34
        """
        Self.expectDistinct(try #require(Self.read(text)).table)
    }

    @Test("columns follow the header's order")
    func reorderedColumns() throws {
        let text = """
        类别\t总计\t尚未审结\t其他结果\t结果纠正\t结果维持
        行政复议\t14\t13\t12\t11\t10
        未经复议直接起诉\t24\t23\t22\t21\t20
        复议后起诉\t34\t33\t32\t31\t30
        """
        Self.expectDistinct(try #require(Self.read(text)).table)
    }

    @Test("a table cut off mid-row: the trailing cells are missing, never 0")
    func cutOff() throws {
        let text = """
        行政复议\t\t\t\t\t行政诉讼
        结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉
        10\t11\t12\t13\t14\t20\t21
        """
        let reading = try #require(Self.read(text))
        let table = reading.table
        #expect(table[.review].map(\.value) == [10, 11, 12, 13, 14])
        #expect(table[.litigationDirect].map(\.value) == [20, 21, nil, nil, nil])
        #expect(table[.litigationDirect].map(\.status) == [.printed, .printed, .missing, .missing, .missing])
        #expect(table[.litigationAfterReview].allSatisfy { $0.value == nil && $0.status == .missing })
        #expect(reading.diagnostics.contains { $0.code == "table4.short-row" && $0.line == 3 })
    }

    @Test("blank and dash cells are unknown with their status")
    func blankAndDash() throws {
        let text = """
        行政复议\t1\t\t/\t-\t1
        未经复议直接起诉\t0\t0\t0\t0\t0
        复议后起诉\t0\t0\t0\t0\t0
        """
        let table = try #require(Self.read(text)).table
        #expect(table[.review].map(\.value) == [1, nil, nil, nil, 1])
        #expect(table[.review].map(\.status) == [.printed, .blank, .dash, .dash, .printed])
    }

    @Test("the table takes the format it is given")
    func format() throws {
        let text = "行政复议\t0\t0\t0\t0\t0\n未经复议直接起诉\t0\t0\t0\t0\t0\n复议后起诉\t0\t0\t0\t0\t0"
        let trial = try #require(Self.read(text, format: .trial))
        #expect(trial.table.format == .trial)
        #expect(trial.table[.review].map(\.value) == [0, 0, 0, 0, 0])
    }

    @Test("group and column labels")
    func labels() {
        #expect(Table4Interpreter.group("行政复议") == .review)
        #expect(Table4Interpreter.group("行政诉讼未经复议直接起诉") == .litigationDirect)
        #expect(Table4Interpreter.group("复议后起诉") == .litigationAfterReview)
        #expect(Table4Interpreter.group("总计") == nil)
        #expect(Table4Interpreter.column("结果维持") == .upheld)
        #expect(Table4Interpreter.column("结果纠正") == .corrected)
        #expect(Table4Interpreter.column("其他结果") == .other)
        #expect(Table4Interpreter.column("尚未审结") == .pending)
        #expect(Table4Interpreter.column("总计") == .total)
    }

    @Test("numbers without a header or group label are no table 4")
    func noTable() {
        #expect(Self.read("1\t2\t3\t4\t5") == nil)
    }

    @Test("three titled parts: each title's five values are its group")
    func titledParts() throws {
        let head = "结果维持\t结果纠正\t其他结果\t尚未审结\t总计"
        let text = "行政复议\n\(head)\n2\t1\t0\t1\t4\n行政诉讼（未经复议直接起诉）\n\(head)\n1\t0\t0\t0\t1\n行政诉讼（复议后起诉）\n\(head)\n0\t0\t1\t0\t1"
        let table = try #require(Self.read(text)).table
        #expect(table[.review].map(\.value) == [2, 1, 0, 1, 4])
        #expect(table[.litigationDirect].map(\.value) == [1, 0, 0, 0, 1])
        #expect(table[.litigationAfterReview].map(\.value) == [0, 0, 1, 0, 1])
    }

    @Test("the two-level header one cell per line, then five values: no group is guessed from its last title")
    func twoLevelHeaderIsNoTitle() throws {
        let head = "结果维持\n结果纠正\n其他结果\n尚未审结\n总计"
        let text = "行政复议\n行政诉讼\n\(head)\n未经复议直接起诉\n\(head)\n复议后起诉\n\(head)\n\(head)\n0\n0\n1\n0\n1"
        let table = try #require(Self.read(text, reader: CellStreamReader())).table
        #expect(Table4Group.allCases.allSatisfy { group in table[group].allSatisfy { $0.value == nil } })
    }
}
