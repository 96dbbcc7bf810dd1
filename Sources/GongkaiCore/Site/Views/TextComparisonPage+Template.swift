import Mustache

// Direct key lookup for the templates, so rendering needs no reflection (Mirror made
// rendering ten times slower). One case per stored property of each view model.

extension TextComparisonPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "shell": self.shell
        case "title": self.title
        case "left": self.left
        case "right": self.right
        case "checks": self.checks
        case DefaultFragments.mainKey: self.fragmentMain
        default: nil
        }
    }
}

extension TextComparisonPage.Side: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "link": self.link
        case "source": self.source
        case "percent": self.percent
        case "sections": self.sections
        default: nil
        }
    }
}

extension TextComparisonPage.SectionText: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "heading": self.heading
        case "html": self.html
        default: nil
        }
    }
}
