import Foundation
import Testing
@testable import GongkaiCore

/// Grouping into townships, counties and years; the checks across years.
@Suite struct CorpusAssemblerTests {
    /// A small 2021-format report with the given numbers in table 3's 总计 column and table 2's 规章 row.
    static func report(township: String, county: String?, year: Int, carriedOver: Int, carriedForward: Int,
                       regulations: [Int] = [0, 0, 0], path: String? = nil) -> Report {
        let place = (county ?? "") + township
        let text = """
        \(place)人民政府\(year)年政府信息公开工作年度报告
        一、总体情况
        正文。
        二、主动公开政府信息情况
        第二十条第（一）项
        信息内容\t本年制发件数\t本年废止件数\t现行有效件数
        规章\t\(regulations[0])\t\(regulations[1])\t\(regulations[2])
        行政规范性文件\t0\t0\t0
        三、收到和处理政府信息公开申请情况
        一、本年新收政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0
        二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t\(carriedOver)
        （七）总计\t0\t0\t0\t0\t0\t0\t0
        四、结转下年度继续办理\t0\t0\t0\t0\t0\t0\t\(carriedForward)
        """
        return ReportParser.parse(SourceText(path: path ?? "\(township)/\(year).txt", text: text))
    }

    /// `permute` (swaps along the permutation's cycles) puts every value where `map` does.
    @Test func permutingInPlaceIsMappingByTheOrder() {
        var generator = SplitMix64(seed: 0x5CA1E9)
        for count in [0, 1, 2, 3, 7, 64, 500] {
            for _ in 0..<20 {
                let values = (0..<count).map { "报告-\($0)-" + String(repeating: "镇", count: generator.below(20)) }
                let order = Array(values.indices).shuffled(using: &generator)
                var permuted = values
                CorpusAssembler.permute(&permuted, to: order)
                #expect(permuted == order.map { values[$0] })
            }
            var identity = (0..<count).map(String.init)
            CorpusAssembler.permute(&identity, to: Array(0..<count))
            #expect(identity == (0..<count).map(String.init))
        }
    }

    /// The build's own reports, moved into the corpus, give the corpus the same reports given
    /// by copy give, in any input order.
    @Test func assemblingTakenReportsIsAssemblingACopy() {
        var generator = SplitMix64(seed: 0xA55E)
        let reports = (0..<12).map { index in
            Self.report(township: ["甲镇", "乙乡", "丙街道办事处"][index % 3], county: index % 4 == 0 ? nil : "某县", year: 2019 + index % 4,
                        carriedOver: index, carriedForward: 0)
        }
        let copied = CorpusAssembler.assemble(reports)
        for _ in 0..<5 {
            var taken = reports.shuffled(using: &generator)
            let corpus = CorpusAssembler.assemble(taking: &taken)
            #expect(taken.isEmpty)
            #expect(corpus.reports.map(\.path) == copied.reports.map(\.path))
            #expect(corpus.reports.map(\.sha256) == copied.reports.map(\.sha256))
            #expect(corpus.placements.map(\.id) == copied.placements.map(\.id))
        }
    }

    @Test func groupsByTownshipAndSeparatesNamesakesByCounty() {
        let corpus = CorpusAssembler.assemble([
            Self.report(township: "城关镇", county: "甲县", year: 2022, carriedOver: 0, carriedForward: 0),
            Self.report(township: "城关镇", county: "乙县", year: 2022, carriedOver: 0, carriedForward: 0),
            Self.report(township: "刘楼镇", county: "汶上县", year: 2022, carriedOver: 0, carriedForward: 0),
            Self.report(township: "刘楼镇", county: nil, year: 2021, carriedOver: 0, carriedForward: 0),
        ])
        #expect(corpus.townships.map(\.slug).sorted() == ["刘楼镇", "甲县-城关镇", "乙县-城关镇"].sorted())
        let liulou = corpus.townships.filter { $0.name == "刘楼镇" }
        #expect(liulou.count == 1)
        #expect(liulou.first?.reportIndexes.count == 2)
        #expect(Set(corpus.townships.map(\.slug)).count == corpus.townships.count)
        #expect(corpus.counties.map(\.name) == ["乙县", "汶上县", "甲县"].sorted())
    }

    /// Issue 10: titles with a stray space once made the “township” 人民政府办公室关于认真做好 and the
    /// county 根据《中华人民共和国…; such reports go under 未能识别的报告, are no duplicates of each
    /// other, and are not compared across years.
    @Test func reportsWithoutAPlaceAreNotGroupedAsOne() {
        func unnamed(_ title: String, year: Int, path: String) -> Report {
            let text = "\(title)\n一、总体情况\n正文。\n三、收到和处理政府信息公开申请情况\n二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t5\n四、结转下年度继续办理\t0\t0\t0\t0\t0\t0\t3\n"
            return ReportParser.parse(SourceText(path: path, text: text))
        }
        let corpus = Self.checked([
            unnamed("人民政府办公室关于认真做好 2022年政府信息公开工作年度报告", year: 2022, path: "a.txt"),
            unnamed("根据《中华人民共和国政府信息公开条例》2022年政府信息公开工作年度报告", year: 2022, path: "b.txt"),
            unnamed("人民政府办公室关于认真做好 2021年政府信息公开工作年度报告", year: 2021, path: "c.txt"),
            Self.report(township: "刘楼镇", county: "汶上县", year: 2022, carriedOver: 0, carriedForward: 0),
        ])
        #expect(corpus.townships.map(\.name).sorted() == ["刘楼镇", CorpusAssembler.unidentifiedTownship].sorted())
        #expect(corpus.counties.map(\.name) == ["汶上县"])
        for report in corpus.reports where report.metadata.township == nil {
            #expect(report.metadata.county == nil)
            #expect(!report.diagnostics.contains { $0.code == "corpus.duplicate" }, "\(report.path)")
            #expect(!report.checks.contains { $0.id.info.acrossYears }, "\(report.path)")
            #expect(report.diagnostics.contains { $0.code == "metadata.organ" && $0.message.contains("元数据块") })
        }
    }

    @Test func secondReportOfAYearIsPublishedDistinctly() {
        let corpus = CorpusAssembler.assemble([
            Self.report(township: "刘楼镇", county: nil, year: 2022, carriedOver: 0, carriedForward: 0, path: "a.txt"),
            Self.report(township: "刘楼镇", county: nil, year: 2022, carriedOver: 0, carriedForward: 0, path: "b.txt"),
        ])
        #expect(corpus.placements.map(\.segment) == ["2022", "2022-2"])
    }

    /// Reports assembled and checked, as every command does (list → parse → assemble → check).
    static func checked(_ reports: [Report]) -> Corpus {
        var corpus = CorpusAssembler.assemble(reports)
        CheckStage.run(on: &corpus)
        return corpus
    }

    @Test func x1ComparesLastYearsCarriedForward() throws {
        let corpus = Self.checked([
            Self.report(township: "刘楼镇", county: nil, year: 2021, carriedOver: 0, carriedForward: 3),
            Self.report(township: "刘楼镇", county: nil, year: 2022, carriedOver: 2, carriedForward: 0),
        ])
        let later = try #require(corpus.reports.first { $0.metadata.year == 2022 })
        let x1 = try #require(later.checks.first { $0.id == "X1" })
        #expect(x1.status == .fail)
        #expect(x1.message.contains("3") && x1.message.contains("2"))
        #expect(corpus.reports.first { $0.metadata.year == 2021 }?.checks.contains { $0.id == "X1" } == false)
    }

    @Test func x2FollowsDocumentsInForce() throws {
        let passing = Self.checked([
            Self.report(township: "镇甲镇", county: nil, year: 2021, carriedOver: 0, carriedForward: 0, regulations: [1, 0, 5]),
            Self.report(township: "镇甲镇", county: nil, year: 2022, carriedOver: 0, carriedForward: 0, regulations: [2, 1, 6]),
        ])
        #expect(passing.reports.last?.checks.first { $0.id == "X2" }?.status == .pass)
        let failing = Self.checked([
            Self.report(township: "镇甲镇", county: nil, year: 2021, carriedOver: 0, carriedForward: 0, regulations: [1, 0, 5]),
            Self.report(township: "镇甲镇", county: nil, year: 2022, carriedOver: 0, carriedForward: 0, regulations: [2, 1, 9]),
        ])
        let x2 = try #require(failing.reports.last?.checks.first { $0.id == "X2" })
        #expect(x2.status == .fail)
        #expect(x2.message.contains("5 + 本年制发 2 − 本年废止 1 = 6 ≠ 本年现行有效 9"))
    }

    @Test func replacingAReportGivesWhatAssemblingAfreshGives() throws {
        let before = [Self.report(township: "刘楼镇", county: nil, year: 2021, carriedOver: 0, carriedForward: 3),
                      Self.report(township: "刘楼镇", county: nil, year: 2022, carriedOver: 3, carriedForward: 0),
                      Self.report(township: "鲁河镇", county: nil, year: 2022, carriedOver: 0, carriedForward: 0)]
        let edited = Self.report(township: "刘楼镇", county: nil, year: 2021, carriedOver: 0, carriedForward: 5)
        let after = [edited, before[1], before[2]]
        var replaced = Self.checked(before)
        let replacement = try #require(CorpusAssembler.replace([edited.path: edited], in: &replaced))
        #expect(replacement.reports.map { replaced.reports[$0].path } == [edited.path])
        CheckStage.run(on: &replaced, townships: replacement.townships)
        let fresh = Self.checked(after)
        #expect(replaced.reports == fresh.reports)
        #expect(replaced.placements == fresh.placements)
        #expect(fresh.reports.first { $0.metadata.year == 2022 && $0.metadata.township == "刘楼镇" }?.checks.first { $0.id == "X1" }?.status == .fail)
        let moved = Self.report(township: "刘楼镇", county: nil, year: 2020, carriedOver: 0, carriedForward: 3, path: edited.path)
        var unchanged = Self.checked(before)
        #expect(CorpusAssembler.replace([moved.path: moved], in: &unchanged) == nil, "a new year means a new place")
    }
}
