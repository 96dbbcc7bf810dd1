import Mustache

// Direct key lookup for the templates, so rendering needs no reflection (Mirror made
// rendering ten times slower). One case per stored property of each view model.

extension FigureView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "svg": self.svgText
        case "empty": self.empty
        case "table": self.table
        default: nil
        }
    }
}
