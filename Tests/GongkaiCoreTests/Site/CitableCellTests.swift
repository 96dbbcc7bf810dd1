import Foundation
import Testing
@testable import GongkaiCore

/// Every number cell can be cited: it has an id and a link to itself (issue 13 item 4); header
/// and text cells get neither; table 3's label columns carry the classes the phone layout uses.
@Suite struct CitableCellTests {
    private let table = TableView(
        caption: "对比", id: "pair",
        head: [TableRowView(cells: [.heading("指标", scope: "col"), .heading("刘楼镇 2022", scope: "col")])],
        body: [
            TableRowView(cells: [.heading("本年新收申请", scope: "row"), .data("12", id: "pair-newReceived-1")]),
            TableRowView(cells: [.heading("上年结转", scope: "row"), .data("未知", classes: "number unknown"), .data("见原文", classes: nil)]),
        ])

    @Test func aNumberCellWithItsOwnIDLinksToIt() {
        #expect(table.html.contains(##"<td id="pair-newReceived-1" class="number">12<a class="cite" href="#pair-newReceived-1">链接</a></td>"##))
    }

    @Test func aNumberCellWithoutAnIDGetsOneFromItsTableRowAndColumn() {
        #expect(table.html.contains(##"<td id="pair-2-2" class="number unknown">未知<a class="cite" href="#pair-2-2">链接</a></td>"##))
    }

    @Test func headersAndTextCellsAreNotCitable() {
        let html = table.html
        #expect(html.contains("<td>见原文</td>"))
        #expect(html.contains(##"<th scope="row">上年结转</th>"##))
        #expect(html.components(separatedBy: "class=\"cite\"").count - 1 == 2)
    }

    /// `number` is a class of the list only as a whole name, wherever it stands.
    @Test func theNumberClassIsAWholeName() {
        for classes in ["number", "number unknown", "flagged number", "a number b", " number "] { #expect(TableCellView.hasNumberClass(classes), "\(classes)") }
        for classes in ["", "numbers", "unknown", "non-number", "number-x flagged", "anumber"] { #expect(!TableCellView.hasNumberClass(classes), "\(classes)") }
    }

    @Test func idsAreEscaped() {
        let odd = TableView(caption: "x", id: "t", head: [], body: [TableRowView(cells: [.data("1", id: "a\"b")])])
        #expect(odd.html.contains(##"id="a&quot;b""##))
        #expect(!odd.html.contains(##"id="a"b""##))
    }

    @Test func everyNumberOfAReportsTablesIsCitableByItsCellID() throws {
        let report = try Fixtures.seed(1)
        let tables = OfficialTables(report: report)
        let html = try #require(report.table3.map { tables.table3($0).html })
        let numbers = html.components(separatedBy: "class=\"number").count - 1
        #expect(numbers > 100)
        #expect(html.components(separatedBy: "<a class=\"cite\" href=\"#t3-").count - 1 == numbers)
        #expect(html.contains(##"<th scope="rowgroup" class="label-group level-1" rowspan="##))
        #expect(html.contains(##"<th scope="rowgroup" class="label-group level-2" rowspan="##))
        #expect(html.contains(##"scope="row" class="indent-2""##))
    }
}
