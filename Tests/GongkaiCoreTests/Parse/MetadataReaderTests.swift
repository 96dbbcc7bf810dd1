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
}
