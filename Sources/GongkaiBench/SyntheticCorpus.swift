import Foundation
import GongkaiCore
import GongkaiTestSupport

/// Generates a synthetic corpus of realistic reports: N/5 townships × 5 years (2019–2023),
/// trial format before 2021 and the 2021 format after, every layout, numbers that satisfy the
/// checks, and a few deliberate defects (a broken V1, a missing table 4, a blank cell).
struct SyntheticCorpus {
    /// How many reports.
    var reports: Int
    /// Fixed seed: the same N always gives the same corpus.
    var seed: UInt64 = 0x9E37_79B9_7F4A_7C15

    static let years = [2019, 2020, 2021, 2022, 2023]
    static let townshipsPerCounty = 20

    /// One generated report: where it goes, its text, and its Hugo page.
    struct Item {
        var township: String
        var county: String
        var year: Int
        var path: String
        var text: String
        var report: Report
    }

    /// Characters for made-up place names: common in real ones, none that starts a word the
    /// metadata reader cuts at (市, 开发) or reads as a report's own words (新收, 公开).
    private static let nameCharacters = Array("安宝昌东丰福光和华江金乐龙梅宁平青庆瑞山盛泰田文兴阳永云长正")

    /// A unique name of Han characters only for `index` (two characters up to 900, then three):
    /// the portal publishes a place only when its name looks like one, and digits never do.
    static func placeName(_ index: Int) -> String {
        let base = nameCharacters.count
        let (digits, value) = index < base * base ? (2, index) : (3, index - base * base)
        var rest = value
        var characters: [Character] = []
        for _ in 0..<digits {
            characters.append(nameCharacters[rest % base])
            rest /= base
        }
        return String(characters.reversed())
    }

    /// Calls `body` for each report, in order, without keeping them all in memory.
    func forEach(_ body: (Item) throws -> Void) rethrows {
        var random = SplitMix64(seed: seed)
        let townships = max(1, reports / Self.years.count)
        for index in 0..<reports {
            let townshipIndex = index / Self.years.count
            let year = Self.years[index % Self.years.count]
            let county = Self.placeName(townshipIndex / Self.townshipsPerCounty) + "县"
            let township = Self.placeName(townshipIndex) + "镇"
            let format: ReportFormat = year >= 2021 ? .current : .trial
            let firstOfCounty = townshipIndex - townshipIndex % Self.townshipsPerCounty
            let narratives = SyntheticNarrative.sections(townshipIndex: townshipIndex, township: township, year: year,
                                                         firstOfCounty: firstOfCounty, firstOfCountyName: Self.placeName(firstOfCounty) + "镇")
            var report = makeReport(organ: "\(county)\(township)人民政府", township: township, county: county, year: year, format: format,
                                    narratives: narratives, random: &random)
            if index % 97 == 13 { report.table4 = nil }
            if index % 89 == 7, var table = report.table3 {
                table[.newReceived][0] = .printed((table.cell(.newReceived, 0).value ?? 0) + 1, line: nil)
                report.table3 = table
            }
            if index % 83 == 5, var table = report.table2 {
                table[.licensing][0] = Cell(value: nil, status: .blank, line: nil)
                report.table2 = table
            }
            let layout = ReportTextWriter.Layout.allCases[index % ReportTextWriter.Layout.allCases.count]
            let text = ReportTextWriter.text(of: report, layout: layout)
            _ = townships
            try body(Item(township: township, county: county, year: year, path: "\(county)/\(township)/\(year).txt", text: text, report: report))
        }
    }

    /// A report whose numbers satisfy V1–V5, with the narratives given by section number
    /// (`SyntheticNarrative`: about 1,500 characters, varied per township and year).
    private func makeReport(organ: String, township: String, county: String, year: Int, format: ReportFormat,
                            narratives: [Int: String], random: inout SplitMix64) -> Report {
        var table2 = ReportTable<Table2Row>(format: format, lines: 1...1)
        for row in Table2Row.rows(in: format) {
            table2[row] = (0..<row.columnCount(in: format)).map { column in
                if row.isAmount(column: column, in: format) { return .printed(Decimal(Int(random.next() % 1000)) / 100, line: nil) }
                if row.isSigned(column: column, in: format) { return .printed(Decimal(Int(random.next() % 21) - 10), line: nil) }
                return .printed(Decimal(Int(random.next() % 120)), line: nil)
            }
        }
        var table3 = ReportTable<Table3Row>(format: format, lines: 1...1)
        let results = Table3Row.resultRows(in: format)
        var columns: [[Table3Row: Int]] = []
        for _ in Table3Column.applicants {
            var values: [Table3Row: Int] = [:]
            for row in results { values[row] = random.next() % 4 == 0 ? Int(random.next() % 6) : 0 }
            let total = results.reduce(0) { $0 + (values[$1] ?? 0) }
            let over = Int(random.next() % 3)
            let forward = Int(random.next() % 3)
            values[.resultsTotal] = total
            values[.carriedOver] = over
            values[.carriedForward] = forward
            values[.newReceived] = max(0, total + forward - over)
            if total + forward - over < 0 { values[.carriedOver] = total + forward }
            columns.append(values)
        }
        for row in Table3Row.rows(in: format) {
            let applicants = columns.map { $0[row] ?? 0 }
            table3[row] = (applicants + [applicants.reduce(0, +)]).map { .printed(Decimal($0), line: nil) }
        }
        var table4 = ReportTable<Table4Group>(format: format, lines: 1...1)
        for group in Table4Group.allCases {
            let parts = (0..<4).map { _ in random.next() % 5 == 0 ? Int(random.next() % 3) : 0 }
            table4[group] = (parts + [parts.reduce(0, +)]).map { .printed(Decimal($0), line: nil) }
        }
        let sections = (1...6).map { number in
            Section(number: number, heading: Section.officialHeading(number), line: 1,
                    narrative: Narrative(markdown: narratives[number] ?? "", subheadings: [], lines: [], blockLines: []))
        }
        return Report(path: "", sha256: "", encoding: "utf-8",
                      metadata: ReportMetadata(organ: organ, township: township, county: county, year: year, published: "\(year + 1)-01-20"),
                      format: format, preamble: .init(markdown: "", subheadings: [], lines: [], blockLines: []), sections: sections,
                      table2: table2, table3: table3, table4: table4, checks: [], diagnostics: [])
    }
}

/// A small, fast, seeded generator, so corpora are reproducible.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int(truncatingIfNeeded: (z ^ (z >> 31)) >> 1)
    }
}
