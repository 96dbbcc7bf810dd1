import Foundation
import Testing
@testable import GongkaiCore

/// One checks stage after assembly, shared by `build`, `check` and `parse`, counted over the
/// checked corpus. The fixture site `Fixtures/sites/multi-year` has several years per township:
/// 刘振屯镇 2022 carries 2 requests forward but its 2023 report carries over 0 (X1 fails on 2023),
/// and, its 2022 report being a copy of 2023's, B1 and P1 (copied text) fail too; 鄌郚镇 publishes
/// its 2022 report twice (a duplicate warning on each). Every report is otherwise clean (notes
/// aside), so exactly 5 warnings, all found only after assembly. Before the stage, `check` never ran X1–X3 and `build`
/// counted over the reports from before assembly: both said 0 warnings and exited 0 with --strict.
@Suite("Checks stage")
struct CheckStageTests {
    static var site: String {
        get throws { try Fixtures.folder.appendingPathComponent("sites/multi-year").path }
    }

    @Test("build counts the failed X1, B1, P1 and both duplicates")
    func buildCountsCrossYearProblems() throws {
        let output = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let summary = try Repository.build(content: Self.site, output: output.appendingPathComponent("site"))
        #expect(summary.warnings == 5)
        #expect(summary.errors == 0)
        let later = try #require(summary.corpus.reports.first { $0.metadata.township == "刘振屯镇" && $0.metadata.year == 2023 })
        #expect(Set(later.checks.filter { $0.status == .fail && $0.severity == .warning }.map(\.id)) == ["X1", "B1", "P1"])
        #expect(summary.corpus.reports.count { $0.diagnostics.contains { $0.code == "corpus.duplicate" } } == 2)
    }

    @Test("X3: across the 2020→2021 format change table 2 is not compared (unknown, never a failure); within one format, no X3")
    func x3AcrossTheFormatChange() {
        let trial = TextReports.report(year: 2020, format: .trial, texts: [:], fees: 0)
        let current = TextReports.report(year: 2021, format: .current, texts: [:], fees: 0)
        let across = CrossYearChecks.checks(previous: trial, current: current)
        #expect(across.filter { $0.id == "X3" }.map(\.status) == [.unknown])
        #expect(!across.contains { $0.id == "X2" })
        let within = CrossYearChecks.checks(previous: TextReports.report(year: 2021, format: .current, texts: [:], fees: 0),
                                            current: TextReports.report(year: 2022, format: .current, texts: [:], fees: 0))
        #expect(!within.contains { $0.id == "X3" })
        #expect(within.contains { $0.id == "X2" })
    }

    @Test("the build uses the configured boilerplate threshold, and reports the checks' own time")
    func buildUsesTheThreshold() throws {
        let output = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        var site = SiteContext(baseURL: "https://example.org/")
        site.boilerplateThreshold = 1.01  // above any share: the copied 2023 narrative no longer warns
        var lines: [String] = []
        let summary = try PortalBuild(options: .init(content: try Self.site, output: output.appendingPathComponent("site").path,
                                                     theme: Repository.defaultTheme, defaultTheme: Repository.defaultTheme, site: site))
            .run(progress: { lines.append($0) })
        #expect(summary.warnings == 4)
        let later = try #require(summary.corpus.reports.first { $0.metadata.township == "刘振屯镇" && $0.metadata.year == 2023 })
        #expect(later.checks.first { $0.id == "B1" }?.status == .pass)
        #expect(lines.contains { $0.hasPrefix("checks: ") && $0.contains("boilerplate B1+B2 ") }, "\(lines)")
    }

    @Test("a boilerplate threshold outside 1–100 % is refused on the command line")
    func thresholdFlagIsValidated() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (status, output) = try Executable.run(["check", try Self.site, "--boilerplate-threshold", "0.6"], in: folder)
        #expect(status != 0)
        #expect(output.contains("1 到 100"), "\(output)")
    }

    @Test("check --strict and build --strict count them and exit 1", arguments: [["check"], ["build", "--content"]])
    func strictCommandsFail(command: [String]) throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let extra = command.first == "build" ? ["--output", folder.appendingPathComponent("site").path] : []
        let (status, output) = try Executable.run(command + [try Self.site, "--strict"] + extra, in: folder)
        #expect(status == 1, "\(output)")
        #expect(output.contains("5 warnings"), "\(output)")
        #expect(output.contains("[X1]") == (command.first == "check"))
        #expect(output.contains("boilerplate B1+B2 ") == (command.first == "build"), "build prints each step, the checks' with B1+B2's own time: \(output)")
    }

    @Test("a township-year published twice is compared across years with each of its reports, each result naming the file")
    func duplicatesAreComparedAcrossYearsWithEach() throws {
        let copied = BoilerplateChecksTests.prose(3, sentences: 8)
        let reports = [
            TextReports.report(year: 2021, texts: [1: BoilerplateChecksTests.prose(1, sentences: 8)]),
            TextReports.report(year: 2022, texts: [1: copied], path: "甲镇/2022.txt"),
            TextReports.report(year: 2022, texts: [1: BoilerplateChecksTests.prose(2, sentences: 8)], path: "甲镇/2022-更正.txt"),
            TextReports.report(year: 2023, texts: [1: copied]),
        ]
        var corpus = CorpusAssembler.assemble(reports)
        CheckStage.run(on: &corpus)
        func report(_ path: String) throws -> Report { try #require(corpus.reports.first { $0.path == path }) }
        for path in ["甲镇/2022.txt", "甲镇/2022-更正.txt"] {
            let x1 = try report(path).checks.filter { $0.id == "X1" }
            #expect(x1.count == 1, "each 2022 report against the one 2021 report: \(x1)")
            #expect(x1.first.map { !$0.message.hasPrefix("对照") } ?? false)
        }
        let later = try report("甲镇/2023.txt")
        let x1 = later.checks.filter { $0.id == "X1" }
        #expect(x1.count == 2)
        #expect(Set(x1.map { String($0.message.prefix(while: { $0 != "：" })) }) == ["对照2022年的 甲镇/2022.txt", "对照2022年的 甲镇/2022-更正.txt"])
        let b1 = later.checks.filter { $0.id == "B1" }
        #expect(b1.filter { $0.status == .fail }.map { $0.message.hasPrefix("对照2022年的 甲镇/2022.txt：") } == [true])
        #expect(b1.filter { $0.status == .pass }.count == 1, "the differing 2022 file is not the copy")
    }

    @Test("parse --json shows a report's own checks, V1–V5 first")
    func parseRunsTheStage() throws {
        let report = CheckStage.checked(try Fixtures.seed(1))
        #expect(Array(report.checks.prefix(5).map(\.id)) == ["V1", "V2", "V3", "V4", "V5"])
    }

    @Test("every check has one description: severity, Chinese name, explanation")
    func everyCheckIsDescribed() {
        let ids = CheckID.all.map(\.0)
        #expect(Set(ids).count == ids.count)
        for (id, info) in CheckID.all {
            #expect(!info.name.isEmpty && info.name != id.rawValue)
            #expect(!info.explanation.isEmpty)
            if id.rawValue.hasPrefix("V") { #expect(info.severity == .error) }
            if id.rawValue.hasPrefix("X") || id.rawValue.hasPrefix("N") { #expect(info.severity == .warning && info.acrossYears == id.rawValue.hasPrefix("X")) }
        }
    }

    @Test("the checks a corpus produces are all described")
    func producedChecksAreDescribed() throws {
        let output = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let summary = try Repository.build(content: Self.site, output: output.appendingPathComponent("site"))
        let described = Set(CheckID.all.map(\.0))
        for report in summary.corpus.reports {
            for check in report.checks { #expect(described.contains(check.id), "\(check.id) is not in CheckID.all") }
        }
    }
}
