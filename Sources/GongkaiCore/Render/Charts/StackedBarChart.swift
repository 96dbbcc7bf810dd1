import Foundation

/// Vertical stacked bars: one stack per category, the series stacked in order from the baseline.
/// Every non-empty segment has a value label (spread apart so they never overlap), a full stack also
/// its total; a 0 draws nothing (no zero-height segment, no "0" label: the total and the data table
/// say it); unknown values are dashed placeholders labelled "未知" on top of the stack; negatives
/// stack downwards.
public enum StackedBarChart {
    /// The chart as an inline `<svg>` element.
    public static func svg(_ spec: ChartSpec) -> String { String(decoding: svgBytes(spec), as: UTF8.self) }

    /// `svg(spec)` as UTF-8.
    static func svgBytes(_ spec: ChartSpec) -> [UInt8] {
        let layout = layout(spec)
        let id = ChartID.make(kind: "stacked", spec: spec)
        return layout.frame.document(
            id: id, kind: "stacked", spec: spec,
            description: ChartDescription.text(kindName: "堆积柱状图", spec: spec, totals: true),
            legend: ChartLegend(names: spec.series.map(\.name), swatch: .pattern),
            minY: layout.minY, maxY: layout.maxY, hasData: layout.hasData,
            patternCount: spec.drawnSeries.count
        ) { out in
            for segment in layout.segments { segment.writeShape(chartID: id, to: &out) }
            out += "\n"
            for segment in layout.segments { segment.writeLabel(to: &out) }
            for total in layout.totals {
                ChartSVG.text(total.text, x: total.x, y: total.y, size: ChartStyle.smallFontSize, bold: true, className: "total", to: &out)
            }
            out += "\n"
        }
    }

    /// Geometry of a stacked bar chart in plot-local coordinates.
    struct Layout: Sendable {
        var frame: ChartVerticalFrame
        var segments: [ChartBarMark]
        /// Bold sums above complete, non-negative stacks of more than one series.
        var totals: [ChartBarMark.Label]
        var minY: Double
        var maxY: Double
        var hasData: Bool
    }

    /// Height of the dashed placeholder of an unknown value.
    static let placeholderHeight = 8.0
    /// Least distance between the centres of two labels of one stack.
    static let labelSpacing = 14.0

    /// Places every segment and label of `spec`.
    static func layout(_ spec: ChartSpec) -> Layout {
        let series = spec.drawnSeries
        var highest: Decimal = 0
        var lowest: Decimal = 0
        var hasData = false
        for c in spec.categories.indices {
            let values = series.indices.compactMap { spec.value(series: $0, category: c) }
            hasData = hasData || !values.isEmpty
            highest = max(highest, values.filter { $0 > 0 }.reduce(0, +))
            lowest = min(lowest, values.filter { $0 < 0 }.reduce(0, +))
        }
        let scale = ChartScale(minimum: lowest, maximum: highest, length: ChartStyle.plotHeight, wholeNumbers: spec.valuesAreWhole)
        let frame = ChartVerticalFrame(scale: scale, categories: spec.categories, showTicks: hasData)
        let width = min(frame.band * 0.6, 44)
        let baseline = frame.baseline
        var segments: [ChartBarMark] = []
        var totals: [ChartBarMark.Label] = []
        var minY = -10.0
        var maxY = ChartStyle.plotHeight
        for c in spec.categories.indices {
            let cx = frame.center(c)
            let x = cx - width / 2
            var up: Decimal = 0
            var down: Decimal = 0
            var above: [ChartBarMark] = []
            var below: [ChartBarMark] = []
            var unknown: [Int] = []
            for s in series.indices {
                guard let value = spec.value(series: s, category: c) else {
                    unknown.append(s)
                    continue
                }
                if value == 0 { continue }
                let label = ChartBarMark.Label(text: ChartFormat.number(value), x: cx, y: 0, halo: true)
                if value >= 0 {
                    let bottom = baseline - scale.length(of: up)
                    up += value
                    let top = baseline - scale.length(of: up)
                    above.append(ChartBarMark(series: s, category: c, value: value, x: x, y: top, width: width, height: bottom - top, label: label))
                } else {
                    let top = baseline - scale.length(of: down)
                    down += value
                    let bottom = baseline - scale.length(of: down)
                    below.append(ChartBarMark(series: s, category: c, value: value, x: x, y: top, width: width, height: bottom - top, label: label))
                }
            }
            let stackTop = baseline - scale.length(of: up)
            for (k, s) in unknown.enumerated() {
                let top = stackTop - placeholderHeight * Double(k + 1)
                let label = ChartBarMark.Label(text: ChartStyle.unknownLabel, x: cx, y: 0, halo: true)
                above.append(ChartBarMark(series: s, category: c, value: nil, x: x, y: top, width: width, height: placeholderHeight, label: label))
            }
            // Labels centred on their segments, then pushed apart, away from the baseline.
            var previous = Double.infinity
            for index in above.indices {
                let mark = above[index]
                let wanted = min(mark.y + mark.height / 2, baseline - labelSpacing / 2)
                previous = min(wanted, previous - labelSpacing)
                above[index].label.y = previous
                minY = min(minY, previous - 8)
            }
            previous = -Double.infinity
            for index in below.indices {
                let mark = below[index]
                let wanted = max(mark.y + mark.height / 2, baseline + labelSpacing / 2)
                previous = max(wanted, previous + labelSpacing)
                below[index].label.y = previous
                maxY = max(maxY, previous + 8)
            }
            let known = series.indices.contains { spec.value(series: $0, category: c) != nil }
            // The total of a known stack; a stack of zeros (no segment drawn) always shows its "0".
            if (series.count > 1 || above.isEmpty) && unknown.isEmpty && below.isEmpty && known {
                let y = above.isEmpty ? stackTop - 4 : min(stackTop - 4, previousTop(above) - 11)
                totals.append(.init(text: ChartFormat.number(up), x: cx, y: y))
                minY = min(minY, y - 12)
            }
            segments += above + below
        }
        return Layout(frame: frame, segments: segments, totals: totals, minY: minY, maxY: maxY, hasData: hasData)
    }

    /// Centre of the highest label of a stack.
    private static func previousTop(_ marks: [ChartBarMark]) -> Double {
        marks.map(\.label.y).min() ?? 0
    }
}
