import Mustache

// Direct key lookup for the templates, so rendering needs no reflection (Mirror made
// rendering ten times slower). One case per stored property of each view model.

extension CountyPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "shell": self.shell
        case "name": self.name
        case "townshipCount": self.townshipCount
        case "coverage": self.coverage
        case DefaultFragments.mainKey: self.fragmentMain
        default: nil
        }
    }
}
