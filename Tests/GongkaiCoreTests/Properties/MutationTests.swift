import Foundation
import Testing
@testable import GongkaiCore

/// A small seeded pseudo-random generator (SplitMix64), so every mutant is reproducible from its
/// seed number and index on any platform and toolchain; the other tests that draw random inputs
/// use it too (as a `RandomNumberGenerator`), so a failure shows again on the next run.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in 0..<upper (upper > 0).
    mutating func below(_ upper: Int) -> Int {
        Int(next() % UInt64(upper))
    }

    /// One element of a non-empty array.
    mutating func pick<T>(_ items: [T]) -> T {
        items[below(items.count)]
    }
}

/// One change to a report's lines (1-based line numbers in the messages).
enum Mutation: CustomStringConvertible {
    case deleteLine(Int)
    case duplicateLine(Int)
    case swapLines(Int, Int)
    case blankCell(line: Int, cell: Int)
    case replaceCell(line: Int, cell: Int, text: String)
    case tabsToSpaces(line: Int, spaces: String)
    case tabsToPipes(line: Int)
    case truncate(keeping: Int)
    case insert(line: Int, offset: Int, text: String)
    case splitLine(line: Int, offset: Int)
    case joinLines(Int)

    var description: String {
        switch self {
        case .deleteLine(let line): "delete line \(line + 1)"
        case .duplicateLine(let line): "duplicate line \(line + 1)"
        case .swapLines(let a, let b): "swap lines \(a + 1) and \(b + 1)"
        case .blankCell(let line, let cell): "blank cell \(cell) of line \(line + 1)"
        case .replaceCell(let line, let cell, let text): "replace cell \(cell) of line \(line + 1) by \(text.debugDescription)"
        case .tabsToSpaces(let line, let spaces): "tabs → \(spaces.count) spaces in line \(line + 1)"
        case .tabsToPipes(let line): "tabs → pipes in line \(line + 1)"
        case .truncate(let keeping): "truncate after line \(keeping)"
        case .insert(let line, let offset, let text): "insert \(text.unicodeScalars.map { String(format: "U+%04X", $0.value) }) at \(offset) of line \(line + 1)"
        case .splitLine(let line, let offset): "split line \(line + 1) at \(offset)"
        case .joinLines(let line): "join lines \(line + 1) and \(line + 2)"
        }
    }

    /// Applies the mutation; out-of-range positions are clamped, an empty file stays empty.
    func apply(to lines: inout [String]) {
        guard !lines.isEmpty else { return }
        func clamp(_ line: Int) -> Int { min(max(line, 0), lines.count - 1) }
        switch self {
        case .deleteLine(let line):
            lines.remove(at: clamp(line))
        case .duplicateLine(let line):
            lines.insert(lines[clamp(line)], at: clamp(line))
        case .swapLines(let a, let b):
            lines.swapAt(clamp(a), clamp(b))
        case .blankCell(let line, let cell):
            Self.editCell(&lines[clamp(line)], cell: cell) { _ in "" }
        case .replaceCell(let line, let cell, let text):
            Self.editCell(&lines[clamp(line)], cell: cell) { _ in text }
        case .tabsToSpaces(let line, let spaces):
            lines[clamp(line)] = lines[clamp(line)].replacingOccurrences(of: "\t", with: spaces)
        case .tabsToPipes(let line):
            let cells = lines[clamp(line)].split(separator: "\t", omittingEmptySubsequences: false)
            lines[clamp(line)] = "| " + cells.joined(separator: " | ") + " |"
        case .truncate(let keeping):
            lines.removeSubrange(min(keeping, lines.count)...)
        case .insert(let line, let offset, let text):
            var scalars = Array(lines[clamp(line)].unicodeScalars)
            scalars.insert(contentsOf: text.unicodeScalars, at: min(offset, scalars.count))
            lines[clamp(line)] = String(String.UnicodeScalarView(scalars))
        case .splitLine(let line, let offset):
            let scalars = Array(lines[clamp(line)].unicodeScalars)
            let cut = min(offset, scalars.count)
            lines[clamp(line)] = String(String.UnicodeScalarView(scalars[..<cut]))
            lines.insert(String(String.UnicodeScalarView(scalars[cut...])), at: clamp(line) + 1)
        case .joinLines(let line):
            let at = clamp(line)
            guard at + 1 < lines.count else { return }
            lines[at] += lines.remove(at: at + 1)
        }
    }

    /// Edits one cell of a tab or pipe row; a line without separators is one cell.
    private static func editCell(_ line: inout String, cell: Int, _ edit: (Substring) -> String) {
        let separator: Character = line.contains("\t") ? "\t" : line.contains("|") ? "|" : "\n"
        var cells = line.split(separator: separator, omittingEmptySubsequences: false)
        let index = cell % cells.count
        let edited = edit(cells[index])
        cells[index] = Substring(separator == "|" ? " \(edited) " : edited)
        line = cells.joined(separator: String(separator))
    }
}

/// The parser never crashes and keeps its model sane on mutated seeds: deleted, duplicated and
/// swapped lines, blanked cells, re-laid-out rows, truncated files, odd Unicode and bytes.
@Suite("Mutations of the seeds")
struct MutationTests {
    /// Mutants per seed (each one to three line mutations, one in eight also changes the bytes);
    /// a parse costs ~5 ms in a debug build, so this keeps the suite within a few seconds.
    static let mutantsPerSeed = 160

    /// Text inserted into lines: zero-width, bidi and odd spaces, full-width digits, separators,
    /// dashes, signs, label words, huge and malformed numbers, control characters.
    static let oddTexts: [String] = [
        "\u{200B}", "\u{200D}", "\u{FEFF}", "\u{200F}", "\u{202E}", "\u{2066}", "\u{00A0}", "\u{3000}", "\u{2003}",
        "１２", "\u{FF10}", "－３", "\u{0301}", "\u{0000}", "\u{001B}", "\u{FFFD}", "\u{2028}", "\u{0085}", "\r", "\t", "|",
        "  ", "—", "/", "减", "+", "-", "1,234", "12.5.6", "3.", ".5", "99999999999999999999999999999999999999999999",
        "1e5", "年", "# ", "**", "三、", "（七）总计", "行政复议", "二、主动公开政府信息情况", "第二十条第（一）项", "🀄️", "\u{10FFFF}",
    ]

    /// Replacement cell texts.
    static let cellTexts: [String] = ["", "/", "-", "—", "０", "1,234", "+12", "减4", "251000元", "0.35", "abc", "１ ２", "99999999999999999999999999999999999999999", "-0", "三"]

    /// Byte sequences that are not UTF-8, or odd in it.
    static let oddBytes: [[UInt8]] = [[0xFF], [0xC0, 0x80], [0xE4, 0xB8], [0x00], [0xED, 0xA0, 0x80], [0xEF, 0xBB, 0xBF], [0x81, 0x30], [0xFE, 0xFF], [0x0D]]

    /// The seed's source text, decoded and normalised as a file is.
    static func seedSource(_ number: Int) throws -> SourceText {
        let seeds = try Fixtures.folder.appendingPathComponent("seeds")
        let prefix = String(format: "%03d_", number)
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: seeds.path).first { $0.hasPrefix(prefix) })
        let data = try #require(FileManager.default.contents(atPath: seeds.appendingPathComponent(name).path))
        return try SourceText(path: "seeds/" + name, bytes: [UInt8](data))
    }

    /// A random mutation of `lines`.
    static func randomMutation(_ random: inout SplitMix64, lines: [String]) -> Mutation {
        let count = max(lines.count, 1)
        let tableLines = lines.indices.filter { lines[$0].contains("\t") || lines[$0].contains("|") }
        let tableLine = tableLines.isEmpty ? random.below(count) : random.pick(tableLines)
        switch random.below(11) {
        case 0: return .deleteLine(random.below(count))
        case 1: return .duplicateLine(random.below(count))
        case 2: return .swapLines(random.below(count), random.below(count))
        case 3: return .blankCell(line: tableLine, cell: random.below(16))
        case 4: return .replaceCell(line: tableLine, cell: random.below(16), text: random.pick(cellTexts))
        case 5: return .tabsToSpaces(line: tableLine, spaces: random.pick([" ", "  ", "   ", "\u{3000}"]))
        case 6: return .tabsToPipes(line: tableLine)
        case 7: return .truncate(keeping: random.below(count))
        case 8: return .insert(line: random.below(count), offset: random.below(40), text: random.pick(oddTexts))
        case 9: return .splitLine(line: tableLine, offset: random.below(30))
        default: return .joinLines(random.below(count))
        }
    }

    /// What is wrong with a report parsed from a source of `lineCount` lines; empty when sane.
    static func violations(_ parsed: Report, lineCount: Int) -> [String] {
        let report = CheckStage.checked(parsed)
        var out: [String] = []
        func inFile(_ line: Int?) -> Bool { line.map { (1...max(lineCount, 1)).contains($0) } ?? true }

        func table<Row>(_ table: ReportTable<Row>?, _ number: Int) {
            guard let table else { return }
            let expected = Row.rows(in: table.format)
            if Set(table.cells.keys) != Set(expected) {
                out.append("table \(number): row keys \(table.cells.keys.map(\.rawValue).sorted()) are not those of the \(table.format.rawValue) format")
            }
            if !(inFile(table.line) && inFile(table.endLine) && table.line <= table.endLine) {
                out.append("table \(number): lines \(table.line)...\(table.endLine) outside 1...\(lineCount)")
            }
            for row in expected {
                let cells = table[row]
                if cells.count != row.columnCount(in: table.format) {
                    out.append("table \(number) \(row.rawValue): \(cells.count) cells, the form has \(row.columnCount(in: table.format))")
                }
                for (column, cell) in cells.enumerated() {
                    if cell.status == .printed && cell.value == nil { out.append("table \(number) \(row.rawValue)[\(column)]: printed without a value") }
                    if cell.status != .printed && cell.value != nil {
                        out.append("table \(number) \(row.rawValue)[\(column)]: \(cell.status.rawValue) cell with value \(cell.value!)")
                    }
                    if !inFile(cell.line) { out.append("table \(number) \(row.rawValue)[\(column)]: line \(cell.line!) outside 1...\(lineCount)") }
                }
            }
        }
        table(report.table2, 2)
        table(report.table3, 3)
        table(report.table4, 4)
        if let table2 = report.table2, report.format != table2.format { out.append("format \(String(describing: report.format)) is not table 2's") }

        let numbers = report.sections.map(\.number)
        if zip(numbers, numbers.dropFirst()).contains(where: { $0 >= $1 }) || !numbers.allSatisfy((1...6).contains) {
            out.append("section numbers \(numbers) are not strictly increasing in 1...6")
        }
        let headingLines = report.sections.map(\.line)
        if zip(headingLines, headingLines.dropFirst()).contains(where: { $0 >= $1 }) {
            out.append("section heading lines \(headingLines) are not increasing")
        }
        for section in report.sections {
            if !inFile(section.line) { out.append("section \(section.number): heading line \(section.line) outside 1...\(lineCount)") }
            if !section.narrative.lines.allSatisfy({ inFile($0) && $0 > section.line }) {
                out.append("section \(section.number): narrative lines outside the section")
            }
            if !section.narrative.subheadings.allSatisfy({ inFile($0.line) }) { out.append("section \(section.number): subheading line outside the file") }
        }
        for diagnostic in report.diagnostics where !inFile(diagnostic.line) {
            out.append("diagnostic \(diagnostic.code): line \(diagnostic.line!) outside 1...\(lineCount)")
        }
        let ids = report.checks.map(\.id)
        if Set(ids).count != ids.count { out.append("check ids repeat: \(ids)") }
        for check in report.checks where !inFile(check.line) { out.append("check \(check.id): line \(check.line!) outside 1...\(lineCount)") }
        let json = report.json.serialized()
        if !json.hasPrefix("{") || !json.hasSuffix("}") { out.append("JSON not produced") }
        return out
    }

    /// A change to the bytes of a mutant's text.
    enum ByteMutation: CustomStringConvertible {
        /// Bytes that are not UTF-8, or odd in it, inserted at an offset.
        case insert(offset: Int, bytes: [UInt8])
        /// The file cut at a byte offset, possibly inside a character.
        case cut(offset: Int)
        /// The same text in another encoding or with other line ends.
        case reencode(Encoding)

        enum Encoding: CaseIterable {
            case gb18030, utf16LittleEndianBOM, utf8BOM, crlf
        }

        var description: String {
            switch self {
            case .insert(let offset, let bytes): "insert bytes \(bytes) at byte \(offset)"
            case .cut(let offset): "cut at byte \(offset)"
            case .reencode(let encoding): "re-encode as \(encoding)"
            }
        }

        /// The bytes of `text` changed, or nil when the text cannot be encoded so.
        func bytes(of text: String) -> [UInt8]? {
            switch self {
            case .insert(let offset, let bytes):
                var out = Array(text.utf8)
                out.insert(contentsOf: bytes, at: min(offset, out.count))
                return out
            case .cut(let offset):
                return Array(text.utf8.prefix(offset))
            case .reencode(.gb18030):
                return text.data(using: TextDecoding.gb18030).map { [UInt8]($0) }
            case .reencode(.utf16LittleEndianBOM):
                return text.data(using: .utf16LittleEndian).map { [0xFF, 0xFE] + [UInt8]($0) }
            case .reencode(.utf8BOM):
                return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
            case .reencode(.crlf):
                return Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)
            }
        }
    }

    /// Violations grouped by kind (numbers blanked out): how many, and the first mutant showing each.
    struct Failures {
        private var kinds: [String: (count: Int, example: String)] = [:]
        private var order: [String] = []
        private(set) var mutants = 0

        mutating func add(_ problems: [String], mutant: String) {
            guard !problems.isEmpty else { return }
            mutants += 1
            for problem in problems {
                var kind = ""
                for character in problem where !(character.isNumber && kind.last == "N") { kind.append(character.isNumber ? "N" : character) }
                if let existing = kinds[kind] {
                    kinds[kind] = (existing.count + 1, existing.example)
                } else {
                    kinds[kind] = (1, "\(problem)   ← \(mutant)")
                    order.append(kind)
                }
            }
        }

        var isEmpty: Bool { mutants == 0 }

        var summary: String {
            order.map { "\(kinds[$0]!.count)× \(kinds[$0]!.example)" }.joined(separator: "\n")
        }
    }

    @Test("mutated seeds parse, and every invariant of the model holds", arguments: 0...4)
    func mutants(seed number: Int) throws {
        let seed = try Self.seedSource(number)
        var random = SplitMix64(seed: 0x5EED_0000 + UInt64(number))
        var failures = Failures()
        var byteMutantsParsed = 0
        var reencodedCompared = 0
        for index in 0..<Self.mutantsPerSeed {
            var lines = seed.lines
            var mutations: [Mutation] = []
            for _ in 0...random.below(3) {
                let mutation = Self.randomMutation(&random, lines: lines)
                mutation.apply(to: &lines)
                mutations.append(mutation)
            }
            let name = "seed \(number) mutant \(index) [\(mutations.map(\.description).joined(separator: "; "))]"
            let text = lines.joined(separator: "\n")
            // As `SourceText(path:text:)` without hashing the text: the hash is not under test.
            let source = SourceText(path: "mutant.txt", sha256: "", encoding: "utf-8", lines: TextNormalizer.lines(of: text))
            let report = ReportParser.parse(source)
            failures.add(Self.violations(report, lineCount: source.lines.count), mutant: name)
            if index % 40 == 0 {
                #expect(ReportParser.parse(source) == report, "\(name): parsing twice gives different reports")
            }

            guard random.below(8) == 0 else { continue }
            let byteMutation: ByteMutation = switch random.below(3) {
            case 0: .insert(offset: random.below(text.utf8.count + 1), bytes: random.pick(Self.oddBytes))
            case 1: .cut(offset: random.below(text.utf8.count + 1))
            default: .reencode(random.pick(ByteMutation.Encoding.allCases))
            }
            guard let bytes = byteMutation.bytes(of: text) else { continue }
            let byteName = "\(name) + [\(byteMutation)]"
            let decoded: SourceText
            do {
                decoded = try SourceText(path: "mutant.txt", bytes: bytes)
            } catch {
                // Not text: the loader says so, with an error and no line, and nothing is parsed.
                failures.add(error.severity == .error && error.code == "load.encoding" && error.line == nil ? []
                             : ["undecodable bytes give \(error.severity) \(error.code) at line \(String(describing: error.line))"], mutant: byteName)
                if case .reencode = byteMutation, !text.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\t" && $0 != "\n" && $0 != "\r" }) {
                    failures.add(["re-encoded text is not decoded: \(error.message)"], mutant: byteName)
                }
                continue
            }
            let reparsed = ReportParser.parse(decoded)
            byteMutantsParsed += 1
            failures.add(Self.violations(reparsed, lineCount: decoded.lines.count), mutant: byteName)
            if case .reencode = byteMutation {
                // The encoding and the line ends do not change the model.
                var problems: [String] = []
                if reparsed.metadata != report.metadata { problems.append("re-encoded: metadata differs") }
                if reparsed.format != report.format { problems.append("re-encoded: format differs") }
                if reparsed.sections != report.sections { problems.append("re-encoded: sections differ") }
                if reparsed.table2 != report.table2 || reparsed.table3 != report.table3 || reparsed.table4 != report.table4 {
                    problems.append("re-encoded: tables differ")
                }
                failures.add(problems, mutant: byteName)
                reencodedCompared += 1
            }
        }
        #expect(byteMutantsParsed > 0 && reencodedCompared > 0, "seed \(number): the byte mutations were not exercised")
        let mutantsBreakingAnInvariant = failures.mutants
        #expect(mutantsBreakingAnInvariant == 0, "\(failures.mutants) of \(Self.mutantsPerSeed) mutants of seed \(number) break an invariant; by kind:\n\(failures.summary)")
    }

    @Test("the unmutated seeds satisfy every invariant", arguments: 0...4)
    func seeds(number: Int) throws {
        let source = try Self.seedSource(number)
        let problems = Self.violations(ReportParser.parse(source), lineCount: source.lines.count)
        #expect(problems.isEmpty, "seed \(number):\n\(problems.joined(separator: "\n"))")
    }

    // MARK: - No invented numbers

    /// Seed 001 with every 0 of table 3 replaced by a distinct number (1, 2, 3, …), so a value
    /// read into the wrong cell shows.
    static func distinctSeed1() throws -> (lines: [String], report: Report) {
        let source = try seedSource(1)
        let original = ReportParser.parse(source)
        let table3 = try #require(original.table3)
        var lines = source.lines
        var next = 1
        for index in (table3.line - 1)...(table3.endLine - 1) {
            var cells = lines[index].split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            for cell in cells.indices where cells[cell] == "0" {
                cells[cell] = String(next)
                next += 1
            }
            lines[index] = cells.joined(separator: "\t")
        }
        let report = ReportParser.parse(SourceText(path: "seed1-distinct.txt", text: lines.joined(separator: "\n")))
        return (lines, report)
    }

    /// Cells the mutant prints that the original does not print with the same value, in rows both have.
    static func inventedCells<Row>(_ mutant: ReportTable<Row>?, original: ReportTable<Row>?) -> [String] {
        guard let mutant else { return [] }
        var out: [String] = []
        for row in mutant.rows where original?.rows.contains(row) ?? true {
            for (column, cell) in mutant[row].enumerated() where cell.status == .printed {
                let before = original?.cell(row, column) ?? .missing
                if before.status != .printed || before.value != cell.value {
                    out.append("\(row.rawValue)[\(column)]: \(cell.value.map { "\($0)" } ?? "nil") (line \(cell.line ?? 0)), "
                               + "originally \(before.value.map { "\($0)" } ?? "unknown")")
                }
            }
        }
        return out
    }

    @Test("deleting one line inside table 3 of seed 001 never invents a number", arguments: [false, true])
    func deleteInsideTable3(distinct: Bool) throws {
        let (lines, original): ([String], Report)
        if distinct {
            (lines, original) = try Self.distinctSeed1()
        } else {
            let source = try Self.seedSource(1)
            (lines, original) = (source.lines, ReportParser.parse(source))
        }
        let table3 = try #require(original.table3)
        #expect(table3.missingRows.isEmpty)
        if distinct {
            let values = table3.rows.flatMap { table3[$0] }.compactMap(\.value)
            #expect(values.count == table3.rows.count * 7 && Set(values).count == values.count, "the distinct variant reads every cell")
        }
        var failures: [String] = []
        for line in table3.line...table3.endLine {
            var mutant = lines
            mutant.remove(at: line - 1)
            let report = ReportParser.parse(SourceText(path: "seed1-mutant.txt", text: mutant.joined(separator: "\n")))
            let invented = Self.inventedCells(report.table3, original: table3)
            if !invented.isEmpty {
                failures.append("deleting line \(line) “\(lines[line - 1].replacingOccurrences(of: "\t", with: "→").prefix(40))”: "
                                + invented.prefix(4).joined(separator: "; "))
            }
        }
        #expect(failures.isEmpty, "\(failures.count) deletions invent numbers:\n\(failures.joined(separator: "\n"))")
    }

    @Test("blanking one label cell of table 3 in seed 001 keeps the 2021 format")
    func blankLabelKeepsFormat() throws {
        let source = try Self.seedSource(1)
        let original = ReportParser.parse(source)
        let table3 = try #require(original.table3)
        #expect(original.format == .current && table3.format == .current)
        var failures: [String] = []
        for line in table3.line...table3.endLine {
            let cells = source.lines[line - 1].split(separator: "\t", omittingEmptySubsequences: false)
            let firstValue = cells.firstIndex { CellText.read($0).isValueLike } ?? cells.count
            for index in 0..<firstValue where !cells[index].isEmpty {
                var lines = source.lines
                var edited = cells
                edited[index] = ""
                lines[line - 1] = edited.joined(separator: "\t")
                let report = ReportParser.parse(SourceText(path: "seed1-mutant.txt", text: lines.joined(separator: "\n")))
                if report.table3?.format != .current || report.format != .current {
                    failures.append("blanking “\(cells[index])” on line \(line): table 3 read as \(report.table3?.format.rawValue ?? "absent"), "
                                    + "report format \(report.format?.rawValue ?? "nil"); rows dropped: "
                                    + report.diagnostics.filter { $0.code == "table3.format-row" }.map { "\($0.line ?? 0)" }.joined(separator: ","))
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.count) blanked labels change the format:\n\(failures.joined(separator: "\n"))")
    }

    @Test("deleting a blank or label line inside the tables of seed 002 (one cell per line) never invents a number", arguments: 2...4)
    func deleteNonValueLineCellPerLine(table number: Int) throws {
        let source = try Self.seedSource(2)
        let plain = ReportParser.parse(source)
        let ranges = [plain.table2.map { $0.line...$0.endLine }, plain.table3.map { $0.line...$0.endLine }, plain.table4.map { $0.line...$0.endLine }]
            .compactMap { $0 }
        #expect(ranges.count == 3)
        // Every 0 becomes a distinct number, so a value read into the wrong cell shows.
        var lines = source.lines
        var next = 1
        for range in ranges {
            for line in range where lines[line - 1].trimmingBlanks() == "0" {
                lines[line - 1] = "\t\(next)"
                next += 1
            }
        }
        let original = ReportParser.parse(SourceText(path: "seed2-distinct.txt", text: lines.joined(separator: "\n")))
        var failures: [String] = []
        for range in [ranges[number - 2]] {
            for line in range {
                // Deleting a value line shifts the rest of its row: no reader can tell which cell went.
                // A lone tab (a merged cell) carries nothing; deleting it is skipped to save time.
                if case .number = CellText.read(lines[line - 1].trimmingBlanks()) { continue }
                if lines[line - 1] == "\t" { continue }
                var mutant = lines
                mutant.remove(at: line - 1)
                let report = ReportParser.parse(SourceText(path: "seed2-mutant.txt", text: mutant.joined(separator: "\n")))
                let invented = Self.inventedCells(report.table2, original: original.table2)
                    + Self.inventedCells(report.table3, original: original.table3)
                    + Self.inventedCells(report.table4, original: original.table4)
                if !invented.isEmpty {
                    failures.append("deleting line \(line) “\(lines[line - 1].replacingOccurrences(of: "\t", with: "→").prefix(30))”: \(invented.count) cells, e.g. "
                                    + invented.prefix(4).joined(separator: "; "))
                }
            }
        }
        #expect(failures.isEmpty, "table \(number): \(failures.count) deletions invent numbers:\n\(failures.joined(separator: "\n"))")
    }

    @Test("blanking one label or heading cell in the tables of seed 001 never moves a number to another cell", arguments: 2...4)
    func blankHeadingCell(table number: Int) throws {
        // Seed 001 with every 0 in its three tables replaced by a distinct number.
        let source = try Self.seedSource(1)
        let plain = ReportParser.parse(source)
        let ranges = [plain.table2.map { $0.line...$0.endLine }, plain.table3.map { $0.line...$0.endLine }, plain.table4.map { $0.line...$0.endLine }]
            .compactMap { $0 }
        #expect(ranges.count == 3)
        var lines = source.lines
        var next = 1
        for range in ranges {
            for line in range {
                var cells = lines[line - 1].split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                for index in cells.indices where cells[index] == "0" {
                    cells[index] = String(next)
                    next += 1
                }
                lines[line - 1] = cells.joined(separator: "\t")
            }
        }
        let original = ReportParser.parse(SourceText(path: "seed1-distinct.txt", text: lines.joined(separator: "\n")))
        var failures: [String] = []
        for range in [ranges[number - 2]] {
            for line in range {
                let cells = lines[line - 1].split(separator: "\t", omittingEmptySubsequences: false)
                for index in cells.indices where !cells[index].isEmpty && !CellText.read(cells[index]).isValueLike {
                    var edited = cells
                    edited[index] = ""
                    var mutant = lines
                    mutant[line - 1] = edited.joined(separator: "\t")
                    let report = ReportParser.parse(SourceText(path: "seed1-mutant.txt", text: mutant.joined(separator: "\n")))
                    let invented = Self.inventedCells(report.table2, original: original.table2)
                        + Self.inventedCells(report.table3, original: original.table3)
                        + Self.inventedCells(report.table4, original: original.table4)
                    if !invented.isEmpty {
                        failures.append("blanking “\(cells[index])” on line \(line): \(invented.count) cells, e.g. " + invented.prefix(3).joined(separator: "; "))
                    }
                }
            }
        }
        #expect(failures.isEmpty, "table \(number): \(failures.count) blanked cells move numbers:\n\(failures.joined(separator: "\n"))")
    }

    @Test("swapping two adjacent lines inside table 3 of seed 001 never invents a number")
    func swapInsideTable3() throws {
        let (lines, original) = try Self.distinctSeed1()
        let table3 = try #require(original.table3)
        var failures: [String] = []
        for line in table3.line..<table3.endLine {
            var mutant = lines
            mutant.swapAt(line - 1, line)
            let report = ReportParser.parse(SourceText(path: "seed1-mutant.txt", text: mutant.joined(separator: "\n")))
            let invented = Self.inventedCells(report.table3, original: table3)
            if !invented.isEmpty {
                failures.append("swapping lines \(line) and \(line + 1): " + invented.prefix(4).joined(separator: "; "))
            }
        }
        #expect(failures.isEmpty, "\(failures.count) swaps invent numbers:\n\(failures.joined(separator: "\n"))")
    }
}
