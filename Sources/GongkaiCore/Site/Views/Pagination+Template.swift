import Mustache

// Direct key lookup for the templates, so rendering needs no reflection (Mirror made
// rendering ten times slower). One case per stored property of each view model.

extension Pagination: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "pages": self.pages
        case "hasPages": self.hasPages
        case "previous": self.previous
        case "next": self.next
        default: nil
        }
    }
}
