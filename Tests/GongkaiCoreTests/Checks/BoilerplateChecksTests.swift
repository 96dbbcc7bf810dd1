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

    /// B1 on shingles made once per report (what the cross-year pass uses) gives what B1 on the
    /// letters gives, `coverage(of:by: shingleSet(_:))` made afresh for the pair: on copies,
    /// partial copies, reorderings, distinct texts, short and empty texts.
    @Test func b1OnShinglesMadeOnceIsB1OnLetters() {
        let texts = [Self.prose(1, sentences: 8), Self.prose(2, sentences: 8), Self.prose(1, sentences: 3) + Self.prose(3, sentences: 5),
                     Self.prose(3, sentences: 5) + Self.prose(1, sentences: 3), "太短。", "", "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥",
                     Self.prose(4, sentences: 1), String(Self.prose(1, sentences: 8).reversed())]
        for before in texts {
            for now in texts {
                let previous = TextReports.report(year: 2021, texts: [1: before]), current = TextReports.report(texts: [1: now])
                let lettersBefore = BoilerplateChecks.letters(of: previous), lettersNow = BoilerplateChecks.letters(of: current)
                let fast = BoilerplateChecks.b1(previous: previous, shingled: .init(lettersBefore), current: .init(lettersNow),
                                                previousYear: "2021", threshold: 0.6)
                guard lettersNow.count >= BoilerplateChecks.minimumLetters, lettersBefore.count >= BoilerplateChecks.minimumLetters else {
                    #expect(fast == nil)
                    continue
                }
                let share = BoilerplateChecks.coverage(of: lettersNow, by: BoilerplateChecks.shingleSet(lettersBefore))
                let percent = BoilerplateChecks.percent(share)
                #expect(fast?.status == (share >= 0.6 ? .fail : .pass))
                #expect(fast?.message == (share >= 0.6 ? "正文有 \(percent) 与本机关2021年报告相同（\(previous.path)），达到 60% 的提示线"
                                                         : "正文与本机关2021年报告相同的部分为 \(percent)"))
            }
        }
    }

    @Test func b2FindsTheCopyAmongMany() throws {
        var reports = (0..<40).map { TextReports.report(township: "镇\($0)", texts: [1: Self.prose(UInt64(100 + $0), sentences: 8)]) }
        // 镇7 takes three quarters of 镇31's text and adds its own.
        let source = reports[31].sections[0].narrative.markdown
        let taken = String(source.prefix(source.count * 3 / 4)) + Self.prose(999, sentences: 2)
        reports[7] = TextReports.report(township: "镇7", texts: [1: taken])
        var corpus = CorpusAssembler.assemble(reports)
        CheckStage.run(on: &corpus)
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

    /// B2 of a few reports (`only`, what serve measures for an edit) is, for each, what the whole
    /// year's pass gives it: with and without a memory, among reports all alike (big buckets,
    /// where a report's place in each decides its candidates), copies and distinct texts.
    @Test func b2OfSomeReportsIsTheWholeYearsB2() {
        let alike = Self.prose(7, sentences: 6)
        let reports = (0..<90).map { number in
            let text = number < 30 ? alike : number < 60 ? Self.prose(UInt64(200 + number % 15), sentences: 8) : Self.prose(UInt64(300 + number), sentences: 8)
            return TextReports.report(township: "镇\(number)", texts: [1: text])
        }
        var whole = CorpusAssembler.assemble(reports)
        BoilerplateChecks.applyB2(to: &whole, threshold: 0.6)
        // The corpus orders reports by township: the reports of 镇0, 镇13, … wherever they are.
        func indexes(_ numbers: [Int]) -> Set<Int> { Set(whole.reports.indices.filter { index in numbers.contains { whole.reports[index].metadata.township == "镇\($0)" } }) }
        let only = indexes([0, 13, 29, 31, 47, 59, 60, 89])
        #expect(only.count == 8)
        for memory in [nil, BoilerplateChecks.Memory()] {
            // Twice with the memory: the second pass reads what the first kept.
            for _ in 0..<(memory == nil ? 1 : 2) {
                var some = CorpusAssembler.assemble(reports)
                BoilerplateChecks.applyB2(to: &some, threshold: 0.6, memory: memory, only: only)
                for index in some.reports.indices {
                    let b2 = some.reports[index].checks.filter { $0.id == "B2" }
                    #expect(b2 == (only.contains(index) ? whole.reports[index].checks.filter { $0.id == "B2" } : []), "\(index)")
                }
            }
        }
        // The alike reports and the copies were measured against others, not passed unmeasured.
        #expect(indexes([0, 13, 29, 31, 47, 59]).allSatisfy { whole.reports[$0].checks.contains { $0.id == "B2" && $0.comparedWith != nil } })
        #expect(only.allSatisfy { whole.reports[$0].checks.contains { $0.id == "B2" } })
    }

    @Test func identicalCorpusStaysBounded() {
        // Every report alike: all fall in the same buckets; each still gets one measured match.
        let text = Self.prose(5, sentences: 6)
        let reports = (0..<300).map { TextReports.report(township: "镇\($0)", texts: [1: text]) }
        var corpus = CorpusAssembler.assemble(reports)
        CheckStage.run(on: &corpus)
        #expect(corpus.reports.allSatisfy { $0.checks.first { $0.id == "B2" }?.status == .fail })
    }
}

@Suite("Checks reading the text from the build's store")
struct StoredLettersTests {
    /// Each report's letters read from the store's bytes are those of the report with its text,
    /// for every fixture report and a report whose text has every kind of character; B2 then
    /// gives every report of the corpus the same result with the texts in a store as without.
    @Test("letters from the store's bytes are the letters of the text")
    func sameAsText() throws {
        let checked = try #require(JSONBytesTests.fixtureCorpus)
        let store = try #require(NarrativeStore())
        var odd = JSONBytesTests.oddReport
        odd.sections[0].narrative.markdown += "汉字ABCxyz１２３〇\u{3400}\u{9FFF}\u{4DBF}\u{F967}\u{20000}é😀ﾊﾝ"
        var plain = checked
        plain.reports.append(odd)
        plain.placements.append(plain.placements[0])
        var stored = plain
        stored.narratives = store
        for index in stored.reports.indices { store.takeText(of: &stored.reports[index]) }
        #expect(stored.reports.allSatisfy { $0.sections.allSatisfy(\.narrative.markdown.isEmpty) })
        var letters = 0
        for index in plain.reports.indices {
            let fromText = BoilerplateChecks.letters(of: plain.reports[index])
            #expect(BoilerplateChecks.letters(of: index, in: stored) == fromText, "\(plain.reports[index].path)")
            #expect(BoilerplateChecks.letters(of: index, in: plain) == fromText, "\(plain.reports[index].path)")
            letters += fromText.count
        }
        #expect(letters > 20_000)
        #expect(store.failure == nil)
        // B2 of the whole corpus, the texts in the store and not.
        var withStore = checked, without = checked
        withStore.narratives = NarrativeStore()
        for index in withStore.reports.indices { withStore.narratives?.takeText(of: &withStore.reports[index]) }
        for index in withStore.reports.indices { withStore.reports[index].checks.removeAll { $0.id == "B2" } }
        for index in without.reports.indices { without.reports[index].checks.removeAll { $0.id == "B2" } }
        BoilerplateChecks.applyB2(to: &withStore, threshold: 0.6)
        BoilerplateChecks.applyB2(to: &without, threshold: 0.6)
        let b2 = { (corpus: Corpus) in corpus.reports.map { $0.checks.filter { $0.id == "B2" }.map { "\($0.status) \($0.message) \($0.comparedWith ?? -1)" } } }
        #expect(b2(withStore) == b2(without))
        #expect(b2(without).joined().count > 50)
    }

    /// The report with only chosen sections' text put back gives those sections as the whole
    /// text does and leaves the others empty; section 五 read that way is what P1–P2 read of the
    /// whole text; and the checks across years of the fixture corpus are the same with its texts
    /// in a store as without.
    @Test("a report with one section's text put back, and the checks across years from the store")
    func oneSection() throws {
        // The fixture reports and a site with several years per township (X1, B1, P1 fail there).
        let fixtures = try #require(JSONBytesTests.fixtureCorpus)
        let site = try Fixtures.folder.appendingPathComponent("sites/multi-year")
        let paths = (FileManager.default.enumerator(atPath: site.path)?.compactMap { $0 as? String } ?? [])
            .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.sorted().map { site.appendingPathComponent($0).path }
        var checked = CorpusAssembler.assemble(fixtures.reports + paths.compactMap { try? PortalBuild.parse($0, fileSystem: .disk, cache: nil).get() })
        CheckStage.run(on: &checked)
        var stored = checked
        stored.narratives = NarrativeStore()
        for index in stored.reports.indices { stored.narratives?.takeText(of: &stored.reports[index]) }
        var fifths = 0
        for index in stored.reports.indices {
            let whole = stored.withText(index)
            let chosen = stored.withText(index, sections: CarriedProblemChecks.ProblemText.reads)
            #expect(chosen.preamble.markdown.isEmpty)
            for (one, all) in zip(chosen.sections, whole.sections) {
                let expected = CarriedProblemChecks.ProblemText.reads(all) ? all.narrative : Narrative(markdown: "", subheadings: [], lines: [], blockLines: [])
                #expect(one.narrative == expected, "\(whole.path) \(all.number)")
            }
            let now = CarriedProblemChecks.ProblemText(of: chosen), before = CarriedProblemChecks.ProblemText(of: whole)
            #expect(now.text == before.text && now.sentences.map(\.text) == before.sentences.map(\.text), "\(whole.path)")
            if !now.text.isEmpty { fifths += 1 }
        }
        #expect(fifths > 10)
        #expect(stored.narratives?.failure == nil)
        // X1–X3, B1, P1–P2 of every township, the texts in the store and not.
        var withStore = stored, without = checked
        for index in withStore.reports.indices { withStore.reports[index].checks = [] }
        for index in without.reports.indices { without.reports[index].checks = [] }
        var time = Duration.zero
        CrossYearChecks.apply(to: &withStore, boilerplateTime: &time)
        CrossYearChecks.apply(to: &without, boilerplateTime: &time)
        let all = { (corpus: Corpus) in corpus.reports.map { $0.checks.map { "\($0.id) \($0.status) \($0.message) \($0.comparedWith ?? -1)" } } }
        #expect(all(withStore) == all(without))
        #expect(all(without).joined().contains { $0.hasPrefix("B1") } && all(without).joined().contains { $0.hasPrefix("P") })
    }
}
