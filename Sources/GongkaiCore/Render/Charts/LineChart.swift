import Foundation

/// One line per series over the categories, with a distinct colour, dash and marker per series and a value
/// label on every point. An unknown value breaks the line, and its category is marked "未知" under its label
/// (with the series' marker when there are several series).
public enum LineChart {
    /// The chart as an inline `<svg>` element.
    public static func svg(_ spec: ChartSpec) -> String { String(decoding: svgBytes(spec), as: UTF8.self) }

    /// `svg(spec)` as UTF-8.
    static func svgBytes(_ spec: ChartSpec) -> [UInt8] {
        let layout = layout(spec)
        let id = ChartID.make(kind: "line", spec: spec)
        let footer: ((inout HTMLBytes) -> Void)? = layout.gaps.isEmpty ? nil : { out in
            for gap in layout.gaps {
                if layout.seriesCount > 1 {
                    ChartStyle.marker(gap.series, x: gap.label.x - 17, y: gap.label.y - 4, radius: 2.5, className: "gap-marker", to: &out)
                }
                ChartSVG.text(gap.label.text, x: gap.label.x, y: gap.label.y, size: ChartStyle.smallFontSize, fill: ChartStyle.muted,
                              className: "value unknown", to: &out)
            }
        }
        return layout.frame.document(
            id: id, kind: "line", spec: spec,
            description: ChartDescription.text(kindName: "折线图", spec: spec),
            legend: ChartLegend(names: spec.series.map(\.name), swatch: .line),
            minY: layout.minY, maxY: layout.maxY, hasData: !layout.points.isEmpty,
            patternCount: 0, footerHeight: layout.footerHeight, footer: footer
        ) { out in
            for run in layout.runs where run.points.count > 1 {
                out += "<polyline class=\"line s"; out.digits(run.series); out += "\" points=\""
                for (index, point) in run.points.enumerated() {
                    if index > 0 { out += " " }
                    out.coordinate(point.x); out += ","; out.coordinate(point.y)
                }
                out += "\" fill=\"none\" stroke=\""; out += ChartStyle.color(run.series)
                out += "\" stroke-width=\"2\" stroke-linejoin=\"round\""; ChartStyle.dashAttribute(run.series, to: &out); out += "/>"
            }
            out += "\n"
            for point in layout.points { ChartStyle.marker(point.series, x: point.x, y: point.y, to: &out) }
            out += "\n"
            for point in layout.points {
                ChartSVG.text(point.label.text, x: point.label.x, y: point.label.y, size: ChartStyle.smallFontSize, className: "value", to: &out)
            }
            out += "\n"
        }
    }

    /// A known value's point, or an unknown value's "未知" mark, with its label.
    struct Point: Sendable, Hashable {
        var series: Int
        var category: Int
        /// nil for an unknown value.
        var value: Decimal?
        var x: Double
        var y: Double
        var label: ChartBarMark.Label
    }

    /// Consecutive known points of one series, drawn as one polyline.
    struct Run: Sendable, Hashable {
        var series: Int
        var points: [Point]
    }

    /// Geometry of a line chart in plot-local coordinates.
    struct Layout: Sendable {
        var frame: ChartVerticalFrame
        var seriesCount: Int
        var points: [Point]
        var runs: [Run]
        /// "未知" marks, in footer coordinates: a row per unknown series under the category's label.
        var gaps: [Point]
        var footerHeight: Double
        var minY: Double
        var maxY: Double
    }

    /// Places every point, line run and gap mark of `spec`.
    static func layout(_ spec: ChartSpec) -> Layout {
        let series = spec.drawnSeries
        let known = series.indices.flatMap { s in spec.categories.indices.compactMap { spec.value(series: s, category: $0) } }
        let scale = ChartScale(minimum: known.min() ?? 0, maximum: known.max() ?? 0, length: ChartStyle.plotHeight, wholeNumbers: spec.valuesAreWhole)
        let frame = ChartVerticalFrame(scale: scale, categories: spec.categories, showTicks: !known.isEmpty)
        var points: [Point] = []
        var runs: [Run] = []
        var gaps: [Point] = []
        var gapsPerCategory = [Int](repeating: 0, count: spec.categories.count)
        var minY = -10.0
        var maxY = ChartStyle.plotHeight
        for s in series.indices {
            var run = Run(series: s, points: [])
            for c in spec.categories.indices {
                let x = frame.center(c)
                guard let value = spec.value(series: s, category: c) else {
                    if !run.points.isEmpty { runs.append(run) }
                    run = Run(series: s, points: [])
                    let y = 12 + 14 * Double(gapsPerCategory[c])
                    gapsPerCategory[c] += 1
                    let label = ChartBarMark.Label(text: ChartStyle.unknownLabel, x: x, y: y)
                    gaps.append(Point(series: s, category: c, value: nil, x: x, y: y - 4, label: label))
                    continue
                }
                let y = frame.y(value)
                // Even series label above their points, odd ones below, so two lines' labels rarely collide.
                let labelY = s % 2 == 0 ? y - 8 : y + 16
                minY = min(minY, labelY - 12)
                maxY = max(maxY, labelY + 3)
                let point = Point(series: s, category: c, value: value, x: x, y: y, label: .init(text: ChartFormat.number(value), x: x, y: labelY))
                points.append(point)
                run.points.append(point)
            }
            if !run.points.isEmpty { runs.append(run) }
        }
        let footerHeight = 14 * Double(gapsPerCategory.max() ?? 0)
        return Layout(
            frame: frame, seriesCount: series.count, points: points, runs: runs, gaps: gaps,
            footerHeight: footerHeight, minY: minY, maxY: maxY
        )
    }
}
