/// Readable URL path segments from names found in reports.
///
/// A slug keeps Han characters, ASCII letters and digits and turns everything else into `-`,
/// so no name can add a path separator, a `..` or a hidden file, and a path never escapes the
/// site folder.
public enum Slug {
    /// The most UTF-8 bytes of a slug (30 Han characters): two slugs, a year and a separator
    /// make a comparison folder's name, and a file system refuses a name over 255 bytes.
    public static let maxBytes = 90

    /// The slug of a name, never empty; at most `maxBytes` bytes, a longer one shortened with a
    /// stable hash of the whole name so that two long names sharing a beginning stay apart.
    public static func make(_ name: String) -> String {
        var out = String.UnicodeScalarView()
        var lastWasDash = true
        for scalar in name.unicodeScalars {
            let keep = scalar.isHan || (scalar.value < 0x80 && (scalar.properties.isAlphabetic || scalar.isDigit))
            if keep {
                out.append(scalar)
                lastWasDash = false
            } else if !lastWasDash {
                out.append("-")
                lastWasDash = true
            }
        }
        var slug = String(out)
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug.isEmpty ? "unnamed" : bounded(slug, maxBytes: maxBytes)
    }

    /// A path segment of at most `maxBytes` UTF-8 bytes: the segment itself when short enough,
    /// else its longest beginning that fits with `-` and eight hex digits of a hash of the whole.
    public static func bounded(_ segment: String, maxBytes: Int) -> String {
        guard segment.utf8.count > maxBytes else { return segment }
        let hash = String(ContentHash.of(Array(segment.utf8)) & 0xFFFF_FFFF, radix: 16)
        let suffix = "-" + String(repeating: "0", count: 8 - hash.count) + hash
        var kept = ""
        var bytes = 0
        for character in segment {
            let size = character.utf8.count
            guard bytes + size + suffix.utf8.count <= maxBytes else { break }
            kept.append(character)
            bytes += size
        }
        while kept.hasSuffix("-") { kept.removeLast() }
        return kept + suffix
    }

    /// Slugs for keys whose preferred slugs may collide: the first keeps its slug, later ones get
    /// `-2`, `-3`, … in the order given, so the same corpus always gives the same slugs.
    public static func unique(_ preferred: [String]) -> [String] {
        var used: [String: Int] = [:]
        var taken = Set(preferred)
        return preferred.map { slug in
            let count = used[slug, default: 0] + 1
            used[slug] = count
            guard count > 1 else { return slug }
            var candidate = "\(slug)-\(count)"
            var next = count
            while taken.contains(candidate) {
                next += 1
                candidate = "\(slug)-\(next)"
            }
            taken.insert(candidate)
            return candidate
        }
    }
}
