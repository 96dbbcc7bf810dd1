import Foundation
import CCmarkGFM

/// Renders report narrative (markdown) to HTML with cmark-gfm and its table extension.
///
/// Raw HTML in a report is never emitted: cmark-gfm's safe default replaces it with a comment.
public enum MarkdownRenderer {
    /// Registers the core extensions once per process, as cmark-gfm requires.
    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    /// Held while cmark-gfm parses. cmark-gfm 0.29 (Debian bookworm's) keeps the inline parser's
    /// special characters in one process-wide table: each parse adds its extensions' characters
    /// (`:`, `w`, `@` for autolink, `~`, `|`) when it starts parsing inlines and removes them when it
    /// ends, so a parse on another core could lose them halfway and leave a bare URL unlinked or a
    /// table row unsplit: the same report rendered differently from build to build. Parsing
    /// narratives is well under 1 % of a build, so parses simply take turns; rendering the parsed
    /// document touches no shared table and runs outside the lock.
    private static let parsing = NSLock()

    /// The HTML of a markdown text.
    public static func html(_ markdown: String) -> String {
        _ = registered
        guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else { return "" }
        defer { cmark_parser_free(parser) }
        let parsed = parsing.withLock { () -> OpaquePointer? in
            for name in ["table", "strikethrough", "autolink"] {
                if let extensionPointer = cmark_find_syntax_extension(name) {
                    cmark_parser_attach_syntax_extension(parser, extensionPointer)
                }
            }
            markdown.withCString { pointer in
                cmark_parser_feed(parser, pointer, strlen(pointer))
            }
            return cmark_parser_finish(parser)
        }
        guard let document = parsed else { return "" }
        defer { cmark_node_free(document) }
        guard let html = cmark_render_html(document, CMARK_OPT_DEFAULT, cmark_parser_get_syntax_extensions(parser)) else { return "" }
        defer { free(html) }
        return String(cString: html)
    }
}
