import Mustache

// Direct key lookup for the templates, so rendering needs no reflection (Mirror made
// rendering ten times slower). One case per stored property of each view model.

extension PageShell: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "siteName": self.siteName
        case "root": self.root
        case "nav": self.nav
        case "breadcrumbs": self.breadcrumbs
        case "hasBreadcrumbs": self.hasBreadcrumbs
        case "description": self.description
        case "organization": self.organization
        case "contact": self.contact
        case "siteCode": self.siteCode
        case "icp": self.icp
        case "policeFiling": self.policeFiling
        case "icpURL": self.icpURL
        case "policeFilingURL": self.policeFilingURL
        case "hasFiling": self.hasFiling
        case DefaultFragments.headKey: self.fragmentHead
        case DefaultFragments.footKey: self.fragmentFoot
        default: nil
        }
    }
}

extension Link: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "text": self.text
        case "href": self.href
        case "current": self.current
        default: nil
        }
    }
}

