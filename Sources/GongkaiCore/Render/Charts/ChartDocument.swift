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

    /// Writes the complete `<svg>` element, valid inline in HTML5 (no XML declaration, all
    /// attributes quoted), around the markup `body` writes (already escaped).
    func write(to out: inout HTMLBytes, body: (inout HTMLBytes) -> Void) {
        out += "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\""; out += id; out += "\" class=\"chart chart-"; out += kind; out += "\""
        out += " role=\"img\" aria-labelledby=\""; out += id; out += "-title "; out += id; out += "-desc\""
        out += " viewBox=\"0 0 "; out.coordinate(ChartStyle.width); out += " "; out.coordinate(height.rounded(.up)); out += "\" width=\"100%\""
        out += " font-family=\""; out += ChartStyle.fontFamily; out += "\" font-size=\""; out.coordinate(ChartStyle.fontSize)
        out += "\" fill=\""; out += ChartStyle.ink; out += "\">\n"
        out += "<title id=\""; out += id; out += "-title\">"; out.escaped(title); out += "</title>\n"
        out += "<desc id=\""; out += id; out += "-desc\">"; out.escaped(description); out += "</desc>\n"
        ChartStyle.patternDefs(id, count: patternCount, to: &out)
        body(&out)
        out += "</svg>"
    }

    /// A chart written by `write` as UTF-8 (`svg` of each kind), about the size of a township
    /// page's chart reserved.
    static func bytes(_ write: (inout HTMLBytes) -> Void) -> [UInt8] {
        var out = HTMLBytes(capacity: 6144)
        write(&out)
        return out.bytes
    }
}
