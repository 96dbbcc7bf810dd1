import Mustache

// Direct key lookup for the templates, so rendering needs no reflection (Mirror made
// rendering ten times slower). One case per stored property of each view model.

extension TownshipPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "shell": self.shell
        case "name": self.name
        case "county": self.county
        case "reports": self.reports
        case "figures": self.figures
        case "charts": self.charts
        case "changes": self.changes
        case DefaultFragments.mainKey: self.fragmentMain
        default: nil
        }
    }
}

extension TownshipPage.ReportLink: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "year": self.year
        case "href": self.href
        case "format": self.format
        case "failed": self.failed
        case "checkSummary": self.checkSummary
        case "hasFailures": self.hasFailures
        default: nil
        }
    }
}

