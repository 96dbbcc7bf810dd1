import Foundation
import Testing
@testable import GongkaiCore

/// `gongkai.yaml`, `gongkai init` and `make install`: a portal an office runs outside the repository.
@Suite struct PortalConfigTests {
    @Test func everyKeyIsRead() throws {
        let config = try SiteConfig.parse("""
        # comment
        title: 某县政务公开
        organization: 某县人民政府办公室
        base_url: https://www.example.gov.cn/gk/
        description: 一句话
        contact: 电话 0000-1234567
        site_code: 4101000001
        icp: 豫ICP备12345678号
        police_filing: 豫公网安备 41010002000001号
        feed_entries: 20
        search: false
        boilerplate_threshold: 75
        """)
        #expect(config == SiteConfig(title: "某县政务公开", organization: "某县人民政府办公室", baseURL: "https://www.example.gov.cn/gk/",
                                     description: "一句话", contact: "电话 0000-1234567", siteCode: "4101000001", icp: "豫ICP备12345678号",
                                     policeFiling: "豫公网安备 41010002000001号", feedEntries: 20, search: false, boilerplateThreshold: 75))
        #expect(try SiteConfig.parse("boilerplate_threshold: \"80%\"\n").boilerplateThreshold == 80)
        #expect(try SiteConfig.parse("boilerplate_threshold: 62.5\n").boilerplateThreshold == 62.5)
        #expect(try SiteConfig.parse("# only comments\n") == SiteConfig())
        #expect(try SiteConfig.parse("") == SiteConfig())
    }

    @Test func flagsOverrideTheFile() throws {
        let config = SiteConfig(title: "某县", baseURL: "https://a.example/", feedEntries: 5)
        let site = SiteContext(config: config, baseURL: "https://b.example/x", feedEntries: 7)
        #expect(site.baseURL == "https://b.example/x/")
        #expect(site.feedEntries == 7)
        #expect(site.name == "某县")
        #expect(site.baseURLConfigured)
        #expect(!SiteContext(config: SiteConfig()).baseURLConfigured)
        #expect(SiteContext(config: config).baseURL == "https://a.example/")
        #expect(SiteContext(config: config).boilerplateThreshold == BoilerplateChecks.defaultThreshold)
        let strict = SiteConfig(boilerplateThreshold: 40)
        #expect(SiteContext(config: strict).boilerplateThreshold == 0.4)
        #expect(SiteContext(config: strict, boilerplateThreshold: 90).boilerplateThreshold == 0.9, "the flag wins")
    }

    @Test func thePoliceFilingLinksToItsRecord() {
        #expect(SiteContext.policeFilingURL("京公网安备 11010502030143号") == "https://beian.mps.gov.cn/#/query/webSearch?code=11010502030143")
        #expect(SiteContext.policeFilingURL("公安备案办理中") == "https://beian.mps.gov.cn/")
    }

    @Test(arguments: [
        ("title: x\ncolour: red\n", "config.key", 2),
        ("title: x\n\nfeed_entries: many\n", "config.type", 3),
        ("feed_entries: -1\n", "config.type", 1),
        ("search: maybe\n", "config.type", 1),
        ("title: x\nboilerplate_threshold: 0.6\n", "config.type", 2),
        ("boilerplate_threshold: 120\n", "config.type", 1),
        ("boilerplate_threshold: high\n", "config.type", 1),
        ("title: [a, b]\n", "config.type", 1),
        ("title: x\nbase_url: ftp://example.org/\n", "config.type", 2),
        ("title: x\ntitle: y\n", "config.syntax", 2),
        ("- a\n- b\n", "config.shape", 1),
        ("title: \"open\n", "config.syntax", 2),
    ])
    func wrongKeysAndTypesAreErrorsWithTheirLine(text: String, code: String, line: Int) {
        #expect {
            _ = try SiteConfig.parse(text, path: "portal/gongkai.yaml")
        } throws: { error in
            guard let diagnostic = error as? Diagnostic else { return false }
            return diagnostic.code == code && diagnostic.line == line && diagnostic.formatted.hasPrefix("portal/gongkai.yaml:\(line): error:")
        }
    }

    @Test func theStarterConfigurationReadsAndDocumentsEveryKey() throws {
        let text = try #require(PortalStarter.files.first { $0.path == SiteConfig.fileName }?.text)
        let config = try SiteConfig.parse(text)
        #expect(config.title == "政府信息公开工作年度报告")
        #expect(config.baseURL == nil)
        for key in SiteConfig.keys { #expect(text.contains("\(key):"), "gongkai.yaml from init lacks \(key)") }
    }

    @Test func initRefusesAFolderThatIsNotEmpty() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let mine = folder.appendingPathComponent("notes.txt")
        try Data("mine".utf8).write(to: mine)
        #expect(throws: Diagnostic.self) { _ = try PortalStarter.create(in: folder.path) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["notes.txt"])
        #expect(try String(contentsOf: mine, encoding: .utf8) == "mine")
    }

    /// `make install` (its file step, over the executable these tests run with) into a prefix in a
    /// temporary folder outside the repository, then `gongkai init portal && cd portal && gongkai
    /// build` there: the configured name and footer are on the pages, and no published file
    /// carries the repository's or the portal's path.
    @Test func installedGongkaiBuildsANewPortalAnywhere() throws {
        let gongkai = try #require(Executable.gongkai, "gongkai is not built next to the tests")
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(!folder.path.hasPrefix(Repository.root.path))
        let prefix = folder.appendingPathComponent("prefix")
        let make = try Executable.run(executable: "/usr/bin/env", ["make", "-s", "-C", Repository.root.path, "install-files",
                                             "BUILD_DIR=" + URL(fileURLWithPath: gongkai).deletingLastPathComponent().path, "PREFIX=" + prefix.path], in: folder)
        #expect(make.status == 0, "\(make.output)")
        let installed = prefix.appendingPathComponent("bin/gongkai").path
        let initialised = try Executable.run(executable: installed, ["init", "portal"], in: folder)
        #expect(initialised.status == 0, "\(initialised.output)")
        let portal = folder.appendingPathComponent("portal")
        let configFile = portal.appendingPathComponent("gongkai.yaml")
        var config = try String(contentsOf: configFile, encoding: .utf8)
        config = config.replacingOccurrences(of: "title: 政府信息公开工作年度报告", with: "title: 某县政务公开年报")
            .replacingOccurrences(of: "# icp: 京ICP备00000000号", with: "icp: 豫ICP备12345678号")
            .replacingOccurrences(of: "# site_code: \"0000000000\"", with: "site_code: \"4101000001\"")
            .replacingOccurrences(of: "# police_filing: 京公网安备 00000000000000号", with: "police_filing: 豫公网安备 41010002000001号")
        try Data(config.utf8).write(to: configFile)
        let built = try Executable.run(executable: installed, ["build"], in: portal)
        #expect(built.status == 0, "\(built.output)")
        #expect(built.output.contains("config.base-url"), "no warning that the sitemap points at localhost: \(built.output)")
        let home = try String(contentsOf: portal.appendingPathComponent("site/index.html"), encoding: .utf8)
        #expect(home.contains("某县政务公开年报"))
        #expect(home.contains("主办单位：某县人民政府办公室"))
        #expect(home.contains("网站标识码：4101000001"))
        #expect(home.contains("<a href=\"https://beian.miit.gov.cn/\" rel=\"noopener\">豫ICP备12345678号</a>"))
        #expect(home.contains("<a href=\"https://beian.mps.gov.cn/#/query/webSearch?code=41010002000001\" rel=\"noopener\">豫公网安备 41010002000001号</a>"))
        let site = portal.appendingPathComponent("site")
        let files = FileManager.default.enumerator(atPath: site.path)?.allObjects as? [String] ?? []
        #expect(files.contains { $0.hasPrefix("reports/") && $0.hasSuffix(".html") })
        for file in files {
            guard let data = FileManager.default.contents(atPath: site.appendingPathComponent(file).path) else { continue }
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.contains(folder.path) && !text.contains(Repository.root.path), "\(file) carries a build machine path")
        }
        let again = try Executable.run(executable: installed, ["init", "portal"], in: folder)
        #expect(again.status != 0)
    }
}
