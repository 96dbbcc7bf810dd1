import Foundation

/// One horizontal bar per category for the first series (top-N lists with long Chinese names).
/// Category labels sit left of the bars, cut to 10 characters with "…" (the description keeps the full names);
/// every bar has its value label at its end; unknown values are dashed placeholders labelled "未知".
public enum HorizontalBarChart {
    /// The chart as an inline `<svg>` element.
    public static func svg(_ spec: ChartSpec) -> String { String(decoding: svgBytes(spec), as: UTF8.self) }

    /// `svg(spec)` as UTF-8.
    static func svgBytes(_ spec: ChartSpec) -> [UInt8] {
        let layout = layout(spec)
        let id = ChartID.make(kind: "hbar", spec: spec)
        let legend = ChartLegend(names: spec.series.prefix(1).map(\.name), swatch: .pattern)
        // Where the legend and the unit caption end (`ChartSVG.legendAndUnit`): the height goes
        // in the root element, before them.
        let y = 6 + legend.height + (ChartFormat.trimmed(spec.unit).isEmpty ? 0 : 20)
        let height = y + layout.rowsHeight + (layout.hasData ? 20 : 4) + 6
        let description = ChartDescription.text(kindName: "条形图", spec: spec, seriesLimit: 1)
        let document = ChartDocument(
            id: id, kind: "hbar", title: spec.title.isEmpty ? description : spec.title, description: description,
            height: height, patternCount: 1
        )
        return ChartDocument.bytes { out in
            document.write(to: &out) { out in
                ChartSVG.legendAndUnit(legend, unit: spec.unit, chartID: id, to: &out)
                out += "<g class=\"plot\" transform=\"translate(0 "; out.coordinate(y); out += ")\">\n"
                writeAxis(layout, to: &out)
                out += "<g class=\"categories\">"
                for (index, label) in layout.labels.enumerated() {
                    let full = spec.categories[index]
                    ChartSVG.text(
                        label, x: layout.labelRight, y: rowHeight * Double(index) + 16, anchor: "end",
                        className: "category", tooltip: label == full ? nil : full, to: &out
                    )
                }
                out += "</g>\n"
                for bar in layout.bars { bar.writeShape(chartID: id, to: &out) }
                out += "\n"
                for bar in layout.bars { bar.writeLabel(to: &out) }
                out += "\n"
                if !layout.hasData {
                    ChartSVG.noDataNote(x: (layout.plotLeft + layout.plotRight) / 2, y: layout.rowsHeight / 2 + 5, to: &out)
                }
                out += "</g>\n"
            }
        }
    }

    /// Height of one category row, and of its bar.
    static let rowHeight = 24.0
    static let barHeight = 14.0
    /// Width of the dashed placeholder of an unknown value.
    static let placeholderWidth = 6.0
    /// Longest category label drawn, in characters, "…" included.
    static let labelCharacters = 10

    /// Geometry of a horizontal bar chart; y is relative to the top of the first row.
    struct Layout: Sendable {
        var scale: ChartScale
        /// Category labels as drawn (cut to `labelCharacters`).
        var labels: [String]
        /// Right edge of the category labels.
        var labelRight: Double
        /// x of the scale's nice minimum and nice maximum.
        var plotLeft: Double
        var plotRight: Double
        /// x of 0, where bars start.
        var baseline: Double
        var bars: [ChartBarMark]
        var rowsHeight: Double
        var hasData: Bool
    }

    /// Places every label and bar of `spec`, using only its first series.
    static func layout(_ spec: ChartSpec) -> Layout {
        let values = spec.categories.indices.map { spec.value(series: 0, category: $0) }
        let known = values.compactMap { $0 }
        let labels = spec.categories.map { ChartFormat.truncate($0, characters: labelCharacters) }
        let labelRight = 4 + (labels.map { ChartFormat.width($0, fontSize: ChartStyle.fontSize) }.max() ?? 0)
        let small = ChartStyle.smallFontSize
        let texts = known.map(ChartFormat.number) + (known.count < values.count ? [ChartStyle.unknownLabel] : [])
        let valueWidth = texts.map { ChartFormat.width($0, fontSize: small) }.max() ?? 0
        let lowest = known.min() ?? 0
        let highest = known.max() ?? 0
        let ticks = ChartScale(minimum: lowest, maximum: highest, length: 1, wholeNumbers: spec.valuesAreWhole).ticks
        let lastTick = ticks.last.map { ChartFormat.width(ChartFormat.number($0), fontSize: small) } ?? 0
        let rightRoom = max(valueWidth + 6, known.isEmpty ? 0 : lastTick / 2 + 2)
        let leftRoom = lowest < 0 ? valueWidth + 6 : 0
        let plotLeft = labelRight + 8 + leftRoom
        let plotRight = max(ChartStyle.width - 4 - rightRoom, plotLeft + 60)
        let scale = ChartScale(minimum: lowest, maximum: highest, length: plotRight - plotLeft, wholeNumbers: spec.valuesAreWhole)
        let baseline = plotLeft + scale.position(of: 0)
        var bars: [ChartBarMark] = []
        for (c, value) in values.enumerated() {
            let top = rowHeight * Double(c) + (rowHeight - barHeight) / 2
            let textY = rowHeight * Double(c) + 16
            if let value {
                let length = abs(scale.length(of: value))
                let text = ChartFormat.number(value)
                if value < 0 {
                    let label = ChartBarMark.Label(text: text, x: baseline - length - 4, y: textY, anchor: "end")
                    bars.append(ChartBarMark(series: 0, category: c, value: value, x: baseline - length, y: top, width: length, height: barHeight, label: label))
                } else {
                    let label = ChartBarMark.Label(text: text, x: baseline + length + 4, y: textY, anchor: "start")
                    bars.append(ChartBarMark(series: 0, category: c, value: value, x: baseline, y: top, width: length, height: barHeight, label: label))
                }
            } else {
                let label = ChartBarMark.Label(text: ChartStyle.unknownLabel, x: baseline + placeholderWidth + 4, y: textY, anchor: "start")
                bars.append(ChartBarMark(series: 0, category: c, value: nil, x: baseline, y: top, width: placeholderWidth, height: barHeight, label: label))
            }
        }
        return Layout(
            scale: scale, labels: labels, labelRight: labelRight, plotLeft: plotLeft, plotRight: plotRight,
            baseline: baseline, bars: bars, rowsHeight: max(rowHeight * Double(values.count), 40), hasData: !known.isEmpty
        )
    }

    /// Grid lines and tick labels below the rows, and the zero line.
    private static func writeAxis(_ layout: Layout, to out: inout HTMLBytes) {
        out += "<g class=\"axis\">"
        let bottom = layout.rowsHeight
        if layout.hasData {
            for tick in layout.scale.ticks {
                let x = layout.plotLeft + layout.scale.position(of: tick)
                if tick != 0 {
                    ChartSVG.line(x1: x, y1: 0, x2: x, y2: bottom, to: &out) { $0 += "stroke=\""; $0 += ChartStyle.grid; $0 += "\" stroke-width=\"1\"" }
                }
                ChartSVG.text(
                    ChartFormat.number(tick), x: x, y: bottom + 14, size: ChartStyle.smallFontSize,
                    fill: ChartStyle.muted, className: "tick", to: &out
                )
            }
        }
        ChartSVG.line(x1: layout.baseline, y1: 0, x2: layout.baseline, y2: bottom, to: &out) {
            $0 += "class=\"baseline\" stroke=\""; $0 += ChartStyle.ink; $0 += "\" stroke-width=\"1\""
        }
        out += "</g>\n"
    }
}
