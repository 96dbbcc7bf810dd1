import CLibXML2

/// An element of an HTML or XML document, copied out of libxml2's tree into plain values so the
/// readers are pure Swift and the C document is freed at once.
struct MarkupElement: Sendable {
    /// The local name, lowercase for HTML (`td`), as written for XML (`tbl`).
    var name: String
    /// The namespace URI for XML (`http://schemas.openxmlformats.org/wordprocessingml/2006/main`), "" for HTML.
    var namespace: String
    /// The attributes by local name (lowercase for HTML).
    var attributes: [String: String]
    /// The children in document order.
    var children: [MarkupNode]

    /// The first child element with a local name.
    func child(_ name: String) -> MarkupElement? {
        for case .element(let element) in children where element.name == name { return element }
        return nil
    }

    /// The child elements with a local name.
    func children(_ name: String) -> [MarkupElement] {
        children.compactMap { if case .element(let element) = $0, element.name == name { element } else { nil } }
    }

    /// The child elements.
    var elements: [MarkupElement] {
        children.compactMap { if case .element(let element) = $0 { element } else { nil } }
    }
}

/// A node: an element or a run of text (entities already decoded by libxml2).
enum MarkupNode: Sendable {
    case element(MarkupElement)
    case text(String)
}

/// libxml2's HTML and XML parsers, configured never to touch the network, never to print, and
/// never to expand entities from a DTD (an XML file cannot make the reader build a billion laughs).
enum LibXML {
    /// Elements nested deeper than this are flattened into their ancestor at this depth (their
    /// text kept, their structure lost): no report nests this deep, and the bound keeps the
    /// readers' recursion within a thread's stack on any file.
    static let maximumDepth = 200

    private static let initialised: Bool = {
        xmlInitParser()
        return true
    }()

    /// The root element of an HTML document given as UTF-8, or nil when it has none. The
    /// document's own charset declaration is ignored: the bytes were decoded already.
    static func html(utf8 bytes: [UInt8]) -> MarkupElement? {
        _ = initialised
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue | HTML_PARSE_NOBLANKS.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    htmlReadMemory($0, Int32(buffer.count), nil, "UTF-8", options)
                }
            }
        }
        return tree(of: document, lowercase: true)
    }

    /// The root element of an XML document, or nil when it is not well-formed XML.
    static func xml(_ bytes: [UInt8]) -> MarkupElement? {
        _ = initialised
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    xmlReadMemory($0, Int32(buffer.count), nil, nil, options)
                }
            }
        }
        return tree(of: document, lowercase: false)
    }

    private static func tree(of document: xmlDocPtr?, lowercase: Bool) -> MarkupElement? {
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { return nil }
        return element(root, depth: 0, lowercase: lowercase)
    }

    private static func element(_ node: xmlNodePtr, depth: Int, lowercase: Bool) -> MarkupElement {
        var name = node.pointee.name.map { String(cString: $0) } ?? ""
        if lowercase { name = name.lowercased() }
        let namespace = node.pointee.ns?.pointee.href.map { String(cString: $0) } ?? ""
        var attributes: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            if let attributeName = current.pointee.name {
                var value = ""
                var child = current.pointee.children
                while let text = child {
                    if let content = text.pointee.content { value += String(cString: content) }
                    child = text.pointee.next
                }
                let key = String(cString: attributeName)
                attributes[lowercase ? key.lowercased() : key] = value
            }
            attribute = current.pointee.next
        }
        var children: [MarkupNode] = []
        appendChildren(of: node, to: &children, depth: depth, lowercase: lowercase)
        return MarkupElement(name: name, namespace: namespace, attributes: attributes, children: children)
    }

    private static func appendChildren(of node: xmlNodePtr, to children: inout [MarkupNode], depth: Int, lowercase: Bool) {
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                if depth < maximumDepth {
                    children.append(.element(element(current, depth: depth + 1, lowercase: lowercase)))
                } else {
                    appendFlattened(current, to: &children)
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { children.append(.text(String(cString: content))) }
            default:
                break  // comments, processing instructions, entity references (never expanded)
            }
            child = current.pointee.next
        }
    }

    /// The text under a node too deep to keep as structure, without recursion.
    private static func appendFlattened(_ node: xmlNodePtr, to children: inout [MarkupNode]) {
        var stack: [xmlNodePtr] = [node]
        var texts: [String] = []
        while let current = stack.popLast() {
            if current.pointee.type == XML_TEXT_NODE, let content = current.pointee.content { texts.append(String(cString: content)) }
            var child = current.pointee.children
            var reversed: [xmlNodePtr] = []
            while let next = child {
                reversed.append(next)
                child = next.pointee.next
            }
            stack += reversed.reversed()
        }
        if !texts.isEmpty { children.append(.text(texts.joined())) }
    }
}
