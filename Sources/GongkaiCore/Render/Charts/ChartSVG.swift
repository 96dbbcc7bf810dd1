import Foundation

/// Small builders for SVG elements with formatted coordinates and escaped text.
enum ChartSVG {
    /// How a text is turned around its anchor point.
    enum Rotation {
        case none
        /// Reads bottom to top (value labels above narrow bars).
        case up
        /// Slanted 45° up to the right, ending at the anchor (long category labels).
        case slant
    }

    /// A `<text>` element; `content` is escaped.
    static func text(
        _ content: String, x: Double, y: Double, anchor: String = "middle", size: Double? = nil,
        rotation: Rotation = .none, fill: String? = nil, bold: Bool = false, className: String? = nil,
        tooltip: String? = nil
    ) -> String {
        let c = ChartFormat.coordinate
        var out = "<text"
        if let className { out += " class=\"\(className)\"" }
        out += " x=\"\(c(x))\" y=\"\(c(y))\""
        if anchor != "start" { out += " text-anchor=\"\(anchor)\"" }
        if let size { out += " font-size=\"\(c(size))\"" }
        if let fill { out += " fill=\"\(fill)\"" }
        if bold { out += " font-weight=\"bold\"" }
        switch rotation {
        case .none: break
        case .up: out += " transform=\"rotate(-90 \(c(x)) \(c(y)))\""
        case .slant: out += " transform=\"rotate(-45 \(c(x)) \(c(y)))\""
        }
        out += ">"
        if let tooltip { out += "<title>\(HTMLText.escape(tooltip))</title>" }
        return out + HTMLText.escape(content) + "</text>"
    }

    /// A `<rect>`; negative sizes are drawn as 0. `attributes` is raw, already-safe markup.
    static func rect(x: Double, y: Double, width: Double, height: Double, attributes: String) -> String {
        let c = ChartFormat.coordinate
        return "<rect \(attributes) x=\"\(c(x))\" y=\"\(c(y))\" width=\"\(c(max(width, 0)))\" height=\"\(c(max(height, 0)))\"/>"
    }

    /// A `<line>`. `attributes` is raw, already-safe markup.
    static func line(x1: Double, y1: Double, x2: Double, y2: Double, attributes: String) -> String {
        let c = ChartFormat.coordinate
        return "<line x1=\"\(c(x1))\" y1=\"\(c(y1))\" x2=\"\(c(x2))\" y2=\"\(c(y2))\" \(attributes)/>"
    }

    /// The dashed outline that stands in for an unknown value.
    static func unknownPlaceholder(x: Double, y: Double, width: Double, height: Double, series: Int) -> String {
        rect(
            x: x, y: y, width: width, height: height,
            attributes: "class=\"gap s\(series)\" fill=\"#ffffff\" stroke=\"\(ChartStyle.muted)\" stroke-width=\"1\" stroke-dasharray=\"2 2\""
        )
    }

    /// A value label with a white backing box, for labels drawn over patterned bars.
    static func haloLabel(_ content: String, x: Double, centerY: Double) -> String {
        let w = ChartFormat.width(content, fontSize: ChartStyle.smallFontSize)
        let box = rect(
            x: x - w / 2 - 2, y: centerY - 7, width: w + 4, height: 14,
            attributes: "fill=\"#ffffff\" fill-opacity=\"0.9\" rx=\"2\""
        )
        return box + text(content, x: x, y: centerY + 4, size: ChartStyle.smallFontSize, className: "value")
    }

    /// The "无数据" note centred at (x, y).
    static func noDataNote(x: Double, y: Double) -> String {
        text(ChartStyle.noDataLabel, x: x, y: y, size: ChartStyle.noteFontSize, fill: ChartStyle.muted, className: "no-data")
    }

    /// The "单位：…" caption at the top left, or "" without a unit.
    static func unitCaption(_ unit: String, y: Double) -> String {
        let trimmed = ChartFormat.trimmed(unit)
        guard !trimmed.isEmpty else { return "" }
        return text("单位：" + trimmed, x: 4, y: y, anchor: "start", fill: ChartStyle.muted, className: "unit")
    }
}
