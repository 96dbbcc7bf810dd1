import Foundation

/// Legend rows of series names with the same swatches as the marks, wrapped to the chart width.
struct ChartLegend: Sendable {
    /// What a legend swatch looks like.
    enum Swatch: Sendable {
        /// A small patterned square, as the bars.
        case pattern
        /// A short line sample with the point marker, as the lines.
        case line
    }

    /// One legend entry placed in legend-local coordinates (x of the swatch, y of the row top).
    struct Item: Sendable, Hashable {
        var series: Int
        var label: String
        var x: Double
        var y: Double
    }

    static let rowHeight = 18.0
    var items: [Item] = []
    var swatch: Swatch
    /// Total height taken, 0 without entries.
    var height: Double = 0

    /// Lays out `names` (blank names are skipped) in rows no wider than the chart.
    init(names: [String], swatch: Swatch) {
        self.swatch = swatch
        let size = ChartStyle.fontSize
        let swatchWidth = swatch == .pattern ? 16.0 : 26.0
        let available = ChartStyle.width - 8
        var x = 4.0
        var y = 0.0
        for (index, name) in names.enumerated() {
            let trimmed = ChartFormat.trimmed(name)
            guard !trimmed.isEmpty else { continue }
            let label = ChartFormat.truncate(trimmed, width: available - swatchWidth - 4, fontSize: size)
            let itemWidth = swatchWidth + ChartFormat.width(label, fontSize: size) + 12
            if x > 4 && x + itemWidth > available + 4 {
                x = 4
                y += Self.rowHeight
            }
            items.append(Item(series: index, label: label, x: x, y: y))
            x += itemWidth
        }
        height = items.isEmpty ? 0 : y + Self.rowHeight + 4
    }

    /// Writes the legend's markup in legend-local coordinates.
    func write(chartID: String, to out: inout HTMLBytes) {
        guard !items.isEmpty else { return }
        out += "<g class=\"legend\">"
        for item in items {
            let textX: Double
            switch swatch {
            case .pattern:
                ChartSVG.rect(x: item.x, y: item.y + 2, width: 12, height: 12, to: &out) {
                    $0 += "class=\"swatch s"; $0.digits(item.series); $0 += "\" fill=\""; ChartStyle.writeFill(chartID, item.series, to: &$0)
                    $0 += "\" stroke=\""; $0 += ChartStyle.ink; $0 += "\" stroke-width=\"0.6\""
                }
                textX = item.x + 16
            case .line:
                ChartSVG.line(x1: item.x, y1: item.y + 8, x2: item.x + 22, y2: item.y + 8, to: &out) {
                    $0 += "class=\"swatch s"; $0.digits(item.series); $0 += "\" stroke=\""; $0 += ChartStyle.color(item.series)
                    $0 += "\" stroke-width=\"2\""; ChartStyle.dashAttribute(item.series, to: &$0)
                }
                ChartStyle.marker(item.series, x: item.x + 11, y: item.y + 8, radius: 3, className: "swatch-point", to: &out)
                textX = item.x + 26
            }
            ChartSVG.text(item.label, x: textX, y: item.y + 12.5, anchor: "start", to: &out)
        }
        out += "</g>\n"
    }
}
