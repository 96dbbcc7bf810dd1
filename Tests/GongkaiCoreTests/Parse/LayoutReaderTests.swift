import Foundation
import Testing
@testable import GongkaiCore

@Suite("Layout readers")
struct LayoutReaderTests {
    private static func lines(_ text: String, from first: Int = 1) -> [SourceLine] {
        SourceText(path: "t.txt", text: text).lines.enumerated().map { SourceLine(number: $0.offset + first, text: $0.element) }
    }

    private static func texts(_ rows: [GridRow]) -> [[String]] {
        rows.map { $0.cells.map(\.text) }
    }

    // MARK: tab rows

    @Test("tab rows: one row per line, empty cells kept, cells trimmed, blank lines skipped")
    func tabRows() {
        let rows = TabRowReader().rows(from: Self.lines("规章\t0\t 1 \t\n\n\t\t2.重复申请\t3", from: 10))
        #expect(Self.texts(rows) == [["规章", "0", "1", ""], ["", "", "2.重复申请", "3"]])
        #expect(rows.map(\.line) == [10, 12])
    }

    @Test("tab rows apply to two or more lines with tabs inside")
    func tabApplies() {
        #expect(TabRowReader().applies(to: Self.lines("规章\t0\n行政许可\t1")))
        #expect(!TabRowReader().applies(to: Self.lines("规章\t0\n行政许可 1")))
        // A lone leading tab is trimmed away: one cell per line is not a tab row.
        #expect(!TabRowReader().applies(to: Self.lines("\t规章\n\t0\n\t1")))
    }

    // MARK: cells one blank line apart

    @Test("cells one blank line apart: a longer gap holds empty cells, a cell broken inside is joined")
    func blankLineCells() throws {
        // 一、本年新收 then six empty cells (seven blank lines) and the total; 本年新 / 制作数量 is one heading.
        let text = "信息内容\n\n本年新\n制作数量\n\n规章\n\n0\n\n 5 \n\n1\n\n一、本年新收\n\n\n\n\n\n\n\n 0\n\n二、上年结转\n\n3"
        let lines = Self.lines(text)
        #expect(BlankLineCellReader().applies(to: lines))
        let rows = BlankLineCellReader().rows(from: lines)
        #expect(Self.texts(rows) == [["信息内容"], ["本年新制作数量"], ["规章", "0", "5", "1"],
                                     ["一、本年新收", "", "", "", "", "", "", "0"], ["二、上年结转", "3"]])
        // Every cell seen and printed: an exact row, short or long like a printed one.
        #expect(SplitRow(rows[2]).cells(count: 3).map(\.value) == [0, 5, 1])
        #expect(SplitRow(rows[2]).cells(count: 4).map(\.value) == [0, 5, 1, nil])
        #expect(SplitRow(rows[4]).cells(count: 7).map(\.value) == [3, nil, nil, nil, nil, nil, nil])
        // Empty cells are values only when the row has exactly the form's cells.
        let seven = SplitRow(rows[3])
        #expect(seven.cells(count: 7).map(\.value) == [nil, nil, nil, nil, nil, nil, 0])
        #expect(seven.cells(count: 7).prefix(6).allSatisfy { $0.status == .blank })
        #expect(seven.cells(count: 8).allSatisfy { $0.value == nil && $0.status == .unreadable })
    }

    @Test("a split row spans the first and last line of its grid row's lines, whatever the order of its cells")
    func splitRowLines() {
        let text = "信息内容\n\n本年新\n制作数量\n\n规章\n\n0\n\n 5 \n\n1\n\n一、本年新收\n\n\n\n\n\n\n\n 0\n\n二、上年结转\n\n3"
            + "\n规章\t0\t 1 \t\n| 行政许可 | 0 | 2 |\n行政处罚  3  4\n不\n予\n公\n开\n5"
        let lines = Self.lines(text, from: 7)
        var rows = tableLayoutReaders.flatMap { $0.rows(from: lines) }
        // Cells out of line order, and a row without cells.
        rows.append(GridRow(cells: [GridCell(text: "规章", line: 9), GridCell(text: "0", line: 3), GridCell(text: "1", line: 12), GridCell(text: "", line: 2)]))
        rows.append(GridRow(cells: []))
        #expect(rows.count > 20)
        for row in rows {
            let split = SplitRow(row)
            #expect(split.line == (row.lines.first ?? 0) && split.lastLine == (row.lines.last ?? split.line), "\(row)")
        }
    }

    @Test("cells one blank line apart: values run together without a blank line make the row inferred")
    func blankLineCellsUncertain() {
        let rows = BlankLineCellReader().rows(from: Self.lines("a\n\nb\n\nc\n\nd\n\n规章\n\n0\n4\n\n行政许可\n\n2"))
        let row = try? #require(rows.first { $0.cells.first?.text == "规章" })
        #expect(row?.isInferred == true)
        #expect(row.map { SplitRow($0).cells(count: 3).allSatisfy { $0.status == .unreadable } } == true)
    }

    @Test("cells one blank line apart apply only when most cells are one blank line apart, one per line")
    func blankLineCellsApply() {
        #expect(!BlankLineCellReader().applies(to: Self.lines("规章\n0\n0\n0\n行政许可\n0\n1\n2\n3")))
        #expect(!BlankLineCellReader().applies(to: Self.lines("规章 | 0\n\n0\n\n0\n\n行政许可\n\n0\n\n1\n\n2\n\n3")))
        #expect(BlankLineCellReader().applies(to: Self.lines("规章\n\n0\n\n0\n\n0\n\n行政许可\n\n0\n\n1\n\n2")))
    }

    // MARK: pipe rows

    @Test("pipe rows: outer pipes dropped, padding cells kept, separator rows skipped")
    func pipeRows() {
        let text = """
        | 信息内容 | 本年处理决定数量 |
        |:---|---:|
        | 行政许可 | 0 |
        | | 行政处罚 | 7 | |
        行政强制 | 9
        """
        let rows = PipeRowReader().rows(from: Self.lines(text))
        #expect(Self.texts(rows) == [["信息内容", "本年处理决定数量"], ["行政许可", "0"], ["", "行政处罚", "7", ""], ["行政强制", "9"]])
        #expect(rows.map(\.line) == [1, 3, 4, 5])
    }

    @Test("a line without pipes in a pipe region is a row of one cell")
    func pipeLineWithoutPipes() {
        let rows = PipeRowReader().rows(from: Self.lines("第二十条第（五）项\n| 行政许可 | 0 |"))
        #expect(Self.texts(rows) == [["第二十条第（五）项"], ["行政许可", "0"]])
    }

    @Test("pipe rows apply to pipe tables, including a header over a single row of values")
    func pipeApplies() {
        #expect(PipeRowReader().applies(to: Self.lines("| 行政许可 | 0 |\n| 行政处罚 | 7 |")))
        #expect(PipeRowReader().applies(to: Self.lines("| 行政复议 | 行政诉讼 |\n|---|---|\n| 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |")))
        #expect(!PipeRowReader().applies(to: Self.lines("行政许可\t0\n行政处罚\t7")))
        #expect(!PipeRowReader().applies(to: Self.lines("行政许可 0\n行政处罚 7")))
    }

    // MARK: one cell per line

    @Test("one cell per line: rows end at blank lines, tab-only lines are empty cells")
    func cellPerLine() {
        let text = "\t行政许可\n\t84\n\n\t\n\t行政处罚\n\t0\n\n\n\t行政强制\n\t9"
        let rows = CellPerLineReader().rows(from: Self.lines(text, from: 20))
        #expect(Self.texts(rows) == [["行政许可", "84"], ["", "行政处罚", "0"], ["行政强制", "9"]])
        #expect(rows[0].cells.map(\.line) == [20, 21])
        #expect(rows[2].lines == [28, 29])
    }

    @Test("one cell per line: a label written one character per line is one cell")
    func verticalLabel() {
        let text = "\t（三）不\n予\n公\n开\n\t1.属于国家秘密\n\t0\n\t1"
        let rows = CellPerLineReader().rows(from: Self.lines(text))
        #expect(Self.texts(rows) == [["（三）不予公开", "1.属于国家秘密", "0", "1"]])
        #expect(rows[0].cells[0].line == 1)
    }

    @Test("one cell per line: a lone character after a number starts a new cell")
    func loneCharacterAfterNumber() {
        let rows = CellPerLineReader().rows(from: Self.lines("\t规章\n\t0\n无"))
        #expect(Self.texts(rows) == [["规章", "0", "无"]])
    }

    @Test("one cell per line applies to four or more lone values")
    func cellPerLineApplies() {
        #expect(CellPerLineReader().applies(to: Self.lines("\t规章\n\t0\n\t1\n\t/\n\t3")))
        #expect(!CellPerLineReader().applies(to: Self.lines("\t规章\n\t0\n\t1\n\t2")))
        #expect(!CellPerLineReader().applies(to: Self.lines("规章\t0\t1\n规章\t0\t1\n规章\t0\t1\n规章\t0\t1")))
    }

    // MARK: space runs

    @Test("space runs: words stay one label, numbers and dashes are cells")
    func spaceRuns() {
        let rows = SpaceRunReader().rows(from: Self.lines("（三）不予公开 1.属于国家秘密  0  1 / -\n\n结果 维持  结果 纠正"))
        #expect(Self.texts(rows) == [["（三）不予公开 1.属于国家秘密", "0", "1", "/", "-"], ["结果 维持 结果 纠正"]])
    }

    @Test("space runs split on ideographic spaces and tabs too")
    func spaceRunSeparators() {
        let rows = SpaceRunReader().rows(from: Self.lines("行政许可\u{3000}84\t7"))
        #expect(Self.texts(rows) == [["行政许可", "84", "7"]])
    }

    @Test("space runs apply to lines of labels and values, not to prose")
    func spaceApplies() {
        #expect(SpaceRunReader().applies(to: Self.lines("行政许可 84\n行政处罚 0")))
        #expect(SpaceRunReader().applies(to: Self.lines("结果维持 结果纠正 总计\n0 0 0 0 0 0 0 0 0 0 0 0 0 0 0")))
        #expect(!SpaceRunReader().applies(to: Self.lines("这是 一段 文字\n还是 文字")))
        #expect(!SpaceRunReader().applies(to: Self.lines("行政许可\n84")))
    }

    // MARK: cell streams

    @Test("a cell stream: the last label before values names the row, earlier labels are rows of their own")
    func cellStream() {
        let text = """
        第二十条第（一）项 | ||||
        |
        信息内容 |
        本年制发件数 |
        |
        规章 |
        0 |
          1 |

        | 2 | |
        行政许可
        |
        3 0 -1
        """
        let rows = CellStreamReader().rows(from: Self.lines(text))
        #expect(Self.texts(rows) == [["第二十条第（一）项"], ["信息内容"], ["本年制发件数"], ["规章", "0", "1", "2"], ["行政许可", "3", "0", "-1"]])
        #expect(rows.map(\.isInferred) == [false, false, false, true, true])
        #expect(rows[3].lines == [6, 7, 8, 10])
    }

    @Test("an inferred row of the wrong length cannot be aligned: every cell unreadable, with a diagnostic")
    func inferredRowLength() {
        var grid = GridRow(cells: ["行政许可", "3", "0"].map { GridCell(text: $0, line: 4) })
        grid.isInferred = true
        let row = SplitRow(grid)
        #expect(row.cells(count: 3).allSatisfy { $0.value == nil && $0.status == .unreadable })
        #expect(row.cells(count: 2).map(\.value) == [3, 0])
        #expect(TableDiagnostics.rowLength(table: 2, label: "行政许可", row: row, expected: 3)?.code == "table2.unaligned-row")
        grid.isInferred = false
        #expect(SplitRow(grid).cells(count: 3).map(\.value) == [3, 0, nil])
    }

    // MARK: all readers

    @Test("the readers, in order of preference")
    func readerOrder() {
        #expect(tableLayoutReaders.map { String(describing: type(of: $0)) } == ["TabRowReader", "PipeRowReader", "CellPerLineReader", "BlankLineCellReader", "SpaceRunReader", "TerminatedCellReader", "CellStreamReader"])
    }

    @Test("a grid row's line is its first cell's, its lines every line it spans")
    func gridRowLines() {
        let row = GridRow(cells: [GridCell(text: "a", line: 7), GridCell(text: "b", line: 9), GridCell(text: "c", line: 7)])
        #expect(row.line == 7)
        #expect(row.lines == [7, 9])
        #expect(GridRow(cells: []).line == 0)
    }
}
