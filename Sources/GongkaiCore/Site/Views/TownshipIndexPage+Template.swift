import Mustache

// Direct key lookup for the templates, so rendering needs no reflection. One case per stored
// property of each view model.

extension TownshipIndexPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "shell": self.shell
        case "letters": self.letters
        case "groups": self.groups
        case "count": self.count
        default: nil
        }
    }
}

extension TownshipIndexPage.Group: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "letter": self.letter
        case "id": self.id
        case "townships": self.townships
        default: nil
        }
    }
}

extension TownshipIndexPage.Entry: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "township": self.township
        case "county": self.county
        case "reports": self.reports
        default: nil
        }
    }
}

extension SearchPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "shell": self.shell
        case "townshipIndex": self.townshipIndex
        case "script": self.script
        case "bundle": self.bundle
        default: nil
        }
    }
}
