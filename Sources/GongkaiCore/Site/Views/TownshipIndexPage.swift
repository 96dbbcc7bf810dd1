import Foundation

/// The township A–Z index (`townships/index.html`): every township under the Latin initial of
/// its name's pinyin, with links to its page and each year's report, and a row of letters that
/// jump to the groups — plain links and anchors, so it works without JavaScript.
///
/// The initial comes from ICU's Mandarin-to-Latin transliteration (Foundation's
/// `applyingTransform(.mandarinToLatin)`), the usual reading of each character: 长安街道 files under
/// Z (zhǎng) rather than C, as a polyphonic character's place-name reading is not in the
/// dictionary. A name that does not begin with a Han character or a Latin letter goes under “#”.
/// Within a letter, names sort by their full pinyin, then by the name.
struct TownshipIndexPage: Sendable {
    var shell: PageShell
    var letters: [Link]
    var groups: [Group]
    var count: Int

    struct Group: Sendable {
        var letter: String
        var id: String
        var townships: [Entry]
    }

    /// A township: its page, its county, its reports named in full (“鲁河镇2021年报告”).
    struct Entry: Sendable {
        var township: Link
        var county: String?
        var reports: [Link]
    }

    init(corpus: Corpus, site: SiteContext) {
        let path = SiteRoutes.townshipIndex
        shell = PageShell(path: path, title: "乡镇索引", description: "按拼音首字母排列的全部乡镇（机关）及其历年报告",
                          breadcrumbs: [("乡镇索引", path)], site: site)
        let keyed = corpus.townships.indices.map { index in (Self.pinyin(corpus.townships[index].name), index) }
            .sorted { ($0.0, corpus.townships[$0.1].name) < ($1.0, corpus.townships[$1.1].name) }
        var groups: [Group] = []
        for (key, index) in keyed {
            let township = corpus.townships[index]
            let letter = Self.initial(ofPinyin: key)
            let entry = Entry(
                township: Link(text: township.name, href: SiteRoutes.link(from: path, to: SiteRoutes.township(township))),
                county: township.county,
                reports: township.reportIndexes.map { report in
                    Link(text: township.name + Display.year(corpus.reports[report].metadata.year) + "报告",
                         href: SiteRoutes.link(from: path, to: SiteRoutes.report(corpus.placements[report], in: corpus)))
                })
            if groups.last?.letter == letter {
                groups[groups.count - 1].townships.append(entry)
            } else {
                groups.append(Group(letter: letter, id: "letter-" + (letter == "#" ? "other" : letter), townships: [entry]))
            }
        }
        // “#” last, after Z.
        groups.sort { ($0.letter == "#" ? "~" : $0.letter) < ($1.letter == "#" ? "~" : $1.letter) }
        self.groups = groups
        letters = groups.map { Link(text: $0.letter, href: "#" + $0.id) }
        count = corpus.townships.count
    }

    /// The name in toneless lower-case pinyin (`lu he zhen`); other characters as they are.
    static func pinyin(_ name: String) -> String {
        let latin = name.applyingTransform(.mandarinToLatin, reverse: false) ?? name
        return (latin.applyingTransform(.stripDiacritics, reverse: false) ?? latin).lowercased()
    }

    /// `A`–`Z` from the first letter of a pinyin key, else `#`.
    static func initial(ofPinyin key: String) -> String {
        guard let first = key.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic else { return "#" }
        return String(first).uppercased()
    }
}

/// The search page (`search/index.html`, when the `search` setting is on): a form whose query
/// `assets/search.js` runs against the Pagefind index that `gongkai build` makes when Pagefind
/// is installed; without JavaScript or without the index, the page says so and points to the
/// township index.
struct SearchPage: Sendable {
    var shell: PageShell
    var townshipIndex: String
    var script: String
    var bundle: String

    init(site: SiteContext) {
        let path = SiteRoutes.search
        shell = PageShell(path: path, title: "搜索", description: "全文搜索各乡镇政府信息公开工作年度报告", breadcrumbs: [("搜索", path)], site: site)
        townshipIndex = SiteRoutes.link(from: path, to: SiteRoutes.townshipIndex)
        script = SiteRoutes.link(from: path, to: SiteRoutes.searchScript)
        bundle = SiteRoutes.root(from: path) + SiteRoutes.searchBundle
    }
}
