import Testing
@testable import GongkaiCore

@Suite("DateText")
struct DateTextTests {
    @Test("dates in the ways reports print them", arguments: [
        ("2023年1月10日", "2023-01-10"),
        ("2023年01月10日", "2023-01-10"),
        ("2023年12月31日", "2023-12-31"),
        ("2023 年 1 月 10 日", "2023-01-10"),
        ("  2023年1月10日  ", "2023-01-10"),
        ("2023-01-10", "2023-01-10"),
        ("2023.1.10", "2023-01-10"),
        ("2023/1/9", "2023-01-09"),
        ("二〇二三年一月十日", "2023-01-10"),
        ("二〇二二年十二月二十一日", "2022-12-21"),
        ("二零二一年三月五日", "2021-03-05"),
        ("二〇二三年一月三十一日", "2023-01-31"),
    ])
    func dates(text: String, iso: String) {
        #expect(DateText.iso(text) == iso)
    }

    @Test("text that is not just a date", arguments: [
        "发布日期：2023年1月10日",
        "2023年1月10日发布",
        "2023年1月",
        "2023年",
        "2023年13月1日",
        "2023年1月32日",
        "1989年1月1日",
        "第1页",
        "",
        "昌乐县鄌郚镇人民政府",
        // Runs no date part has, from damaged files: once an overflow that stopped the build.
        "2023年1月10000000000000000000000日",
        "99999999999999999999999999",
        "二〇二三二〇二三二〇二三二〇二三二〇二三二〇二三年一月十日",
        "20231年1月10日",
    ])
    func notDates(text: String) {
        #expect(DateText.iso(text) == nil)
    }

    @Test("full-width digits read once TextNormalizer has mapped them")
    func fullWidth() throws {
        let line = try #require(TextNormalizer.lines(of: "２０２３年１月１０日").first)
        #expect(DateText.iso(line) == "2023-01-10")
    }
}
