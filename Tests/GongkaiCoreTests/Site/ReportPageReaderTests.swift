import Foundation
import Testing
@testable import GongkaiCore

/// The report page as a citizen reads it (issue 13 item 5): key figures with last year's and the
/// change at the top, a table of contents, failed checks in plain words before the formula,
/// 全部核验通过 in one line, and why each 未知 is, in a note every device shows.
/// Fixture: `sites/multi-year` with 刘振屯镇 2023's 新收 row given 3 natural persons (total 3),
/// so V1 fails in the 自然人 and 总计 columns against 2022's zeros.
@Suite("Report page for citizens")
struct ReportPageReaderTests {
    static func build() throws -> (String, URL) {
        let folder = try Repository.temporaryFolder()
        let content = folder.appendingPathComponent("Content")
        try FileManager.default.copyItem(at: try Fixtures.folder.appendingPathComponent("sites/multi-year"), to: content)
        let file = content.appendingPathComponent("刘振屯镇/2023.txt")
        let text = try String(contentsOf: file, encoding: .utf8)
        let changed = text.replacingOccurrences(of: "一、本年新收政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0",
                                                with: "一、本年新收政府信息公开申请数量\t\t3\t0\t0\t0\t0\t0\t3")
        #expect(changed != text)
        try Data(changed.utf8).write(to: file)
        let output = folder.appendingPathComponent("site")
        try Repository.build(content: content.path, output: output)
        return (try String(contentsOf: output.appendingPathComponent("reports/刘振屯镇/2023/index.html"), encoding: .utf8), folder)
    }

    @Test("failed identities in plain words first, the formula second; no all-passed line")
    func plainChecks() throws {
        let (page, folder) = try Self.build()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plain = "表三“自然人”一列：新收 3 + 上年结转 0，应等于办理 0 + 结转下年 0，相差 3"
        let formula = "自然人: 3 + 0 = 3 ≠ 0 + 0 = 0"
        let plainAt = try #require(page.range(of: plain))
        let formulaAt = try #require(page.range(of: formula))
        #expect(plainAt.lowerBound < formulaAt.lowerBound)
        #expect(page.contains("表三“总计”一列：新收 3 + 上年结转 0，应等于办理 0 + 结转下年 0，相差 3"))
        #expect(!page.contains("全部核验通过"))
        #expect(page.contains("红框"))
    }

    @Test("key figures with last year's value and the change, then the contents, before section one")
    func keyFiguresAndContents() throws {
        let (page, folder) = try Self.build()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(page.contains("<th scope=\"col\">上年（2022年）</th>"))
        // Number cells carry a citation link (链接) after their text; compare the texts alone.
        let row = try #require(page.range(of: "<th scope=\"row\">本年新收申请（件）</th>"))
        let end = try #require(page.range(of: "</tr>", range: row.upperBound..<page.endIndex))
        let texts = page[row.upperBound..<end.lowerBound].replacingOccurrences(of: "<a class=\"cite\"[^>]*>链接</a>", with: "", options: .regularExpression)
            .replacingOccurrences(of: "<td[^>]*>", with: "|", options: .regularExpression).replacingOccurrences(of: "</td>", with: "")
        #expect(texts == "|3|0|+3")
        let figures = try #require(page.range(of: "id=\"key-figures-table\""))
        let contents = try #require(page.range(of: "<a href=\"#table3\">表三"))
        let section = try #require(page.range(of: "<section id=\"section-1\""))
        #expect(figures.lowerBound < contents.lowerBound && contents.lowerBound < section.lowerBound)
    }

    @Test("a report that passes every check says so in one line; no paragraph about red frames")
    func allPassed() throws {
        // Seed 刘振屯镇 2023 passes every check but T1, which is unknown for want of a date: give it one.
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("Content/刘振屯镇")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        let seed = try String(contentsOfFile: Repository.content + "/刘振屯镇/2023.txt", encoding: .utf8)
        try Data((seed + "\n2024年1月20日\n").utf8).write(to: content.appendingPathComponent("2023.txt"))
        let output = folder.appendingPathComponent("site")
        let summary = try Repository.build(content: content.deletingLastPathComponent().path, output: output)
        #expect(summary.corpus.reports.first?.checks.allSatisfy { $0.status == .pass } == true)
        let page = try String(contentsOf: output.appendingPathComponent("reports/刘振屯镇/2023/index.html"), encoding: .utf8)
        #expect(page.contains("<summary>全部核验通过（"))
        #expect(!page.contains("红框") && !page.contains("class=\"check-summary\""))
        #expect(page.contains("本乡镇没有上年报告"))
    }

    @Test("each 未知 links to a visible note saying why, one note per reason with its count")
    func unknownNotes() throws {
        let output = try Repository.temporaryFolder().appendingPathComponent("site")
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        try Repository.build(output: output)
        let page = try String(contentsOf: output.appendingPathComponent("reports/刘楼镇/2022/index.html"), encoding: .utf8)
        #expect(page.contains("title=\"原文缺少此格\">未知<sup><a class=\"note-ref\" href=\"#table3-note-1\">注1</a></sup>"))
        let unknownCells = page.components(separatedBy: "class=\"number unknown\"").count - 1
        let markers = page.components(separatedBy: "class=\"note-ref\"").count - 1
        #expect(unknownCells > 0 && markers == unknownCells - Self.keyFigureUnknowns(page))
        #expect(page.contains("<li id=\"table3-note-1\"><span class=\"note-mark\">注1</span> 未知：原文缺少此格（"))
    }

    /// Unknown cells of the key-figure table, which point to the tables' notes rather than carry their own.
    static func keyFigureUnknowns(_ page: String) -> Int {
        guard let start = page.range(of: "id=\"key-figures-table\""), let end = page.range(of: "</table>", range: start.upperBound..<page.endIndex) else { return 0 }
        return page[start.upperBound..<end.lowerBound].components(separatedBy: "class=\"number unknown\"").count - 1
    }

    @Test("a key figure's change shows its per cent once, to a tenth", arguments: [
        (66, 92, "+26（+39.4%）"), (4, 2, "-2（-50%）"), (3, 3, "±0（0%）"), (0, 3, "+3"), (3, 0, "-3（-100%）"),
    ])
    func keyFigureChange(old: Int, new: Int, shown: String) {
        #expect(ReportKeyFigures.change(from: Decimal(old), to: Decimal(new)) == shown)
        #expect(ReportKeyFigures.change(from: nil, to: Decimal(new)) == nil)
        #expect(ReportKeyFigures.change(from: Decimal(old), to: nil) == nil)
    }

    @Test("short row names for plain sentences")
    func shortNames() {
        #expect(PlainCheck.shortName(.partiallyGranted) == "部分公开")
        #expect(PlainCheck.shortName(.newReceived) == "本年新收政府信息公开申请数量")
        #expect(PlainCheck.shortName(.deniedStateSecret) == "属于国家秘密")
        #expect(PlainCheck.shortName(.otherOther) == "其他处理·其他")
        #expect(PlainCheck.shortName(.resultsTotal) == "总计")
    }
}
