import Foundation
import Testing
@testable import GongkaiCore

/// Stacked bars: segments sit on each other, totals, gaps, zeros and spread labels.
@Suite struct StackedBarChartTests {
    static func spec(_ values: [Decimal?]...) -> ChartSpec {
        ChartSpec(
            title: "办理结果", categories: (0..<values[0].count).map { "\(2021 + $0)年" },
            series: values.enumerated().map { ChartSeries(name: "结果\($0.offset)", values: $0.element) }, unit: "件"
        )
    }

    @Test func segmentsStackFromTheBaseline() {
        let layout = StackedBarChart.layout(Self.spec([10], [20]))
        #expect(layout.frame.scale.niceMaximum == 30)
        let segments = layout.segments.sorted { $0.series < $1.series }
        #expect(segments.map(\.height) == [60, 120])
        #expect(segments[0].y + segments[0].height == layout.frame.baseline)
        #expect(segments[1].y + segments[1].height == segments[0].y)
        #expect(segments[0].x == segments[1].x)
        #expect(layout.totals.map(\.text) == ["30"])
        let svg = StackedBarChart.svg(Self.spec([10], [20]))
        #expect(SVGProbe.elements(svg, "rect", class: "bar").map { $0.attributes["height"] } == ["60", "120"])
        #expect(SVGProbe.elements(svg, "text", class: "total").map(\.text) == ["30"])
        #expect(SVGProbe.desc(svg).contains("2021年：结果0 10 件，结果1 20 件，合计 30 件"))
    }

    @Test func unknownSegmentIsAGapOnTopAndSuppressesTheTotal() {
        let layout = StackedBarChart.layout(Self.spec([10], [nil], [5]))
        let gap = layout.segments.first { $0.isUnknown }
        #expect(gap?.series == 1)
        let top = layout.segments.filter { !$0.isUnknown }.map(\.y).min()!
        #expect(gap.map { $0.y + $0.height } == top)
        #expect(layout.totals.isEmpty)
        let svg = StackedBarChart.svg(Self.spec([10], [nil], [5]))
        #expect(SVGProbe.elements(svg, "rect", class: "gap").count == 1)
        #expect(SVGProbe.valueLabels(svg).sorted() == ["10", "5", "未知"])
    }

    @Test func labelsOfThinSegmentsAreSpreadApart() {
        let layout = StackedBarChart.layout(Self.spec([100], [1], [2], [1], [1], [3]))
        let centres = layout.segments.map(\.label.y).sorted()
        #expect(centres.count == 6)
        for (a, b) in zip(centres, centres.dropFirst()) { #expect(b - a >= StackedBarChart.labelSpacing) }
    }

    /// Issue 13 item 6: an empty segment printed "0" on every stack.
    @Test func emptySegmentsGetNeitherABarNorALabel() {
        let spec = Self.spec([100, 0], [0, 0], [0, 0], [1, 0], [0, 0], [0, 0])
        let layout = StackedBarChart.layout(spec)
        #expect(layout.segments.map(\.value) == [100, 1])
        let svg = StackedBarChart.svg(spec)
        #expect(SVGProbe.valueLabels(svg).sorted() == ["1", "100"])
        #expect(SVGProbe.elements(svg, "rect", class: "bar").count == 2)
        // The totals still say what each stack holds, 0 included, and the description every value.
        #expect(SVGProbe.elements(svg, "text", class: "total").map(\.text) == ["101", "0"])
        #expect(SVGProbe.desc(svg).contains("2022年：结果0 0 件"))
    }

    @Test func negativeSegmentsStackDownwards() {
        let layout = StackedBarChart.layout(Self.spec([10], [-4]))
        let baseline = layout.frame.baseline
        let negative = layout.segments.first { $0.value == -4 }!
        #expect(negative.y == baseline)
        #expect(negative.height > 0)
        #expect(negative.label.y > baseline)
        #expect(layout.frame.scale.niceMinimum < 0)
    }
}
