import Foundation
import Testing
@testable import GongkaiCore

/// The feed's entries, made only for the reports the feed shows, are the first of the entries
/// made for every report and sorted.
@Suite struct FeedEntriesTests {
    @Test func theFeedsEntriesAreTheFirstOfEveryReportsEntriesSorted() throws {
        // Reports of the same township and year (the same date and title), townships whose
        // names sort by more than their first character: ties are sorted too.
        var reports: [Report] = []
        for (index, township) in ["甲镇", "甲镇", "乙乡", "甲乡", "丙街道办事处", "乙乡"].enumerated() {
            for year in [2019, 2020, 2021] where (index + year) % 4 != 0 {
                reports.append(CorpusAssemblerTests.report(township: township, county: "某县", year: year, carriedOver: index, carriedForward: 0,
                                                           path: "\(township)/\(year)-\(index).txt"))
            }
        }
        let corpus = CorpusAssembler.assemble(reports)
        let builder = try SiteBuilder(corpus: corpus, skipped: [], theme: try ThemeFiles.read(folder: Repository.defaultTheme), site: SiteContext())
        let every = Self.everyEntry(corpus).map { [$0.title, $0.path, $0.updated, $0.summary] }
        #expect(Set(every.map { $0[0] + $0[2] }).count < every.count)
        for limit in [-1, 0, 1, 2, 5, every.count - 1, every.count, every.count + 3] {
            let entries = builder.feedEntries(limit: limit).map { [$0.title, $0.path, $0.updated, $0.summary] }
            #expect(entries == Array(every.prefix(max(0, limit))), "\(limit)")
        }
    }

    /// One entry for every report, sorted: how the feed's entries were made before.
    static func everyEntry(_ corpus: Corpus) -> [SiteFeeds.Entry] {
        corpus.reports.indices.map { index in
            let report = corpus.reports[index]
            let township = corpus.townships[corpus.placements[index].townshipIndex]
            let date = report.metadata.published ?? report.metadata.year.map { "\($0 + 1)-01-01" } ?? "1970-01-01"
            return SiteFeeds.Entry(title: "\(township.name)\(Display.year(report.metadata.year))政府信息公开工作年度报告",
                                   path: SiteRoutes.report(corpus.placements[index], in: corpus), updated: date + "T00:00:00Z",
                                   summary: CheckSummary(report).text)
        }.sorted { ($0.updated, $1.title) > ($1.updated, $0.title) }
    }
}
