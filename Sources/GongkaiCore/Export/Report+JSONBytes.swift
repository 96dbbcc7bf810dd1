import Foundation

extension Report {
    /// The published JSON of `json.utf8(indent:)`, byte for byte, written straight from the
    /// report without building the `JSONValue` tree: the tree was some 3,000 boxed nodes a report
    /// (a third of the data step's CPU at 10,000 reports, most of it allocating and freeing them).
    /// `json` stays the schema's definition; `JSONBytesTests` compares the two on every report
    /// of the test corpora and on texts that need escaping.
    ///
    /// `stored`: the sections' text as the build's `NarrativeStore` holds it, for a report whose
    /// text is there (its own sections' narratives then being empty): the markdown is escaped
    /// from those bytes, the report neither copied nor its text made into `String`s.
    func jsonUTF8(indent: Int = 0, stored: NarrativeStore.StoredSections? = nil) -> [UInt8] {
        let writer = JSONBytes(capacity: 32 * 1024)
        writer.object(indent: indent) { object in
            object.member("schema") { $0.string(Report.jsonSchema) }
            object.member("path") { $0.string(path) }
            object.member("sha256") { $0.string(sha256) }
            object.member("encoding") { $0.string(encoding) }
            object.member("organ") { $0.string(metadata.organ) }
            object.member("township") { $0.string(metadata.township) }
            object.member("county") { $0.string(metadata.county) }
            object.member("year") { $0.int(metadata.year) }
            object.member("format") { $0.string(format?.rawValue) }
            object.member("published") { $0.string(metadata.published) }
            object.member("sections") { out in
                out.objects(sections.indices) { index, object in
                    let section = sections[index]
                    object.member("number") { $0.int(section.number) }
                    object.member("heading") { $0.string(section.heading) }
                    object.member("line") { $0.int(section.line) }
                    object.member("markdown") { out in
                        if let stored { out.string(utf8: stored.bytes, stored.markdown[index]) } else { out.string(section.narrative.markdown) }
                    }
                    object.member("subheadings") { out in
                        out.objects(stored?.subheadings[index] ?? section.narrative.subheadings) { subheading, object in
                            object.member("title") { $0.string(subheading.title) }
                            object.member("line") { $0.int(subheading.line) }
                            object.member("style") { $0.string(subheading.style.rawValue) }
                        }
                    }
                }
            }
            object.member("table2") { $0.table(table2) }
            object.member("table3") { $0.table(table3) }
            object.member("table4") { $0.table(table4) }
            object.member("figures") { out in
                out.object { figures in
                    for figure in KeyFigure.allCases { figures.member(figure.rawValue) { $0.number(figure.value(in: self)) } }
                }
            }
            object.member("unknownCells") { out in
                var array = JSONBytes.ArrayOfObjects(writer: out)
                func reasons<Row>(_ table: ReportTable<Row>?, number: Int) {
                    guard let table else { return }
                    for row in table.rows {
                        table.forEachCell(in: row) { column, cell in
                            guard cell.value == nil else { return }
                            array.item { object in
                                object.member("table") { $0.int(number) }
                                object.member("row") { $0.string(row.rawValue) }
                                object.member("column") { $0.int(column) }
                                object.member("reason") { $0.string(cell.status.rawValue) }
                                object.member("line") { $0.int(cell.line) }
                                object.member("text") { $0.string(cell.text) }
                            }
                        }
                    }
                }
                reasons(table2, number: 2)
                reasons(table3, number: 3)
                reasons(table4, number: 4)
                array.end()
            }
            object.member("checks") { out in
                out.objects(checks) { check, object in
                    object.member("id") { $0.string(check.id.rawValue) }
                    object.member("status") { $0.string(check.status.rawValue) }
                    object.member("message") { $0.message(of: check) }
                    object.member("line") { $0.int(check.line) }
                    object.member("cells") { out in
                        out.objects(check.cells) { cell, object in
                            object.member("table") { $0.int(cell.table) }
                            object.member("row") { $0.string(cell.row) }
                            object.member("column") { $0.int(cell.column) }
                        }
                    }
                }
            }
            object.member("diagnostics") { out in
                out.objects(diagnostics) { diagnostic, object in
                    object.member("severity") { $0.string(diagnostic.severity.rawValue) }
                    object.member("code") { $0.string(diagnostic.code) }
                    object.member("line") { $0.int(diagnostic.line) }
                    if let place = diagnostic.place { object.member("place") { $0.string(place) } }
                    object.member("message") { $0.string(diagnostic.message) }
                }
            }
        }
        return writer.bytes
    }
}

/// Writes JSON text in `JSONValue.write(to:indent:)`'s layout (objects indented two spaces a
/// level, arrays of scalars on one line, empty ones as `{}` and `[]`) as it goes, for a shape
/// known in advance: a writer of the published report JSON without the tree.
final class JSONBytes {
    private(set) var bytes: [UInt8] = []
    /// The indent of the value being written (set by the object member that holds it).
    private(set) var indent = 0

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// A string (escaped as `JSONValue.writeString`), or null.
    func string(_ value: String?) {
        guard let value else { return null() }
        JSONValue.writeString(value, to: &bytes)
    }

    /// A string given as the range `range` of its UTF-8 `bytes` (escaped as `JSONValue.writeString`).
    func string(utf8 text: [UInt8], _ range: Range<Int>) {
        text.withUnsafeBufferPointer { text in
            withBytes { JSONValue.writeString(utf8: UnsafeBufferPointer(rebasing: text[range]), to: &$0) }
        }
    }

    /// A check's message (`JSONValue.writeString` of `check.message`).
    func message(of check: CheckResult) {
        check.appendMessageJSON(to: &bytes)
    }

    func null() {
        bytes.append(literal: "null")
    }

    /// An integer as `JSONValue.int` prints it (`Decimal`'s text of the integer), or null.
    func int(_ value: Int?) {
        guard let value else { return null() }
        guard value.magnitude < 1 << 53 else { return Decimal(value).appendText(to: &bytes) }
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        bytes.appendDigits(UInt64(value.magnitude))
    }

    /// A number, or null.
    func number(_ value: Decimal?) {
        guard let value else { return null() }
        value.appendText(to: &bytes)
    }

    /// A table as `ReportTable.json`: row key → array of numbers or null (scalars: each array on
    /// one line); null without a table.
    func table<Row>(_ table: ReportTable<Row>?) {
        guard let table else { return null() }
        object { object in
            for row in table.rows {
                object.member(row.rawValue) { out in
                    // One access to `bytes` for the row (each append to a class's property
                    // was checked for exclusive access on its own).
                    out.withBytes { bytes in
                        // An empty row is `[` then `]`: the tree's `[]`.
                        bytes.append(UInt8(ascii: "["))
                        table.forEachValue(in: row) { column, value in
                            if column > 0 { bytes.append(literal: ", ") }
                            if let value { value.appendText(to: &bytes) } else { bytes.append(literal: "null") }
                        }
                        bytes.append(UInt8(ascii: "]"))
                    }
                }
            }
        }
    }

    /// Runs `body` on the bytes written so far, with one exclusive access for all it appends.
    func withBytes<Result>(_ body: (inout [UInt8]) -> Result) -> Result {
        body(&bytes)
    }

    /// An object at the current indent (`indent` for the outermost) whose members `members` writes.
    func object(indent: Int? = nil, _ members: (inout Object) -> Void) {
        let at = indent ?? self.indent
        var object = Object(writer: self, indent: at)
        bytes.append(UInt8(ascii: "{"))
        members(&object)
        self.indent = at
        if object.count == 0 { return bytes.append(UInt8(ascii: "}")) }
        bytes.append(UInt8(ascii: "\n"))
        spaces(at)
        bytes.append(UInt8(ascii: "}"))
    }

    /// An array of objects at the current indent (multi-line), each written by `members`; `[]` when empty.
    func objects<Item>(_ items: some Sequence<Item>, _ members: (Item, inout Object) -> Void) {
        var array = ArrayOfObjects(writer: self)
        for item in items { array.item { members(item, &$0) } }
        array.end()
    }

    fileprivate func spaces(_ count: Int) {
        bytes.appendSpaces(count)
    }

    /// The members of an object being written.
    struct Object {
        fileprivate let writer: JSONBytes
        fileprivate let indent: Int
        fileprivate var count = 0

        /// A member: its key, then the value `value` writes (at this object's indent plus two).
        mutating func member(_ key: String, _ value: (JSONBytes) -> Void) {
            let (first, indent) = (count == 0, indent)
            writer.withBytes { bytes in
                if first { bytes.append(0x0A) } else { bytes.append(literal: ",\n") }
                bytes.appendSpaces(indent + 2)
                JSONValue.writeString(key, to: &bytes)
                bytes.append(literal: ": ")
            }
            writer.indent = indent + 2
            value(writer)
            count += 1
        }
    }

    /// An array of objects at the writer's current indent, written one at a time.
    struct ArrayOfObjects {
        private let writer: JSONBytes
        private let indent: Int
        private var count = 0

        init(writer: JSONBytes) {
            self.writer = writer
            indent = writer.indent
        }

        mutating func item(_ members: (inout Object) -> Void) {
            writer.withBytes { $0.append(literal: count == 0 ? "[\n" : ",\n") }
            writer.spaces(indent + 2)
            writer.object(indent: indent + 2, members)
            count += 1
        }

        func end() {
            guard count > 0 else { return writer.withBytes { $0.append(literal: "[]") } }
            writer.bytes.append(UInt8(ascii: "\n"))
            writer.spaces(indent)
            writer.bytes.append(UInt8(ascii: "]"))
        }
    }
}

extension [UInt8] {
    /// Appends a literal's UTF-8 at once (appending `"…".utf8` went through the `String`'s
    /// generic copy, per comma and key of every report's JSON and CSV).
    mutating func append(literal: StaticString) {
        literal.withUTF8Buffer { append(contentsOf: $0) }
    }

    /// Appends `count` spaces (an indent).
    mutating func appendSpaces(_ count: Int) {
        for _ in 0..<Swift.max(count, 0) { append(UInt8(ascii: " ")) }
    }
}
