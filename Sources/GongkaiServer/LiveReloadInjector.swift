import GongkaiCore

/// Adds the live-reload script, and the build's problems when there are any, to HTML responses.
/// Only responses change: the files in the site folder stay as built.
enum LiveReloadInjector {
    /// The path the script polls.
    static let statusPath = "/__gongkai/status"

    /// The HTML with the script before `</body>` and the problems after `<body…>`.
    static func inject(into html: String, generation: Int, problems: [String]) -> String {
        var page = html
        if !problems.isEmpty, let body = page.range(of: "<body") , let end = page[body.upperBound...].firstIndex(of: ">") {
            page.insert(contentsOf: banner(problems), at: page.index(after: end))
        }
        let tag = script(generation: generation)
        if let close = page.range(of: "</body>", options: .backwards) {
            page.insert(contentsOf: tag, at: close.lowerBound)
        } else {
            page += tag
        }
        return page
    }

    /// The problem banner, every line escaped.
    static func banner(_ problems: [String]) -> String {
        let items = problems.map { "<li>\(HTMLText.escape($0))</li>" }.joined()
        return "<div id=\"gongkai-problems\" role=\"alert\" style=\"background:#b00020;color:#fff;padding:1rem;font:14px/1.5 monospace;white-space:pre-wrap\"><strong>构建出错（修正文件后自动重新生成）</strong><ul>\(items)</ul></div>"
    }

    /// The polling script: reloads the page when the generation changes.
    static func script(generation: Int) -> String {
        """
        <script>(function(){var g=\(generation);function p(){fetch("\(statusPath)",{cache:"no-store"}).then(function(r){return r.json()}).then(function(s){if(s.generation!==g){location.reload()}else{setTimeout(p,400)}}).catch(function(){setTimeout(p,1000)})}setTimeout(p,400)})();</script>
        """
    }
}
