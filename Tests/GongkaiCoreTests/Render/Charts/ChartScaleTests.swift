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
    /// `wholeAxis` (integers, the axis of nearly every chart) against `decimalAxis` (Decimal
    /// arithmetic): the same ends and ticks, printed the same, for every whole range near zero
    /// and around each nice step's boundaries up to 2^53, ends given in more than one of
    /// `Decimal`'s shapes; and the lengths and positions along each axis, bit for bit, against
    /// the Decimal formulas through Foundation.
    @Test func wholeAxisIsTheDecimalAxis() {
        var pairs: [(Int64, Int64)] = []
        for low in Int64(-12)...12 { for high in Int64(-12)...20 { pairs.append((low, high)) } }
        var edges: [Int64] = [(1 << 53) - 1, 9_007_199_254_740_000]
        var power: Int64 = 1
        for _ in 0..<15 {
            for multiple: Int64 in [1, 2, 5, 10] { for delta: Int64 in [-1, 0, 1] { edges.append(multiple * power * 5 + delta) } }
            power *= 10
        }
        for edge in edges where edge > 0 && edge < 1 << 53 {
            for other in [0, -edge / 3] { pairs.append((other, edge)); pairs.append((-edge, other)) }
        }
        var fastCount = 0
        for (low, high) in pairs {
            let shapes: [(Decimal, Decimal)] = [(Decimal(low), Decimal(high)),
                                                (Decimal(string: "\(low)e0") ?? .nan, Decimal(string: "\(high)") ?? .nan),
                                                (Decimal(low) * 10 / 10, Decimal(high) * 100 / 100)]
            for (minimum, maximum) in shapes {
                for wholeNumbers in [false, true] {
                    let slow = ChartScale.decimalAxis(minimum: minimum, maximum: maximum, wholeNumbers: wholeNumbers)
                    guard let fast = ChartScale.wholeAxis(minimum: minimum, maximum: maximum, wholeNumbers: wholeNumbers) else {
                        // Declined only where the step is not whole, or an end is not read as whole
                        // (`Decimal(low) * 10 / 10` has a negative exponent).
                        let unread = minimum.smallWholeValue == nil || maximum.smallWholeValue == nil
                        #expect(unread || (!wholeNumbers && max(high, 0) - min(low, 0) < 5 && max(high, 0) > min(low, 0)), "\(low)…\(high)")
                        continue
                    }
                    fastCount += 1
                    #expect(fast.minimum == slow.minimum && fast.maximum == slow.maximum && fast.ticks == slow.ticks, "\(low)…\(high)")
                    #expect(fast.ticks.map(ChartFormat.number) == slow.ticks.map(ChartFormat.number), "\(low)…\(high)")
                }
            }
            let scale = ChartScale(minimum: Decimal(low), maximum: Decimal(high), length: 167.5)
            let span = ChartFormat.decimalDouble(scale.niceMaximum - scale.niceMinimum)
            for value in Set([low, high, 0, low / 2, high / 3, high - 1, low + 1, high + 1]) {
                let decimal = Decimal(value)
                let length = ChartFormat.decimalDouble(decimal) * 167.5 / span
                let position = ChartFormat.decimalDouble(decimal - scale.niceMinimum) * 167.5 / span
                #expect(scale.length(of: decimal).bitPattern == length.bitPattern, "\(value) in \(low)…\(high)")
                #expect(scale.position(of: decimal).bitPattern == position.bitPattern, "\(value) in \(low)…\(high)")
                #expect(ChartFormat.double(decimal).bitPattern == ChartFormat.decimalDouble(decimal).bitPattern)
            }
        }
        #expect(fastCount > pairs.count)
    }
}
