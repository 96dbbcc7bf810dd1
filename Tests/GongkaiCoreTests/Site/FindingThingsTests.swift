import Foundation
import Testing
@testable import GongkaiCore

/// Finding things (issue 13 item 8): the township A–Z index, the search page and its switch,
/// 最新报告 by publication date, and link texts that name the report.
@Suite("Finding things")
struct FindingThingsTests {
    @Test("pinyin initials: A–Z from the common reading, # for anything else")
    func initials() {
        #expect(TownshipIndexPage.initial(ofPinyin: TownshipIndexPage.pinyin("鲁河镇")) == "L")
        #expect(TownshipIndexPage.initial(ofPinyin: TownshipIndexPage.pinyin("鄌郚镇")) == "T")
        #expect(TownshipIndexPage.initial(ofPinyin: TownshipIndexPage.pinyin("承留镇")) == "C")
        #expect(TownshipIndexPage.pinyin("刘振屯镇") == "liu zhen tun zhen")
        #expect(TownshipIndexPage.initial(ofPinyin: TownshipIndexPage.pinyin("Abc开发区")) == "A")
        #expect(TownshipIndexPage.initial(ofPinyin: TownshipIndexPage.pinyin("（筹）新区")) == "#")
    }

    @Test("the index groups every township under its letter, letters in order, links naming each report")
    func townshipIndex() throws {
        let output = try Repository.temporaryFolder().appendingPathComponent("site")
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        try Repository.build(output: output)
        let index = try String(contentsOf: output.appendingPathComponent(SiteRoutes.townshipIndex), encoding: .utf8)
        let letters = ["C", "L", "T"].map { "<h2 id=\"letter-\($0)-heading\">\($0)</h2>" }
        let places = try letters.map { try #require(index.range(of: $0)).lowerBound }
        #expect(places == places.sorted())
        #expect(index.contains(">鲁河镇2021年报告</a>") && index.contains(">刘楼镇2022年报告</a>"))
        let liu = try #require(index.range(of: ">刘楼镇</a>")).lowerBound
        let lu = try #require(index.range(of: ">鲁河镇</a>")).lowerBound
        #expect(liu < lu, "liu before lu")
        let home = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(home.contains("<span class=\"visually-hidden\">鲁河镇2021年报告：</span>有</a>"))
        #expect(home.contains("href=\"search/index.html\">搜索</a>") && home.contains("href=\"townships/index.html\">乡镇索引</a>"))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(SiteRoutes.search).path))
    }

    @Test("最新报告: dated reports newest first, then undated by year")
    func newestByPublication() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("Content")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Repository.content), to: content)
        // 鲁河镇 2021, published last of all, comes first although its year is the oldest.
        let luhe = content.appendingPathComponent("鲁河镇/2021.txt")
        try Data((try String(contentsOf: luhe, encoding: .utf8) + "\n2024年3月5日\n").utf8).write(to: luhe)
        let output = folder.appendingPathComponent("site")
        let summary = try Repository.build(content: content.path, output: output)
        let page = HomePage(corpus: summary.corpus, site: SiteContext(baseURL: "https://example.org/"))
        #expect(page.newest.first?.text == "鲁河镇2021年报告，2024-03-05 发布")
        let undated = page.newest.dropFirst().filter { $0.text.hasSuffix("发布日期不明") }
        #expect(undated.first?.text.hasPrefix("刘振屯镇2023年报告") == true)
    }

    @Test("search off: no search page and no 搜索 link")
    func searchOff() throws {
        let output = try Repository.temporaryFolder().appendingPathComponent("site")
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        var site = SiteContext(baseURL: "https://example.org/portal/")
        site.search = false
        _ = try PortalBuild(options: .init(content: Repository.content, output: output.path, theme: Repository.defaultTheme,
                                       defaultTheme: Repository.defaultTheme, site: site)).run()
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent(SiteRoutes.search).path))
        let home = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(!home.contains(">搜索</a>"))
        #expect(try LinkCheck.brokenLinks(in: output) == [])
    }
}
