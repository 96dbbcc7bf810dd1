import Foundation
import Testing
@testable import GongkaiCore
import GongkaiTestSupport

/// Every layout reader of the parser has a writer layout in `ReportTextWriter` (the generator of
/// the round-trip tests and the benchmark): a new reader without one fails here, so the
/// round-trip and mutation tests reach every reader.
@Suite("Layout readers and writer layouts")
struct LayoutWriterTests {
    /// Table 3 of a written report in one layout, as the parser sees its section's lines.
    static func table3Lines(layout: ReportTextWriter.Layout) -> [SourceLine] {
        let table = RoundTripTests.table3(.current) { _, _, _ in false }
        let report = RoundTripTests.report(ReportMetadata(organ: "某镇人民政府", township: "某镇", county: nil, year: 2023, published: nil),
                                           table2: nil, table3: table, table4: nil)
        let lines = TextNormalizer.lines(of: ReportTextWriter.text(of: report, layout: layout))
        let start = lines.firstIndex(of: Section.officialHeading(3)) ?? 0
        let end = lines.firstIndex(of: Section.officialHeading(4)) ?? lines.count
        return lines[(start + 1)..<end].enumerated().map { SourceLine(number: start + 2 + $0.offset, text: $0.element) }
    }

    /// Whether a reader alone reads every cell of table 3 written in a layout.
    static func reads(_ reader: any TableLayoutReader, _ layout: ReportTextWriter.Layout) -> Bool {
        let lines = table3Lines(layout: layout)
        guard reader.applies(to: lines), let reading = Table3Interpreter.read(reader.rows(from: lines), formatHint: .current) else { return false }
        return reading.score == reading.table.rows.reduce(0) { $0 + $1.columnCount(in: .current) }
    }

    @Test("every layout reader reads, in full, a layout the writer writes")
    func everyReaderHasAWriterLayout() {
        for reader in tableLayoutReaders {
            let layouts = ReportTextWriter.Layout.allCases.filter { Self.reads(reader, $0) }
            #expect(!layouts.isEmpty, "no ReportTextWriter.Layout is read in full by \(type(of: reader)); add one to Sources/GongkaiTestSupport")
        }
    }

    @Test("every writer layout is read in full by some reader", arguments: ReportTextWriter.Layout.allCases)
    func everyWriterLayoutIsRead(layout: ReportTextWriter.Layout) {
        #expect(tableLayoutReaders.contains { Self.reads($0, layout) })
    }
}
