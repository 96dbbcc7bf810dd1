/// Keeps a broken file's diagnostics readable: at most a few of each code, then one line
/// saying how many more there are (a table of 10,000 rows should not print 10,000 lines).
enum DiagnosticLimit {
    /// Diagnostics kept per code.
    static let perCode = 20

    /// The diagnostics with each code's excess replaced by one note.
    static func capped(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var counts: [String: Int] = [:]
        var kept: [Diagnostic] = []
        for diagnostic in diagnostics {
            counts[diagnostic.code, default: 0] += 1
            if counts[diagnostic.code, default: 0] <= perCode { kept.append(diagnostic) }
        }
        for (code, count) in counts.sorted(by: { $0.key < $1.key }) where count > perCode {
            kept.append(Diagnostic(.note, code, line: nil, "另有 \(count - perCode) 条同类问题（\(code)）未列出"))
        }
        return kept
    }
}
