import Foundation

/// Fixed look shared by all charts: sizes, fonts, the Okabe–Ito palette, fill patterns and line styles.
enum ChartStyle {
    /// Width of every chart's viewBox; the SVG scales to its container with `width="100%"`.
    static let width = 320.0
    /// Height of the value axis of the vertical charts.
    static let plotHeight = 180.0
    /// System font stack with common CJK fonts.
    static let fontFamily = "system-ui, 'PingFang SC', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', sans-serif"
    /// Category labels, legend and unit.
    static let fontSize = 12.0
    /// Value labels and tick labels (the smallest text; at least 11 at a 320-wide viewBox).
    static let smallFontSize = 11.0
    /// The "无数据" note.
    static let noteFontSize = 14.0
    /// Text, axes and outlines.
    static let ink = "#222222"
    /// Secondary text and unknown-value outlines.
    static let muted = "#555555"
    /// Grid lines.
    static let grid = "#d9d9d9"
    /// Label of an unknown value.
    static let unknownLabel = "未知"
    /// Note of a chart without any known value.
    static let noDataLabel = "无数据"
    /// Okabe–Ito colours, darkest first; the first series is solid, the others add a pattern.
    static let palette = ["#0072B2", "#E69F00", "#56B4E9", "#009E73", "#D55E00", "#CC79A7"]
    /// Dash patterns of lines, one per series (the first solid).
    static let dashes = ["", "6 3", "2 2", "8 3 2 3", "4 4", "1 3"]
    /// Colour of pattern marks drawn over the series colour.
    private static let markInk = "#1a1a1a"

    /// Colour of series `index`.
    static func color(_ index: Int) -> String { palette[index % palette.count] }

    /// Id of the fill pattern of series `index` in chart `chartID`.
    static func patternID(_ chartID: String, _ index: Int) -> String { "\(chartID)-p\(index)" }

    /// `fill` attribute value of series `index`.
    static func fill(_ chartID: String, _ index: Int) -> String { "url(#\(patternID(chartID, index)))" }

    /// Writes `fill(chartID, index)`.
    static func writeFill(_ chartID: String, _ index: Int, to out: inout HTMLBytes) {
        out += "url(#"; out += chartID; out += "-p"; out.digits(index); out += ")"
    }

    /// `<defs>` with one pattern per series: solid, diagonal hatch, dots, cross-hatch, horizontal, vertical lines.
    static func patternDefs(_ chartID: String, count: Int, to out: inout HTMLBytes) {
        guard count > 0 else { return }
        out += "<defs>"
        for index in 0..<count {
            let (size, marks): (Int, String)
            switch index % 6 {
            case 0: (size, marks) = (8, "")
            case 1: (size, marks) = (8, "<path d=\"M-2,2 L2,-2 M0,8 L8,0 M6,10 L10,6\" stroke=\"\(markInk)\" stroke-width=\"1.4\"/>")
            case 2: (size, marks) = (6, "<circle cx=\"3\" cy=\"3\" r=\"1.4\" fill=\"\(markInk)\"/>")
            case 3: (size, marks) = (8, "<path d=\"M0,0 L8,8 M8,0 L0,8\" stroke=\"\(markInk)\" stroke-width=\"1\"/>")
            case 4: (size, marks) = (5, "<path d=\"M0,2.5 H5\" stroke=\"\(markInk)\" stroke-width=\"1.2\"/>")
            default: (size, marks) = (5, "<path d=\"M2.5,0 V5\" stroke=\"\(markInk)\" stroke-width=\"1.2\"/>")
            }
            out += "<pattern id=\""; out += chartID; out += "-p"; out.digits(index); out += "\" patternUnits=\"userSpaceOnUse\" width=\""
            out.digits(size); out += "\" height=\""; out.digits(size); out += "\">"
            out += "<rect width=\""; out.digits(size); out += "\" height=\""; out.digits(size); out += "\" fill=\""; out += color(index); out += "\"/>"
            out += marks; out += "</pattern>"
        }
        out += "</defs>\n"
    }

    /// A line-chart point marker of series `index` centred at (x, y): circle, square, triangle, diamond, …
    static func marker(_ index: Int, x: Double, y: Double, radius r: Double = 3.5, className: String = "point", to out: inout HTMLBytes) {
        switch index % 4 {
        case 0:
            out += "<circle "; markerClass(index, className, to: &out)
            out += " cx=\""; out.coordinate(x); out += "\" cy=\""; out.coordinate(y); out += "\" r=\""; out.coordinate(r); out += "\" "
        case 1:
            out += "<rect "; markerClass(index, className, to: &out)
            out += " x=\""; out.coordinate(x - r); out += "\" y=\""; out.coordinate(y - r)
            out += "\" width=\""; out.coordinate(2 * r); out += "\" height=\""; out.coordinate(2 * r); out += "\" "
        case 2:
            out += "<path "; markerClass(index, className, to: &out)
            out += " d=\"M"; out.coordinate(x); out += ","; out.coordinate(y - r - 0.8)
            out += " L"; out.coordinate(x + r + 0.5); out += ","; out.coordinate(y + r * 0.8)
            out += " L"; out.coordinate(x - r - 0.5); out += ","; out.coordinate(y + r * 0.8); out += " Z\" "
        default:
            let e = r + 0.8
            out += "<path "; markerClass(index, className, to: &out)
            out += " d=\"M"; out.coordinate(x); out += ","; out.coordinate(y - e)
            out += " L"; out.coordinate(x + e); out += ","; out.coordinate(y)
            out += " L"; out.coordinate(x); out += ","; out.coordinate(y + e)
            out += " L"; out.coordinate(x - e); out += ","; out.coordinate(y); out += " Z\" "
        }
        out += "fill=\""; out += color(index); out += "\" stroke=\""; out += ink; out += "\" stroke-width=\"1\"/>"
    }

    /// A marker's `class` attribute.
    private static func markerClass(_ index: Int, _ className: String, to out: inout HTMLBytes) {
        out += "class=\""; out += className; out += " s"; out.digits(index); out += "\""
    }

    /// Writes the `stroke-dasharray` attribute (with a leading space) of series `index`, or
    /// nothing for a solid line.
    static func dashAttribute(_ index: Int, to out: inout HTMLBytes) {
        let dash = dashes[index % dashes.count]
        guard !dash.isEmpty else { return }
        out += " stroke-dasharray=\""; out += dash; out += "\""
    }
}
