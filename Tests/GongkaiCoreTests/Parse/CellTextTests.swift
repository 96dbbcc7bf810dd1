import Foundation
import Testing
@testable import GongkaiCore

@Suite("CellText")
struct CellTextTests {
    private static func number(_ text: String) -> Decimal? {
        if case .number(let value, _) = CellText.read(Substring(text)) { return value }
        return nil
    }

    private static func unit(_ text: String) -> String? {
        if case .number(_, let unit) = CellText.read(Substring(text)) { return unit }
        return nil
    }

    private static func decimal(_ text: String) -> Decimal {
        Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))!
    }

    @Test("plain integers")
    func integers() {
        #expect(CellText.read("0") == .number(0, unit: nil))
        #expect(CellText.read("84") == .number(84, unit: nil))
        #expect(CellText.read("251000") == .number(251_000, unit: nil))
    }

    @Test("blank cells are empty, not zero", arguments: ["", " ", "\t", "\u{3000}", " \t "])
    func blank(text: String) {
        #expect(CellText.read(Substring(text)) == .empty)
        #expect(!CellText.read(Substring(text)).isValueLike)
    }

    @Test("dashes are unknown, not zero", arguments: ["/", "-", "—", "——", "–", "--", "\\", "／", "－", " / "])
    func dash(text: String) {
        #expect(CellText.read(Substring(text)) == .dash)
        #expect(CellText.read(Substring(text)).isValueLike)
    }

    @Test("signed numbers: +12, -18, 减4, 增3")
    func signs() {
        #expect(Self.number("+12") == 12)
        #expect(Self.number("-18") == -18)
        #expect(Self.number("减4") == -4)
        #expect(Self.number("增3") == 3)
        #expect(Self.number("-0") == 0)
    }

    @Test("numbers with units keep the unit")
    func units() {
        #expect(CellText.read("251000元") == .number(251_000, unit: "元"))
        #expect(CellText.read("3件") == .number(3, unit: "件"))
        #expect(CellText.read("1.5万元") == .number(Self.decimal("1.5"), unit: "万元"))
        #expect(CellText.read("2条") == .number(2, unit: "条"))
        #expect(CellText.read("7个") == .number(7, unit: "个"))
        #expect(CellText.read("12 件") == .number(12, unit: "件"))
    }

    @Test("a unit alone is words, not a number")
    func unitAlone() {
        #expect(CellText.read("元") == .words)
        #expect(CellText.read("件") == .words)
    }

    @Test("decimals")
    func decimals() {
        #expect(Self.number("0.35") == Self.decimal("0.35"))
        #expect(Self.number("123.45") == Self.decimal("123.45"))
        #expect(Self.number("12.50") == Self.decimal("12.5"))
        #expect(Self.number("-0.5") == Self.decimal("-0.5"))
    }

    @Test("a number cannot end in a point or hold two points")
    func malformedDecimals() {
        #expect(CellText.read("12.") == .words)
        #expect(CellText.read("1.2.3") == .words)
        #expect(CellText.read(".") == .words)
    }

    @Test("thousands separators, half- and full-width")
    func thousands() {
        #expect(Self.number("1,234") == 1234)
        #expect(Self.number("1，234") == 1234)
        #expect(Self.number("1,234,567") == 1_234_567)
        #expect(Self.number("1,234.5") == Self.decimal("1234.5"))
        #expect(Self.number("2,510,000元") == 2_510_000)
        #expect(Self.unit("2,510,000元") == "元")
    }

    @Test("stray spaces around and inside a number")
    func straySpaces() {
        #expect(Self.number(" 12 ") == 12)
        #expect(Self.number("1 234") == 1234)
        #expect(Self.number("\u{3000}7\u{3000}") == 7)
        #expect(Self.number("+ 12") == 12)
        #expect(Self.number("- 18") == -18)
    }

    @Test("full-width digits read as numbers once TextNormalizer has mapped them")
    func fullWidthAfterNormalising() throws {
        let line = try #require(TextNormalizer.lines(of: "１２３，４５６").first)
        #expect(CellText.read(Substring(line)) == .number(123_456, unit: nil))
        let signed = try #require(TextNormalizer.lines(of: "－１８").first)
        #expect(CellText.read(Substring(signed)) == .number(-18, unit: nil))
    }

    @Test("labels and other words are words", arguments: ["行政许可", "（一）予以公开", "1.属于国家秘密", "3.其他", "无", "abc", "12a", "a12"])
    func words(text: String) {
        #expect(CellText.read(Substring(text)) == .words)
        #expect(!CellText.read(Substring(text)).isValueLike)
    }

    @Test("numbers are value-like")
    func valueLike() {
        #expect(CellText.read("0").isValueLike)
        #expect(CellText.read("3件").isValueLike)
        #expect(CellText.read("减4").isValueLike)
    }
}

@Suite("SplitRow cells")
struct SplitRowCellTests {
    private static func row(_ texts: [String], line: Int = 5) -> GridRow {
        GridRow(cells: texts.map { GridCell(text: $0, line: line) })
    }

    @Test("labels before the values, blank layout cells dropped, blank value cells kept as .blank")
    func splitsLabelsAndValues() {
        let split = SplitRow(Self.row(["", "一、本年新收政府信息公开申请数量", "", "10", "", "/", "-", "14", ""]))
        #expect(split.labels.map(\.text) == ["一、本年新收政府信息公开申请数量"])
        let cells = split.cells(count: 7)
        #expect(cells.map(\.value) == [10, nil, nil, nil, 14, nil, nil])
        #expect(cells.map(\.status) == [.printed, .blank, .dash, .dash, .printed, .missing, .missing])
        #expect(cells[2].text == "/")
        #expect(cells[3].text == "-")
        #expect(cells[0].line == 5)
        #expect(cells[5].line == nil)
    }

    @Test("a printed cell keeps its text only when it is not a plain number")
    func printedText() {
        let cells = SplitRow(Self.row(["政府集中采购", "8", "251000元", "1,234"])).cells(count: 3)
        #expect(cells.map(\.value) == [8, 251_000, 1234])
        #expect(cells[0].text == nil)
        #expect(cells[1].text == "251000元")
        #expect(cells[2].text == "1,234")
    }

    @Test("words among the values are unreadable, not zero")
    func unreadable() {
        let cells = SplitRow(Self.row(["行政许可", "1", "无", "3"])).cells(count: 3)
        #expect(cells[1].value == nil)
        #expect(cells[1].status == .unreadable)
        #expect(cells[1].text == "无")
    }
}
