import Foundation

/// Vertical grouped bars: one group per category, one patterned bar per series, a value label on every bar.
/// Negative values hang below a zero baseline; unknown values are dashed placeholders labelled "未知".
public enum BarChart {
    /// The chart as an inline `<svg>` element.
    public static func svg(_ spec: ChartSpec) -> String { String(decoding: svgBytes(spec), as: UTF8.self) }

    /// `svg(spec)` as UTF-8.
    static func svgBytes(_ spec: ChartSpec) -> [UInt8] {
        let layout = layout(spec)
        let id = ChartID.make(kind: "bar", spec: spec)
        return layout.frame.document(
            id: id, kind: "bar", spec: spec,
            description: ChartDescription.text(kindName: "柱状图", spec: spec),
            legend: ChartLegend(names: spec.series.map(\.name), swatch: .pattern),
            minY: layout.minY, maxY: layout.maxY, hasData: layout.hasData,
            patternCount: spec.drawnSeries.count
        ) { out in
            for bar in layout.bars { bar.writeShape(chartID: id, to: &out) }
            out += "\n"
            for bar in layout.bars { bar.writeLabel(to: &out) }
            out += "\n"
        }
    }

    /// Geometry of a bar chart in plot-local coordinates.
    struct Layout: Sendable {
        var frame: ChartVerticalFrame
        var bars: [ChartBarMark]
        /// Whether value labels read upwards because they are wider than the bars.
        var rotatedLabels: Bool
        var minY: Double
        var maxY: Double
        var hasData: Bool
    }

    /// Height of the dashed placeholder of an unknown value.
    static let placeholderHeight = 6.0

    /// Places every bar and label of `spec`.
    static func layout(_ spec: ChartSpec) -> Layout {
        let series = spec.drawnSeries
        let known = series.indices.flatMap { s in spec.categories.indices.compactMap { spec.value(series: s, category: $0) } }
        let scale = ChartScale(
            minimum: known.min() ?? 0, maximum: known.max() ?? 0, length: ChartStyle.plotHeight, wholeNumbers: spec.valuesAreWhole
        )
        let frame = ChartVerticalFrame(scale: scale, categories: spec.categories, showTicks: !known.isEmpty)
        let barWidth = min(frame.band * 0.8 / Double(series.count), 36)
        let texts = known.map(ChartFormat.number) + [ChartStyle.unknownLabel]
        let labelWidth = texts.map { ChartFormat.width($0, fontSize: ChartStyle.smallFontSize) }.max() ?? 0
        let rotated = labelWidth > barWidth + 2
        let baseline = frame.baseline
        var bars: [ChartBarMark] = []
        var minY = -10.0
        var maxY = ChartStyle.plotHeight
        for c in spec.categories.indices {
            let groupLeft = frame.center(c) - barWidth * Double(series.count) / 2
            for s in series.indices {
                let x = groupLeft + barWidth * Double(s)
                let inset = barWidth >= 6 ? 0.5 : 0
                let cx = x + barWidth / 2
                let value = spec.value(series: s, category: c)
                let top: Double
                let height: Double
                let text: String
                if let value {
                    height = abs(scale.length(of: value))
                    top = value < 0 ? baseline : baseline - height
                    text = ChartFormat.number(value)
                } else {
                    height = placeholderHeight
                    top = baseline - height
                    text = ChartStyle.unknownLabel
                }
                let width = ChartFormat.width(text, fontSize: ChartStyle.smallFontSize)
                let label: ChartBarMark.Label
                if let value, value < 0 {
                    let bottom = top + height
                    if rotated {
                        label = .init(text: text, x: cx + 4, y: bottom + 3, anchor: "end", rotation: .up)
                        maxY = max(maxY, bottom + 3 + width)
                    } else {
                        label = .init(text: text, x: cx, y: bottom + 12)
                        maxY = max(maxY, bottom + 15)
                    }
                } else if rotated {
                    label = .init(text: text, x: cx + 4, y: top - 3, anchor: "start", rotation: .up)
                    minY = min(minY, top - 3 - width)
                } else {
                    label = .init(text: text, x: cx, y: top - 4)
                    minY = min(minY, top - 15)
                }
                bars.append(ChartBarMark(
                    series: s, category: c, value: value,
                    x: x + inset, y: top, width: barWidth - 2 * inset, height: height, label: label
                ))
            }
        }
        return Layout(frame: frame, bars: bars, rotatedLabels: rotated, minY: minY, maxY: maxY, hasData: !known.isEmpty)
    }
}
