import Foundation
import Testing
@testable import GongkaiCore

@Suite("Cells run together (crawler text)")
struct CellRunTests {
    private static func run(_ text: String) -> GridCell { GridCell(text: text, line: 2, isRun: true) }

    @Test("a run is cut into the form's cells, never with a leading zero")
    func readings() throws {
        #expect(CellRun.readings([Self.run("000")], count: 3) == [["0", "0", "0"]])
        #expect(try #require(CellRun.readings([Self.run("3112")], count: 3)).count == 3)
        #expect(CellRun.readings([Self.run("0012")], count: 2) == [])
        #expect(CellRun.readings([Self.run("26-2310")], count: 3)?.contains(["26", "-2", "310"]) == true)
        #expect(CellRun.readings([Self.run("85.4")], count: 1) == [["85.4"]])
        // Far too many readings: none is listed, and the row stays unknown.
        #expect(CellRun.readings([Self.run(String(repeating: "1", count: 60))], count: 15) == nil)
    }

    @Test("one reading: the cells; several: unknown with a diagnostic naming the run and its readings")
    func resolving() {
        var grid = GridRow(cells: [GridCell(text: "行政规范性文件", line: 2), Self.run("3112")])
        grid.isInferred = true
        let (row, diagnostic) = SplitRow(grid).resolvingRuns(count: 3, table: 2, label: "行政规范性文件")
        #expect(row.cells(count: 3).allSatisfy { $0.value == nil })
        #expect(diagnostic?.code == "table2.run-together")
        #expect(diagnostic?.message.contains("3|1|12") == true && diagnostic?.message.contains("31|1|2") == true)
        #expect(TableDiagnostics.rowLength(table: 2, label: "行政规范性文件", row: row, expected: 3) == nil)

        grid.cells[1] = Self.run("120000012")
        let v3 = SplitRow(grid).resolvingRuns(count: 7, table: 3, label: "x") {
            IdentityCheck.sumHolds($0, total: 6, parts: Array(0..<6))
        }
        #expect(v3.row.cells(count: 7).map(\.value) == [12, 0, 0, 0, 0, 0, 12])
        #expect(v3.diagnostic == nil)
    }

    @Test("a crawler's one-line text is cut at headings, labels and digit runs, every piece on its line")
    func unfold() {
        let dump = "标题: 丁集镇2022年政府信息公开工作年度报告 一、总体情况本年度运行平稳。二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数规章000"
            + "三、收到和处理政府信息公开申请情况（三）不予公开1.属于国家秘密00000002.其他法律行政法规禁止公开1000001六、其他需要报告的事项无。"
        let pieces = DumpUnfolder.unfold([SourceLine(number: 1, text: "抓取时间: 2024"), SourceLine(number: 2, text: dump)])
        #expect(pieces.map(\.text) == [
            "抓取时间: 2024", "标题: 丁集镇2022年政府信息公开工作年度报告 ", "一、总体情况", "本年度运行平稳。", "二、主动公开政府信息情况",
            "第二十条第（一）项", "信息内容", "本年制发件数", "规章", "000", "三、收到和处理政府信息公开申请情况",
            "（三）不予公开", "1.属于国家秘密", "0000000", "2.其他法律行政法规禁止公开", "1000001", "六、其他需要报告的事项", "无。",
        ])
        #expect(pieces.dropFirst().allSatisfy { $0.number == 2 })
        #expect(pieces.filter(\.isRun).map(\.text) == ["000", "0000000", "1000001"])
    }

    @Test("ordinary lines are not unfolded, a long paragraph with numbers included")
    func noDump() {
        let lines = [SourceLine(number: 1, text: "一、总体情况"),
                     SourceLine(number: 2, text: String(repeating: "本年度共收到申请12件，均已办结。", count: 8) + "二、主动公开情况见下表。")]
        #expect(DumpUnfolder.unfold(lines) == lines)
    }
}
