import Testing
@testable import GongkaiCore

/// Front matter is typed and bounded (issue 12, rows 7 and 8): a value of the wrong type is
/// ignored with a warning on its line; aliases, which let a few hundred bytes stand for billions
/// of values, are refused with a diagnostic instead of being expanded.
@Suite struct FrontMatterTests {
    /// A report whose title names 刘楼镇, with `yaml` as its front matter (first YAML line is line 2).
    static func report(_ yaml: String) -> Report {
        Fixtures.report("---\n\(yaml)\n---\n汶上县刘楼镇人民政府2022年政府信息公开工作年度报告\n一、总体情况\n正文。\n", path: "刘楼镇/2022.txt")
    }

    @Test(arguments: ["township: ~", "township: null", "township:", "township: {a: 1}", "township: [甲镇, 乙镇]",
                      "township:\n  - 甲镇\n  - 乙镇", "township: true", "township: 12"])
    func aTownshipOfTheWrongTypeIsIgnoredWithAWarningOnItsLine(_ yaml: String) {
        let report = Self.report("year: 2022\n" + yaml)
        #expect(report.metadata.township == "刘楼镇", "the title's township stands")
        let warning = report.diagnostics.first { $0.code == "frontmatter.type" }
        #expect(warning?.severity == .warning)
        #expect(warning?.line == 3, "the township line")
        #expect(warning?.message.contains("township") == true)
    }

    @Test func everyNameFieldIsTypeChecked() {
        let report = Self.report("organ: [甲, 乙]\ncounty: {x: 1}\nyear: 2022")
        #expect(report.metadata.organ == "汶上县刘楼镇人民政府")
        #expect(report.metadata.county == "汶上县")
        #expect(report.diagnostics.filter { $0.code == "frontmatter.type" }.compactMap(\.line).sorted() == [2, 3])
        let year = Self.report("year: [2022]")
        #expect(year.metadata.year == 2022, "the title's year stands")
        #expect(year.diagnostics.contains { $0.code == "frontmatter.year" && $0.line == 2 })
    }

    @Test func goodValuesStillApply() {
        let report = Self.report("township: 乙镇\ncounty: '甲县'\nyear: \"2021\"")
        #expect(report.metadata.township == "乙镇")
        #expect(report.metadata.county == "甲县")
        #expect(report.metadata.year == 2021)
        #expect(!report.diagnostics.contains { $0.code.hasPrefix("frontmatter.") })
    }

    /// `source:` is the report's official page, linked from its page; anything but an http(s)
    /// URL with a host is ignored with a warning on its line (a `javascript:` link never reaches a page).
    @Test func sourceIsTheOfficialPageLinkedFromTheReportPage() throws {
        let report = Self.report("source: https://www.example.gov.cn/art/2023/1/31/art_1.html")
        #expect(report.metadata.source == "https://www.example.gov.cn/art/2023/1/31/art_1.html")
        #expect(!report.diagnostics.contains { $0.code.hasPrefix("frontmatter.") })
        let corpus = CorpusAssembler.assemble([report])
        let page = ReportPage(index: 0, corpus: corpus, site: SiteContext())
        #expect(page.officialPage == "https://www.example.gov.cn/art/2023/1/31/art_1.html")
        for bad in ["javascript:alert(1)", "www.example.gov.cn/a.html", "ftp://example.org/a", "[a, b]"] {
            let refused = Self.report("year: 2022\nsource: \(bad)")
            #expect(refused.metadata.source == nil, "\(bad)")
            #expect(refused.diagnostics.contains { $0.code == "frontmatter.source" && $0.line == 3 }, "\(bad)")
        }
    }

    /// Levels of aliases, each a list of 9 references to the one before: 9^levels values.
    static func aliasBomb(levels: Int) -> String {
        var yaml = "a0: &a0 [\"刘楼镇\"]\n"
        for level in 1...levels {
            yaml += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]\n"
        }
        return yaml + "township: *a\(levels)"
    }

    @Test func aliasesAreRefusedWithADiagnosticOnTheirLine() {
        let report = Self.report(Self.aliasBomb(levels: 6))
        let refusal = report.diagnostics.first { $0.code == "frontmatter.alias" }
        #expect(refusal?.line == 2, "the first anchor")
        #expect(report.metadata.township == "刘楼镇")
        let plain = Self.report("township: 甲&乙镇\norgan: 'A *B'  # 注释 *c\ncounty: 5*6县")
        #expect(!plain.diagnostics.contains { $0.code == "frontmatter.alias" }, "an & or * inside a value is text")
        #expect(plain.metadata.township == "甲&乙镇")
        let flow = Self.report("a: &x 1\nyear: [*x,*x]")
        #expect(flow.diagnostics.contains { $0.code == "frontmatter.alias" && $0.line == 2 })
        let key = Self.report("? *x\n: 1")
        #expect(key.diagnostics.contains { $0.code == "frontmatter.alias" && $0.line == 2 })
    }

    @Test(arguments: [8, 9, 30])
    func anAliasBombOfAnyDepthIsRefused(_ levels: Int) {
        #expect(Self.report(Self.aliasBomb(levels: levels)).diagnostics.contains { $0.code == "frontmatter.alias" })
    }
}
