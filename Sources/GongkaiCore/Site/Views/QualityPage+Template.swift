import Mustache

// Direct key lookup for the templates, so rendering needs no reflection (Mirror made
// rendering ten times slower). One case per stored property of each view model.

extension QualityPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "shell": self.shell
        case "entries": self.entries
        case "hasEntries": self.hasEntries
        case "severities": self.severities
        case "hasSeverities": self.hasSeverities
        case "skipped": self.skipped
        case "hasSkipped": self.hasSkipped
        case DefaultFragments.mainKey: self.fragmentMain
        default: nil
        }
    }
}

extension QualityPage.Entry: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "href": self.href
        case "source": self.source
        case "checks": self.checks
        case "diagnostics": self.diagnostics
        default: nil
        }
    }
}

extension QualityPage.SeverityGroup: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": self.label
        case "severityClass": self.severityClass
        case "count": self.count
        case "kinds": self.kinds
        default: nil
        }
    }
}

extension QualityPage.Kind: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "code": self.code
        case "name": self.name
        case "explanation": self.explanation
        case "hasExplanation": self.hasExplanation
        case "howToFix": self.howToFix
        case "count": self.count
        case "reports": self.reports
        default: nil
        }
    }
}

extension QualityPage.SkippedFile: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "path": self.path
        case "message": self.message
        default: nil
        }
    }
}

extension NotFoundPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "shell": self.shell
        default: nil
        }
    }
}
