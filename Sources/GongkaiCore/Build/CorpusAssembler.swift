/// Assembles parsed reports into a corpus: townships, counties, years, slugs and where each
/// report is published (checks follow, in `CheckStage`). Pure and deterministic: the order of
/// the input does not matter.
public enum CorpusAssembler {
    /// The township name under which reports whose organ cannot be told are published.
    public static let unidentifiedTownship = "未能识别的报告"

    /// The corpus of `reports`.
    public static func assemble(_ input: [Report]) -> Corpus {
        var reports = input
        return assemble(taking: &reports)
    }

    /// The corpus of `input`, whose reports move into it and leave `input` empty: sorted in
    /// place, never copied (the build's own reports, which nothing else holds: a copy of each,
    /// and then freeing the originals, was a quarter of this step at 30,000 reports).
    static func assemble(taking input: inout [Report]) -> Corpus {
        // Sort indexes on precomputed keys, then move each report once: reports are large values.
        let sortKeys = input.map { SortKey(township: Array(($0.metadata.township ?? "").utf8), year: $0.metadata.year ?? 0, path: Array($0.path.utf8)) }
        permute(&input, to: input.indices.sorted { sortKeys[$0] < sortKeys[$1] })
        var reports: [Report] = []
        swap(&reports, &input)
        shareRepeatedText(of: &reports)
        let keys = reports.map(townshipKey(in: reports))
        let distinctKeys = Array(Set(keys)).sorted { ($0.county ?? "", $0.name) < ($1.county ?? "", $1.name) }
        let names = Dictionary(grouping: distinctKeys, by: \.name)
        let preferred = distinctKeys.map { key in
            (names[key.name]?.count ?? 1) > 1 ? Slug.make((key.county ?? "县名不明") + "-" + key.name) : Slug.make(key.name)
        }
        let slugs = Slug.unique(preferred)
        var townshipIndex: [TownshipKey: Int] = [:]
        var townships: [Township] = []
        for (index, key) in distinctKeys.enumerated() {
            townshipIndex[key] = index
            townships.append(Township(name: key.name, county: key.county, slug: slugs[index], reportIndexes: []))
        }
        var placements: [ReportPlacement] = []
        var segmentsUsed: [Int: Set<String>] = [:]
        for (index, report) in reports.enumerated() {
            let township = townshipIndex[keys[index]] ?? 0
            townships[township].reportIndexes.append(index)
            let base = report.metadata.year.map(String.init) ?? "unknown-year"
            var segment = base
            var count = 1
            while segmentsUsed[township, default: []].contains(segment) {
                count += 1
                segment = "\(base)-\(count)"
            }
            segmentsUsed[township, default: []].insert(segment)
            placements.append(ReportPlacement(townshipIndex: township, segment: segment, id: "\(townships[township].slug)-\(segment)"))
        }
        let countyNames = Array(Set(townships.compactMap(\.county))).sorted()
        let countySlugs = Slug.unique(countyNames.map(Slug.make))
        let townshipsByCounty = Dictionary(grouping: townships.indices.filter { townships[$0].county != nil }) { townships[$0].county ?? "" }
        let counties = countyNames.enumerated().map { index, name in
            County(name: name, slug: countySlugs[index], townshipIndexes: townshipsByCounty[name] ?? [])
        }
        var reportsByYear: [Int: [Int]] = [:]
        for township in townships {
            for index in township.reportIndexes {
                guard let year = reports[index].metadata.year else { continue }
                reportsByYear[year, default: []].append(index)
            }
        }
        return Corpus(reports: reports, placements: placements, townships: townships, counties: counties,
                      years: reportsByYear.keys.sorted(), reportsByYear: reportsByYear)
    }

    /// Replaces some reports of a corpus by new versions of themselves, in place (no copy of the
    /// reports), without assembling it again: the townships touched, whose checks
    /// `CheckStage.run(on:townships:)` then redoes, and the indexes of the reports replaced, in
    /// corpus order; nil when a new version names another township, county or year, or when a
    /// township-year holds two reports, and then the corpus must be assembled afresh.
    public static func replace(_ replacements: [String: Report], in updated: inout Corpus) -> (townships: Set<Int>, reports: [Int])? {
        // Every replacement checked before the first is made, and the reports never copied: the
        // corpus holds thousands of large values.
        var touched = Set<Int>()
        let replaced = Set(replacements.keys.map(PathKey.init))
        var byPath: [String: Int] = [:]
        for index in updated.reports.indices where replaced.contains(PathKey(updated.reports[index].path)) { byPath[updated.reports[index].path] = index }
        guard byPath.count == replacements.count else { return nil }
        for (path, report) in replacements {
            guard let index = byPath[path], updated.reports[index].metadata.township == report.metadata.township,
                  updated.reports[index].metadata.county == report.metadata.county, updated.reports[index].metadata.year == report.metadata.year,
                  updated.reports[index].unpublishableReason == nil, report.unpublishableReason == nil,
                  !updated.reports[index].diagnostics.contains(where: { $0.code == "corpus.duplicate" }) else { return nil }
        }
        for (path, report) in replacements {
            guard let index = byPath[path] else { return nil }
            updated.reports[index] = report
            touched.insert(updated.placements[index].townshipIndex)
        }
        return (touched, byPath.values.sorted())
    }

    /// Reorders `values` in place so that position `i` holds what was at `order[i]` (`order` a
    /// permutation of the indexes): `order.map { values[$0] }` without a copy of any value, by
    /// swaps along each cycle of the permutation.
    static func permute<Value>(_ values: inout [Value], to order: [Int]) {
        var placed = [Bool](repeating: false, count: values.count)
        for start in values.indices where !placed[start] {
            // Position `start`'s value is carried along the cycle until the position that wants it.
            var position = start
            placed[position] = true
            while order[position] != start {
                values.swapAt(position, order[position])
                position = order[position]
                placed[position] = true
            }
        }
    }

    /// The texts that repeat across reports — section headings, organ, township and county
    /// names — made one String each, kept once for the corpus rather than once per report (at
    /// 100,000 reports, some 60 MB). Only texts of the very same bytes are shared; texts short
    /// enough for a String to hold inside itself are left as they are.
    private static func shareRepeatedText(of reports: inout [Report]) {
        // Keyed on the bytes (`PathKey`): a `String` key hashed each text through Unicode
        // normalisation and compared it Unicode-aware, half of this step at 30,000 reports,
        // only for the bytes to be compared again after.
        var kept: [PathKey: String] = [:]
        func shared(_ text: String) -> String {
            guard text.utf8.count > 15 else { return text }
            let key = PathKey(text)
            if let known = kept[key] { return known }
            kept[key] = text
            return text
        }
        for index in reports.indices {
            for section in reports[index].sections.indices {
                reports[index].sections[section].heading = shared(reports[index].sections[section].heading)
            }
            reports[index].metadata.organ = reports[index].metadata.organ.map(shared)
            reports[index].metadata.township = reports[index].metadata.township.map(shared)
            reports[index].metadata.county = reports[index].metadata.county.map(shared)
        }
    }

    /// The order of reports: township, year, path, compared as UTF-8 bytes (deterministic and
    /// much cheaper than Unicode-aware string comparison).
    private struct SortKey: Comparable {
        var township: [UInt8]
        var year: Int
        var path: [UInt8]

        static func < (lhs: SortKey, rhs: SortKey) -> Bool {
            if lhs.township != rhs.township { return lhs.township.lexicographicallyPrecedes(rhs.township) }
            if lhs.year != rhs.year { return lhs.year < rhs.year }
            return lhs.path.lexicographicallyPrecedes(rhs.path)
        }
    }

    /// A township as the corpus groups it: by name, and by county only when two counties have a
    /// township of the same name (a report that states no county joins the only one there is).
    private struct TownshipKey: Hashable {
        var name: String
        var county: String?
    }

    private static func townshipKey(in reports: [Report]) -> (Report) -> TownshipKey {
        var counties: [String: Set<String>] = [:]
        for report in reports {
            guard let name = report.metadata.township, let county = report.metadata.county else { continue }
            counties[name, default: []].insert(county)
        }
        return { report in
            let name = report.metadata.township ?? unidentifiedTownship
            let known = counties[name] ?? []
            let county = report.metadata.county ?? (known.count == 1 ? known.first : nil)
            return TownshipKey(name: name, county: county)
        }
    }
}
