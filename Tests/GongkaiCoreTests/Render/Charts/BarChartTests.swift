import Foundation
import Testing
@testable import GongkaiCore

/// Grouped vertical bars: lengths, gaps, zeros and negatives.
@Suite struct BarChartTests {
    static func spec(_ values: [Decimal?]...) -> ChartSpec {
        ChartSpec(
            title: "测试", categories: (0..<values[0].count).map { "\(2021 + $0)年" },
            series: values.enumerated().map { ChartSeries(name: "系列\($0.offset)", values: $0.element) }, unit: "件"
        )
    }

    @Test func valueMapsToItsBarHeight() throws {
        let spec = Self.spec([84, 50])
        let layout = BarChart.layout(spec)
        #expect(layout.frame.scale.niceMaximum == 100)
        let bar = try #require(layout.bars.first { $0.value == 84 })
        #expect(bar.height == ChartStyle.plotHeight * 0.84)
        #expect(bar.y + bar.height == layout.frame.baseline)
        let rects = SVGProbe.elements(BarChart.svg(spec), "rect", class: "bar")
        #expect(rects.map { $0.attributes["height"] } == ["151.2", "90"])
        #expect(rects.map { $0.number("y")! + $0.number("height")! } == [180, 180])
    }

    @Test func groupsPutOneBarPerSeriesSideBySide() {
        let layout = BarChart.layout(Self.spec([10, 20], [30, 40]))
        #expect(layout.bars.count == 4)
        let first = layout.bars.filter { $0.category == 0 }.sorted { $0.x < $1.x }
        #expect(first.map(\.series) == [0, 1])
        #expect(first[0].x + first[0].width <= first[1].x)
        let second = layout.bars.filter { $0.category == 1 }
        #expect(second.allSatisfy { $0.x > first[1].x })
        #expect(layout.bars.first { $0.value == 40 }!.height == ChartStyle.plotHeight)
        #expect(layout.bars.first { $0.value == 30 }!.height == ChartStyle.plotHeight * 0.75)
    }

    @Test func unknownIsADashedGapNotABar() {
        let svg = BarChart.svg(Self.spec([84, nil]))
        let gaps = SVGProbe.elements(svg, "rect", class: "gap")
        #expect(gaps.count == 1)
        #expect(gaps[0].attributes["stroke-dasharray"] != nil)
        #expect(gaps[0].attributes["fill"] == "#ffffff")
        #expect(SVGProbe.elements(svg, "rect", class: "bar").count == 1)
        #expect(SVGProbe.valueLabels(svg) == ["84", "未知"])
        #expect(!SVGProbe.valueLabels(svg).contains("0"))
        #expect(gaps[0].number("height")! > 0)
    }

    @Test func zeroIsARealZero() {
        let svg = BarChart.svg(Self.spec([0, 5]))
        #expect(SVGProbe.valueLabels(svg) == ["0", "5"])
        let bars = SVGProbe.elements(svg, "rect", class: "bar")
        #expect(bars.count == 2)
        #expect(bars[0].attributes["height"] == "0")
        #expect(SVGProbe.elements(svg, "rect", class: "gap").isEmpty)
    }

    @Test func negativeValuesHangBelowTheBaseline() throws {
        let layout = BarChart.layout(Self.spec([-30, 84]))
        let baseline = layout.frame.baseline
        #expect(layout.frame.scale.niceMinimum == -50)
        #expect(baseline < ChartStyle.plotHeight)
        let negative = try #require(layout.bars.first { $0.value == -30 })
        let positive = try #require(layout.bars.first { $0.value == 84 })
        #expect(negative.y == baseline)
        #expect(negative.height == ChartStyle.plotHeight * 30 / 150)
        #expect(positive.y + positive.height == baseline)
        #expect(negative.label.y > baseline + negative.height)
        #expect(positive.label.y < positive.y)
        #expect(SVGProbe.valueLabels(BarChart.svg(Self.spec([-30, 84]))).contains("-30"))
    }

    @Test func narrowBarsTurnTheirLabelsUpright() {
        let wide = BarChart.layout(Self.spec([1, 2]))
        #expect(!wide.rotatedLabels)
        let narrow = BarChart.layout(Self.spec([150000, 2, 3, 4, 5], [1, 2, 3, 4, 5], [1, 2, 3, 4, 5]))
        #expect(narrow.rotatedLabels)
        #expect(narrow.minY < -40)
        #expect(BarChart.svg(Self.spec([150000, 2, 3, 4, 5], [1, 2, 3, 4, 5], [1, 2, 3, 4, 5])).contains("rotate(-90 "))
    }

    @Test func legendHasOneSwatchPerSeries() {
        let svg = BarChart.svg(Self.spec([1, 2], [3, 4], [5, 6]))
        let swatches = SVGProbe.elements(svg, "rect", class: "swatch")
        #expect(swatches.map { $0.attributes["fill"] ?? "" } == (0..<3).map { ChartStyle.fill(SVGProbe.ids(svg)[0], $0) })
        #expect(svg.contains(">系列2</text>"))
    }
}
