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

    @Test("check --strict and build --strict count them and exit 1", arguments: [["check"], ["build", "--content"]])
    func strictCommandsFail(command: [String]) throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let extra = command.first == "build" ? ["--output", folder.appendingPathComponent("site").path] : []
        let (status, output) = try Executable.run(command + [try Self.site, "--strict"] + extra, in: folder)
        #expect(status == 1, "\(output)")
        #expect(output.contains("5 warnings"), "\(output)")
        #expect(output.contains("[X1]") == (command.first == "check"))
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
