import Foundation
import Mustache

extension QualityPage {
    /// How many reports' entries are rendered at a time when the page is streamed.
    static let streamPart = 256

    /// Writes the page, rendered with `template`, into `stream` a part of its per-report list at
    /// a time: the list grows with the corpus (30 MB of HTML at 10,000 reports, held two or three
    /// times over while Mustache nests it), the rest of the page does not. The bytes are those of
    /// the page rendered whole: the page is rendered once with a marker where the list goes
    /// (`{{#entries}}` gets a lambda), and each part of the list is rendered on the page without
    /// its other lists, whose two ends are then cut off. When the theme's template does not split
    /// so (the list used twice, or its items' output depending on their neighbours: checked on
    /// the first two entries), the page is rendered whole. `part`: entries rendered at a time.
    /// Returns whether the page was streamed in parts.
    @discardableResult
    static func stream(_ builder: SiteBuilder, template: String, into stream: SiteStream, part size: Int = streamPart) throws(Diagnostic) -> Bool {
        let corpus = builder.corpus
        let page = QualityPage(corpus: corpus, skipped: builder.skipped, site: builder.site, withEntries: false)
        let listed = corpus.reports.indices.filter { hasProblems(corpus.reports[$0]) }
        let entries = { (part: Range<Int>) in listed[part].compactMap { entry($0, of: corpus) } }
        if builder.writesWhole(template) {
            // The default templates: the page written as UTF-8 without Mustache, the same bytes
            // (`WholePage`), its list a part at a time.
            var out = HTMLBytes(capacity: 65_536)
            try page.writePage(to: &out) { (out: inout HTMLBytes) throws(Diagnostic) in
                page.writeMainHead(to: &out)
                for start in stride(from: 0, to: listed.count, by: size) {
                    for entry in entries(start..<min(listed.count, start + size)) { entry.write(to: &out) }
                    try stream.write(out.bytes)
                    out.bytes.removeAll(keepingCapacity: true)
                }
                page.writeMainTail(to: &out)
            }
            try stream.write(out.bytes)
            return listed.count > size
        }
        var bare = page
        (bare.severities, bare.hasSeverities, bare.skipped, bare.hasSkipped) = ([], false, [], false)
        let marker = "\u{1F}gongkai:quality-entries\u{1F}"
        let render = { (view: QualityPage, list: Any) throws(Diagnostic) in
            try builder.render(ListedPage(page: view, entries: list, marker: marker), template: template)
        }
        let lambda = MustacheLambda { _ in marker }
        let ends = { (view: QualityPage) throws(Diagnostic) -> (head: String, tail: String)? in
            let pieces = try render(view, lambda).components(separatedBy: marker)
            return pieces.count == 2 ? (pieces[0], pieces[1]) : nil
        }
        // One part of the list: the bare page's render of it without the bare page's two ends.
        let part = { (list: [Entry], frame: (head: String, tail: String)) throws(Diagnostic) -> [UInt8]? in
            let html = Array(try render(bare, list).utf8)
            let (head, tail) = (Array(frame.head.utf8), Array(frame.tail.utf8))
            guard html.count >= head.count + tail.count, html.starts(with: head), html.suffix(tail.count).elementsEqual(tail) else { return nil }
            return Array(html[head.count..<(html.count - tail.count)])
        }
        let firstTwo = listed.count > size ? entries(0..<2) : []
        guard firstTwo.count == 2, let whole = try ends(page), let frame = try ends(bare),
              let both = try part(firstTwo, frame), let one = try part([firstTwo[0]], frame), let other = try part([firstTwo[1]], frame),
              both == one + other else {
            var full = page
            full.entries = entries(0..<listed.count)
            try stream.write(render(full, full.entries))
            return false
        }
        try stream.write(whole.head)
        for start in stride(from: 0, to: listed.count, by: size) {
            guard let bytes = try part(entries(start..<min(listed.count, start + size)), frame) else {
                throw Diagnostic(.error, "theme.quality-stream", line: nil, "数据质量页的逐份列表无法分段生成：请检查主题模板“\(template).mustache”中的 {{#entries}} 段")
            }
            try stream.write(bytes)
        }
        try stream.write(whole.tail)
        return true
    }
}

/// The quality page with its `entries` given apart: a part of the list, or a lambda that puts a
/// marker where the list goes.
private struct ListedPage: MustacheParent {
    var page: QualityPage
    var entries: Any
    /// What the lambda puts where the list goes.
    var marker: String

    func child(named name: String) -> Any? {
        switch name {
        case "entries": return entries
        case DefaultFragments.mainKey:
            // A theme's own shell around the default quality template (its `$main` block one
            // tag): the block with the list given, or with the marker where the list goes.
            var listed = page
            listed.entries = entries as? [QualityPage.Entry] ?? []
            return HTMLBytes.text(capacity: QualityPage.typicalSize) { out in
                listed.writeMainHead(to: &out)
                for entry in listed.entries { entry.write(to: &out) }
                if !(entries is [QualityPage.Entry]) { out += marker }
                listed.writeMainTail(to: &out)
            }
        default: return page.child(named: name)
        }
    }
}
