import Foundation

/// Small writers of SVG elements with formatted coordinates and escaped text, as UTF-8 bytes
/// (every chart of every township page: building them as Strings through interpolation was
/// most of a township page's time in `perf`).
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
        tooltip: String? = nil, to out: inout HTMLBytes
    ) {
        out += "<text"
        if let className { out += " class=\""; out += className; out += "\"" }
        out += " x=\""; out.coordinate(x); out += "\" y=\""; out.coordinate(y); out += "\""
        if anchor != "start" { out += " text-anchor=\""; out += anchor; out += "\"" }
        if let size { out += " font-size=\""; out.coordinate(size); out += "\"" }
        if let fill { out += " fill=\""; out += fill; out += "\"" }
        if bold { out += " font-weight=\"bold\"" }
        switch rotation {
        case .none: break
        case .up: out += " transform=\"rotate(-90 "; out.coordinate(x); out += " "; out.coordinate(y); out += ")\""
        case .slant: out += " transform=\"rotate(-45 "; out.coordinate(x); out += " "; out.coordinate(y); out += ")\""
        }
        out += ">"
        if let tooltip { out += "<title>"; out.escaped(tooltip); out += "</title>" }
        out.escaped(content)
        out += "</text>"
    }

    /// A `<rect>`; negative sizes are drawn as 0. `attributes` writes raw, already-safe markup
    /// (without a leading blank).
    static func rect(x: Double, y: Double, width: Double, height: Double, to out: inout HTMLBytes, attributes: (inout HTMLBytes) -> Void) {
        out += "<rect "
        attributes(&out)
        out += " x=\""; out.coordinate(x); out += "\" y=\""; out.coordinate(y)
        out += "\" width=\""; out.coordinate(max(width, 0)); out += "\" height=\""; out.coordinate(max(height, 0)); out += "\"/>"
    }

    /// A `<line>`. `attributes` writes raw, already-safe markup (without a leading blank).
    static func line(x1: Double, y1: Double, x2: Double, y2: Double, to out: inout HTMLBytes, attributes: (inout HTMLBytes) -> Void) {
        out += "<line x1=\""; out.coordinate(x1); out += "\" y1=\""; out.coordinate(y1)
        out += "\" x2=\""; out.coordinate(x2); out += "\" y2=\""; out.coordinate(y2); out += "\" "
        attributes(&out)
        out += "/>"
    }

    /// The dashed outline that stands in for an unknown value.
    static func unknownPlaceholder(x: Double, y: Double, width: Double, height: Double, series: Int, to out: inout HTMLBytes) {
        rect(x: x, y: y, width: width, height: height, to: &out) {
            $0 += "class=\"gap s"; $0.digits(series)
            $0 += "\" fill=\"#ffffff\" stroke=\""; $0 += ChartStyle.muted; $0 += "\" stroke-width=\"1\" stroke-dasharray=\"2 2\""
        }
    }

    /// A value label with a white backing box, for labels drawn over patterned bars.
    static func haloLabel(_ content: String, x: Double, centerY: Double, to out: inout HTMLBytes) {
        let w = ChartFormat.width(content, fontSize: ChartStyle.smallFontSize)
        rect(x: x - w / 2 - 2, y: centerY - 7, width: w + 4, height: 14, to: &out) { $0 += "fill=\"#ffffff\" fill-opacity=\"0.9\" rx=\"2\"" }
        text(content, x: x, y: centerY + 4, size: ChartStyle.smallFontSize, className: "value", to: &out)
    }

    /// The "无数据" note centred at (x, y).
    static func noDataNote(x: Double, y: Double, to out: inout HTMLBytes) {
        text(ChartStyle.noDataLabel, x: x, y: y, size: ChartStyle.noteFontSize, fill: ChartStyle.muted, className: "no-data", to: &out)
    }

    /// The "单位：…" caption at the top left followed by a line break, or nothing without a
    /// unit; whether it was written.
    @discardableResult
    static func unitCaption(_ unit: String, y: Double, to out: inout HTMLBytes) -> Bool {
        let trimmed = ChartFormat.trimmed(unit)
        guard !trimmed.isEmpty else { return false }
        text("单位：" + trimmed, x: 4, y: y, anchor: "start", fill: ChartStyle.muted, className: "unit", to: &out)
        out += "\n"
        return true
    }

    /// The legend (when it has entries) and the unit caption at the top of a chart, from
    /// y = 6 down (they end at 6 + the legend's height, + 20 with a unit).
    static func legendAndUnit(_ legend: ChartLegend, unit: String, chartID: String, to out: inout HTMLBytes) {
        var y = 6.0
        if legend.height > 0 {
            out += "<g transform=\"translate(0 "; out.coordinate(y); out += ")\">"; legend.write(chartID: chartID, to: &out); out += "</g>\n"
            y += legend.height
        }
        unitCaption(unit, y: y + 12, to: &out)
    }
}

extension HTMLBytes {
    /// A coordinate with at most one decimal place ("168", "151.2", "-3.5"); never "-0"; "0" for
    /// a value that is not finite or too large (`ChartBytesTests` compares it with the String
    /// formula the charts used before).
    mutating func coordinate(_ value: Double) {
        guard value.isFinite else { return bytes.append(UInt8(ascii: "0")) }
        let tenths = (value * 10).rounded()
        guard tenths.magnitude < 1e15 else { return bytes.append(UInt8(ascii: "0")) }
        let scaled = Int64(tenths)
        if scaled == 0 { return bytes.append(UInt8(ascii: "0")) }
        if scaled < 0 { bytes.append(UInt8(ascii: "-")) }
        bytes.appendDigits(scaled.magnitude / 10)
        let fraction = scaled.magnitude % 10
        if fraction != 0 {
            bytes.append(UInt8(ascii: "."))
            bytes.append(UInt8(ascii: "0") + UInt8(fraction))
        }
    }

    /// `ChartFormat.number(value)` written as bytes: a whole number's digits without a String.
    mutating func chartNumber(_ value: Decimal) {
        guard let whole = value.smallWholeValue else { return append(ChartFormat.number(value)) }
        if whole < 0 { bytes.append(UInt8(ascii: "-")) }
        bytes.appendDigits(whole.magnitude)
    }

    /// A non-negative count's digits (a series index).
    mutating func digits(_ value: Int) {
        guard value >= 0 else { return number(value) }
        bytes.appendDigits(UInt64(value))
    }
}
