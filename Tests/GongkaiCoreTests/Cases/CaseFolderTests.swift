import Foundation
import Testing
@testable import GongkaiCore

/// Every report in a case folder (`Fixtures/cases/*/`, `Fixtures/real/*/`) read exactly as its
/// `expected.json` says, with the rules of `shared/cases/check_cases.py`: the keys organ (a list of
/// acceptable spellings, or null when the text never names it), township, county, year, published,
/// format, and table2/table3/table4 rows (null = unknown); `published_in_site`; `checks_not_failed`.
/// A key that is absent is not checked. Values were read by hand from the text, never from the parser.
///
/// A folder's `pending.txt` lists cases that do not pass yet; each runs as a known issue, and the
/// test fails when a pending case passes, so the list only shrinks.
@Suite struct CaseFolderTests {
    /// One case: the folder (relative to Fixtures) and the file name.
    struct Case: CustomTestStringConvertible, Sendable {
        var folder: String
        var name: String
        var testDescription: String { "\(folder)/\(name)" }
    }

    static let cases: [Case] = {
        guard let root = try? Fixtures.folder else { return [] }
        var found: [Case] = []
        for group in ["cases", "real"] {
            let groupURL = root.appendingPathComponent(group)
            let folders = (try? FileManager.default.contentsOfDirectory(atPath: groupURL.path)) ?? []
            for folder in folders.sorted() {
                let expectedURL = groupURL.appendingPathComponent(folder).appendingPathComponent("expected.json")
                guard let data = FileManager.default.contents(atPath: expectedURL.path),
                      let expected = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { continue }
                found += expected.keys.sorted().map { Case(folder: "\(group)/\(folder)", name: $0) }
            }
        }
        return found
    }()

    @Test(arguments: cases) func readsAsExpected(_ testCase: Case) throws {
        let folder = try Fixtures.folder.appendingPathComponent(testCase.folder)
        let pending = Self.pending(in: folder)
        let misses = try Self.misses(testCase, folder: folder)
        if pending.contains(testCase.name) {
            withKnownIssue("pending: \(testCase.name)") {
                for miss in misses { Issue.record(Comment(rawValue: miss)) }
            }
        } else {
            for miss in misses { Issue.record(Comment(rawValue: miss)) }
        }
    }

    /// There is at least one case, so a missing resource folder cannot make this suite pass empty.
    @Test func casesExist() {
        #expect(Self.cases.count >= 19)
    }

    static func pending(in folder: URL) -> Set<String> {
        guard let text = try? String(contentsOf: folder.appendingPathComponent("pending.txt"), encoding: .utf8) else { return [] }
        return Set(text.split(separator: "\n").compactMap { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { return nil }
            return trimmed.split(separator: " ").first.map(String.init)
        })
    }

    /// What differs between the parsed report and the expectations, one line each.
    static func misses(_ testCase: Case, folder: URL) throws -> [String] {
        let expectedData = try Data(contentsOf: folder.appendingPathComponent("expected.json"))
        let all = try #require(try JSONSerialization.jsonObject(with: expectedData) as? [String: Any])
        let want = try #require(all[testCase.name] as? [String: Any])
        let path = folder.appendingPathComponent(testCase.name).path
        let source = try ReportFileSystem.disk.loadSource(path).get()
        let report = CheckStage.checked(ReportParser.parse(source))
        let json = report.json.serialized()
        let got = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])

        var misses: [String] = []
        func number(_ value: Any?) -> Double? {
            guard let value, !(value is NSNull) else { return nil }
            return (value as? NSNumber)?.doubleValue
        }
        func text(_ value: Any?) -> String? { value as? String }
        for key in ["township", "county", "published", "format"] where want.keys.contains(key) {
            if text(got[key]) != text(want[key]) { misses.append("\(key): got \(text(got[key]) ?? "nil"), want \(text(want[key]) ?? "nil")") }
        }
        if want.keys.contains("year"), number(got["year"]) != number(want["year"]) {
            misses.append("year: got \(number(got["year"]).map { "\($0)" } ?? "nil"), want \(number(want["year"]).map { "\($0)" } ?? "nil")")
        }
        if want.keys.contains("organ") {
            let organ = text(got["organ"])
            if let spellings = want["organ"] as? [String] {
                if organ.map(spellings.contains) != true { misses.append("organ: got \(organ ?? "nil"), want one of \(spellings)") }
            } else if organ != nil {
                misses.append("organ: got \(organ ?? ""), want nil")
            }
        }
        for table in ["table2", "table3", "table4"] {
            guard let rows = want[table] as? [String: Any] else { continue }
            let gotRows = got[table] as? [String: Any]
            for (row, cells) in rows.sorted(by: { $0.key < $1.key }) {
                let wantCells = (cells as? [Any]) ?? []
                let gotCells = (gotRows?[row] as? [Any]) ?? []
                for (index, wantCell) in wantCells.enumerated() {
                    let gotValue = index < gotCells.count ? number(gotCells[index]) : nil
                    let wantValue = number(wantCell)
                    let same = (gotValue == nil && wantValue == nil)
                        || (gotValue != nil && wantValue != nil && abs(gotValue! - wantValue!) < 1e-9)
                    if !same {
                        let kind = gotValue == nil ? "unknown" : "WRONG NUMBER"
                        misses.append("\(table).\(row)[\(index)]: got \(gotValue.map { "\($0)" } ?? "nil"), want \(wantValue.map { "\($0)" } ?? "nil") (\(kind))")
                    }
                }
            }
        }
        let checks = (got["checks"] as? [[String: Any]]) ?? []
        for id in (want["checks_not_failed"] as? [String]) ?? [] where checks.contains(where: { text($0["id"]) == id && text($0["status"]) == "fail" }) {
            misses.append("check \(id) failed")
        }
        if want["published_in_site"] as? Bool == true {
            let diagnostics = (got["diagnostics"] as? [[String: Any]]) ?? []
            if diagnostics.contains(where: { text($0["code"]) == "report.not-a-report" }) { misses.append("refused as not a report") }
        }
        return misses
    }
}
