import Foundation
import Testing
@testable import GongkaiCore

/// The charts are written as UTF-8 bytes (`ChartWriter`) rather than built as Strings. These
/// pin every chart kind's bytes, over a few hundred varied specs (empty, unknown, zero,
/// negative, fractional and large values; long, slanted and hostile labels; blank and padded
/// names and units), to the hashes of the SVG the String code wrote (commit ad5191b): a byte
/// that moves fails here. `same.sh` compares whole sites on top of this.
@Suite struct ChartBytesTests {
    /// A small deterministic generator (an LCG), so the specs are the same on every run.
    struct Draw {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        mutating func pick<T>(_ items: [T]) -> T { items[next(items.count)] }
    }

    static let values: [Decimal?] = [nil, 0, 1, 2, 5, 7, 12, 84, 99, 100, 101, 250, 999, 1000, 4321, 123_456, -3, -30, -250,
                                     Decimal(string: "12.5"), Decimal(string: "0.35"), Decimal(string: "-7.25"), Decimal(string: "3.14159"),
                                     Decimal(string: "0.001"), Decimal(string: "1e3"), .nan]
    static let categories = ["2019年", "2020年", "2021年", "2022年", "2023年", "刘楼镇", "某某县某某镇人民政府办公室",
                             "A\"B'<C>&D", "东丰镇人民政府", "x", "", "街道办事处（城关）"]
    static let names = ["", " ", "新收申请", "上年结转", " 行政许可 ", "<b>名</b>'\"", "予以公开", "部分公开", "不予公开",
                        "本机关不掌握相关政府信息", "一个非常非常长的系列名称用来测试图例的换行和截断是否仍然一样", "a"]
    static let units = ["件", "", " 万元 ", "<i>", "个"]
    static let titles = ["", "测试", "刘楼镇：收到的申请", "<script>alert(\"x\")</script>"]

    /// Varied specs, the same on every run.
    static func specs(count: Int = 240) -> [ChartSpec] {
        var draw = Draw(state: 0x5EED)
        return (0..<count).map { _ in
            let categoryCount = draw.next(7)
            let seriesCount = draw.next(5)
            let zeroish = draw.next(6) == 0
            let categories = (0..<categoryCount).map { _ in draw.pick(Self.categories) }
            var series: [ChartSeries] = []
            for _ in 0..<seriesCount {
                let name = draw.pick(names)
                // Now and then a series one value short.
                let length = max(0, categoryCount - (draw.next(8) == 0 ? 1 : 0))
                var drawn: [Decimal?] = []
                for _ in 0..<length { drawn.append(zeroish ? draw.pick([nil, 0] as [Decimal?]) : draw.pick(values)) }
                series.append(ChartSeries(name: name, values: drawn))
            }
            return ChartSpec(title: draw.pick(titles), categories: categories, series: series, unit: draw.pick(units))
        }
    }

    static func hash(_ draw: (ChartSpec) -> String) -> UInt64 {
        ContentHash.of(Array(specs().map(draw).joined(separator: "\n").utf8))
    }

    @Test func everyKindWritesTheBytesTheStringCodeWrote() {
        #expect(Self.hash(BarChart.svg) == 14599198070209925742)
        #expect(Self.hash(StackedBarChart.svg) == 17649966242910437287)
        #expect(Self.hash(LineChart.svg) == 2997624041380988934)
        #expect(Self.hash(HorizontalBarChart.svg) == 2798913324639960956)
    }

    /// The coordinate formula the charts used as `String`s before they were written as bytes
    /// (`ChartFormat.coordinate`): the oracle the byte writer is compared with.
    static func referenceCoordinate(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let tenths = (value * 10).rounded()
        guard tenths.magnitude < 1e15 else { return "0" }
        let scaled = Int64(tenths)
        if scaled == 0 { return "0" }
        let sign = scaled < 0 ? "-" : ""
        let whole = scaled.magnitude / 10
        let fraction = scaled.magnitude % 10
        return fraction == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
    }

    @Test func coordinatesAndNumbersAreWrittenAsChartFormatWritesThem() {
        var draw = Draw(state: 42)
        var coordinates: [Double] = [0, -0.0, 0.04, -0.04, 0.05, -0.05, 0.96, 151.2, -3.5, 1e15, -1e15, 1e16, .nan, .infinity, -.infinity, 99.95, 180]
        for _ in 0..<2000 { coordinates.append(Double(draw.next(2_000_001) - 1_000_000) / Double([1, 7, 10, 100, 1000][draw.next(5)])) }
        for value in coordinates {
            var out = HTMLBytes(capacity: 16)
            out.coordinate(value)
            #expect(out.text == Self.referenceCoordinate(value), "\(value)")
        }
        for value in Self.values.compactMap({ $0 }) + [Decimal(Int64.max), Decimal(-9_007_199_254_740_993), Decimal(string: "-0.001") ?? 0] {
            var out = HTMLBytes(capacity: 16)
            out.chartNumber(value)
            #expect(out.text == ChartFormat.number(value), "\(value)")
        }
    }
}
