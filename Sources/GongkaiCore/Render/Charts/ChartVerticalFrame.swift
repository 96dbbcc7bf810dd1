import Foundation

/// Geometry shared by the vertical charts: a value axis on the left, one band per category, labels below.
/// Plot-local y runs from 0 (the scale's nice maximum) down to `ChartStyle.plotHeight` (its nice minimum).
struct ChartVerticalFrame: Sendable {
    var scale: ChartScale
    var plotLeft: Double
    var plotRight: Double
    /// Category labels as drawn (cut when slanted).
    var labels: [String]
    /// Category labels as given.
    var fullLabels: [String]
    /// Whether category labels are slanted because they do not fit their band.
    var slanted: Bool
    /// Height taken by the category labels below the plot.
    var labelsHeight: Double
    /// Whether tick labels are drawn (not when there is no known value).
    var showTicks: Bool

    init(scale: ChartScale, categories: [String], showTicks: Bool) {
        self.scale = scale
        self.showTicks = showTicks
        fullLabels = categories
        let tickWidth = showTicks
            ? scale.ticks.map { ChartFormat.width(ChartFormat.number($0), fontSize: ChartStyle.smallFontSize) }.max() ?? 0
            : 0
        plotLeft = max(24, tickWidth + 10)
        plotRight = ChartStyle.width - 8
        let count = Double(max(categories.count, 1))
        let size = ChartStyle.fontSize
        let widest = categories.map { ChartFormat.width($0, fontSize: size) }.max() ?? 0
        if widest > (plotRight - plotLeft) / count - 4 {
            slanted = true
            labels = categories.map { ChartFormat.truncate($0, characters: 8) }
            let reach = (labels.map { ChartFormat.width($0, fontSize: size) }.max() ?? 0) * 0.71
            plotLeft = max(plotLeft, reach + 2 - (plotRight - plotLeft) / count / 2)
            labelsHeight = reach + 12
        } else {
            slanted = false
            labels = categories
            labelsHeight = 16
        }
    }

    /// Width of one category band.
    var band: Double { (plotRight - plotLeft) / Double(max(labels.count, 1)) }

    /// Centre x of category `index`.
    func center(_ index: Int) -> Double { plotLeft + band * (Double(index) + 0.5) }

    /// Plot-local y of `value`.
    func y(_ value: Decimal) -> Double { ChartStyle.plotHeight - scale.position(of: value) }

    /// Plot-local y of 0, where bars start.
    var baseline: Double { y(0) }

    /// Grid lines, tick labels, the value axis and the baseline, in plot-local coordinates.
    func writeAxis(to out: inout HTMLBytes) {
        out += "<g class=\"axis\">"
        if showTicks {
            for tick in scale.ticks {
                let ty = y(tick)
                if tick != 0 {
                    ChartSVG.line(x1: plotLeft, y1: ty, x2: plotRight, y2: ty, to: &out) { $0 += "stroke=\""; $0 += ChartStyle.grid; $0 += "\" stroke-width=\"1\"" }
                }
                ChartSVG.text(
                    ChartFormat.number(tick), x: plotLeft - 4, y: ty + 4, anchor: "end",
                    size: ChartStyle.smallFontSize, fill: ChartStyle.muted, className: "tick", to: &out
                )
            }
            ChartSVG.line(x1: plotLeft, y1: 0, x2: plotLeft, y2: ChartStyle.plotHeight, to: &out) { $0 += "stroke=\""; $0 += ChartStyle.ink; $0 += "\" stroke-width=\"1\"" }
        }
        ChartSVG.line(x1: plotLeft, y1: baseline, x2: plotRight, y2: baseline, to: &out) {
            $0 += "class=\"baseline\" stroke=\""; $0 += ChartStyle.ink; $0 += "\" stroke-width=\"1\""
        }
        out += "</g>\n"
    }

    /// Category labels whose tops are at plot-local `top`.
    func writeCategoryLabels(top: Double, to out: inout HTMLBytes) {
        out += "<g class=\"categories\">"
        for (index, label) in labels.enumerated() {
            let tooltip = label == fullLabels[index] ? nil : fullLabels[index]
            if slanted {
                ChartSVG.text(label, x: center(index) + 4, y: top + 10, anchor: "end", rotation: .slant, className: "category", tooltip: tooltip, to: &out)
            } else {
                ChartSVG.text(label, x: center(index), y: top + 12, className: "category", tooltip: tooltip, to: &out)
            }
        }
        out += "</g>\n"
    }

    /// The whole chart as UTF-8 around what `plot` writes (plot-local markup whose marks reach
    /// from `minY` to `maxY`), with an optional `footer` below the category labels (its own y
    /// from 0 to `footerHeight`; nil writes none).
    func document(
        id: String, kind: String, spec: ChartSpec, description: String, legend: ChartLegend,
        minY: Double, maxY: Double, hasData: Bool, patternCount: Int,
        footerHeight: Double = 0, footer: ((inout HTMLBytes) -> Void)? = nil, plot: (inout HTMLBytes) -> Void
    ) -> [UInt8] {
        // The height goes in the root element, before the body: the top of the plot is where the
        // legend and the unit caption end.
        let above = 6 + legend.height + (ChartFormat.trimmed(spec.unit).isEmpty ? 0 : 20)
        let top = above + max(0, -min(minY, -10))
        let bottom = max(maxY, ChartStyle.plotHeight) + 4
        let document = ChartDocument(
            id: id, kind: kind, title: spec.title.isEmpty ? description : spec.title, description: description,
            height: top + bottom + labelsHeight + footerHeight + 6, patternCount: patternCount
        )
        return ChartDocument.bytes { out in
            document.write(to: &out) { out in
                ChartSVG.legendAndUnit(legend, unit: spec.unit, chartID: id, to: &out)
                out += "<g class=\"plot\" transform=\"translate(0 "; out.coordinate(top); out += ")\">\n"
                writeAxis(to: &out)
                plot(&out)
                if !hasData {
                    ChartSVG.noDataNote(x: (plotLeft + plotRight) / 2, y: ChartStyle.plotHeight / 2, to: &out)
                }
                writeCategoryLabels(top: bottom, to: &out)
                if let footer {
                    out += "<g class=\"footer\" transform=\"translate(0 "; out.coordinate(bottom + labelsHeight); out += ")\">"
                    footer(&out)
                    out += "</g>\n"
                }
                out += "</g>\n"
            }
        }
    }
}
