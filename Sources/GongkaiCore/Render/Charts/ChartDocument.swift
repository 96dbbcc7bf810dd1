import Foundation

/// The root `<svg>` of a chart: accessible name and description, scaling, fonts, pattern defs and body.
struct ChartDocument: Sendable {
    /// Unique, deterministic id ("chart-…"); the title, desc and patterns derive their ids from it.
    var id: String
    /// Short kind used in the class attribute ("bar", "hbar", "stacked", "line").
    var kind: String
    /// Accessible title (unescaped).
    var title: String
    /// Accessible description stating the numbers (unescaped).
    var description: String
    /// Height of the viewBox; the width is always `ChartStyle.width`.
    var height: Double
    /// Number of series patterns to define.
    var patternCount: Int
    /// Already-escaped body markup.
    var body: String

    /// The complete `<svg>` element, valid inline in HTML5 (no XML declaration, all attributes quoted).
    func render() -> String {
        let c = ChartFormat.coordinate
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"\(id)\" class=\"chart chart-\(kind)\""
        out += " role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\""
        out += " viewBox=\"0 0 \(c(ChartStyle.width)) \(c(height.rounded(.up)))\" width=\"100%\""
        out += " font-family=\"\(ChartStyle.fontFamily)\" font-size=\"\(c(ChartStyle.fontSize))\" fill=\"\(ChartStyle.ink)\">\n"
        out += "<title id=\"\(id)-title\">\(HTMLText.escape(title))</title>\n"
        out += "<desc id=\"\(id)-desc\">\(HTMLText.escape(description))</desc>\n"
        out += ChartStyle.patternDefs(id, count: patternCount)
        out += body
        return out + "</svg>"
    }
}
