import Foundation
import Testing
@testable import GongkaiCore

/// The data quality page as the office's to-do list. Fixture: `sites/multi-year` (鄌郚镇 2022
/// twice, byte-identical; 刘振屯镇 2022–2023 with copied text) plus a differing copy of
/// 刘振屯镇 2023 whose 表三 新收 row has 1 where the other has 0 (so V1 fails on it too).
@Suite("Quality page to-do list")
struct QualityPageTests {
    static func build() throws -> (PortalBuild.Summary, String, URL) {
        let folder = try Repository.temporaryFolder()
        let content = folder.appendingPathComponent("Content")
        let source = try Fixtures.folder.appendingPathComponent("sites/multi-year")
        try FileManager.default.copyItem(at: source, to: content)
        let later = content.appendingPathComponent("刘振屯镇/2023.txt")
        let text = try String(contentsOf: later, encoding: .utf8)
        let changed = text.replacingOccurrences(of: "一、本年新收政府信息公开申请数量\t\t0\t0", with: "一、本年新收政府信息公开申请数量\t\t1\t0")
        #expect(changed != text)
        try Data(changed.utf8).write(to: content.appendingPathComponent("刘振屯镇/2023-修订.txt"))
        let output = folder.appendingPathComponent("site")
        let summary = try Repository.build(content: content.path, output: output)
        let quality = try String(contentsOf: output.appendingPathComponent("quality/index.html"), encoding: .utf8)
        return (summary, quality, folder)
    }

    @Test("grouped by severity then kind, with counts, explanations and how-to-fix")
    func grouping() throws {
        let (summary, quality, folder) = try Self.build()
        defer { try? FileManager.default.removeItem(at: folder) }
        let groups = QualityPage.severityGroups(corpus: summary.corpus, from: SiteRoutes.quality)
        #expect(groups.map(\.label) == ["错误", "警告", "提示"])
        #expect(groups.first?.count == summary.errors)
        let warnings = try #require(groups.first { $0.label == "警告" })
        #expect(warnings.count == summary.warnings)
        let duplicate = try #require(warnings.kinds.first { $0.code == "corpus.duplicate" })
        #expect(duplicate.count == 4)
        #expect(duplicate.reports.count == 4)
        #expect(duplicate.howToFix == DiagnosticAdvice.advice(for: "corpus.duplicate").howToFix)
        #expect(warnings.kinds.first?.code == "corpus.duplicate", "most frequent first")
        let check = try #require(groups.flatMap(\.kinds).first { $0.hasExplanation })
        let id = CheckID(check.code)
        #expect(CheckID.all.contains { $0.0 == id })
        #expect(check.explanation == id.explanation && check.howToFix == id.howToFix && !check.howToFix.isEmpty)
        let errors = try #require(groups.first?.kinds)
        #expect(errors.contains { $0.code == "V1" })
        #expect(errors.flatMap(\.reports).allSatisfy { $0.text.hasPrefix("刘振屯镇 2023") })
        #expect(quality.contains("待办清单"))
        #expect(quality.contains("警告（\(summary.warnings) 处）"))
        #expect(quality.contains("怎么改：\(id.howToFix)"))
        #expect(quality.contains("怎么改：\(duplicate.howToFix)"))
        #expect(quality.contains(CheckID("V1").explanation))
    }

    /// The page is written a few reports' entries at a time (its list grows with the corpus) and
    /// is byte for byte the page rendered whole by Mustache from the templates as they are
    /// (`fragments: false`): written as UTF-8 without Mustache (the default templates), through
    /// Mustache with the default quality template's `$main` block one tag (a theme's own shell),
    /// or through Mustache tag by tag; a theme whose list cannot be cut so (its entries listed
    /// twice) gets the page rendered whole.
    @Test("the page streamed in parts of its list is the page rendered whole")
    func streamedInParts() throws {
        let (summary, _, folder) = try Self.build()
        defer { try? FileManager.default.removeItem(at: folder) }
        let defaultTheme = try ThemeFiles.read(folder: Repository.defaultTheme)
        let twice = try #require(defaultTheme.templates["quality"]).0.replacingOccurrences(of: "{{^hasEntries}}", with: "{{#entries}}<i>{{title}}</i>{{/entries}}{{^hasEntries}}")
        let ownShell = try #require(defaultTheme.templates["shell"]).0.replacingOccurrences(of: "跳到正文", with: "跳过导航")
        let themes = [(false, defaultTheme.templates), (true, defaultTheme.templates.merging(["quality": (twice, "quality.mustache")]) { $1 }),
                      (false, defaultTheme.templates.merging(["shell": (ownShell, "shell.mustache")]) { $1 })]
        // A file not read, with text to escape: the list of skipped files is written too.
        let skipped = summary.skipped + [("坏<文件>&.txt", Diagnostic(.error, "load.encoding", line: nil, "无法识别编码\"'"))]
        var wrote = [false, false]
        for (listedTwice, templates) in themes {
            var theme = defaultTheme
            theme.templates = templates
            let plain = try SiteBuilder(corpus: summary.corpus, skipped: skipped, theme: theme, site: SiteContext(baseURL: "https://example.org/"), fragments: false)
            let page = QualityPage(corpus: summary.corpus, skipped: skipped, site: plain.site)
            #expect(page.entries.count >= 3)
            let whole = Array(try plain.render(page, template: "quality").utf8)
            #expect(String(decoding: whole, as: UTF8.self).contains("坏&lt;文件&gt;&amp;.txt"))
            for fragments in [true, false] {
                let builder = try SiteBuilder(corpus: summary.corpus, skipped: skipped, theme: theme, site: plain.site, fragments: fragments)
                wrote[builder.writesWhole("quality") ? 1 : 0] = true
                for size in [1, 2, page.entries.count] {
                    let stream = SiteStream()
                    let streamed = try QualityPage.stream(builder, template: "quality", into: stream, part: size)
                    #expect(streamed == (!listedTwice && size < page.entries.count), "part \(size)")
                    #expect(stream.bytes == whole, "part \(size), fragments \(fragments)")
                }
            }
        }
        #expect(wrote == [true, true])
    }

    @Test("deleting a duplicate is advised only for byte-identical files; differing ones show what differs")
    func duplicateWording() throws {
        let (summary, _, folder) = try Self.build()
        defer { try? FileManager.default.removeItem(at: folder) }
        func messages(_ township: String) -> [String] {
            summary.corpus.reports.filter { $0.metadata.township == township }
                .flatMap { $0.diagnostics.filter { $0.code == "corpus.duplicate" }.map(\.message) }
        }
        let identical = messages("鄌郚镇")
        #expect(identical.count == 2)
        #expect(identical.allSatisfy { $0.contains("逐字节相同") && $0.contains("请删去多余的一份") })
        let differing = messages("刘振屯镇")
        #expect(differing.count == 2)
        for message in differing {
            #expect(!message.contains("删去多余"), "\(message)")
            #expect(message.contains("文件内容不同"), "\(message)")
            #expect(message.contains("表三「\(Table3Row.newReceived.officialLabel)」第"), "\(message)")
        }
        #expect(differing.contains { $0.contains("本文件 1，另一份 0") } && differing.contains { $0.contains("本文件 0，另一份 1") })
    }

    @Test("how-to-fix texts for diagnostic codes: exact, table number dropped, family, generic")
    func diagnosticAdvice() {
        #expect(DiagnosticAdvice.advice(for: "table2.missing").howToFix.contains("图片"))
        #expect(DiagnosticAdvice.advice(for: "table4.missing") == DiagnosticAdvice.advice(for: "table.missing"))
        #expect(DiagnosticAdvice.advice(for: "metadata.township").howToFix.contains("township:"))
        #expect(DiagnosticAdvice.advice(for: "load.pdf-broken") == DiagnosticAdvice.advice(for: "load"))
        #expect(DiagnosticAdvice.advice(for: "report.truncated") != DiagnosticAdvice.generic)
        #expect(DiagnosticAdvice.advice(for: "zzz.unknown") == DiagnosticAdvice.generic)
    }
}
