import Foundation
import Testing
@testable import GongkaiCore

/// Lines: positions, gaps that break the line, zeros.
@Suite struct LineChartTests {
    static func spec(_ values: [Decimal?]...) -> ChartSpec {
        ChartSpec(
            title: "趋势", categories: (0..<values[0].count).map { "\(2019 + $0)年" },
            series: values.enumerated().map { ChartSeries(name: "线\($0.offset)", values: $0.element) }, unit: "件"
        )
    }

    @Test func pointsSitAtTheirValues() {
        let layout = LineChart.layout(Self.spec([84, 50]))
        #expect(layout.points.map { layout.frame.baseline - $0.y } == [ChartStyle.plotHeight * 0.84, ChartStyle.plotHeight * 0.5])
        #expect(layout.points.map(\.x) == [layout.frame.center(0), layout.frame.center(1)])
        let svg = LineChart.svg(Self.spec([84, 50]))
        let points = SVGProbe.elements(svg, "circle", class: "point")
        #expect(points.map { $0.attributes["cy"] } == ["28.8", "90"])
    }

    @Test func unknownBreaksTheLine() {
        let layout = LineChart.layout(Self.spec([1, 2, nil, 4, 5]))
        #expect(layout.runs.map { $0.points.count } == [2, 2])
        #expect(layout.gaps.map(\.category) == [2])
        let svg = LineChart.svg(Self.spec([1, 2, nil, 4, 5]))
        #expect(SVGProbe.elements(svg, "polyline").count == 2)
        #expect(SVGProbe.valueLabels(svg) == ["1", "2", "4", "5", "未知"])
        // Marked under the category's label (in the footer), not on the plot where it could hide a line.
        let footer = String(svg[svg.range(of: "<g class=\"footer\"")!.lowerBound...])
        let unknown = SVGProbe.elements(footer, "text", class: "unknown")
        #expect(unknown.count == 1)
        #expect(unknown.first?.number("x") == layout.frame.center(2))
        #expect(unknown.first?.number("y") == 12)
        #expect(layout.footerHeight == 14)
    }

    @Test func severalUnknownSeriesAtOneCategoryStackTheirMarks() {
        let layout = LineChart.layout(Self.spec([1, nil], [2, nil], [3, 4]))
        #expect(layout.gaps.map(\.label.y) == [12, 26])
        #expect(layout.footerHeight == 28)
        let svg = LineChart.svg(Self.spec([1, nil], [2, nil], [3, 4]))
        #expect(SVGProbe.elements(svg, "circle", class: "gap-marker").count == 1)
        #expect(SVGProbe.elements(svg, "rect", class: "gap-marker").count == 1)
    }

    @Test func zeroIsAPointLabelledZero() {
        let layout = LineChart.layout(Self.spec([0, 3]))
        #expect(layout.points.first?.y == layout.frame.baseline)
        #expect(SVGProbe.valueLabels(LineChart.svg(Self.spec([0, 3]))) == ["0", "3"])
        #expect(layout.runs.count == 1)
    }

    @Test func eachSeriesHasItsOwnDashAndMarker() {
        let svg = LineChart.svg(Self.spec([1, 2], [3, 4]))
        let lines = SVGProbe.elements(svg, "polyline")
        #expect(lines.count == 2)
        #expect(lines[0].attributes["stroke-dasharray"] == nil)
        #expect(lines[1].attributes["stroke-dasharray"] != nil)
        #expect(lines[0].attributes["stroke"] != lines[1].attributes["stroke"])
        #expect(SVGProbe.elements(svg, "circle", class: "point").count == 2)
        #expect(SVGProbe.elements(svg, "rect", class: "point").count == 2)
    }

    @Test func negativeValuesGoBelowTheBaseline() {
        let layout = LineChart.layout(Self.spec([-5, 10]))
        #expect(layout.points[0].y > layout.frame.baseline)
        #expect(layout.points[1].y < layout.frame.baseline)
    }
}
