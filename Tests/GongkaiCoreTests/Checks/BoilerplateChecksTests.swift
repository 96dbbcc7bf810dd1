import Foundation
import Testing
@testable import GongkaiCore

@Suite struct BoilerplateChecksTests {
    /// Distinct prose of `count` sentences from a seed.
    static func prose(_ seed: UInt64, sentences count: Int) -> String {
        var prose = PlantedPortalTests.Prose(state: seed)
        return (0..<count).map { _ in prose.sentence(30) }.joined()
    }

    @Test func coverageCountsSharedCharactersOfThisReport() {
        let copied = Array("甲乙丙丁戊己庚辛壬癸".unicodeScalars.map(\.value))
        let other = BoilerplateChecks.shingleSet(copied)
        #expect(BoilerplateChecks.coverage(of: copied, by: other) == 1)
        let half = copied + Array("子丑寅卯辰巳午未申酉".unicodeScalars.map(\.value))
        #expect(BoilerplateChecks.coverage(of: half, by: other) == 0.5, "10 of 20 characters lie in a shared 8-character run")
        let numbersIgnored = BoilerplateChecks.letters(of: TextReports.report(texts: [1: "甲乙丙丁，戊己庚辛 12 壬癸。"]))
        #expect(numbersIgnored == copied)
    }

    @Test func b1AgainstLastYear() throws {
        let text = Self.prose(1, sentences: 8)
        let last = TextReports.report(year: 2021, texts: [1: text])
        let copy = try #require(BoilerplateChecks.b1(previous: last, current: TextReports.report(texts: [1: text.replacingOccurrences(of: "。", with: "，") + "2022"]),
                                                     previousYear: "2021", threshold: 0.6))
        #expect(copy.status == .fail)
        #expect(copy.message.contains("100%"))
        let fresh = try #require(BoilerplateChecks.b1(previous: last, current: TextReports.report(texts: [1: Self.prose(2, sentences: 8)]),
                                                      previousYear: "2021", threshold: 0.6))
        #expect(fresh.status == .pass)
        #expect(BoilerplateChecks.b1(previous: last, current: TextReports.report(texts: [1: "太短。"]), previousYear: "2021", threshold: 0.6) == nil)
        let lenient = try #require(BoilerplateChecks.b1(previous: last, current: TextReports.report(texts: [1: text]), previousYear: "2021", threshold: 1.01))
        #expect(lenient.status == .pass, "the threshold is configurable")
    }

    @Test func b2FindsTheCopyAmongMany() throws {
        var reports = (0..<40).map { TextReports.report(township: "镇\($0)", texts: [1: Self.prose(UInt64(100 + $0), sentences: 8)]) }
        // 镇7 takes three quarters of 镇31's text and adds its own.
        let source = reports[31].sections[0].narrative.markdown
        let taken = String(source.prefix(source.count * 3 / 4)) + Self.prose(999, sentences: 2)
        reports[7] = TextReports.report(township: "镇7", texts: [1: taken])
        let corpus = CorpusAssembler.assemble(reports)
        for report in corpus.reports {
            let b2 = try #require(report.checks.first { $0.id == "B2" })
            if report.metadata.township == "镇7" {
                #expect(b2.status == .fail)
                #expect(b2.message.contains("镇31"))
            } else if report.metadata.township == "镇31" {
                #expect(b2.status == .fail, "three quarters of 镇31 is in 镇7")
            } else {
                #expect(b2.status == .pass, "\(report.metadata.township ?? ""): \(b2.message)")
            }
        }
    }

    @Test func identicalCorpusStaysBounded() {
        // Every report alike: all fall in the same buckets; each still gets one measured match.
        let text = Self.prose(5, sentences: 6)
        let reports = (0..<300).map { TextReports.report(township: "镇\($0)", texts: [1: text]) }
        let corpus = CorpusAssembler.assemble(reports)
        #expect(corpus.reports.allSatisfy { $0.checks.first { $0.id == "B2" }?.status == .fail })
    }
}
