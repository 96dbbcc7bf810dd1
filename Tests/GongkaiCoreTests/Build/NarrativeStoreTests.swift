import Foundation
import Testing
@testable import GongkaiCore

/// A build keeps the reports' running text on disk (`NarrativeStore`) from parse to the end: the
/// corpus holds the numbers and metadata, and every reader of the text gets it back whole.
@Suite struct NarrativeStoreTests {
    /// A seed report's text goes out and comes back the same: markdown, sub-headings, lines.
    @Test func aReportsTextComesBackAsItWasParsed() throws {
        let seed = try Fixtures.seed(1)
        #expect(seed.sections.count > 3 && seed.sections.contains { !$0.narrative.subheadings.isEmpty })
        let store = try #require(NarrativeStore())
        var stripped = seed
        store.takeText(of: &stripped)
        #expect(stripped.preamble.markdown.isEmpty && stripped.sections.allSatisfy { $0.narrative.markdown.isEmpty && $0.narrative.lines.isEmpty })
        #expect(stripped.sections.map(\.heading) == seed.sections.map(\.heading))
        #expect(store.withText(stripped) == seed)
        // A report the store never held is given back as it is.
        let other = try Fixtures.seed(2)
        #expect(store.withText(other) == other)
        #expect(store.failure == nil)
    }

    /// Text that no longer fits its report (here a section gone) is not guessed back: the store
    /// says so with a diagnostic, and the build stops before it publishes.
    @Test func textThatCannotBeReadBackIsADiagnostic() throws {
        let store = try #require(NarrativeStore())
        var stripped = try Fixtures.seed(1)
        store.takeText(of: &stripped)
        stripped.sections.removeLast()
        #expect(store.withText(stripped) == stripped)
        #expect(store.failure?.code == "build.text-store" && store.failure?.file == stripped.path)
    }

    /// A build from scratch leaves the text out of its corpus and reads it back for the pages:
    /// the report page shows the seed's text.
    @Test func aBuildsCorpusHoldsNoTextAndItsPagesShowIt() throws {
        let output = try Repository.temporaryFolder().appendingPathComponent("site")
        let summary = try Repository.build(output: output)
        let corpus = summary.corpus
        #expect(corpus.narratives != nil && !corpus.reports.isEmpty)
        #expect(corpus.reports.allSatisfy { $0.preamble.markdown.isEmpty && $0.sections.allSatisfy(\.narrative.markdown.isEmpty) })
        let index = try #require(corpus.reports.indices.first { corpus.withText($0).sections.contains { $0.narrative.markdown.count > 40 } })
        let paragraph = try #require(corpus.withText(index).sections.first { $0.narrative.markdown.count > 40 }?.narrative.markdown
            .split(separator: "\n").first { $0.count > 20 && !$0.hasPrefix("#") && !$0.contains("*") })
        let page = try String(contentsOf: output.appendingPathComponent(SiteRoutes.report(corpus.placements[index], in: corpus) ), encoding: .utf8)
        #expect(page.contains(HTMLText.escape(String(paragraph.prefix(20)))))
    }
}
