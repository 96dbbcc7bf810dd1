import Foundation

/// The boilerplate comparison page (B1, B2 内容雷同): two reports' narratives side by side, the
/// passages they share marked (`<mark>`), with each one's shared percentage. One page per pair of
/// reports that a failed B1 or B2 check links (a share at or above the threshold), at
/// `compare/text/<a>--<b>/`, the earlier report (corpus order: township, year) on the left;
/// linked from that check on both report pages and on the quality page.
///
/// A character is marked when it lies inside a run of `BoilerplateChecks.shingleLength` letters
/// that the other text also has — exactly the characters the percentage counts — and the
/// punctuation and numbers between two marked letters are marked with them, so a copied
/// sentence reads as one passage.
struct TextComparisonPage: Sendable {
    var shell: PageShell
    var title: String
    var left: Side
    var right: Side
    /// Which checks flagged the pair, e.g. “B1 与上年本机关报告相同”.
    var checks: [String]

    /// One report's narrative as the page shows it.
    struct Side: Sendable {
        var link: Link
        var source: String
        /// The share of this report's narrative found in the other, e.g. 87%.
        var percent: String
        /// The sections, each with its paragraphs as HTML with the shared passages in `<mark>`.
        var sections: [SectionText]
    }

    struct SectionText: Sendable {
        var heading: String
        var html: String
    }

    /// The pairs that get a page: every failed B1 or B2 naming the report it compared with,
    /// each unordered pair once, in corpus order.
    static func pairs(in corpus: Corpus) -> [(Int, Int)] {
        var seen = Set<[Int]>()
        var pairs: [(Int, Int)] = []
        for (index, report) in corpus.reports.enumerated() {
            for check in report.checks where isLinked(check) {
                guard let other = check.comparedWith, other != index, corpus.reports.indices.contains(other) else { continue }
                let pair = [min(index, other), max(index, other)]
                if seen.insert(pair).inserted { pairs.append((pair[0], pair[1])) }
            }
        }
        return pairs
    }

    /// The comparison page a check of the report at `index` links to, or nil when it has none.
    static func path(for check: CheckResult, of index: Int, in corpus: Corpus) -> String? {
        guard isLinked(check), let other = check.comparedWith, other != index, corpus.reports.indices.contains(other) else { return nil }
        return SiteRoutes.textComparison(corpus.placements[min(index, other)], corpus.placements[max(index, other)])
    }

    private static func isLinked(_ check: CheckResult) -> Bool {
        check.status == .fail && (check.id == "B1" || check.id == "B2")
    }

    init(_ a: Int, _ b: Int, corpus: Corpus, site: SiteContext) {
        let path = SiteRoutes.textComparison(corpus.placements[a], corpus.placements[b])
        let label = { (index: Int) in
            "\(corpus.townships[corpus.placements[index].townshipIndex].name) \(Display.year(corpus.reports[index].metadata.year))"
        }
        title = "正文雷同对照：\(label(a)) 与 \(label(b))"
        shell = PageShell(path: path, title: title, description: "两份报告正文并列，相同的段落已标出",
                          breadcrumbs: [("数据质量", SiteRoutes.quality), ("\(label(a)) 与 \(label(b))", path)], site: site)
        let reports = [corpus.withText(a), corpus.withText(b)]
        let letters = reports.map(BoilerplateChecks.letters(of:))
        let shingles = letters.map(BoilerplateChecks.shingles)
        let sets = shingles.map(ShingleSet.init)
        let sides = [a, b].enumerated().map { position, index in
            let report = reports[position]
            let mask = BoilerplateChecks.sharedMask(shingles: shingles[position], count: letters[position].count, by: sets[1 - position])
            let shared = mask.count { $0 }
            return Side(link: Link(text: label(index), href: SiteRoutes.link(from: path, to: SiteRoutes.report(corpus.placements[index], in: corpus))),
                        source: report.path,
                        percent: BoilerplateChecks.percent(mask.isEmpty ? 0 : Double(shared) / Double(mask.count)),
                        sections: Self.sections(of: report, mask: mask))
        }
        left = sides[0]
        right = sides[1]
        var flagged: [String] = []
        for (index, other) in [(a, b), (b, a)] {
            for check in corpus.reports[index].checks where Self.isLinked(check) && check.comparedWith == other {
                flagged.append("\(check.id.rawValue) \(check.id.name)（\(label(index))）：\(check.message)")
            }
        }
        checks = flagged
    }

    /// The report's sections 一–六 as paragraphs of escaped text, the shared passages in `<mark>`.
    /// `mask` has one flag per letter of the narrative, in the order `BoilerplateChecks.letters`
    /// reads them (the paragraphs hold the same letters: only marks and blanks are removed).
    static func sections(of report: Report, mask: [Bool]) -> [SectionText] {
        var letter = 0
        return report.sections.compactMap { section in
            let paragraphs = NarrativeText.paragraphs(of: section.narrative)
            guard !paragraphs.isEmpty else { return nil }
            // Written as UTF-8 bytes: each scalar escaped as `HTMLText.escape` escapes it, a run of
            // shared scalars (never empty) wrapped in one `<mark>`.
            var html: [UInt8] = []
            html.reserveCapacity(paragraphs.reduce(0) { $0 + $1.text.utf8.count } * 5 / 4 + 16 * paragraphs.count)
            for paragraph in paragraphs {
                html.append(contentsOf: "<p>".utf8)
                var marked = false
                for scalar in paragraph.text.unicodeScalars {
                    let shared: Bool
                    if NarrativeText.isLetter(scalar) {
                        shared = letter < mask.count && mask[letter]
                        letter += 1
                    } else {
                        // Between two shared letters, punctuation and numbers belong to the passage.
                        shared = marked && letter < mask.count && mask[letter]
                    }
                    if shared != marked {
                        html.append(contentsOf: (shared ? "<mark>" : "</mark>").utf8)
                        marked = shared
                    }
                    HTMLText.appendEscaped(scalar, to: &html)
                }
                if marked { html.append(contentsOf: "</mark>".utf8) }
                html.append(contentsOf: "</p>".utf8)
            }
            return SectionText(heading: section.heading, html: String(decoding: html, as: UTF8.self))
        }
    }
}
