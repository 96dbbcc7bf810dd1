import Mustache

/// Renders view models with a theme's Mustache templates.
public struct PageRenderer: Sendable {
    private let library: MustacheLibrary

    /// Parses every template of a theme; a broken template is an error at its file and line.
    public init(theme: ThemeFiles) throws(Diagnostic) {
        var library = MustacheLibrary()
        for name in theme.templates.keys.sorted() {
            guard let (text, path) = theme.templates[name] else { continue }
            do {
                library.register(try MustacheTemplate(string: text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                throw Diagnostic(.error, "theme.template", file: path, line: error.context.lineNumber,
                                 "模板无法解析（\(error.error)），位置：“\(error.context.line.trimmingBlanks())”")
            } catch {
                throw Diagnostic(.error, "theme.template", file: path, line: nil, "模板无法解析（\(error)）")
            }
        }
        self.library = library
    }

    /// The page of a view model rendered with a template.
    func render(_ view: Any, template: String) throws(Diagnostic) -> String {
        guard let html = library.render(view, withTemplate: template) else {
            throw Diagnostic(.error, "theme.missing-template", line: nil, "主题缺少模板“\(template).mustache”")
        }
        return html
    }
}
