import Mustache

// Direct key lookup for the templates, so rendering needs no reflection (Mirror made
// rendering ten times slower). One case per stored property of each view model.

extension HomePage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "shell": self.shell
        case "townshipCount": self.townshipCount
        case "countyCount": self.countyCount
        case "yearCount": self.yearCount
        case "reportCount": self.reportCount
        case "newest": self.newest
        case "years": self.years
        case "counties": self.counties
        case "hasCounties": self.hasCounties
        case "coverage": self.coverage
        case "headline": self.headline
        case "overview": self.overview
        case "data": self.data
        case "quality": self.quality
        case "problemCount": self.problemCount
        default: nil
        }
    }
}
