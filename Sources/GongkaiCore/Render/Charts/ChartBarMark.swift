import Foundation

/// Where one bar (or stack segment, or unknown placeholder) and its value label go, in plot-local user units.
struct ChartBarMark: Sendable, Hashable {
    /// Where a value label goes and how it is turned.
    struct Label: Sendable, Hashable {
        var text: String
        var x: Double
        var y: Double
        var anchor: String = "middle"
        var rotation: ChartSVG.Rotation = .none
        /// Drawn on a white box, centred on `y` (stack segments), instead of on its baseline.
        var halo: Bool = false
    }

    var series: Int
    var category: Int
    /// The value drawn; nil for an unknown value's placeholder.
    var value: Decimal?
    var x: Double
    var y: Double
    var width: Double
    var height: Double
    var label: Label

    /// Whether this is the dashed placeholder of an unknown value.
    var isUnknown: Bool { value == nil }

    /// Writes the bar, or the dashed placeholder when unknown.
    func writeShape(chartID: String, to out: inout HTMLBytes) {
        if isUnknown {
            return ChartSVG.unknownPlaceholder(x: x, y: y, width: width, height: height, series: series, to: &out)
        }
        ChartSVG.rect(x: x, y: y, width: width, height: height, to: &out) {
            $0 += "class=\"bar s"; $0.digits(series); $0 += "\" fill=\""; ChartStyle.writeFill(chartID, series, to: &$0)
            $0 += "\" stroke=\""; $0 += ChartStyle.ink; $0 += "\" stroke-width=\"0.6\""
        }
    }

    /// Writes the value label ("84", "0", "-3", "未知").
    func writeLabel(to out: inout HTMLBytes) {
        if label.halo { return ChartSVG.haloLabel(label.text, x: label.x, centerY: label.y, to: &out) }
        ChartSVG.text(
            label.text, x: label.x, y: label.y, anchor: label.anchor, size: ChartStyle.smallFontSize,
            rotation: label.rotation, className: isUnknown ? "value unknown" : "value", to: &out
        )
    }
}
