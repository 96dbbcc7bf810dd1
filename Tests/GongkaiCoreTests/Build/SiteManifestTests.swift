import Foundation
import Testing
@testable import GongkaiCore

/// The manifest's bytes, made without a `String` per line, are the text it was made as by
/// interpolation, line for line, and read back as the same manifest.
@Suite struct SiteManifestTests {
    @Test func theManifestsBytesAreItsTextMadeByInterpolation() throws {
        var generator = SplitMix64(seed: 0x5EED0004)
        let names = ["index.html", "data/reports/东东镇-2019.json", "reports/东东镇/2019/index.html", "a", "Ｆ/兀", "data/years/2023.csv", "z z/空格 名"]
        var files: [String: SiteManifest.Entry] = [:]
        let hashes: [UInt64] = [0, 1, 9, 10, 15, 16, 0xFF, 0x100, 0x0F00_0000_0000_0000, 0xF000_0000_0000_0000, .max, 0x1234_5678_9ABC_DEF0]
        for (index, hash) in hashes.enumerated() {
            files["\(names[index % names.count])/\(index)"] = SiteManifest.Entry(hash: hash, size: [0, 1, 9, 10, 99, 100, 123_456_789][index % 7])
        }
        for index in 0..<500 {
            files["\(names[index % names.count])-\(index)"] = SiteManifest.Entry(hash: UInt64.random(in: 0...UInt64.max, using: &generator) >> UInt64.random(in: 0...63, using: &generator),
                                                                                  size: Int.random(in: 0...Int(Int32.max), using: &generator))
        }
        let outcome = BuildOutcome(reports: 3, errors: 1, warnings: 2,
                                   skipped: [("乡/2020.txt", Diagnostic(.error, "load.empty", file: "乡/2020.txt", line: 4, "空\t文件\n"))])
        for manifest in [SiteManifest(fingerprint: "abc-5", outcome: outcome, files: files), SiteManifest(fingerprint: "", outcome: nil, files: [:]),
                         SiteManifest(fingerprint: "f", outcome: nil, files: files)] {
            #expect(manifest.bytes == Array(manifest.textByInterpolation.utf8))
            #expect(manifest.text == manifest.textByInterpolation)
            let read = try #require(SiteManifest(text: manifest.text))
            #expect(read.files == manifest.files && read.fingerprint == manifest.fingerprint)
        }
        for hash in hashes + (0..<200).map({ _ in UInt64.random(in: 0...UInt64.max, using: &generator) }) {
            var out: [UInt8] = []
            SiteManifest.appendHex(hash, to: &out)
            #expect(out == Array(String(hash, radix: 16).utf8))
        }
    }
}

extension SiteManifest {
    /// The text as it was made, line by line by interpolation: the oracle for `bytes`.
    var textByInterpolation: String {
        var out = "\(Self.header)\n\(fingerprint)\n"
        if let outcome { out += outcome.lines.map { $0 + "\n" }.joined() }
        for path in TextOrder.sorted(Array(files.keys)) {
            guard let entry = files[path] else { continue }
            out += "\(String(entry.hash, radix: 16)) \(entry.size) \(path)\n"
        }
        return out
    }
}
