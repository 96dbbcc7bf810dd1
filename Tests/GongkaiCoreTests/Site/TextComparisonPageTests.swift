import Foundation
import Testing
@testable import GongkaiCore

/// The boilerplate comparison page: both texts, the shared passages in `<mark>`, linked from the
/// failed B1/B2 check on the report page and the quality page.
@Suite struct TextComparisonPageTests {
    /// The text inside `<mark>` elements of some HTML, joined.
    static func marked(_ html: String) -> String {
        html.components(separatedBy: "<mark>").dropFirst().map { $0.components(separatedBy: "</mark>")[0] }.joined()
    }

    @Test func theSharedPassageIsMarkedAndNothingElse() throws {
        let shared = BoilerplateChecksTests.prose(7, sentences: 4)
        let own = BoilerplateChecksTests.prose(8, sentences: 4), other = BoilerplateChecksTests.prose(9, sentences: 4)
        let a = TextReports.report(year: 2021, texts: [1: own, 5: shared])
        let b = TextReports.report(year: 2022, texts: [1: other + "\n\n" + shared.replacingOccurrences(of: "。", with: "，2022年")])
        var corpus = CorpusAssembler.assemble([a, b])
        CheckStage.run(on: &corpus, boilerplateThreshold: 0.3)
        let b1 = try #require(corpus.reports[1].checks.first { $0.id == "B1" })
        #expect(b1.status == .fail && b1.comparedWith == 0)
        #expect(TextComparisonPage.pairs(in: corpus).map { [$0.0, $0.1] } == [[0, 1]])
        let page = TextComparisonPage(0, 1, corpus: corpus, site: SiteContext())
        let left = page.left.sections.map(\.html).joined(), right = page.right.sections.map(\.html).joined()
        let letters = { (text: String) in String(String.UnicodeScalarView(text.unicodeScalars.filter(NarrativeText.isLetter))) }
        #expect(letters(Self.marked(left)) == letters(shared), "the left marks exactly its copied section 五")
        #expect(letters(Self.marked(right)) == letters(shared), "the right marks the same passage, numbers changed")
        #expect(!Self.marked(right).contains(String(other.prefix(8))))
        #expect(page.left.percent == "50%")
        #expect(page.checks.count == 1 && page.checks[0].hasPrefix("B1"))
        let link = try #require(TextComparisonPage.path(for: b1, of: 1, in: corpus))
        #expect(link == SiteRoutes.textComparison(corpus.placements[0], corpus.placements[1]))
        var passed = b1
        passed.status = .pass
        #expect(TextComparisonPage.path(for: passed, of: 1, in: corpus) == nil, "only a failed check gets a page")
    }

    /// The sections' HTML as it was written before it was built as bytes: each scalar's flag
    /// (a letter's from the mask; anything else shared only between shared letters), then each
    /// run of equal flags escaped whole, a shared run in one `<mark>`.
    static func referenceSections(of report: Report, mask: [Bool]) -> [String] {
        var letter = 0
        var sections: [String] = []
        for section in report.sections {
            let paragraphs = NarrativeText.paragraphs(of: section.narrative)
            if paragraphs.isEmpty { continue }
            sections.append(paragraphs.map { paragraph -> String in
                var flags: [(scalar: Unicode.Scalar, shared: Bool)] = []
                for scalar in paragraph.text.unicodeScalars {
                    let inMask = letter < mask.count && mask[letter]
                    if NarrativeText.isLetter(scalar) {
                        flags.append((scalar, inMask))
                        letter += 1
                    } else {
                        flags.append((scalar, (flags.last?.shared ?? false) && inMask))
                    }
                }
                var html = "<p>", start = 0
                while start < flags.count {
                    let end = flags[start...].firstIndex { $0.shared != flags[start].shared } ?? flags.count
                    let text = HTMLText.escape(String(String.UnicodeScalarView(flags[start..<end].map(\.scalar))))
                    html += flags[start].shared ? "<mark>\(text)</mark>" : text
                    start = end
                }
                return html + "</p>"
            }.joined())
        }
        return sections
    }

    @Test func theMarkedHTMLIsWhatTheRunByRunWritingGave() {
        let odd = "甲乙<b>丙&丁\"戊'己\t庚\u{7}辛\u{FFFE}壬癸 12 子丑。\n\n**（一）**寅卯辰巳，午未申酉！\r\n戌亥\n\n\u{3000}ABC def；"
        let report = TextReports.report(texts: [1: odd, 3: BoilerplateChecksTests.prose(3, sentences: 2), 5: odd + odd])
        let count = BoilerplateChecks.letters(of: report).count
        var state: UInt64 = 42
        let masks: [[Bool]] = [[], [Bool](repeating: true, count: count), [Bool](repeating: false, count: count),
                               (0..<count).map { $0 % 3 == 0 }, (0..<count).map { _ in state = BoilerplateChecks.mix(state); return state & 1 == 0 },
                               (0..<count / 2).map { _ in true }]
        for mask in masks {
            #expect(TextComparisonPage.sections(of: report, mask: mask).map(\.html) == Self.referenceSections(of: report, mask: mask))
        }
    }

    @Test func theBuildPublishesThePageAndLinksItFromTheCheck() throws {
        let output = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let site = output.appendingPathComponent("site")
        _ = try Repository.build(content: try CheckStageTests.site, output: site)
        let page = "compare/text/刘振屯镇-2022--刘振屯镇-2023/index.html"
        let html = try String(contentsOf: site.appendingPathComponent(page), encoding: .utf8)
        #expect(html.contains("<mark>"))
        #expect(html.contains("正文雷同对照"))
        let encoded = SiteRoutes.link(from: "reports/刘振屯镇/2023/index.html", to: page)
        let report = try String(contentsOf: site.appendingPathComponent("reports/刘振屯镇/2023/index.html"), encoding: .utf8)
        #expect(report.contains("href=\"\(encoded)\""), "the report page's B1 links the comparison")
        let quality = try String(contentsOf: site.appendingPathComponent(SiteRoutes.quality), encoding: .utf8)
        #expect(quality.contains("href=\"\(SiteRoutes.link(from: SiteRoutes.quality, to: page))\""), "the quality page links it")
        let sitemap = try String(contentsOf: site.appendingPathComponent("sitemap.xml"), encoding: .utf8)
        #expect(sitemap.contains("compare/text/"))
    }
}
