import Mustache

// Direct key lookup for the templates, so rendering needs no reflection (Mirror made
// rendering ten times slower). One case per stored property of each view model.

extension CheckView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": self.id
        case "name": self.name
        case "status": self.status
        case "statusClass": self.statusClass
        case "message": self.message
        case "plain": self.plain
        case "hasPlain": self.hasPlain
        case "failed": self.failed
        case "cells": self.cells
        case "hasCells": self.hasCells
        case "comparison": self.comparison
        case DefaultFragments.checkKey: self.fragment
        case DefaultFragments.isCheckKey: true
        default: nil
        }
    }
}

extension DiagnosticView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "severity": self.severity
        case "severityClass": self.severityClass
        case "code": self.code
        case "line": self.line
        case "message": self.message
        default: nil
        }
    }
}
