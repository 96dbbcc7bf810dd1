import Foundation
import Testing
@testable import GongkaiCore

/// What every chart kind must satisfy: accessible root, escaping, ids, determinism, validity, gaps.
@Suite struct ChartDocumentTests {
    enum Kind: String, CaseIterable, Sendable, CustomTestStringConvertible {
        case bar, horizontal, stacked, line
        func svg(_ spec: ChartSpec) -> String {
            switch self {
            case .bar: BarChart.svg(spec)
            case .horizontal: HorizontalBarChart.svg(spec)
            case .stacked: StackedBarChart.svg(spec)
            case .line: LineChart.svg(spec)
            }
        }
        var testDescription: String { rawValue }
    }

    static let spec = ChartSpec(
        title: "行政许可决定", categories: ["2021年", "2022年", "2023年"],
        series: [ChartSeries(name: "行政许可", values: [84, nil, 0])], unit: "件"
    )

    static let hostile = ChartSpec(
        title: "<script>alert(\"x\")</script>", categories: ["A\"B'<C>&D", "<script>"],
        series: [ChartSeries(name: "<b>名</b>'\"", values: [1, 2])], unit: "<i>"
    )

    @Test(arguments: Kind.allCases)
    func rootIsAnAccessibleScalableImage(kind: Kind) throws {
        let svg = kind.svg(Self.spec)
        let root = try #require(SVGProbe.elements(svg, "svg").first)
        let id = try #require(root.attributes["id"])
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" "))
        #expect(!svg.contains("<?xml"))
        #expect(root.attributes["role"] == "img")
        #expect(root.attributes["aria-labelledby"] == "\(id)-title \(id)-desc")
        #expect(root.attributes["width"] == "100%")
        #expect(root.attributes["height"] == nil)
        #expect(root.attributes["viewBox"]?.hasPrefix("0 0 320 ") == true)
        #expect(root.attributes["font-family"] == "system-ui, 'PingFang SC', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', sans-serif")
        #expect(SVGProbe.elements(svg, "title").first?.attributes["id"] == "\(id)-title")
        #expect(SVGProbe.elements(svg, "title").first?.text == "行政许可决定")
        #expect(SVGProbe.elements(svg, "desc").first?.attributes["id"] == "\(id)-desc")
        #expect(svg.hasSuffix("</svg>"))
    }

    @Test(arguments: Kind.allCases)
    func descriptionStatesTheNumbersInWords(kind: Kind) {
        let desc = SVGProbe.desc(kind.svg(Self.spec))
        #expect(desc.contains("2021年：行政许可 84 件；2022年：未知；2023年：行政许可 0 件"))
    }

    @Test(arguments: Kind.allCases)
    func everyKnownValueHasALabelAndUnknownIsMarked(kind: Kind) {
        let svg = kind.svg(Self.spec)
        let labels = SVGProbe.valueLabels(svg)
        #expect(labels.filter { $0 == "84" }.count == 1)
        // A stacked chart draws no empty segment: its 0 is the stack's total (issue 13 item 6).
        let totals = kind == .stacked ? SVGProbe.elements(svg, "text", class: "total").map(\.text) : []
        #expect((labels + totals).filter { $0 == "0" }.count == 1)
        #expect(labels.filter { $0 == "未知" }.count == 1)
        #expect(!svg.contains("无数据"))
    }

    @Test(arguments: Kind.allCases)
    func textFromReportsIsEscaped(kind: Kind) {
        let svg = kind.svg(Self.hostile)
        #expect(!svg.contains("<script"))
        #expect(!svg.contains("<b>"))
        #expect(!svg.contains("<i>"))
        #expect(!svg.contains("A\"B"))
        #expect(!svg.contains("B'<"))
        #expect(svg.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"))
        #expect(svg.contains("A&quot;B&#39;&lt;C&gt;&amp;D"))
        #expect(SVGProbe.isWellFormed(svg))
    }

    @Test(arguments: Kind.allCases)
    func outputIsDeterministic(kind: Kind) {
        #expect(kind.svg(Self.spec) == kind.svg(Self.spec))
        #expect(kind.svg(Self.hostile) == kind.svg(Self.hostile))
    }

    @Test(arguments: Kind.allCases)
    func idsAreUniqueOnAPageAndDependOnTheTitle(kind: Kind) {
        var other = Self.spec
        other.title = "行政处罚决定"
        let page = kind.svg(Self.spec) + kind.svg(other) + Kind.allCases.filter { $0 != kind }.map { $0.svg(Self.spec) }.joined()
        let ids = SVGProbe.ids(page)
        #expect(ids.count > 8)
        #expect(Set(ids).count == ids.count)
        #expect(SVGProbe.ids(kind.svg(Self.spec)) == SVGProbe.ids(kind.svg(Self.spec)))
    }

    @Test(arguments: Kind.allCases)
    func fillsUsePatternsDefinedInTheSameChart(kind: Kind) {
        let spec = ChartSpec(
            title: "t", categories: ["a", "b"],
            series: (0..<4).map { ChartSeries(name: "s\($0)", values: [Decimal($0 + 1), 2]) }, unit: "件"
        )
        let svg = kind.svg(spec)
        let defined = Set(SVGProbe.elements(svg, "pattern").compactMap { $0.attributes["id"] })
        let used = Set(SVGProbe.elements(svg, "rect").compactMap { $0.attributes["fill"] }.filter { $0.hasPrefix("url(#") }
            .map { String($0.dropFirst(5).dropLast()) })
        #expect(used.isSubset(of: defined))
        if kind != .line {
            #expect(used.count == (kind == .horizontal ? 1 : 4))
            // Legend swatches use the same fills as the bars.
            let swatches = Set(SVGProbe.elements(svg, "rect", class: "swatch").compactMap { $0.attributes["fill"] })
            let bars = Set(SVGProbe.elements(svg, "rect", class: "bar").compactMap { $0.attributes["fill"] })
            #expect(swatches == bars)
        } else {
            #expect(SVGProbe.elements(svg, "polyline").count == 4)
            #expect(SVGProbe.elements(svg, "line", class: "swatch").count == 4)
        }
    }

    @Test(arguments: Kind.allCases)
    func isWellFormedWithReadableTextAndShortCoordinates(kind: Kind) {
        let spec = ChartSpec(
            title: "t", categories: ["2020年", "2021年", "2022年"],
            series: [ChartSeries(name: "甲", values: [Decimal(string: "33.333")!, -7, nil]), ChartSeries(name: "乙", values: [1, 2, 3])],
            unit: "万元"
        )
        let svg = kind.svg(spec)
        #expect(SVGProbe.isWellFormed(svg))
        let sizes = SVGProbe.elements(svg, "svg").first.flatMap { $0.number("font-size") }.map { [$0] } ?? []
        let all = sizes + SVGProbe.elements(svg, "text").compactMap { $0.number("font-size") }
        #expect(!all.isEmpty)
        #expect(all.allSatisfy { $0 >= 11 })
        for name in ["rect", "line", "text", "circle"] {
            for element in SVGProbe.elements(svg, name) {
                for key in ["x", "y", "width", "height", "x1", "y1", "x2", "y2", "cx", "cy"] {
                    guard let value = element.attributes[key] else { continue }
                    #expect(value.split(separator: ".").last.map { !value.contains(".") || $0.count == 1 } == true, "\(name) \(key)=\(value)")
                }
            }
        }
    }

    @Test(arguments: Kind.allCases)
    func emptyChartsStillRenderWithANote(kind: Kind) {
        let empties = [
            ChartSpec(title: "空", categories: [], series: [], unit: "件"),
            ChartSpec(title: "空", categories: ["2021年", "2022年"], series: [], unit: "件"),
            ChartSpec(title: "空", categories: ["2021年", "2022年"], series: [ChartSeries(name: "a", values: [])], unit: ""),
            ChartSpec(title: "空", categories: ["2021年", "2022年"], series: [ChartSeries(name: "a", values: [nil, nil])], unit: "件"),
        ]
        for spec in empties {
            let svg = kind.svg(spec)
            #expect(SVGProbe.isWellFormed(svg))
            #expect(SVGProbe.elements(svg, "text", class: "no-data").map(\.text) == ["无数据"])
            #expect(SVGProbe.desc(svg).contains("无数据"))
            #expect(SVGProbe.valueLabels(svg).allSatisfy { $0 == "未知" })
            #expect(SVGProbe.valueLabels(svg).count == spec.categories.count)
            #expect(SVGProbe.elements(svg, "rect", class: "bar").isEmpty)
        }
    }

    @Test func emptyTitleFallsBackToTheDescription() {
        let svg = BarChart.svg(ChartSpec(title: "", categories: ["a"], series: [ChartSeries(name: "", values: [5])], unit: "件"))
        #expect(SVGProbe.elements(svg, "title").first?.text.contains("a：5 件") == true)
    }
}
