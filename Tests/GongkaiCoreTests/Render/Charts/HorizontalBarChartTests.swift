import Foundation
import Testing
@testable import GongkaiCore

/// Horizontal bars: lengths, long labels, first series only.
@Suite struct HorizontalBarChartTests {
    static let long = "某某县某某镇人民政府办公室"

    static func spec(_ values: [Decimal?], categories: [String]? = nil) -> ChartSpec {
        ChartSpec(
            title: "前十名", categories: categories ?? values.indices.map { "乡镇\($0)" },
            series: [ChartSeries(name: "新收申请", values: values), ChartSeries(name: "忽略", values: values.map { _ in 999 })],
            unit: "件"
        )
    }

    @Test func valueMapsToItsBarWidth() {
        let layout = HorizontalBarChart.layout(Self.spec([84, 10]))
        #expect(layout.scale.niceMaximum == 100)
        let length = layout.plotRight - layout.plotLeft
        let bar = layout.bars[0]
        #expect(bar.x == layout.plotLeft)
        #expect(abs(bar.width - length * 0.84) < 1e-9)
        let svg = HorizontalBarChart.svg(Self.spec([84, 10]))
        let rects = SVGProbe.elements(svg, "rect", class: "bar")
        #expect(rects.map { $0.attributes["width"] } == [ChartFormatTests.coordinateText(length * 0.84), ChartFormatTests.coordinateText(length * 0.1)])
        #expect(rects.allSatisfy { $0.number("height") == HorizontalBarChart.barHeight })
    }

    @Test func usesOnlyTheFirstSeries() {
        let svg = HorizontalBarChart.svg(Self.spec([84, 10]))
        #expect(SVGProbe.valueLabels(svg) == ["84", "10"])
        #expect(!svg.contains("999"))
        #expect(!svg.contains("忽略"))
    }

    @Test func longLabelsAreCutButKeptInTheDescription() {
        let svg = HorizontalBarChart.svg(Self.spec([5, 6], categories: [Self.long, "短名"]))
        let labels = SVGProbe.elements(svg, "text", class: "category").map(\.text)
        #expect(labels == ["某某县某某镇人民政…", "短名"])
        #expect(labels[0].count == 10)
        #expect(SVGProbe.desc(svg).contains("\(Self.long)：新收申请 5 件"))
        let layout = HorizontalBarChart.layout(Self.spec([5, 6], categories: [Self.long, "短名"]))
        #expect(layout.plotLeft > layout.labelRight)
        #expect(layout.labelRight <= 4 + 10 * ChartStyle.fontSize)
    }

    @Test func unknownIsAGapAndZeroIsZero() {
        let svg = HorizontalBarChart.svg(Self.spec([nil, 0, 3]))
        #expect(SVGProbe.valueLabels(svg) == ["未知", "0", "3"])
        #expect(SVGProbe.elements(svg, "rect", class: "gap").count == 1)
        #expect(SVGProbe.elements(svg, "rect", class: "bar").count == 2)
    }

    @Test func negativeBarsGoLeftOfZero() {
        let layout = HorizontalBarChart.layout(Self.spec([-20, 50]))
        let negative = layout.bars[0]
        #expect(layout.baseline > layout.plotLeft)
        #expect(negative.x + negative.width == layout.baseline)
        #expect(negative.label.x < negative.x)
        #expect(layout.bars[1].x == layout.baseline)
    }
}
