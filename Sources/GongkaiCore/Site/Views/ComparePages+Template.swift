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
        case "ranking": self.ranking
        case DefaultFragments.mainKey: self.fragmentMain
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
        case DefaultFragments.mainKey: self.fragmentMain
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
        case "rankings": self.rankings
        case "townships": self.townships
        case "hasTownships": self.hasTownships
        case "townshipCount": self.townshipCount
        case "pairs": self.pairs
        case "hasPairs": self.hasPairs
        case "script": self.script
        case "dataRoot": self.dataRoot
        case "index": self.index
        case "defaultA": self.defaultA
        case "defaultB": self.defaultB
        case "defaultLabelA": self.defaultLabelA
        case "defaultLabelB": self.defaultLabelB
        case "figures": self.figures
        default: nil
        }
    }
}
