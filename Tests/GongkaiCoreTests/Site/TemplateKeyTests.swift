import Foundation
import Mustache
import Testing
@testable import GongkaiCore

/// Ties each template to its view model: every key a template asks for — variables, sections,
/// dotted names, in the context of their sections, through partials and the shell — must be one
/// the view model's `+Template.swift` adapter gives, with a value, for a representative corpus.
/// Renaming a key in an adapter (or in a template) silently drops text from the page; this test
/// fails instead.
@Suite struct TemplateKeyTests {
    @Test func everyTemplateKeyIsGivenByItsViewModel() throws {
        let theme = try ThemeFiles.read(folder: Repository.defaultTheme)
        let missing = try TemplateKeyCheck.missingKeys(templates: theme.templates.mapValues(\.text))
        #expect(missing == [])
    }

    /// The check itself catches a key no view model gives: the report template asking for
    /// `{{headline}}` (the adapter says `heading`), and a key asked in the wrong section.
    @Test func aRenamedKeyFails() throws {
        let theme = try ThemeFiles.read(folder: Repository.defaultTheme)
        var templates = theme.templates.mapValues(\.text)
        templates["report"] = "{{<shell}}{{$main}}<h1>{{headline}}</h1>{{#sections}}{{html}}{{failedCount}}{{/sections}}{{#original}}{{organ}}{{sizee}}{{/original}}{{/main}}{{/shell}}"
        templates["partials/check"] = (templates["partials/check"] ?? "") + "{{statusKlass}}"
        let missing = try TemplateKeyCheck.missingKeys(templates: templates)
        #expect(missing.contains("report: {{headline}}"))
        #expect(missing.contains("report: {{sizee}}"))
        #expect(missing.contains("township > partials/check: {{statusKlass}}"))
        #expect(!missing.contains { $0.hasSuffix("{{html}}") || $0.hasSuffix("{{failedCount}}") || $0.hasSuffix("{{organ}}") })
    }
}

/// Renders every page kind of the registry over a representative corpus while recording which
/// keys each view-model type gives a value for, then walks each template's tags with the types
/// in scope.
enum TemplateKeyCheck {
    /// What rendering every page of the registry over the representative corpora asked of the
    /// view models, and each page kind's view-model types; made once for the tests.
    static let recorded: Result<(log: KeyLog, roots: [String: Set<String>]), Error> = Result {
        let theme = try ThemeFiles.read(folder: Repository.defaultTheme)
        let skipped = [("坏文件.txt", Diagnostic(.error, "load.encoding", line: nil, "无法识别编码"))]
        let builders = try representativeCorpora().map { try SiteBuilder(corpus: $0, skipped: skipped, theme: theme, site: fullSite, fragments: false) }
        let log = KeyLog()
        var roots: [String: Set<String>] = [:]
        for kind in PageKind.all {
            guard let template = kind.template else { continue }
            for builder in builders {
                for (_, view) in kind.views(builder) {
                    roots[kind.name, default: []].insert(KeyLog.typeName(view))
                    _ = try builder.render(Recording(base: view, log: log), template: template)
                }
            }
        }
        return (log, roots)
    }

    /// `"<page kind template>[ > partial]: {{key}}"` for every key of `templates` no type in
    /// scope gives.
    static func missingKeys(templates: [String: String]) throws -> [String] {
        let (log, roots) = try recorded.get()
        let parsed = templates.mapValues(TemplateTag.parse)
        var missing: [String] = []
        for kind in PageKind.all {
            guard let template = kind.template else { continue }
            let types = roots[kind.name] ?? []
            #expect(!types.isEmpty, "no page of kind \(kind.name) in the representative corpora")
            var walker = Walker(log: log, templates: parsed)
            walker.walk(parsed[template] ?? [], scopes: [types], where: template)
            missing += walker.missing
        }
        return Array(Set(missing)).sorted()
    }

    /// The seeds with a township whose reports use both formats and a report naming its
    /// official page (few enough for pair pages); and these with the multi-year fixture site
    /// (several years per township, a duplicate) and a year of more reports than a page lists.
    static func representativeCorpora() throws -> [Corpus] {
        let folder = try Fixtures.folder
        var reports: [Report] = []
        for sub in ["seeds", "sites/multi-year"] {
            let root = folder.appendingPathComponent(sub)
            let walker = FileManager.default.enumerator(atPath: root.path)
            while let relative = walker?.nextObject() as? String {
                guard relative.hasSuffix(".txt"), let data = FileManager.default.contents(atPath: root.appendingPathComponent(relative).path) else { continue }
                if let source = try? SourceText(path: sub + "/" + relative, bytes: [UInt8](data)) { reports.append(ReportParser.parse(source)) }
            }
        }
        reports.sort { $0.path < $1.path }
        guard let model = reports.first(where: { $0.metadata.year != nil && $0.format == .current }) else { throw Fixtures.FixtureError.missing("a 2021-format report") }
        func copy(_ name: String, year: Int) -> Report {
            var copy = model
            copy.path = "extra/\(name)-\(year).txt"
            copy.metadata.township = name
            copy.metadata.year = year
            copy.metadata.source = nil
            return copy
        }
        var older = copy("样例镇", year: 2020)
        older.format = .trial
        var newer = copy("样例镇", year: 2022)
        newer.metadata.source = "https://example.org/gk/2022.html"
        // A failed form identity, so the plain-words sentences of a check (`PlainCheck`) are on a page.
        if let value = newer.table3?.cells[.newReceived]?[0].value { newer.table3?.cells[.newReceived]?[0].value = value + 1 }
        // Pair pages are made only for a few reports (`CompareIndexPage.pairLimit`).
        let small = reports.filter { $0.path.hasPrefix("seeds/") } + [older, newer]
        let large = reports + [older, newer] + (1...Pagination.pageSize).map { copy("样例\($0)镇", year: 2022) }
        return [small, large].map {
            var corpus = CorpusAssembler.assemble($0)
            CheckStage.run(on: &corpus)
            return corpus
        }
    }

    /// A site context with every optional setting given, so the footer's keys have values.
    static var fullSite: SiteContext {
        var site = SiteContext(name: "测试门户", baseURL: "https://example.org/portal/")
        site.organization = "某县人民政府办公室"
        site.description = "测试用"
        site.contact = "0000-0000000"
        site.siteCode = "4101000001"
        site.icp = "豫ICP备00000000号"
        site.policeFiling = "豫公网安备00000000000000号"
        return site
    }

    /// Walks a template's tags with the stack of types in scope (innermost last).
    struct Walker {
        let log: KeyLog
        let templates: [String: [TemplateTag]]
        var missing: [String] = []
        var depth = 0

        mutating func walk(_ tags: [TemplateTag], scopes: [Set<String>], where place: String) {
            for tag in tags {
                switch tag {
                case .variable(let name):
                    if name != ".", resolve(name, scopes) == nil { missing.append("\(place): {{\(name)}}") }
                case .section(let name, let body, let inverted):
                    guard name != "." else { walk(body, scopes: scopes, where: place); continue }
                    guard let types = resolve(name, scopes) else {
                        missing.append("\(place): {{\(inverted ? "^" : "#")\(name)}}")
                        continue
                    }
                    // A true Bool renders its body in the same context; a value or each element of a list is pushed.
                    let pushed = types.subtracting(["Swift.Bool"])
                    walk(body, scopes: inverted || pushed.isEmpty ? scopes : scopes + [pushed], where: place)
                case .partial(let name):
                    guard depth < 8 else { continue }
                    depth += 1
                    walk(templates[name] ?? [], scopes: scopes, where: place.split(separator: " ").first.map(String.init).map { "\($0) > \(name)" } ?? name)
                    depth -= 1
                case .parent(let name, let blocks):
                    walk(blocks, scopes: scopes, where: place)
                    depth += 1
                    walk(templates[name] ?? [], scopes: scopes, where: "\(place.split(separator: " ").first ?? "") > \(name)")
                    depth -= 1
                case .block(_, let body):
                    walk(body, scopes: scopes, where: place)
                }
            }
        }

        /// The types of the value a (dotted) name finds, looked up from the innermost scope out
        /// as Mustache does; nil when no type in scope gives it.
        func resolve(_ name: String, _ scopes: [Set<String>]) -> Set<String>? {
            let parts = name.split(separator: ".").map(String.init)
            guard let first = parts.first else { return nil }
            var types: Set<String>?
            for scope in scopes.reversed() {
                let giving = scope.filter { log.gives($0, first) }
                if !giving.isEmpty {
                    types = Set(giving.flatMap { log.valueTypes($0, first) })
                    break
                }
            }
            for part in parts.dropFirst() {
                guard let current = types else { return nil }
                let giving = current.filter { log.gives($0, part) }
                types = giving.isEmpty ? nil : Set(giving.flatMap { log.valueTypes($0, part) })
            }
            return types
        }
    }
}

/// A Mustache tag of a template, nested by sections.
indirect enum TemplateTag {
    case variable(String)
    case section(String, [TemplateTag], inverted: Bool)
    case partial(String)
    case parent(String, [TemplateTag])
    case block(String, [TemplateTag])

    /// The tags of a template's text (`{{x}}`, `{{{x}}}`, `{{&x}}`, `{{#x}}`, `{{^x}}`, `{{/x}}`,
    /// `{{> p}}`, `{{<p}}`, `{{$b}}`; comments skipped). The default delimiters only.
    static func parse(_ text: String) -> [TemplateTag] {
        var stack: [(sigil: Character, name: String, tags: [TemplateTag])] = [(" ", "", [])]
        var rest = text[...]
        while let open = rest.range(of: "{{") {
            rest = rest[open.upperBound...]
            let triple = rest.first == "{"
            guard let close = rest.range(of: triple ? "}}}" : "}}") else { break }
            var body = rest[rest.index(rest.startIndex, offsetBy: triple ? 1 : 0)..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            rest = rest[close.upperBound...]
            let sigil = body.first.flatMap { "#^/><$&!=".contains($0) ? $0 : nil }
            if sigil != nil { body = String(body.dropFirst()).trimmingCharacters(in: .whitespaces) }
            switch sigil {
            case "!", "=": continue
            case "#", "^", "<", "$": stack.append((sigil ?? " ", body, []))
            case "/":
                guard stack.count > 1, let (open, name, tags) = stack.popLast() else { continue }
                let tag: TemplateTag = switch open {
                case "<": .parent(name, tags)
                case "$": .block(name, tags)
                default: .section(name, tags, inverted: open == "^")
                }
                stack[stack.count - 1].tags.append(tag)
            case ">": stack[stack.count - 1].tags.append(.partial(body))
            default: stack[stack.count - 1].tags.append(.variable(body))
            }
        }
        return stack.first?.tags ?? []
    }
}

/// What a render asked of the view models: per type, the keys it gave a value for and the types
/// of those values (a list's element types).
final class KeyLog: @unchecked Sendable {
    private var given: [String: [String: Set<String>]] = [:]
    private let lock = NSLock()

    static func typeName(_ value: Any) -> String { String(reflecting: type(of: value)) }

    func record(_ type: String, _ key: String, _ valueTypes: [String]) {
        lock.lock()
        given[type, default: [:]][key, default: []].formUnion(valueTypes)
        lock.unlock()
    }

    func gives(_ type: String, _ key: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return given[type]?[key] != nil
    }

    func valueTypes(_ type: String, _ key: String) -> Set<String> {
        lock.lock()
        defer { lock.unlock() }
        return given[type]?[key] ?? []
    }
}

/// A view model wrapped so that each key the renderer asks of it is recorded in a `KeyLog`,
/// with its children wrapped in turn; the rendered page is the same.
struct Recording: MustacheParent {
    let base: Any
    let log: KeyLog

    func child(named name: String) -> Any? {
        let value: Any?
        if let parent = base as? MustacheParent {
            value = parent.child(named: name)
        } else {
            value = Mirror(reflecting: base).children.first { $0.label == name }?.value
        }
        guard let value = Self.unwrapped(value) else { return nil }
        let type = KeyLog.typeName(base)
        if let list = value as? [Any] {
            log.record(type, name, list.compactMap(Self.unwrapped).map(KeyLog.typeName))
            return list.map { Self.wrapped($0, log) }
        }
        log.record(type, name, [KeyLog.typeName(value)])
        return Self.wrapped(value, log)
    }

    /// A struct of the view models (not a string, number or Bool) is wrapped to record its keys.
    static func wrapped(_ value: Any, _ log: KeyLog) -> Any {
        if value is MustacheParent { return Recording(base: value, log: log) }
        let scalar = value is any StringProtocol || value is Bool || value is any Numeric || value is Decimal
        return !scalar && Mirror(reflecting: value).displayStyle == .struct ? Recording(base: value, log: log) : value
    }

    /// The value inside any level of `Optional`, or nil.
    static func unwrapped(_ value: Any?) -> Any? {
        guard let value else { return nil }
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return unwrapped(mirror.children.first?.value)
    }
}
