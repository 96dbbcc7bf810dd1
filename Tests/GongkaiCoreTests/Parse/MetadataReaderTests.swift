import Testing
@testable import GongkaiCore

@Suite("MetadataReader")
struct MetadataReaderTests {
    private static func read(_ text: String) -> (ReportMetadata, [Diagnostic]) {
        let lines = SourceText(path: "t.txt", text: text).lines.enumerated().map { SourceLine(number: $0.offset + 1, text: $0.element) }
        let first = lines.firstIndex { SectionFinder.heading($0)?.0 == 1 }
        return MetadataReader.read(lines: lines, firstSectionIndex: first)
    }

    @Test("organ and year from a one-line title")
    func oneLineTitle() {
        let (metadata, diagnostics) = Self.read("""
        昌乐县鄌郚镇人民政府2022年政府信息公开工作年度报告

        一、总体情况
        正文。
        """)
        #expect(metadata.organ == "昌乐县鄌郚镇人民政府")
        #expect(metadata.year == 2022)
        #expect(metadata.county == "昌乐县")
        #expect(metadata.township == "鄌郚镇")
        #expect(diagnostics.isEmpty)
    }

    @Test("a title split over two lines, the organ on the first (seed 002)")
    func splitTitle() {
        let (metadata, _) = Self.read("""
         昌乐县鄌郚镇人民政府
        2022年政府信息公开工作年度报告

        一、总体情况
        正文。
        """)
        #expect(metadata.organ == "昌乐县鄌郚镇人民政府")
        #expect(metadata.year == 2022)
        #expect(metadata.township == "鄌郚镇")
    }

    @Test("traditional script: a title split after the organ, 關於 before the year (real b/35)")
    func traditionalSplitTitle() {
        let (metadata, _) = Self.read("""
        青石縣民政局
        關於2023年政府信息公開年度報告
        一、總體情況
        2023年，縣民政局按照要求公開信息。
        """)
        #expect(metadata.organ == "青石縣民政局")
        #expect(metadata.year == 2023)
        #expect(metadata.county == "青石縣")
    }

    @Test("the organ named only in the contact sentence, in traditional script (real a/24)")
    func contactSentenceOrgan() {
        let (metadata, _) = Self.read("""
        一、總體情況
        依據《條例》規定，向社會公布2021年本級政府信息公開工作年度報告。報告可在白河縣人民政府門戶網站查閱。需咨詢的，請聯系白河縣青石鎮人民政府黨政辦公室（電話：0000-0000000）。
        """)
        #expect(metadata.organ == "白河縣青石鎮人民政府")
        #expect(metadata.township == "青石鎮")
        #expect(metadata.county == "白河縣")
    }

    @Test("the year, then the organ without a comma at the start of the first sentence (real a/21)")
    func yearThenOrgan() {
        let (metadata, _) = Self.read("""
        一、總體情況
        2019年青石鎮政府遵循《條例》公正、便民的原則公開政府信息。
        """)
        #expect(metadata.organ == "青石鎮政府")
        #expect(metadata.township == "青石鎮")
    }

    @Test("a department named as the subject of a later sentence and again elsewhere, its county before its words (real b/04)")
    func subjectOrganAndDepartmentCounty() {
        let (metadata, _) = Self.read("""
        一、总体情况
        2020年,青石县林业执行《条例》和上级关于政府信息公开的要求。
        1.主动公开政府信息情况。2020年,县林业局主动公开信息20条。
        2.其他情况。林业局承办建议9个。
        """)
        #expect(metadata.organ == "县林业局")
        #expect(metadata.county == "青石县")
    }

    @Test("a body named once in a later sentence is not taken as the organ")
    func subjectOrganNamedOnce() {
        let (metadata, _) = Self.read("""
        一、总体情况
        1.主动公开政府信息情况。2020年,县林业局主动公开信息20条。
        """)
        #expect(metadata.organ == nil)
    }

    @Test("a preposition before the county is not part of it: 由下陆区新下陆街道办事处编写 (real b/55)")
    func prepositionBeforeCounty() {
        let (metadata, _) = Self.read("""
        青石街道办事处2022年度 政府信息公开工作年度报告
        本报告由白河区青石街道办事处汇总各项数据编写。
        一、总体情况
        正文。
        """)
        #expect(metadata.township == "青石街道")
        #expect(metadata.county == "白河区")
    }

    @Test("the year before the organ")
    func yearFirst() {
        let (metadata, _) = Self.read("""
        2021年鲁河镇政府信息公开工作年度报告
        一、总体情况
        正文。
        """)
        #expect(metadata.organ == "鲁河镇")
        #expect(metadata.year == 2021)
        #expect(metadata.township == "鲁河镇")
        #expect(metadata.county == nil)
    }

    @Test("spaces around the year, as in seed 001")
    func spacedYear() {
        let (metadata, _) = Self.read("""
        刘振屯镇人民政府 2023 年政府信息公开工作年度 报告
        一、总体情况
        正文。
        """)
        #expect(metadata.organ == "刘振屯镇人民政府")
        #expect(metadata.year == 2023)
        #expect(metadata.township == "刘振屯镇")
    }

    @Test("the county named before the township in the text")
    func countyFromText() {
        let (metadata, _) = Self.read("""
        刘楼镇人民政府2022年政府信息公开工作年度报告
        一、总体情况
        2022年，汶上县刘楼镇认真贯彻落实政府信息公开工作。
        """)
        #expect(metadata.township == "刘楼镇")
        #expect(metadata.county == "汶上县")
    }

    @Test("the publication date at the end")
    func publicationDate() {
        let (metadata, _) = Self.read("""
        XX镇人民政府2022年政府信息公开工作年度报告
        一、总体情况
        正文。


                   XX镇人民政府
                  2023年1月10日
        1
        """)
        #expect(metadata.published == "2023-01-10")
    }

    @Test("a 发布日期 line near the top")
    func publicationDateLabel() {
        let (metadata, _) = Self.read("""
        XX镇人民政府2022年政府信息公开工作年度报告
        发布日期：2023-01-18 来源：XX镇
        一、总体情况
        正文。
        """)
        #expect(metadata.published == "2023-01-18")
    }

    @Test("the organ and year from the body when the title lacks them")
    func fromBody() {
        let (metadata, _) = Self.read("""
        政府信息公开工作年度报告
        一、总体情况
        我镇数据统计期限自2020年1月1日起至2020年12月31日止。联系单位：鲁河镇人民政府党政办。
        """)
        #expect(metadata.organ == "鲁河镇人民政府")
        #expect(metadata.year == 2020)
    }

    @Test("the organ named in the body after 本报告由")
    func fromBodyAfterWords() {
        let (metadata, _) = Self.read("""
        政府信息公开工作年度报告
        一、总体情况
        本报告由刘楼镇人民政府按照《中华人民共和国政府信息公开条例》要求编制，数据统计期限自2020年1月1日起至2020年12月31日止。
        """)
        #expect(metadata.organ == "刘楼镇人民政府")
        #expect(metadata.township == "刘楼镇")
        #expect(metadata.year == 2020)
    }

    @Test("an unnamed organ and year are reported, not guessed")
    func missing() {
        let (metadata, diagnostics) = Self.read("""
        工作总结
        一、总体情况
        正文。
        """)
        #expect(metadata.organ == nil)
        #expect(metadata.year == nil)
        #expect(diagnostics.map(\.code).sorted() == ["metadata.organ", "metadata.year"])
        #expect(diagnostics.allSatisfy { $0.severity == .warning })
    }

    @Test("organAndYear")
    func organAndYear() throws {
        let split = try #require(MetadataReader.organAndYear(in: "昌乐县鄌郚镇人民政府2022年政府信息公开工作年度报告"))
        #expect(split.0 == "昌乐县鄌郚镇人民政府")
        #expect(split.1 == 2022)
        let first = try #require(MetadataReader.organAndYear(in: "2022年度鲁河镇政府信息公开工作年度报告"))
        #expect(first.0 == "鲁河镇")
        #expect(first.1 == 2022)
        let about = try #require(MetadataReader.organAndYear(in: "XX镇人民政府关于2022年政府信息公开工作年度报告"))
        #expect(about.0 == "XX镇人民政府")
        #expect(MetadataReader.organAndYear(in: "政府信息公开工作年度报告") == nil)
    }

    @Test("year(in:) needs four digits followed by 年")
    func year() {
        #expect(MetadataReader.year(in: "刘楼镇2022年")?.value == 2022)
        #expect(MetadataReader.year(in: "刘楼镇2022年")?.offset == 3)
        #expect(MetadataReader.year(in: "2023 年")?.length == 6)
        #expect(MetadataReader.year(in: "电话0537-7194567") == nil)
        #expect(MetadataReader.year(in: "12022年") == nil)
        #expect(MetadataReader.year(in: "1800年") == nil)
    }

    @Test("splitOrgan separates county and township", arguments: [
        ("昌乐县鄌郚镇人民政府", "昌乐县", "鄌郚镇"),
        ("山东省济宁市汶上县刘楼镇人民政府", "汶上县", "刘楼镇"),
        ("潍坊市坊子区九龙街道办事处", "坊子区", "九龙街道"),
        ("刘楼镇人民政府", nil, "刘楼镇"),
        ("鲁河镇", nil, "鲁河镇"),
    ] as [(String, String?, String)])
    func splitOrgan(organ: String, county: String?, township: String) {
        let split = MetadataReader.splitOrgan(organ)
        #expect(split.county == county)
        #expect(split.township == township)
    }

    // MARK: - Page chrome before the title (k01)

    @Test("page chrome before the title is skipped; the 发布时间 date is read", arguments: [
        ("关怀版 无障碍 繁体\n您当前所在位置：首页 > 政府信息公开 > 法定主动公开内容 > 年度报告\n", "发布时间：2024-01-20 09:30  字体：[大 中 小]  访问量：", "2024-01-20"),
        ("首页 > 政务公开 > 年度报告\n【打印】【关闭】\n", "来源：青石镇 发布日期：2024年1月20日 浏览次数：132", "2024-01-20"),
        ("索引号：11370830MB28XXXXX/2024-00012\n主题分类：政务公开\n发布机构：青石镇人民政府\n", "成文日期：2024/1/20", "2024-01-20"),
        ("分享到：\n", "发布时间：2024-01-20 09:30:12", "2024-01-20"),
    ])
    func chromeBeforeTitle(chrome: String, dateLine: String, date: String) {
        let (metadata, diagnostics) = Self.read(chrome + "青石镇2023年政府信息公开工作年度报告\n" + dateLine + "\n一、总体情况\n正文。\n")
        #expect(metadata.organ == "青石镇")
        #expect(metadata.township == "青石镇")
        #expect(metadata.year == 2023)
        #expect(metadata.published == date)
        #expect(diagnostics.isEmpty)
    }

    @Test("page chrome after the closing date does not hide it")
    func chromeAfterSignature() {
        let (metadata, _) = Self.read("青石镇2023年政府信息公开工作年度报告\n一、总体情况\n正文。\n青石镇人民政府\n2024年1月18日\n【打印】【关闭】\n扫一扫在手机打开当前页\n")
        #expect(metadata.published == "2024-01-18")
    }

    @Test("isChrome keeps report text", arguments: [
        "一、总体情况", "青石镇2023年政府信息公开工作年度报告", "本年度新收政府信息公开申请12件。", "行政许可\t15", "来源于群众的意见建议",
    ])
    func notChrome(text: String) {
        #expect(!PageChrome.isChrome(text))
    }

    // MARK: - No title: the organ begins the first sentence (k02, k03)

    @Test("the organ that begins the first sentence, cut at the verb", arguments: [
        ("白沙乡依据《中华人民共和国政府信息公开条例》要求，编制本乡2022年政府信息公开工作年度报告。", "白沙乡", "白沙乡", nil),
        ("南岭县市场监督管理局依据县政府办公室《关于做好年度报告编制发布工作的通知》要求，编制本报告。本报告统计期限自2022年1月1日起至2022年12月31日止。", "南岭县市场监督管理局", "南岭县市场监督管理局", "南岭县"),
        ("南岭县人民政府办公室根据《中华人民共和国政府信息公开条例》规定，编制2022年政府信息公开工作年度报告。", "南岭县人民政府办公室", "南岭县人民政府办公室", "南岭县"),
        ("东湖街道办事处按照《条例》要求，编制本街道2022年度政府信息公开工作年度报告。", "东湖街道办事处", "东湖街道", nil),
        ("南岭县经济开发区管委会认真贯彻落实《条例》，现将2022年政府信息公开工作报告如下。", "南岭县经济开发区管委会", "南岭县经济开发区管委会", "南岭县"),
        ("2022年，南岭县教育和体育局深入贯彻落实《条例》，编制本单位2022年政府信息公开工作年度报告。", "南岭县教育和体育局", "南岭县教育和体育局", "南岭县"),
    ] as [(String, String, String, String?)])
    func organBeginsSentence(sentence: String, organ: String, township: String, county: String?) {
        let (metadata, diagnostics) = Self.read(sentence + "\n一、总体情况\n正文。\n")
        #expect(metadata.organ == organ)
        #expect(metadata.township == township)
        #expect(metadata.county == county)
        #expect(metadata.year == 2022)
        #expect(diagnostics.isEmpty)
    }

    @Test("a sentence that begins with no organ names none", arguments: [
        "本单位按照条例要求推进政务公开，各项工作运行平稳。",
        "根据《中华人民共和国政府信息公开条例》及《潍坊市人民政府办公室关于认真做好2022年度政府信息公开年度报告编制工作的通知》要求，编制本报告。",
        "我镇认真贯彻落实《条例》。",
    ])
    func noOrganInSentence(sentence: String) {
        let (metadata, diagnostics) = Self.read(sentence + "\n一、总体情况\n正文。\n")
        #expect(metadata.organ == nil)
        #expect(metadata.township == nil)
        #expect(metadata.county == nil)
        #expect(diagnostics.contains { $0.code == "metadata.organ" && $0.message.contains("元数据块") })
    }

    // MARK: - Organ never named, year only in the body (k04)

    @Test("the year from the body when nothing names the organ", arguments: [
        "本部分汇报我镇2023年政府信息公开工作。",
        "现将我镇2023年度政府信息公开工作情况报告如下。",
        "本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。",
    ])
    func yearOnlyInBody(sentence: String) {
        let (metadata, diagnostics) = Self.read("一、总体情况\n本单位按照条例要求推进政务公开。\n" + sentence + "\n")
        #expect(metadata.organ == nil)
        #expect(metadata.year == 2023)
        #expect(diagnostics.map(\.code) == ["metadata.organ"])
    }

    // MARK: - Titles: split, keyed, spaced, traditional (k13, k14)

    @Test("a title split over lines, either part first", arguments: [
        ("2024 年东湖街道办事处政府信息公开\n工作年度报告", "东湖街道办事处", "东湖街道", 2024),
        ("青石镇人民政府\n2024年度政府信息公开工作年度报告", "青石镇人民政府", "青石镇", 2024),
        ("青石镇2024年政府信息公开工作年度\n报告", "青石镇", "青石镇", 2024),
        ("2024年度\n南岭县教育和体育局政府信息公开工作年度报告", "南岭县教育和体育局", "南岭县教育和体育局", 2024),
    ] as [(String, String, String, Int)])
    func splitTitles(title: String, organ: String, township: String, year: Int) {
        let (metadata, diagnostics) = Self.read(title + "\n一、总体情况\n正文。\n")
        #expect(metadata.organ == organ)
        #expect(metadata.township == township)
        #expect(metadata.year == year)
        #expect(diagnostics.isEmpty)
    }

    @Test("a crawler's 标题: key and a title with stray or full-width spaces", arguments: [
        ("抓取时间: 2024-03-01\n标题: 丁集镇2022年政府信息公开工作年度报告 来源: 本镇", "丁集镇"),
        ("标题：丁集镇2022年政府信息公开工作年度报告", "丁集镇"),
        ("丁集镇人民政府　2022年政府信息公开工作年度报告", "丁集镇人民政府"),
        ("丁 集 镇 2022 年政府信息公开工作年度报告", "丁集镇"),
        ("丁集鎮2022年政府資訊公開工作年度報告", "丁集鎮"),
    ])
    func keyedAndSpacedTitles(title: String, organ: String) {
        let (metadata, _) = Self.read(title + "\n一、总体情况\n正文。\n")
        #expect(metadata.organ == organ)
        #expect(metadata.year == 2022)
    }

    // MARK: - A place is published only when it looks like one (issue 10, Also)

    @Test("a title whose organ is not a name leaves organ, township and county unknown", arguments: [
        "人民政府办公室关于认真做好2022年度政府信息公开工作年度报告",
        "根据《中华人民共和国政府信息公开条例》2022年政府信息公开工作年度报告",
        "<script>alert(1)</script>镇人民政府2022年政府信息公开工作年度报告",
        "我镇2022年政府信息公开工作年度报告",
    ])
    func notANameIsUnknown(title: String) {
        let (metadata, diagnostics) = Self.read(title + "\n一、总体情况\n正文。\n")
        #expect(metadata.organ == nil)
        #expect(metadata.township == nil)
        #expect(metadata.county == nil)
        #expect(metadata.year == 2022)
        #expect(diagnostics.contains { $0.code == "metadata.organ" && $0.message.contains("元数据块") })
    }

    @Test("PlaceName accepts names and refuses the rest", arguments: [
        ("青石镇", PlaceName.Kind.township, true), ("东湖街道", .township, true), ("佳荣里街", .township, true), ("鄌郚镇", .township, true),
        ("南岭县人民政府办公室", .organ, true), ("南岭县东湖街道办事处", .organ, true), ("南岭县经济开发区管委会", .organ, true),
        ("南岭县教育和体育局", .organ, true), ("全椒县", .county, true), ("本溪市", .county, true), ("科尔沁右翼前旗", .county, true),
        ("人民政府办公室关于认真做好", .township, false), ("根据《中华人民共和国", .county, false), ("我镇", .township, false),
        ("本乡", .township, false), ("人民政府办公室", .organ, false), ("全县", .county, false), ("本单位", .organ, false), ("镇", .township, false),
        ("青石镇 人民政府", .organ, false), ("2022年青石镇", .organ, false), ("政府信息公开工作", .organ, false),
        ("青石镇人民政府在县委县政府的正确领导下持续推进", .organ, false), ("汶上县", .township, true), ("汶上", .county, false),
    ] as [(String, PlaceName.Kind, Bool)])
    func placeNames(text: String, kind: PlaceName.Kind, plausible: Bool) {
        #expect(PlaceName.isPlausible(text, as: kind) == plausible)
    }

    @Test("splitOrgan: a county department keeps its whole name, not cut at 市场, 城市 or 开发区", arguments: [
        ("南岭县市场监督管理局", "南岭县", "南岭县市场监督管理局"),
        ("南岭县经济开发区管委会", "南岭县", "南岭县经济开发区管委会"),
        ("南岭县城市管理局", "南岭县", "南岭县城市管理局"),
        ("寿光市文家街道办事处", "寿光市", "文家街道"),
    ] as [(String, String?, String)])
    func splitDepartments(organ: String, county: String?, township: String) {
        let split = MetadataReader.splitOrgan(organ)
        #expect(split.county == county)
        #expect(split.township == township)
    }

    // MARK: - Kinds from the real corpus

    @Test("the organ of a title quoted inside the first sentence", arguments: [
        ("依照《中华人民共和国政府信息公开条例》和省、市、县关于政府信息公开的文件要求，现公布开化县中村乡人民政府2023年政府信息公开工作年度报告。", "开化县中村乡人民政府", "开化县"),
        ("依照《条例》等规定，编制万源市玉带乡2023年政府信息公开工作年度报告，所列数据统计时段为2023年1月1日至2023年12月31日。", "万源市玉带乡", "万源市"),
        ("本年度报告依照《条例》，汇总2023年度大东坝镇人民政府的政务公开年度报告编写。所列数据统计时段自2023年1月1日起至2023年12月31日止。", "大东坝镇人民政府", nil),
        ("依照《中華人民共和國政府信息公開條例》的規定,現公開北坡鎮2023年政府信息公開工作年度報告。", "北坡鎮", nil),
        ("按照黄龙县人民政府办公室《关于做好2023年政府信息公开年度报告的通知》的要求，黄龙县市场监督管理局结合本单位实际，编制本单位2023年度政务公开工作年度报告。", "黄龙县市场监督管理局", "黄龙县"),
        ("本年报依照《条例》的要求，由南京市浦口区民政局办公室编制。\n一、总体情况\n2023年，南京市浦口区民政局围绕社会救助开展工作。", "南京市浦口区民政局", "浦口区"),
    ] as [(String, String, String?)])
    func organInsideSentence(text: String, organ: String, county: String?) {
        let (metadata, _) = Self.read(text + (text.contains("一、总体情况") ? "\n" : "\n一、总体情况\n正文。\n"))
        #expect(metadata.organ == organ)
        #expect(metadata.county == county)
        #expect(metadata.year == 2023)
    }

    @Test("a title in a metadata box row", arguments: [
        "名 称: | 木岗镇人民政府2019年政府信息公开工作年度报告 | ||",
        "| 标 题 | 木岗镇人民政府2019年政府信息公开工作年度报告 |",
    ])
    func titleInMetadataBox(line: String) {
        let (metadata, _) = Self.read("索引号: | 11370830/2020-00012 | 公开方式: | 主动公开 |\n" + line + "\n一、总体情况\n正文。\n")
        #expect(metadata.organ == "木岗镇人民政府")
        #expect(metadata.township == "木岗镇")
        #expect(metadata.year == 2019)
    }

    @Test("publication dates in the page's fields and under the title", arguments: [
        "文号: | 公开日期: | 2024-01-26 | |", "发文日期 | 2024-01-26", "更新日期:2024-01-26", "日期:2024-01-26 14:56:00",
        "發布時間:2024-01-26 09:51", "（2024年1月26日）", "作者: 来源: 发布时间:2024-01-26 10:37",
    ])
    func publicationDateFields(line: String) {
        let (metadata, _) = Self.read("青石镇2023年政府信息公开工作年度报告\n" + line + "\n一、总体情况\n正文。\n")
        #expect(metadata.published == "2024-01-26")
    }

    @Test("the year from the body: the period's own year, its end, or section one's opening", arguments: [
        "我镇编写了《青石镇2020年政府信息公开工作年度报告》，所列数据统计时段自2021年1月1日起至12月31日止。",
        "本报告所列数据截至2021年12月31日。",
        "2021年，在区委区政府的领导下，我街道扎实推进政务公开。",
        "現將我局2021年度政府信息公開情況報告如下。",
    ])
    func yearFromBody(sentence: String) {
        let (metadata, _) = Self.read("一、总体情况\n" + sentence + "\n")
        #expect(metadata.year == 2021)
    }

    @Test("a district government before a street office is not part of the street's name")
    func districtGovernmentBeforeStreet() {
        let split = MetadataReader.splitOrgan("温州市鹿城区人民政府七都街道办事处")
        #expect(split.county == "鹿城区")
        #expect(split.township == "七都街道")
    }

    @Test("the year from lines opening with YYYY年度 deep in the body, only when they agree")
    func yearFromLineOpeningNianDu() {
        let filler = Array(repeating: "我街办认真落实条例要求。", count: 8).joined(separator: "\n")
        let (agreeing, _) = Self.read("""
        驼峰路街道办事处政府信息公开工作年度报告
        一、总体情况
        \(filler)
        2020年度我街办没有收到公开政府信息的申请。
        三、本年度办理结果
        """)
        #expect(agreeing.year == 2020)
        let (differing, _) = Self.read("""
        驼峰路街道办事处政府信息公开工作年度报告
        一、总体情况
        \(filler)
        2020年度我街办没有收到公开政府信息的申请。
        2019年度街道共受理申请0件。
        """)
        #expect(differing.year == nil)
    }
}
