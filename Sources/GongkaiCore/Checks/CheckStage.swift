import Foundation

/// The checks stage, after assembly and before the site: list → parse → assemble → **check**.
/// `build`, `check`, `parse` and `serve` all run it, so a report's checks and the problems the
/// commands count are the same everywhere: each report's own checks (V1–V5, N1–N5), the checks
/// across consecutive years of a township (X1–X3) and the duplicate township-year warning.
/// `CheckID` describes every check; a new check is an entry there and a function that computes it.
public enum CheckStage {
    /// Runs every check on a freshly assembled corpus (whose reports have no checks yet);
    /// `boilerplateThreshold` is the share of copied narrative (0–1) at which B1 and B2 warn.
    /// Returns the seconds the boilerplate checks (B1 and B2) took, for `build --timings` and
    /// `make bench` (their share of the build, measured in the same run).
    @discardableResult
    public static func run(on corpus: inout Corpus, boilerplateThreshold: Double = BoilerplateChecks.defaultThreshold,
                           memory: BoilerplateChecks.Memory? = nil) -> Double {
        let results = ResultSlots<[CheckResult]>(count: corpus.reports.count)
        let reports = corpus
        DispatchQueue.concurrentPerform(iterations: reports.reports.count) { index in
            results.set(index, ReportChecks.run(on: reports.withText(index)))
        }
        for (index, checks) in results.values.enumerated() { corpus.reports[index].checks = checks ?? [] }
        markDuplicates(in: &corpus)
        var boilerplate = Duration.zero
        CrossYearChecks.apply(to: &corpus, boilerplateThreshold: boilerplateThreshold, boilerplateTime: &boilerplate)
        boilerplate += ContinuousClock().measure { BoilerplateChecks.applyB2(to: &corpus, threshold: boilerplateThreshold, memory: memory) }
        // The results stay with the corpus to the end of the build: without the room appending
        // left in their arrays.
        for index in corpus.reports.indices where corpus.reports[index].checks.capacity > corpus.reports[index].checks.count {
            corpus.reports[index].checks = corpus.reports[index].checks.map { $0 }
        }
        return boilerplate.seconds
    }

    /// Runs the checks again on the townships whose reports `CorpusAssembler.replace` replaced
    /// in place (serve, after an edit); gives what `run` gives on the corpus assembled afresh.
    /// `years`: the years of the replaced reports, when known; B2 compares the reports of one
    /// year, so only those years' B2 is measured again (nil: every year's). `memory`: what B2
    /// measured before, so that only what an edit changed is measured again.
    /// Returns the seconds B1 and B2 took.
    @discardableResult
    public static func run(on corpus: inout Corpus, townships: Set<Int>, years: Set<Int>? = nil,
                           boilerplateThreshold: Double = BoilerplateChecks.defaultThreshold, memory: BoilerplateChecks.Memory? = nil) -> Double {
        var boilerplate = checkTownships(of: &corpus, townships, years: years, boilerplateThreshold: boilerplateThreshold)
        func remeasured(_ index: Int) -> Bool { corpus.reports[index].metadata.year.map { years?.contains($0) ?? true } ?? true }
        // B2 compares across townships: any report's closest match in those years may have changed.
        for index in corpus.reports.indices where remeasured(index) { corpus.reports[index].checks.removeAll { $0.id == "B2" } }
        boilerplate += ContinuousClock().measure { BoilerplateChecks.applyB2(to: &corpus, threshold: boilerplateThreshold, years: years, memory: memory) }
        return boilerplate.seconds
    }

    /// Serve, the moment after an edit: the checks of the replaced reports at `reports` as
    /// `run(on:townships:years:)` gives them — their townships' checks, then B2 of those reports
    /// alone against the other reports of their years — so that their pages can be written
    /// before the rest of the corpus is checked. The other reports of those years keep their
    /// B2 until `run(on:townships:years:)` measures again. Returns the seconds B1 and B2 took.
    @discardableResult
    static func runFirst(on corpus: inout Corpus, townships: Set<Int>, reports: Set<Int>, years: Set<Int>,
                         boilerplateThreshold: Double, memory: BoilerplateChecks.Memory?) -> Double {
        var boilerplate = checkTownships(of: &corpus, townships, years: years, boilerplateThreshold: boilerplateThreshold)
        for index in reports { corpus.reports[index].checks.removeAll { $0.id == "B2" } }
        boilerplate += ContinuousClock().measure {
            BoilerplateChecks.applyB2(to: &corpus, threshold: boilerplateThreshold, years: years, memory: memory, only: reports)
        }
        return boilerplate.seconds
    }

    /// Each check of the reports of `townships` made again, with their cross-year checks; B2 of
    /// the years not in `years` kept (nil: none kept). Returns the seconds B1 took.
    private static func checkTownships(of corpus: inout Corpus, _ townships: Set<Int>, years: Set<Int>?, boilerplateThreshold: Double) -> Duration {
        var boilerplate = Duration.zero
        func remeasured(_ index: Int) -> Bool { corpus.reports[index].metadata.year.map { years?.contains($0) ?? true } ?? true }
        for township in townships.sorted() {
            // B2 comes last of a report's checks; kept for the years not measured again.
            var kept: [Int: CheckResult] = [:]
            for index in corpus.townships[township].reportIndexes {
                if !remeasured(index), let b2 = corpus.reports[index].checks.last(where: { $0.id == "B2" }) { kept[index] = b2 }
                corpus.reports[index].checks = ReportChecks.run(on: corpus.withText(index))
            }
            CrossYearChecks.apply(to: &corpus, township: corpus.townships[township], boilerplateThreshold: boilerplateThreshold,
                                  boilerplateTime: &boilerplate)
            for (index, b2) in kept { corpus.reports[index].checks.append(b2) }
        }
        return boilerplate
    }

    /// Parsed reports assembled and checked, for the commands that print rather than publish
    /// (`check`, `parse`): the publishable reports as one corpus, and the reports that cannot be
    /// published (empty, not a report) with their own checks, in the order given.
    public static func checked(_ parsed: [Report], boilerplateThreshold: Double = BoilerplateChecks.defaultThreshold) -> (corpus: Corpus, unpublishable: [Report]) {
        var corpus = CorpusAssembler.assemble(parsed.filter { $0.unpublishableReason == nil })
        run(on: &corpus, boilerplateThreshold: boilerplateThreshold)
        let unpublishable = parsed.filter { $0.unpublishableReason != nil }.map { report in
            var checked = report
            checked.checks = ReportChecks.run(on: report)
            return checked
        }
        return (corpus, unpublishable)
    }

    /// One report assembled and checked on its own (no other years to compare with): what
    /// `gongkai parse FILE` prints for a single file.
    public static func checked(_ report: Report) -> Report {
        let (corpus, unpublishable) = checked([report])
        return corpus.reports.first ?? unpublishable.first ?? report
    }

    /// Two reports claiming the same township and year are both published, at `…/2022/` and
    /// `…/2022-2/` in path order; each says so, naming the other file.
    private static func markDuplicates(in corpus: inout Corpus) {
        let groups = Dictionary(grouping: corpus.reports.indices) { index in
            "\(corpus.placements[index].townshipIndex)/\(corpus.reports[index].metadata.year.map(String.init) ?? "?")"
        }
        // Reports whose organ could not be told are not one place: never each other's duplicates.
        for indexes in groups.values where indexes.count > 1
            && corpus.townships[corpus.placements[indexes[0]].townshipIndex].name != CorpusAssembler.unidentifiedTownship {
            for index in indexes {
                let report = corpus.reports[index]
                let others = indexes.filter { $0 != index }.map { other in
                    "\(corpus.reports[other].path)（发布于 …/\(corpus.placements[other].segment)/）" + DuplicateComparison.describe(report, corpus.reports[other])
                }
                let name = corpus.townships[corpus.placements[index].townshipIndex].name
                let identical = indexes.allSatisfy { corpus.reports[$0].sha256 == report.sha256 }
                let advice = identical ? "两份都已发布；文件逐字节相同（SHA-256 一致），请删去多余的一份"
                    : "两份都已发布；文件内容不同，不要直接删除：请对照原件确定哪一份是正式发布的版本，另一份若是更正稿或草稿再作处理"
                corpus.reports[index].diagnostics.append(Diagnostic(.warning, "corpus.duplicate", file: report.path, line: nil,
                    "\(name)\(report.metadata.year.map { "\($0)年" } ?? "年份不明")有不止一份报告：本文件发布于 …/\(corpus.placements[index].segment)/，另见 \(others.joined(separator: "、"))；\(advice)"))
            }
        }
    }
}

/// `transform` of each index in `0..<count`, computed on every core, in index order: for the
/// checks that compare reports, whose results are then added one after another as before.
func concurrentMap<Value: Sendable>(_ count: Int, _ transform: @Sendable (Int) -> Value) -> [Value] {
    let slots = ResultSlots<Value>(count: count)
    DispatchQueue.concurrentPerform(iterations: count) { index in slots.set(index, transform(index)) }
    return slots.values.compactMap { $0 }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}

extension Corpus {
    /// How many problems of a severity the checked corpus has: every report's diagnostics of that
    /// severity and its failed checks of that severity (X1–X3 and duplicates included).
    public func problemCount(_ severity: Diagnostic.Severity) -> Int {
        // By index, reading two fields: a copy of each (large) report costs more than the count.
        reports.indices.reduce(0) { count, index in
            count + reports[index].diagnostics.count { $0.severity == severity }
                + reports[index].checks.count { $0.status == .fail && $0.severity == severity }
        }
    }

    /// The reports in the order of `paths`, for printing in the order files were listed.
    public func reports(inOrderOf paths: [String]) -> [Report] {
        let byPath = Dictionary(reports.map { ($0.path, $0) }) { first, _ in first }
        return paths.compactMap { byPath[$0] }
    }
}
