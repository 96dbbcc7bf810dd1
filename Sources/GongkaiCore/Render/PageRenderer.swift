import Mustache

/// Renders view models with a theme's Mustache templates.
public struct PageRenderer: Sendable {
    private let library: MustacheLibrary
    /// The pages' templates whose whole page `DefaultFragments` writes: the template's `$main`
    /// block is one fragment (`wholeMains`) and the shell around it is the default's.
    private let wholePages: Set<String>

    /// Parses every template of a theme; a broken template is an error at its file and line.
    ///
    /// Each template is parsed with a first line `{{% CONTENT_TYPE: GONGKAI_HTML}}` (a standalone
    /// pragma line, which Mustache removes, so the output is unchanged) that selects
    /// `FastHTMLEscape` for its `{{variables}}`; error lines are given in the theme's own numbering.
    ///
    /// `fragments`: the shell and the check partial, where the theme keeps them as the default
    /// theme has them, are written by `DefaultFragments` in Swift (the same bytes); false renders
    /// every tag of every template (what `TemplateKeyTests` records the keys through).
    public init(theme: ThemeFiles, fragments: Bool = true) throws(Diagnostic) {
        _ = FastHTMLEscape.register
        var library = MustacheLibrary()
        let replacements = fragments ? DefaultFragments.replacements(for: theme.templates.mapValues(\.text)) : [:]
        for name in theme.templates.keys.sorted() {
            guard let (text, path) = theme.templates[name] else { continue }
            do {
                // A replaced template is the default's text (its hash says so), so only its
                // replacement is parsed; any other is parsed as the theme wrote it.
                library.register(try MustacheTemplate(string: FastHTMLEscape.pragma + (replacements[name] ?? text)), named: name)
            } catch let error as MustacheTemplate.ParserError {
                throw Diagnostic(.error, "theme.template", file: path, line: max(1, error.context.lineNumber - 1),
                                 "模板无法解析（\(error.error)），位置：“\(error.context.line.trimmingBlanks())”")
            } catch {
                throw Diagnostic(.error, "theme.template", file: path, line: nil, "模板无法解析（\(error)）")
            }
        }
        self.library = library
        let mainTag = "{{{.\(DefaultFragments.mainKey)}}}"
        wholePages = replacements[DefaultFragments.shell] == nil ? []
            : Set(DefaultFragments.wholeMains.keys.filter { replacements[$0]?.contains(mainTag) == true })
    }

    /// Whether a page of `template` whose view model is a `WholePage` is written by the Swift
    /// whole, the same bytes as `render` gives.
    func writesWhole(_ template: String) -> Bool { wholePages.contains(template) }

    /// A page as UTF-8: written whole where the default theme's templates are in use
    /// (`WholePage`), else rendered by Mustache.
    func page(_ view: Any, template: String) throws(Diagnostic) -> [UInt8] {
        if writesWhole(template), let view = view as? any WholePage { return view.pageBytes }
        return Array(try render(view, template: template).utf8)
    }

    /// The page of a view model rendered with a template.
    func render(_ view: Any, template: String) throws(Diagnostic) -> String {
        guard let html = library.render(view, withTemplate: template) else {
            throw Diagnostic(.error, "theme.missing-template", line: nil, "主题缺少模板“\(template).mustache”")
        }
        return html
    }
}

/// swift-mustache's HTML escaping with the same output, without its cost: the library looks up
/// every Character of every `{{variable}}` in a dictionary (7.6 % of a 10,000-report build in
/// `perf`), while nearly all of Gongkai's text (Chinese, numbers, paths) holds none of the five
/// characters it replaces. Text without any of their bytes is returned as it is; other text is
/// escaped Character by Character exactly as the library does (so a `<` that a combining mark
/// joins into another Character stays as the library leaves it).
struct FastHTMLEscape: MustacheContentType {
    /// The content type's name in the templates' pragma.
    static let name = "GONGKAI_HTML"
    /// The line put before every template.
    static let pragma = "{{% CONTENT_TYPE: \(name)}}\n"
    /// Registers the content type with swift-mustache, once per process.
    static let register: Void = MustacheContentTypes.register(FastHTMLEscape(), named: name)

    func escapeText(_ text: String) -> String { Self.escape(text) }

    /// `text` escaped as `{{variable}}` escapes it.
    static func escape(_ text: String) -> String {
        guard needsEscaping(text) else { return text }
        var escaped = ""
        escaped.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "&": escaped += "&amp;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// Whether `text` has any byte of the five characters, read from its contiguous UTF-8 (a
    /// native String's) in a plain loop rather than through the UTF-8 view's iterator.
    static func needsEscaping(_ text: String) -> Bool {
        var text = text
        return text.withUTF8(needsEscaping)
    }

    /// Whether UTF-8 text has any byte of the five characters.
    static func needsEscaping(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes where byte == 0x3C || byte == 0x3E || byte == 0x26 || byte == 0x22 || byte == 0x27 { return true }
        return false
    }
}
