import Mustache

// Direct key lookup for the templates, so rendering needs no reflection (Mirror made
// rendering ten times slower). One case per stored property of each view model.

extension YearComparisonPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "shell": self.shell
        case "year": self.year
        case "table": self.table
        case "pagination": self.pagination
        default: nil
        }
    }
}

extension TownshipChangesPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "shell": self.shell
        case "name": self.name
        case "township": self.township
        case "table": self.table
        case "formatNote": self.formatNote
        default: nil
        }
    }
}

extension PairPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "shell": self.shell
        case "left": self.left
        case "right": self.right
        case "table": self.table
        default: nil
        }
    }
}

extension CompareIndexPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "shell": self.shell
        case "years": self.years
        case "townships": self.townships
        case "pairs": self.pairs
        case "hasPairs": self.hasPairs
        case "options": self.options
        case "script": self.script
        case "dataRoot": self.dataRoot
        default: nil
        }
    }
}

extension CompareIndexPage.Option: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": self.id
        case "label": self.label
        case "json": self.json
        case "page": self.page
        default: nil
        }
    }
}
