import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads back the SVG that the charts emit: elements with their attributes, text contents and well-formedness.
enum SVGProbe {
    /// One element's name, attributes (entities left as written) and, for `<text>`, its escaped text.
    struct Element {
        var name: String
        var attributes: [String: String]
        var text: String
        var classes: [String] { (attributes["class"] ?? "").split(separator: " ").map(String.init) }
        func number(_ key: String) -> Double? { attributes[key].flatMap(Double.init) }
    }

    /// Every `<name …>` element in document order.
    static func elements(_ svg: String, _ name: String) -> [Element] {
        var found: [Element] = []
        var rest = svg[...]
        while let open = rest.range(of: "<\(name) ") ?? rest.range(of: "<\(name)>") {
            let after = rest[open.upperBound...]
            guard let close = after.firstIndex(of: ">") else { break }
            var attributes: [String: String] = [:]
            var scan = after[..<close]
            while let eq = scan.range(of: "=\"") {
                let key = scan[..<eq.lowerBound].split(separator: " ").last.map(String.init) ?? ""
                let valueStart = eq.upperBound
                guard let end = scan[valueStart...].firstIndex(of: "\"") else { break }
                attributes[key] = String(scan[valueStart..<end])
                scan = scan[scan.index(after: end)...]
            }
            var text = ""
            let body = after[after.index(after: close)...]
            if after[..<close].last != "/", let end = body.range(of: "</\(name)>") {
                text = String(body[..<end.lowerBound])
                if let title = text.range(of: "</title>") { text = String(text[title.upperBound...]) }
            }
            found.append(Element(name: name, attributes: attributes, text: text))
            rest = after[close...]
        }
        return found
    }

    /// Elements `name` that have class `className`.
    static func elements(_ svg: String, _ name: String, class className: String) -> [Element] {
        elements(svg, name).filter { $0.classes.contains(className) }
    }

    /// Texts of the value labels, in document order.
    static func valueLabels(_ svg: String) -> [String] {
        elements(svg, "text", class: "value").map(\.text)
    }

    /// Every id attribute value.
    static func ids(_ svg: String) -> [String] {
        var ids: [String] = []
        var rest = svg[...]
        while let r = rest.range(of: " id=\"") {
            let end = rest[r.upperBound...].firstIndex(of: "\"")!
            ids.append(String(rest[r.upperBound..<end]))
            rest = rest[end...]
        }
        return ids
    }

    /// The content of the root's `<desc>`.
    static func desc(_ svg: String) -> String { elements(svg, "desc").first?.text ?? "" }

    /// Whether `svg` parses as well-formed XML (some XMLParser versions report an error yet return true).
    static func isWellFormed(_ svg: String) -> Bool {
        let parser = XMLParser(data: Data(svg.utf8))
        let errors = ErrorRecorder()
        parser.delegate = errors
        let parsed = parser.parse()
        return parsed && !errors.failed && parser.parserError == nil
    }

    /// Notes whether the parser reported an error.
    private final class ErrorRecorder: NSObject, XMLParserDelegate {
        var failed = false
        func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) { failed = true }
    }
}
