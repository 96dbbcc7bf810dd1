/// Readable URL path segments from names found in reports.
///
/// A slug keeps Han characters, ASCII letters and digits and turns everything else into `-`,
/// so no name can add a path separator, a `..` or a hidden file, and a path never escapes the
/// site folder.
public enum Slug {
    /// The slug of a name, never empty; at most 60 characters.
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
        if slug.count > 60 { slug = String(slug.prefix(60)) }
        return slug.isEmpty ? "unnamed" : slug
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
