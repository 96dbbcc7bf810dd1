import Mustache

// Direct key lookup for the templates, so rendering needs no reflection (Mirror made
// rendering ten times slower). One case per stored property of each view model.

extension ReportPage.Original: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "href": self.href
        case "format": self.format
        case "size": self.size
        default: nil
        }
    }
}

extension ReportPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "shell": self.shell
        case "heading": self.heading
        case "organ": self.organ
        case "township": self.township
        case "county": self.county
        case "year": self.year
        case "format": self.format
        case "published": self.published
        case "source": self.source
        case "officialPage": self.officialPage
        case "sha256": sha256
        case "original": self.original
        case "previous": self.previous
        case "next": self.next
        case "json": self.json
        case "csv": self.csv
        case "preamble": self.preamble
        case "sections": self.sections
        case "checks": self.checks
        case "failedChecks": self.failedChecks
        case "unknownChecks": self.unknownChecks
        case "passedChecks": self.passedChecks
        case "failedCount": self.failedCount
        case "unknownCount": self.unknownCount
        case "passedCount": self.passedCount
        case "allPassed": self.allPassed
        case "hasFailures": self.hasFailures
        case "hasUnknown": self.hasUnknown
        case "checkSummary": self.checkSummary
        case "keyFigures": self.keyFigures
        case "contents": self.contents
        case "diagnostics": self.diagnostics
        case "hasDiagnostics": self.hasDiagnostics
        case "diagnosticCount": self.diagnosticCount
        case DefaultFragments.contentsKey: self.fragmentContents
        case DefaultFragments.sectionsKey: self.fragmentSections
        case DefaultFragments.mainKey: self.fragmentMain
        default: nil
        }
    }
}

extension ReportPage.SectionView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": self.id
        case "heading": self.heading
        case "missing": self.missing
        case "html": self.html
        case "table": self.table
        case "tableMissing": self.tableMissing
        default: nil
        }
    }
}
