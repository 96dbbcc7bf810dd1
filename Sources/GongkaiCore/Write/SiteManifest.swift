import Foundation

/// What the last build wrote: a fingerprint of its inputs and the hash and size of every file.
/// It lives in the site folder as `.gongkai-site`, which also marks the folder as Gongkai's.
struct SiteManifest: Sendable, Equatable {
    /// Hash and size of a written file.
    struct Entry: Sendable, Equatable {
        var hash: UInt64
        var size: Int
    }

    /// The fingerprint of the inputs the site was built from.
    var fingerprint: String
    /// Every file, by path in the site.
    var files: [String: Entry]

    static let header = "gongkai-site 1"

    /// The manifest as text: a header, the fingerprint, then `hash size path` lines sorted by path.
    var text: String {
        var out = "\(Self.header)\n\(fingerprint)\n"
        for path in files.keys.sorted() {
            guard let entry = files[path] else { continue }
            out += "\(String(entry.hash, radix: 16)) \(entry.size) \(path)\n"
        }
        return out
    }

    /// Reads a manifest; nil when the text is not one (an old marker, or damaged).
    init?(text: String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        guard lines.popFirst() == Substring(Self.header), let fingerprint = lines.popFirst() else { return nil }
        self.fingerprint = String(fingerprint)
        var files: [String: Entry] = [:]
        for line in lines where !line.isEmpty {
            let parts = line.split(separator: " ", maxSplits: 2)
            guard parts.count == 3, let hash = UInt64(parts[0], radix: 16), let size = Int(parts[1]) else { return nil }
            files[String(parts[2])] = Entry(hash: hash, size: size)
        }
        self.files = files
    }

    init(fingerprint: String, files: [String: Entry]) {
        self.fingerprint = fingerprint
        self.files = files
    }
}
