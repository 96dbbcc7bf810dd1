import Foundation
import Testing
@testable import GongkaiCore

/// Value → length mapping and nice ranges.
@Suite struct ChartScaleTests {
    @Test func eightyFourOnTwoHundredUnits() {
        let scale = ChartScale(maximum: 84, length: 200)
        #expect(scale.niceMaximum == 100)
        #expect(scale.niceMinimum == 0)
        #expect(scale.ticks == [0, 20, 40, 60, 80, 100])
        #expect(scale.length(of: 84) == 168)
        #expect(scale.length(of: 0) == 0)
        #expect(scale.length(of: 100) == 200)
        #expect(scale.length(of: 50) == 100)
    }

    @Test(arguments: [
        (Decimal(3), Decimal(3), [Decimal(0), 1, 2, 3]),
        (7, 8, [0, 2, 4, 6, 8]),
        (12, 15, [0, 5, 10, 15]),
        (100, 100, [0, 20, 40, 60, 80, 100]),
        (1234, 1500, [0, 500, 1000, 1500]),
        (Decimal(string: "0.3")!, Decimal(string: "0.3")!, [0, Decimal(string: "0.1")!, Decimal(string: "0.2")!, Decimal(string: "0.3")!]),
    ])
    func niceMaximumAndTicks(maximum: Decimal, nice: Decimal, ticks: [Decimal]) {
        let scale = ChartScale(maximum: maximum, length: 100)
        #expect(scale.niceMaximum == nice)
        #expect(scale.ticks == ticks)
        #expect(scale.niceMaximum >= maximum)
    }

    /// Issue 13 item 6: counts got ticks at 0.2, 0.4 … when the largest was 1 or 2.
    @Test(arguments: [
        (1, [0, 1]),
        (2, [0, 1, 2]),
        (3, [0, 1, 2, 3]),
        (4, [0, 1, 2, 3, 4]),
        (7, [0, 2, 4, 6, 8]),
    ] as [(Decimal, [Decimal])])
    func countsGetWholeNumberTicks(maximum: Decimal, ticks: [Decimal]) {
        let scale = ChartScale(minimum: 0, maximum: maximum, length: 100, wholeNumbers: true)
        #expect(scale.ticks == ticks)
        #expect(ChartScale(minimum: 0, maximum: maximum, length: 100).ticks.count >= ticks.count)
    }

    @Test func aChartOfCountsHasNoFractionalTickLabel() {
        for spec in [ChartSpec(title: "复议", categories: ["2021年", "2022年"], series: [ChartSeries(name: "行政复议", values: [1, 0])], unit: "件"),
                     ChartSpec(title: "诉讼", categories: ["2021年", "2022年"], series: [ChartSeries(name: "行政诉讼", values: [2, nil])], unit: "件")] {
            for svg in [BarChart.svg(spec), LineChart.svg(spec), StackedBarChart.svg(spec), HorizontalBarChart.svg(spec)] {
                let ticks = SVGProbe.elements(svg, "text", class: "tick").map(\.text)
                #expect(!ticks.isEmpty)
                #expect(ticks.allSatisfy { !$0.contains(".") }, "\(ticks)")
            }
        }
        let fees = ChartSpec(title: "收费", categories: ["2022年"], series: [ChartSeries(name: "收费", values: [Decimal(string: "0.6")])], unit: "万元")
        #expect(SVGProbe.elements(BarChart.svg(fees), "text", class: "tick").map(\.text).contains { $0.contains(".") })
    }

    /// Issue 13 item 6: a chart was drawn when every value was 0.
    @Test func nothingToDrawIsASentence() {
        let zeros = ChartSpec(title: "前三", categories: ["甲镇", "乙镇"], series: [ChartSeries(name: "新收", values: [0, 0])], unit: "件")
        #expect(zeros.emptySentence == "各项均为 0 件，不绘制图表；数字见数据表。")
        let mixed = ChartSpec(title: "前三", categories: ["甲镇", "乙镇"], series: [ChartSeries(name: "新收", values: [0, nil])], unit: "件")
        #expect(mixed.emptySentence?.contains("未知") == true)
        let unknown = ChartSpec(title: "前三", categories: ["甲镇"], series: [ChartSeries(name: "新收", values: [nil])], unit: "件")
        #expect(unknown.emptySentence?.hasPrefix("各项数字均未知") == true)
        let some = ChartSpec(title: "前三", categories: ["甲镇", "乙镇"], series: [ChartSeries(name: "新收", values: [0, 1])], unit: "件")
        #expect(some.emptySentence == nil)
        let figure = FigureView(zeros, id: "chart-top", draw: BarChart.svgBytes)
        #expect(figure.svg.isEmpty)
        #expect(figure.table.html.contains("甲镇"))
        #expect(!FigureView(some, id: "chart-top", draw: BarChart.svgBytes).svg.isEmpty)
    }

    @Test func zeroOrNoDataStillHasAnAxis() {
        let scale = ChartScale(maximum: 0, length: 180)
        #expect(scale.niceMaximum == 1)
        #expect(scale.ticks == [0, 1])
        #expect(scale.length(of: 0) == 0)
    }

    @Test func negativeMinimumGetsANiceBaselineBelowZero() {
        let scale = ChartScale(minimum: -30, maximum: 84, length: 150)
        #expect(scale.niceMinimum == -50)
        #expect(scale.niceMaximum == 100)
        #expect(scale.ticks == [-50, 0, 50, 100])
        #expect(scale.position(of: -50) == 0)
        #expect(scale.position(of: 0) == 50)
        #expect(scale.position(of: 100) == 150)
        #expect(scale.length(of: -30) == -30)
    }

    @Test func allNegativeValuesEndAtZero() {
        let scale = ChartScale(minimum: -7, maximum: -2, length: 100)
        #expect(scale.niceMaximum == 0)
        #expect(scale.niceMinimum == -8)
        #expect(scale.ticks.contains(0))
    }
}
