import Foundation

/// What the last build wrote: a fingerprint of its inputs, what it reported, and the hash and
/// size of every file. It lives in the site folder as `.gongkai-site`, which also marks the
/// folder as Gongkai's.
struct SiteManifest: Sendable {
    /// Hash and size of a written file.
    struct Entry: Sendable, Equatable {
        var hash: UInt64
        var size: Int
    }

    /// The fingerprint of the inputs the site was built from.
    var fingerprint: String
    /// What the build reported, for a rebuild that finds nothing changed to report again.
    var outcome: BuildOutcome?
    /// Every file, by path in the site.
    var files: [String: Entry]

    static let header = "gongkai-site 1"

    /// The manifest as text: a header, the fingerprint, the outcome (`outcome …` and one
    /// `skipped\t…` line per skipped file), then `hash size path` lines sorted by path.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// `text` as UTF-8, made as bytes: a line per file of the site (47,000 at 10,000 reports,
    /// ten times that at 100,000), which interpolated into a `String` line by line was a part of
    /// the serial commit that grows with the site. The tests compare it with the text made that
    /// way (`SiteManifestTests`).
    var bytes: [UInt8] {
        var out = Array("\(Self.header)\n\(fingerprint)\n".utf8)
        if let outcome {
            for line in outcome.lines {
                out.append(contentsOf: line.utf8)
                out.append(UInt8(ascii: "\n"))
            }
        }
        // Sorted as pairs: looking each path up again hashed it through Unicode normalisation.
        let pairs = Array(files)
        out.reserveCapacity(out.count + pairs.count * 80)
        for index in TextOrder.order(pairs.map(\.key)) {
            let (path, entry) = pairs[index]
            Self.appendHex(entry.hash, to: &out)
            out.append(UInt8(ascii: " "))
            if entry.size < 0 { out.append(contentsOf: String(entry.size).utf8) } else { out.appendDigits(UInt64(entry.size)) }
            out.append(UInt8(ascii: " "))
            out.append(contentsOf: path.utf8)
            out.append(UInt8(ascii: "\n"))
        }
        return out
    }

    /// Appends `value` in lowercase hexadecimal without leading zeros, as
    /// `String(value, radix: 16)` writes it.
    static func appendHex(_ value: UInt64, to out: inout [UInt8]) {
        var shift = 60
        while shift > 0, value >> UInt64(shift) == 0 { shift -= 4 }
        while shift >= 0 {
            let digit = UInt8(truncatingIfNeeded: value >> UInt64(shift)) & 0x0F
            out.append(digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10)
            shift -= 4
        }
    }

    /// The fingerprint and the outcome, read without the file lines that follow them (tens of
    /// thousands on a large site): all a no-op rebuild needs. Nil when the text is not a manifest.
    struct Header {
        var fingerprint: String
        var outcome: BuildOutcome?
        /// The text after the header: the file lines.
        var rest: Substring

        init?(text: String) {
            var rest = Substring(text)
            func nextLine() -> Substring? {
                guard !rest.isEmpty else { return nil }
                let end = rest.utf8.firstIndex(of: UInt8(ascii: "\n")) ?? rest.endIndex
                let line = rest[..<end]
                rest = end == rest.endIndex ? rest[end...] : rest[rest.utf8.index(after: end)...]
                return line
            }
            guard nextLine() == Substring(SiteManifest.header), let fingerprint = nextLine() else { return nil }
            self.fingerprint = String(fingerprint)
            var outcomeLines: [Substring] = []
            while rest.hasPrefix(BuildOutcome.prefix) || rest.hasPrefix(BuildOutcome.skippedPrefix), let line = nextLine() {
                outcomeLines.append(line)
            }
            outcome = outcomeLines.isEmpty ? nil : BuildOutcome(lines: outcomeLines)
            self.rest = rest
        }
    }

    /// Reads a manifest; nil when the text is not one (an old marker, or damaged).
    init?(text: String) {
        guard let header = Header(text: text) else { return nil }
        fingerprint = header.fingerprint
        outcome = header.outcome
        var files: [String: Entry] = [:]
        for line in header.rest.split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 2)
            guard parts.count == 3, let hash = UInt64(parts[0], radix: 16), let size = Int(parts[1]) else { return nil }
            files[String(parts[2])] = Entry(hash: hash, size: size)
        }
        self.files = files
    }

    init(fingerprint: String, outcome: BuildOutcome?, files: [String: Entry]) {
        self.fingerprint = fingerprint
        self.outcome = outcome
        self.files = files
    }
}

/// What a build reported: how many reports it published, their errors and warnings, and the
/// files it skipped. A build's exit status depends only on this, so a rebuild that finds the
/// inputs unchanged repeats it instead of reporting a clean build.
public struct BuildOutcome: Sendable {
    public var reports: Int
    public var errors: Int
    public var warnings: Int
    /// The files not published, each with why.
    public var skipped: [(String, Diagnostic)]

    /// Creates an outcome.
    public init(reports: Int, errors: Int, warnings: Int, skipped: [(String, Diagnostic)]) {
        self.reports = reports
        self.errors = errors
        self.warnings = warnings
        self.skipped = skipped
    }

    static let prefix = "outcome "
    static let skippedPrefix = "skipped\t"

    /// The manifest lines: `outcome reports errors warnings`, then per skipped file
    /// `skipped\tseverity\tcode\tline\tpath\tmessage` (tabs and line breaks in text made spaces).
    var lines: [String] {
        func clean(_ text: String) -> String { text.map { $0 == "\t" || $0.isNewline ? " " : String($0) }.joined() }
        return ["\(Self.prefix)\(reports) \(errors) \(warnings)"] + skipped.map { path, diagnostic in
            Self.skippedPrefix + [diagnostic.severity.rawValue, clean(diagnostic.code), diagnostic.line.map(String.init) ?? "-",
                                  clean(path), clean(diagnostic.message)].joined(separator: "\t")
        }
    }

    /// Reads the manifest lines; nil when damaged.
    init?(lines: [Substring]) {
        guard let first = lines.first, first.hasPrefix(Self.prefix) else { return nil }
        let counts = first.dropFirst(Self.prefix.count).split(separator: " ").compactMap { Int($0) }
        guard counts.count == 3 else { return nil }
        var skipped: [(String, Diagnostic)] = []
        for line in lines.dropFirst() {
            let parts = line.dropFirst(Self.skippedPrefix.count).split(separator: "\t", maxSplits: 4, omittingEmptySubsequences: false)
            guard parts.count == 5, let severity = Diagnostic.Severity(rawValue: String(parts[0])) else { return nil }
            skipped.append((String(parts[3]), Diagnostic(severity, String(parts[1]), file: String(parts[3]), line: Int(parts[2]), String(parts[4]))))
        }
        self.init(reports: counts[0], errors: counts[1], warnings: counts[2], skipped: skipped)
    }
}
