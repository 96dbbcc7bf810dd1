import Mustache

// Direct key lookup for the templates, so rendering needs no reflection (Mirror made
// rendering ten times slower). One case per stored property of each view model.

extension TableView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "html": self.html
        case "caption": self.caption
        case "id": self.id
        case "head": self.head
        case "body": self.body
        default: nil
        }
    }
}


