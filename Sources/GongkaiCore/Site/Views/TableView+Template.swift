import Mustache

// Direct key lookup for the templates, so rendering needs no reflection (Mirror made
// rendering ten times slower). One case per stored property of each view model.

extension TableView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "caption": self.caption
        case "id": self.id
        case "head": self.head
        case "body": self.body
        default: nil
        }
    }
}

extension TableRowView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "cells": self.cells
        default: nil
        }
    }
}

extension TableCellView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "text": self.text
        case "header": self.header
        case "scope": self.scope
        case "colspan": self.colspan
        case "rowspan": self.rowspan
        case "anchor": self.anchor
        case "classes": self.classes
        case "note": self.note
        default: nil
        }
    }
}
