import Mustache

// Direct key lookup for the templates, so rendering needs no reflection (Mirror made
// rendering ten times slower). One case per stored property of each view model.

extension YearPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "shell": self.shell
        case "year": self.year
        case "reportCount": self.reportCount
        case "ranking": self.ranking
        case "csv": self.csv
        case "pagination": self.pagination
        case "charts": self.charts
        case "hasCharts": self.hasCharts
        case "chartNote": self.chartNote
        case "comparison": self.comparison
        case "script": self.script
        default: nil
        }
    }
}
