import Foundation
import Testing
@testable import GongkaiCore

/// The open data's wide CSVs carry the key figures beside the cells, and `datapackage.json`
/// describes every column of every CSV in the order the CSV prints them.
@Suite("Open data")
struct OpenDataTests {
    /// The header and the first data row of a CSV, split on commas (the seeds' fields need no quoting).
    static func rows(_ csv: String) -> [[String]] {
        csv.dropFirst().components(separatedBy: "\r\n").filter { !$0.isEmpty }.map { $0.components(separatedBy: ",") }
    }

    @Test("key figures: a column each, the value the pages show, empty when unknown")
    func keyFigureColumns() throws {
        let complete = try Fixtures.seed(1), lacking = try Fixtures.seed(0)
        for chinese in [false, true] {
            let rows = Self.rows(ReportCSV.table([("a", complete), ("b", lacking)], chinese: chinese))
            let header = try #require(rows.first)
            #expect(rows.count == 3 && rows.allSatisfy { $0.count == header.count })
            for figure in KeyFigure.allCases {
                let column = try #require(header.firstIndex(of: chinese ? "关键数字·\(figure.label)" : "kf.\(figure.rawValue)"))
                #expect(rows[1][column] == (figure.value(in: complete)?.text ?? ""))
                #expect(rows[2][column] == (figure.value(in: lacking)?.text ?? ""))
            }
            let review = try #require(header.firstIndex(of: chinese ? "关键数字·行政复议" : "kf.review"))
            #expect(rows[1][review] == "0", "seed 001's table 4 says 0 reviews")
            #expect(rows[2][review] == "", "seed 000 lacks table 4: unknown, not 0")
        }
    }

    @Test("datapackage.json: one field per column, in order, for the wide, the yearly and the long CSV")
    func descriptorMatchesTheCSVs() throws {
        let report = try Fixtures.seed(1)
        let text = OpenDataPackage.descriptor(site: SiteContext(), years: [2022])
        let package = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let resources = try #require(package["resources"] as? [[String: Any]])
        let csvs = ["reports.csv": ReportCSV.table([("a", report)]), "years/2022.csv": ReportCSV.table([("a", report)], chinese: true),
                    "cells.csv": ReportCSV.allCells([("a", report)])]
        #expect(Set(resources.compactMap { $0["path"] as? String }) == Set(csvs.keys))
        for resource in resources {
            let path = try #require(resource["path"] as? String)
            let fields = try #require((resource["schema"] as? [String: Any])?["fields"] as? [[String: Any]])
            #expect(fields.compactMap { $0["name"] as? String } == Self.rows(csvs[path] ?? "").first, "\(path)")
            if path != "cells.csv" {
                let figure = try #require(fields.first { ($0["name"] as? String)?.hasSuffix("本年新收申请") == true || $0["name"] as? String == "kf.newReceived" })
                #expect(figure["type"] as? String == "number")
                #expect((figure["description"] as? String)?.contains("表三") == true)
            }
        }
    }
}
