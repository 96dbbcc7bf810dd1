import Foundation

/// The checks across consecutive years of one township (warnings): X1 carried-over requests,
/// X2 documents in force (2021 format), X3 the 2020→2021 format change; and, beside last year's
/// text, B1 boilerplate and P1–P2 problems carried over.
enum CrossYearChecks {
    /// Adds the checks across years to every report whose township has the previous year's report too.
    /// `boilerplateTime` adds up the time B1 takes.
    /// Townships are compared on every core (each only reads its own reports), and the results
    /// added in township order, as comparing them one after another adds them.
    static func apply(to corpus: inout Corpus, boilerplateThreshold: Double = BoilerplateChecks.defaultThreshold, boilerplateTime: inout Duration) {
        for found in results(in: corpus, boilerplateThreshold: boilerplateThreshold) {
            add(found, to: &corpus, boilerplateTime: &boilerplateTime)
        }
    }

    /// The results of every township, in township order.
    private static func results(in corpus: Corpus, boilerplateThreshold: Double) -> [Found] {
        concurrentMap(corpus.townships.count) { index in
            results(for: corpus.townships[index], in: corpus, boilerplateThreshold: boilerplateThreshold)
        }
    }

    /// What one township's comparisons add: each report's new checks, in order, and the time B1 took.
    typealias Found = (added: [(report: Int, checks: [CheckResult])], boilerplateTime: Duration)

    private static func add(_ found: Found, to corpus: inout Corpus, boilerplateTime: inout Duration) {
        boilerplateTime += found.boilerplateTime
        for (report, checks) in found.added { corpus.reports[report].checks += checks }
    }

    /// Adds the checks across years to the reports of one township. A year with two reports (a
    /// `corpus.duplicate`) is neither skipped nor guessed between: each report of the year is
    /// compared with each report of the year before, and when the year before has more than one,
    /// every result names the file it was compared with (so a township-year published twice gets
    /// X1–X3, B1 and P1–P2 against both, each saying which).
    static func apply(to corpus: inout Corpus, township: Township, boilerplateThreshold: Double = BoilerplateChecks.defaultThreshold,
                      boilerplateTime: inout Duration) {
        add(results(for: township, in: corpus, boilerplateThreshold: boilerplateThreshold), to: &corpus, boilerplateTime: &boilerplateTime)
    }

    private static func results(for township: Township, in corpus: Corpus, boilerplateThreshold: Double) -> Found {
        var found: Found = ([], .zero)
        // The reports whose organ could not be told are no one township's years.
        guard township.name != CorpusAssembler.unidentifiedTownship else { return found }
        let byYear = Dictionary(grouping: township.reportIndexes) { corpus.reports[$0].metadata.year ?? 0 }
        // Each report's shingles and section 五, made once though it is compared as this year and
        // as last year. The letters are read from the text's bytes where the build keeps them,
        // and only section 五 is made into a `String` (P1–P2 read nothing else).
        var textsRead: [Int: (shingled: BoilerplateChecks.Shingled, problems: CarriedProblemChecks.ProblemText)] = [:]
        func read(_ index: Int) -> (shingled: BoilerplateChecks.Shingled, problems: CarriedProblemChecks.ProblemText) {
            if let known = textsRead[index] { return known }
            let read = (BoilerplateChecks.Shingled(BoilerplateChecks.letters(of: index, in: corpus)),
                        CarriedProblemChecks.ProblemText(of: corpus.withText(index, sections: CarriedProblemChecks.ProblemText.reads)))
            textsRead[index] = read
            return read
        }
        func shingled(_ index: Int) -> BoilerplateChecks.Shingled { read(index).shingled }
        func problems(_ index: Int) -> CarriedProblemChecks.ProblemText { read(index).problems }
        for (year, indexes) in byYear {
            guard year != 0, let previous = byYear[year - 1] else { continue }
            for current in indexes {
                for last in previous {
                    let before = corpus.reports[last], report = corpus.reports[current]
                    let previousYear = before.metadata.year.map(String.init) ?? "上年"
                    var b1: CheckResult?
                    found.boilerplateTime += ContinuousClock().measure {
                        b1 = BoilerplateChecks.b1(previous: before, shingled: shingled(last), current: shingled(current),
                                                  previousYear: previousYear, threshold: boilerplateThreshold)
                    }
                    b1?.comparedWith = last
                    var results = checks(previous: before, current: report) + [b1].compactMap { $0 }
                        + CarriedProblemChecks.checks(previous: problems(last), current: report, now: problems(current), previousYear: previousYear)
                    if previous.count > 1 {
                        for index in results.indices { results[index].message = "对照\(previousYear)年的 \(before.path)：" + results[index].message }
                    }
                    found.added.append((current, results))
                }
            }
        }
        return found
    }

    /// X1, X2 and, across a format change, X3 for a report and the one of the year before.
    static func checks(previous: Report, current: Report) -> [CheckResult] {
        let previousYear = previous.metadata.year.map(String.init) ?? "上年"
        var results = [x1(previous: previous, current: current, previousYear: previousYear)]
        let sameFormat = previous.format == current.format
        if sameFormat, current.format == .current {
            results.append(x2(previous: previous, current: current, previousYear: previousYear))
        } else if !sameFormat, let before = previous.format, let after = current.format {
            results.append(CheckResult(id: "X3", status: .unknown,
                                       message: "\(previousYear)年报告用\(before.rawValue)格式、本年用\(after.rawValue)格式：表二的数字不可跨格式比较，未作比较；表三、表四照常比较"))
        }
        return results
    }

    /// X1: last year's 结转下年度 = this year's 上年结转, per column.
    private static func x1(previous: Report, current: Report, previousYear: String) -> CheckResult {
        guard let before = previous.table3, let now = current.table3 else {
            return CheckResult(id: "X1", status: .unknown, message: "上年结转: 不可核对，\(previous.table3 == nil ? previousYear + "年" : "本年")报告缺表三")
        }
        var failures: [String] = []
        var cells: [CellReference] = []
        var unknown = false
        for column in Table3Column.allCases {
            guard let forward = before.cell(.carriedForward, column.rawValue).value,
                  let over = now.cell(.carriedOver, column.rawValue).value else { unknown = true; continue }
            if forward != over {
                failures.append("\(column.officialLabel): \(previousYear)年结转下年度 \(forward.text) ≠ 本年上年结转 \(over.text)")
                cells.append(CellReference(table: 3, row: Table3Row.carriedOver.rawValue, column: column.rawValue))
            }
        }
        if !failures.isEmpty {
            return CheckResult(id: "X1", status: .fail, message: failures.joined(separator: "；"),
                               line: now.cell(.carriedOver, 0).line, cells: cells)
        }
        if unknown {
            return CheckResult(id: "X1", status: .unknown, message: "上年结转: 有未知的数字，不可核对")
        }
        let total = now.cell(.carriedOver, Table3Column.total.rawValue).value ?? 0
        return CheckResult(id: "X1", status: .pass, message: "\(previousYear)年结转下年度 = 本年上年结转（总计 \(total.text)）")
    }

    /// X2: 现行有效 = last year's 现行有效 + 本年制发 − 本年废止, for 规章 and 行政规范性文件.
    private static func x2(previous: Report, current: Report, previousYear: String) -> CheckResult {
        guard let before = previous.table2, let now = current.table2 else {
            return CheckResult(id: "X2", status: .unknown, message: "现行有效件数: 不可核对，缺表二")
        }
        var failures: [String] = []
        var passes: [String] = []
        var cells: [CellReference] = []
        var unknown = false
        for row in [Table2Row.regulations, .normativeDocuments] {
            guard let last = before.cell(row, 2).value, let made = now.cell(row, 0).value,
                  let repealed = now.cell(row, 1).value, let inForce = now.cell(row, 2).value else { unknown = true; continue }
            let expected = last + made - repealed
            if expected == inForce {
                passes.append("\(row.officialLabel) \(last.text) + \(made.text) − \(repealed.text) = \(inForce.text)")
            } else {
                failures.append("\(row.officialLabel): \(previousYear)年现行有效 \(last.text) + 本年制发 \(made.text) − 本年废止 \(repealed.text) = \(expected.text) ≠ 本年现行有效 \(inForce.text)")
                cells += (0...2).map { CellReference(table: 2, row: row.rawValue, column: $0) }
            }
        }
        if !failures.isEmpty {
            return CheckResult(id: "X2", status: .fail, message: failures.joined(separator: "；"),
                               line: now.cell(.regulations, 2).line, cells: cells)
        }
        if unknown {
            return CheckResult(id: "X2", status: .unknown, message: "现行有效件数: 有未知的数字，不可核对")
        }
        return CheckResult(id: "X2", status: .pass, message: passes.joined(separator: "；"))
    }
}
