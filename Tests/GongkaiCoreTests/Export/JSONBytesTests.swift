import Foundation
import Testing
@testable import GongkaiCore

/// The report JSON written straight as bytes (`Report.jsonUTF8`, what the build publishes) is
/// byte for byte the `JSONValue` tree's text (`Report.json`, the schema's definition).
@Suite("Report JSON as bytes")
struct JSONBytesTests {
    static func expectSame(_ report: Report, _ comment: Comment? = nil) {
        for indent in [0, 2, 4] {
            expectSame(report.jsonUTF8(indent: indent), report.json.utf8(indent: indent), comment ?? Comment(rawValue: report.path))
        }
    }

    static func expectSame(_ direct: [UInt8], _ tree: [UInt8], _ comment: Comment) {
        let same = direct == tree
        #expect(same, comment)
        if !same {
            let at = (0..<min(direct.count, tree.count)).first { direct[$0] != tree[$0] } ?? min(direct.count, tree.count)
            Issue.record("first difference at byte \(at): \(String(decoding: direct[max(0, at - 80)..<min(direct.count, at + 80)], as: UTF8.self))")
        }
    }

    /// The JSON of the report with its text put in `store` as a build does, the markdown escaped
    /// from the stored bytes (`jsonUTF8(stored:)`, what the build publishes), is the tree's.
    static func expectSameStored(_ report: Report, in store: NarrativeStore) {
        var stripped = report
        store.takeText(of: &stripped)
        let stored = store.storedSections(of: stripped)
        #expect(stored != nil && stripped.sections.allSatisfy(\.narrative.markdown.isEmpty), Comment(rawValue: report.path))
        for indent in [0, 2] {
            expectSame(stripped.jsonUTF8(indent: indent, stored: stored), report.json.utf8(indent: indent), Comment(rawValue: report.path))
        }
    }

    /// Every report of the real fixtures, the cases and the seeds, checked as a corpus (made once
    /// for the tests that compare fast and slow writers on it).
    static let fixtureCorpus: Corpus? = {
        guard let root = try? Fixtures.folder else { return nil }
        var paths: [String] = []
        for group in ["real", "cases", "seeds"] {
            let folder = root.appendingPathComponent(group)
            let files = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
            paths += files.filter { [".txt", ".md", ".html", ".htm", ".docx", ".pdf"].contains(where: $0.lowercased().hasSuffix) }
                .sorted().map { folder.appendingPathComponent($0).path }
        }
        let reports = paths.compactMap { try? PortalBuild.parse($0, fileSystem: .disk, cache: nil).get() }
        var corpus = CorpusAssembler.assemble(reports)
        CheckStage.run(on: &corpus)
        return corpus
    }()

    @Test("every report of the real fixtures, the cases and the seeds, checked as a corpus")
    func fixtures() throws {
        let corpus = try #require(Self.fixtureCorpus)
        #expect(corpus.reports.count > 100)
        #expect(corpus.reports.contains { !$0.checks.isEmpty && !$0.diagnostics.isEmpty })
        for report in corpus.reports { Self.expectSame(report) }
        // The cell walk the JSON and the CSVs read rows with gives what the row subscript gives,
        // rows the format lacks included.
        func same<Row>(_ table: ReportTable<Row>?) -> Bool {
            guard let table else { return true }
            return Row.allCases.allSatisfy { row in
                var walked: [Cell] = [], values: [Decimal?] = []
                table.forEachCell(in: row) { column, cell in if column == walked.count { walked.append(cell) } }
                table.forEachValue(in: row) { column, value in if column == values.count { values.append(value) } }
                return walked == table[row] && values == walked.map(\.value)
            }
        }
        #expect(corpus.reports.allSatisfy { same($0.table2) && same($0.table3) && same($0.table4) })
    }

    /// `cells.csv` joined from each report's own CSV file (what the build does) is the long CSV
    /// made from the reports' cells, for every fixture report and ids that need quoting.
    @Test("cells.csv from each report's CSV is cells.csv made from the cells")
    func cellsFromReportFiles() throws {
        let corpus = try #require(Self.fixtureCorpus)
        #expect(corpus.reports.count > 100)
        let ids = ["a", "镇-2022", "-1", "a,b", "引号\"", "=x"]
        let reports = corpus.reports.indices.map { (id: ids[$0 % ids.count] + corpus.placements[$0].id, report: corpus.reports[$0]) }
        let files = reports.map { ReportCSV.cellsUTF8(of: $0.report) }
        var slow: [UInt8] = [], joined: [UInt8] = []
        ReportCSV.allCells(reports) { slow += $0 }
        ReportCSV.allCells(reports, written: { files[$0] }) { joined += $0 }
        #expect(joined == slow)
        #expect(slow.count > 100 * 1000)
        // The join relies on no head of a line holding a line feed.
        #expect(ReportCSV.cellLineHeadTables.joined().joined().joined().allSatisfy { !$0.contains(0x0A) })
        // A file that is not a report's CSV is not joined: its report's cells are made instead.
        var out: [UInt8] = []
        let file = try #require(files.first { $0.count > 200 })
        #expect(!ReportCSV.addPrefixed(Array(file.dropFirst(3)), prefix: [], to: &out) && out.isEmpty)
        #expect(!ReportCSV.addPrefixed(Array(file.dropLast()), prefix: [], to: &out) && out.isEmpty)
        var broken: [UInt8] = []
        ReportCSV.allCells(reports, written: { files[$0].dropLast() }) { broken += $0 }
        #expect(broken == slow)
    }

    /// A report's CSV and its wide line's cells, written from buffers borrowed once per table and
    /// by walking each row in place, are what the row arrays and each cell's head made on its
    /// own give, for every fixture report (rows outside the format, cells with text included).
    @Test("report CSV lines and wide-line cells walked in place are those made from row arrays")
    func cellLinesFromRowArrays() throws {
        let corpus = try #require(Self.fixtureCorpus)
        func slowCells(of report: Report) -> [UInt8] {
            var out = Array((ReportCSV.bom + "table,row,column,label,value,status,line\r\n").utf8)
            let format = report.format ?? .current
            func add<Row: TableRowKey>(_ table: ReportTable<Row>?, number: Int) {
                guard let table else { return }
                for row in table.rows {
                    for (column, cell) in table[row].enumerated() {
                        out += ReportCSV.cellLineHead(number, row, column, format: format)
                        cell.value?.appendText(to: &out)
                        out += Array(",\(cell.status.rawValue),\(cell.line.map { "\($0)" } ?? "")\r\n".utf8)
                    }
                }
            }
            add(report.table2, number: 2)
            add(report.table3, number: 3)
            add(report.table4, number: 4)
            return out
        }
        #expect(corpus.reports.contains { $0.table3 != nil })
        for report in corpus.reports {
            #expect(ReportCSV.cellsUTF8(of: report) == slowCells(of: report), Comment(rawValue: report.path))
            #expect(ReportCSV.cellValues(of: report) == ReportCSV.cellValuesByRowArrays(of: report), Comment(rawValue: report.path))
        }
        for status in [Cell.Status.printed, .blank, .dash, .unreadable, .missing] {
            #expect(ReportCSV.statusText(status).description == status.rawValue)
        }
        // Every joined head is the head made alone.
        for (number, formats) in zip(2..., ReportCSV.cellLineHeadBytes) {
            for (format, heads) in zip([ReportFormat.current, .trial], formats) {
                func check<Row: TableRowKey>(_ rows: [Row]) {
                    for row in rows {
                        for column in 0..<heads.columns {
                            #expect(Array(heads.head(row.ordinal, column)) == ReportCSV.cellLineHead(number, row, column, format: format))
                        }
                    }
                }
                switch number {
                case 2: check(Array(Table2Row.allCases))
                case 3: check(Array(Table3Row.allCases))
                default: check(Array(Table4Group.allCases))
                }
            }
        }
    }

    /// `reports.csv` and the years' CSVs share each report's line (`ReportCSV.SharedRows`), in
    /// turn, at once on two threads, or past the memory limit: each file is the one made alone,
    /// and no line stays kept.
    @Test("reports.csv and the years' CSVs sharing lines are the files made alone")
    func sharedWideLines() throws {
        let corpus = try #require(Self.fixtureCorpus)
        let all = Array(corpus.reports.indices)
        @Sendable func identified(_ indexes: [Int]) -> [(id: String, report: Report)] { indexes.map { (corpus.placements[$0].id, corpus.reports[$0]) } }
        @Sendable func made(_ indexes: [Int], chinese: Bool, rows: ReportCSV.SharedRows?) -> [UInt8] {
            var out: [UInt8] = []
            let shared = rows.map { rows in { (position: Int, make: () -> [UInt8]) in
                rows.line(indexes[position], shared: corpus.reports[indexes[position]].metadata.year != nil, make: make)
            } }
            ReportCSV.table(identified(indexes), chinese: chinese, shared: shared) { out += $0 }
            return out
        }
        #expect(corpus.years.count >= 2 && corpus.reports.contains { $0.metadata.year == nil })
        let alone = [made(all, chinese: false, rows: nil)] + corpus.years.map { made(corpus.reportIndexes(year: $0), chinese: true, rows: nil) }
        for limit in [32 << 20, 3000, 0] {
            let rows = ReportCSV.SharedRows(limit: limit)
            let inTurn = [made(all, chinese: false, rows: rows)] + corpus.years.map { made(corpus.reportIndexes(year: $0), chinese: true, rows: rows) }
            #expect(inTurn == alone, "limit \(limit)")
            #expect(rows.keptBytes == 0)
            let files = [(all, false)] + corpus.years.map { (corpus.reportIndexes(year: $0), true) }
            let together = ResultSlots<[UInt8]>(count: files.count)
            DispatchQueue.concurrentPerform(iterations: files.count) { together.set($0, made(files[$0].0, chinese: files[$0].1, rows: rows)) }
            #expect(together.values.map { $0 ?? [] } == alone, "limit \(limit), at once")
            #expect(rows.keptBytes == 0)
        }
    }

    /// `JSONValue.writeString` skips eight bytes at a time: its text is the escape of each
    /// character by the rules, written here one character at a time, for strings with every
    /// kind of character at every offset.
    @Test("strings escaped eight bytes at a time are escaped character by character")
    func stringEscapes() {
        func slow(_ text: String) -> [UInt8] {
            var out = "\""
            let named: [Unicode.Scalar: String] = ["\"": "\\\"", "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "<": "\\u003c",
                                                   "\u{2028}": "\\u2028", "\u{2029}": "\\u2029"]
            for scalar in text.unicodeScalars {
                out += named[scalar] ?? (scalar.value < 0x20 ? "\\u00" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16) : String(scalar))
            }
            return Array((out + "\"").utf8)
        }
        let pieces = ["a", "公开", "“", "”", "…", "—", "\u{2028}", "\u{2029}", "\u{2027}", "\u{202A}", "\"", "\\", "<", ">", "\n", "\r", "\t",
                      "\u{01}", "\u{1F}", " ", "\u{7F}", "é", "😀", "12345678", "表三"]
        var generator = SplitMix64(seed: 16)
        var checked = 0
        for length in 0..<40 {
            for _ in 0..<60 {
                let text = (0..<length).map { _ in generator.pick(pieces) }.joined()
                var fast: [UInt8] = []
                JSONValue.writeString(text, to: &fast)
                #expect(fast == slow(text), "\(text.debugDescription)")
                checked += 1
            }
        }
        #expect(checked == 2400)
    }

    @Test("text that needs escaping, absent values, unknown cells with text, places, long and negative numbers")
    func edges() throws {
        let report = Self.oddReport
        Self.expectSame(report)
        let table3 = try #require(report.table3)
        var walked: [Cell] = []
        table3.forEachCell(in: .newReceived) { _, cell in walked.append(cell) }
        #expect(walked == table3[.newReceived] && walked.count == 7)
        var bare = report
        (bare.sections, bare.checks, bare.diagnostics, bare.table2, bare.table3) = ([], [], [], nil, nil)
        Self.expectSame(bare)
        // The escaped text as the tree writes it: the test above compares like with like.
        let text = String(decoding: report.jsonUTF8(indent: 2), as: UTF8.self)
        #expect(text.contains(#"\u003cscript>"#) && text.contains(#"\u2028\u2029"#) && text.contains(#"\u0001\u001f"#))
    }

    /// The JSON of every fixture report and of text that needs escaping, each report's text put in
    /// a `NarrativeStore` as a build does and its markdown escaped from the stored bytes.
    @Test("report JSON with the text escaped from the store's bytes is the tree's")
    func storedText() throws {
        let corpus = try #require(Self.fixtureCorpus)
        let store = try #require(NarrativeStore())
        #expect(corpus.reports.contains { $0.sections.contains { !$0.narrative.subheadings.isEmpty } })
        for report in corpus.reports + [Self.oddReport] { Self.expectSameStored(report, in: store) }
        #expect(store.failure == nil)
    }

    /// A report whose every string needs escaping, with absent values, unknown cells with text,
    /// places, long and negative numbers.
    static var oddReport: Report {
        let odd = "引号\"反斜杠\\ <script> 换行\n回车\r制表\t控制\u{01}\u{1F} 分隔\u{2028}\u{2029} 表情😀 é"
        var table3 = ReportTable<Table3Row>(format: .trial, lines: 3...40)
        table3[.newReceived] = [Cell(value: Decimal(string: "0.35"), status: .printed, line: 7), Cell(value: nil, status: .unreadable, line: 8, text: odd),
                                Cell(value: Decimal(string: "123456789012345678901234"), status: .printed, line: nil),
                                Cell(value: -18, status: .printed, line: 1 << 30), .missing, Cell(value: nil, status: .dash, line: 9, text: "—"),
                                Cell(value: Decimal(string: "1e3"), status: .printed, line: 10)]
        var table2 = ReportTable<Table2Row>(format: .current, lines: 1...2)
        table2[.fees] = [Cell(value: nil, status: .blank, line: nil)]
        var diagnostic = Diagnostic(.warning, "parse.odd", line: nil, odd)
        diagnostic.place = "表三 " + odd
        let narrative = Narrative(markdown: odd, subheadings: [Subheading(title: odd, line: 3, style: .leadIn)], lines: [1], blockLines: [1])
        let report = Report(path: "县/镇 \"a\".txt", sha256: "", encoding: "gb18030",
                            metadata: ReportMetadata(organ: odd, township: nil, county: "", year: -2022, published: nil),
                            format: nil, preamble: narrative,
                            sections: [Section(number: 3, heading: odd, line: Int.max, narrative: narrative),
                                       Section(number: -1, heading: "", line: 0, narrative: Narrative(markdown: "", subheadings: [], lines: [], blockLines: []))],
                            table2: table2, table3: table3, table4: nil,
                            checks: [CheckResult(id: "V1", status: .fail, message: odd, line: Int.min, cells: [CellReference(table: 3, row: odd, column: -1)]),
                                     CheckResult(id: "V2", status: .unknown, message: "", line: nil, cells: [])],
                            diagnostics: [diagnostic, Diagnostic(.error, "x", file: "f", line: 12, "")])
        return report
    }
}
