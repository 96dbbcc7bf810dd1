import Foundation
@testable import GongkaiCore

/// Test inputs: the seed reports under Fixtures/seeds and reports written inline.
enum Fixtures {
    /// The folder holding the fixtures, copied into the test bundle.
    static var folder: URL {
        get throws {
            guard let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
                throw FixtureError.missing("Fixtures")
            }
            return url
        }
    }

    /// The seed file whose name starts with the three-digit number, parsed.
    static func seed(_ number: Int) throws -> Report {
        let seeds = try folder.appendingPathComponent("seeds")
        let prefix = String(format: "%03d_", number)
        guard let name = try FileManager.default.contentsOfDirectory(atPath: seeds.path).first(where: { $0.hasPrefix(prefix) }),
              let data = FileManager.default.contents(atPath: seeds.appendingPathComponent(name).path) else {
            throw FixtureError.missing("seed \(prefix)")
        }
        return CheckStage.checked(ReportParser.parse(try SourceText(path: "seeds/" + name, bytes: [UInt8](data))))
    }

    /// A report parsed from text written in a test.
    static func report(_ text: String, path: String = "inline.txt") -> Report {
        CheckStage.checked(ReportParser.parse(SourceText(path: path, text: text)))
    }

    enum FixtureError: Error {
        case missing(String)
    }
}
