import Mustache

// Direct key lookup for the templates, so rendering needs no reflection (Mirror made
// rendering ten times slower). One case per stored property of each view model.

extension CoverageMatrix: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "years": self.years
        case "rows": self.rows
        default: nil
        }
    }
}

extension CoverageMatrix.Row: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "township": self.township
        case "county": self.county
        case "cells": self.cells
        default: nil
        }
    }
}

extension CoverageMatrix.Entry: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "href": self.href
        case "text": self.text
        case "name": self.name
        case "present": self.present
        default: nil
        }
    }
}
