/// Assembles parsed reports into a corpus: townships, counties, years, slugs and the checks
/// across consecutive years. Pure and deterministic: the order of the input does not matter.
public enum CorpusAssembler {
    /// The township name under which reports whose organ cannot be told are published.
    public static let unidentifiedTownship = "未能识别的报告"

    /// The corpus of `reports`; `boilerplateThreshold` is the share of copied narrative (0–1) at
    /// which B1 and B2 warn.
    public static func assemble(_ input: [Report], boilerplateThreshold: Double = BoilerplateChecks.defaultThreshold) -> Corpus {
        // Sort indexes on precomputed keys, then move each report once: reports are large values.
        let sortKeys = input.map { SortKey(township: Array(($0.metadata.township ?? "").utf8), year: $0.metadata.year ?? 0, path: Array($0.path.utf8)) }
        var reports = input.indices.sorted { sortKeys[$0] < sortKeys[$1] }.map { input[$0] }
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
        markDuplicates(in: &reports, placements: placements, townships: townships)
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
        var corpus = Corpus(reports: reports, placements: placements, townships: townships, counties: counties,
                            years: reportsByYear.keys.sorted(), reportsByYear: reportsByYear)
        CrossYearChecks.apply(to: &corpus, boilerplateThreshold: boilerplateThreshold)
        BoilerplateChecks.applyB2(to: &corpus, threshold: boilerplateThreshold)
        return corpus
    }

    /// The corpus with some reports replaced by new versions of themselves, without assembling
    /// it again: nil when a new version names another township, county or year, or when a
    /// township-year holds two reports (then the caller assembles afresh). Only the cross-year
    /// checks of the townships touched are redone. Gives the same corpus as `assemble`.
    public static func replacing(_ replacements: [String: Report], in corpus: Corpus,
                                 boilerplateThreshold: Double = BoilerplateChecks.defaultThreshold) -> Corpus? {
        var updated = corpus
        return replace(replacements, in: &updated, boilerplateThreshold: boilerplateThreshold) ? updated : nil
    }

    /// The same, in place (no copy of the reports); false when it cannot be done, and then
    /// `updated` must be assembled afresh.
    public static func replace(_ replacements: [String: Report], in updated: inout Corpus,
                               boilerplateThreshold: Double = BoilerplateChecks.defaultThreshold) -> Bool {
        let corpus = updated
        var touched = Set<Int>()
        var byPath: [String: Int] = [:]
        for (index, report) in corpus.reports.enumerated() where replacements[report.path] != nil { byPath[report.path] = index }
        guard byPath.count == replacements.count else { return false }
        for (path, report) in replacements {
            guard let index = byPath[path] else { return false }
            let old = corpus.reports[index]
            guard old.metadata.township == report.metadata.township, old.metadata.county == report.metadata.county,
                  old.metadata.year == report.metadata.year, old.unpublishableReason == nil, report.unpublishableReason == nil,
                  !old.diagnostics.contains(where: { $0.code == "corpus.duplicate" }) else { return false }
            updated.reports[index] = report
            touched.insert(corpus.placements[index].townshipIndex)
        }
        for township in touched {
            for index in updated.townships[township].reportIndexes {
                updated.reports[index].checks.removeAll { CrossYearChecks.ids.contains($0.id) }
            }
            CrossYearChecks.apply(to: &updated, township: updated.townships[township], boilerplateThreshold: boilerplateThreshold)
        }
        // B2 compares across townships: any report's closest match may have changed.
        for index in updated.reports.indices { updated.reports[index].checks.removeAll { $0.id == "B2" } }
        BoilerplateChecks.applyB2(to: &updated, threshold: boilerplateThreshold)
        return true
    }

    /// Two reports claiming the same township and year are both published, at `…/2022/` and
    /// `…/2022-2/` in path order; each says so, naming the other file.
    private static func markDuplicates(in reports: inout [Report], placements: [ReportPlacement], townships: [Township]) {
        let groups = Dictionary(grouping: reports.indices) { index in
            "\(placements[index].townshipIndex)/\(reports[index].metadata.year.map(String.init) ?? "?")"
        }
        // Reports whose organ could not be told are not one place: never each other's duplicates.
        for indexes in groups.values where indexes.count > 1 && townships[placements[indexes[0]].townshipIndex].name != unidentifiedTownship {
            for index in indexes {
                let others = indexes.filter { $0 != index }.map { "\(reports[$0].path)（发布于 …/\(placements[$0].segment)/）" }
                let name = townships[placements[index].townshipIndex].name
                reports[index].diagnostics.append(Diagnostic(.warning, "corpus.duplicate", file: reports[index].path, line: nil,
                    "\(name)\(reports[index].metadata.year.map { "\($0)年" } ?? "年份不明")有不止一份报告：本文件发布于 …/\(placements[index].segment)/，另见 \(others.joined(separator: "、"))；两份都已发布，请删去多余的一份"))
            }
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
