import Mustache

// Direct key lookup for the templates, so rendering needs no reflection (Mirror made
// rendering ten times slower). One case per stored property of each view model.

extension YearPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "shell": self.shell
        case "year": self.year
        case "reportCount": self.reportCount
        case "groups": self.groups
        case "pagination": self.pagination
        case "charts": self.charts
        case "hasCharts": self.hasCharts
        case "comparison": self.comparison
        case "figureLabels": self.figureLabels
        default: nil
        }
    }
}

extension YearPage.Group: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "county": self.county
        case "href": self.href
        case "rows": self.rows
        default: nil
        }
    }
}

extension YearPage.Row: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "township": self.township
        case "report": self.report
        case "values": self.values
        case "checks": self.checks
        case "hasFailures": self.hasFailures
        default: nil
        }
    }
}

extension YearPage.ValueView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "text": self.text
        case "unknown": self.unknown
        case "id": self.id
        default: nil
        }
    }
}
