import Foundation

/// The running text of a build's reports (the preamble and each section's `Narrative`), kept
/// on disk from parse to the end of the build rather than in the corpus: at 100,000 reports it
/// is over a gigabyte, used only by the checks that read text, the report pages, the text
/// comparison pages and the report JSON. The corpus keeps the numbers and metadata; a report's
/// text is read back (`Corpus.withText`) while one of those is made, so only as many texts are
/// in memory as there are cores at work.
///
/// One temporary file, unlinked as soon as it is made (it disappears with the build, however
/// the build ends), appended to from the parse workers and read with `pread`. A report's text is
/// found by its published path and SHA-256. When the file cannot be made or written, the text
/// stays in the report (the build is then only larger); when it cannot be read back, `failure`
/// holds the diagnostic and the build stops before it publishes a page without its text.
final class NarrativeStore: @unchecked Sendable {
    private let descriptor: Int32
    private let lock = NSLock()
    private var end = 0
    private var places: [String: (offset: Int, count: Int)] = [:]
    private var firstFailure: Diagnostic?

    /// A store in `folder` (the system's temporary folder when nil); nil when no file can be made there.
    init?(folder: String? = nil) {
        var base = folder ?? ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp"
        if base.isEmpty { base = "/tmp" }
        var template = Array((base + "/gongkai-text-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkstemp($0) } ?? -1 }
        guard descriptor >= 0 else { return nil }
        // Unlinked at once: the file lives as long as the descriptor, however the build ends.
        template.withUnsafeBufferPointer { buffer in _ = buffer.baseAddress.map { unlink($0) } }
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// The first failure to read a text back, if any.
    var failure: Diagnostic? {
        lock.lock()
        defer { lock.unlock() }
        return firstFailure
    }

    private static func key(_ report: Report) -> String { report.sha256 + "\n" + report.path }

    /// Moves the report's text into the store, leaving its narratives empty (their number and
    /// sections unchanged); a report whose text cannot be written keeps it.
    func takeText(of report: inout Report) {
        let bytes = Self.encoded(report)
        lock.lock()
        let offset = end
        end += bytes.count
        lock.unlock()
        let written = bytes.withUnsafeBytes { buffer in pwrite(descriptor, buffer.baseAddress, buffer.count, off_t(offset)) }
        guard written == bytes.count else { return }
        lock.lock()
        places[Self.key(report)] = (offset, bytes.count)
        lock.unlock()
        report.preamble = Self.empty
        for index in report.sections.indices { report.sections[index].narrative = Self.empty }
    }

    /// The report with its text put back; the report as given when the store does not hold its
    /// text (then it was never taken out), or when it cannot be read (then `failure` says why).
    func withText(_ report: Report) -> Report {
        guard let stored = storedBytes(of: report) else { return report }
        var reader = Reader(bytes: stored ?? [])
        guard stored != nil, let preamble = reader.narrative(), reader.count() == report.sections.count else {
            fail(report)
            return report
        }
        var full = report
        full.preamble = preamble
        for index in full.sections.indices {
            guard let narrative = reader.narrative() else {
                fail(report)
                return report
            }
            full.sections[index].narrative = narrative
        }
        return full
    }

    /// The report with the text of only the sections `restore` chooses put back, as `withText`
    /// puts it back; the preamble and the other sections keep their narratives empty (their
    /// text is passed over without making a `String` of it). For a check that reads one section.
    func withText(_ report: Report, sections restore: (Section) -> Bool) -> Report {
        guard let stored = storedBytes(of: report) else { return report }
        var reader = Reader(bytes: stored ?? [])
        guard stored != nil, reader.narrativeInPlace() != nil, reader.count() == report.sections.count else {
            fail(report)
            return report
        }
        var chosen = report
        for index in chosen.sections.indices {
            if restore(chosen.sections[index]) {
                guard let narrative = reader.narrative() else {
                    fail(report)
                    return report
                }
                chosen.sections[index].narrative = narrative
            } else if reader.narrativeInPlace() == nil {
                fail(report)
                return report
            }
        }
        return chosen
    }

    /// The report's stored text as the bytes the store holds, for a writer that copies the
    /// sections' markdown out as it is (the report JSON): no `String` is made of it and the report
    /// is not copied. Nil when the store does not hold the report's text or cannot read it back
    /// (`withText` then gives the report as it is, or says why).
    func storedSections(of report: Report) -> StoredSections? {
        guard let stored = storedBytes(of: report), let bytes = stored else { return nil }
        var reader = Reader(bytes: bytes)
        guard reader.narrativeInPlace() != nil, reader.count() == report.sections.count else { return nil }
        var markdown: [Range<Int>] = [], subheadings: [[Subheading]] = []
        markdown.reserveCapacity(report.sections.count)
        subheadings.reserveCapacity(report.sections.count)
        for _ in report.sections {
            guard let narrative = reader.narrativeInPlace() else { return nil }
            markdown.append(narrative.markdown)
            subheadings.append(narrative.subheadings)
        }
        return StoredSections(bytes: bytes, markdown: markdown, subheadings: subheadings)
    }

    /// What the store holds for the report: nil when it holds nothing, `.some(nil)` when it
    /// cannot read it back.
    private func storedBytes(of report: Report) -> [UInt8]?? {
        lock.lock()
        let place = places[Self.key(report)]
        lock.unlock()
        guard let place else { return nil }
        var bytes = [UInt8](repeating: 0, count: place.count)
        let read = bytes.withUnsafeMutableBytes { buffer in pread(descriptor, buffer.baseAddress, buffer.count, off_t(place.offset)) }
        return .some(read == place.count ? bytes : nil)
    }

    /// A report's sections' stored text: each section's markdown as a range of `bytes` (its
    /// UTF-8, as the store wrote it from the `String`), and its sub-headings.
    struct StoredSections {
        let bytes: [UInt8]
        let markdown: [Range<Int>]
        let subheadings: [[Subheading]]
    }

    private func fail(_ report: Report) {
        let diagnostic = Diagnostic(.error, "build.text-store", file: report.path, line: nil,
                                    "构建时暂存的报告正文无法读回（临时文件读取失败），网站未更新：请检查临时目录所在磁盘后重新构建")
        lock.lock()
        if firstFailure == nil { firstFailure = diagnostic }
        lock.unlock()
    }

    private static let empty = Narrative(markdown: "", subheadings: [], lines: [], blockLines: [])

    /// The preamble, the number of sections, then each section's narrative: strings as a length
    /// and UTF-8 bytes, numbers as 8 bytes.
    private static func encoded(_ report: Report) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(report.sections.reduce(report.preamble.markdown.utf8.count) { $0 + $1.narrative.markdown.utf8.count } + 1024)
        func number(_ value: Int) { withUnsafeBytes(of: Int64(value).littleEndian) { bytes.append(contentsOf: $0) } }
        func text(_ value: String) {
            number(value.utf8.count)
            bytes.append(contentsOf: value.utf8)
        }
        func narrative(_ value: Narrative) {
            text(value.markdown)
            number(value.subheadings.count)
            for subheading in value.subheadings {
                text(subheading.title)
                number(subheading.line)
                text(subheading.style.rawValue)
            }
            for list in [value.lines, value.blockLines] {
                number(list.count)
                for line in list { number(line) }
            }
        }
        narrative(report.preamble)
        number(report.sections.count)
        for section in report.sections { narrative(section.narrative) }
        return bytes
    }

    /// Reads what `encoded` wrote; nil at anything it did not write.
    private struct Reader {
        let bytes: [UInt8]
        var at = 0

        init(bytes: [UInt8]) { self.bytes = bytes }

        mutating func integer() -> Int? {
            guard at + 8 <= bytes.count else { return nil }
            var value: UInt64 = 0
            for offset in 0..<8 { value |= UInt64(bytes[at + offset]) << (8 * UInt64(offset)) }
            at += 8
            return Int(Int64(bitPattern: value))
        }

        mutating func count() -> Int? {
            integer().flatMap { $0 >= 0 ? $0 : nil }
        }

        mutating func text() -> String? {
            guard let length = count(), at + length <= bytes.count else { return nil }
            defer { at += length }
            return String(decoding: bytes[at..<(at + length)], as: UTF8.self)
        }

        mutating func lineList() -> [Int]? {
            guard let length = count(), at + 8 * length <= bytes.count else { return nil }
            var lines: [Int] = []
            lines.reserveCapacity(length)
            for _ in 0..<length {
                guard let line = integer() else { return nil }
                lines.append(line)
            }
            return lines
        }

        mutating func narrative() -> Narrative? {
            guard let markdown = text(), let subheadings = subheadings(), let lines = lineList(), let blockLines = lineList() else { return nil }
            return Narrative(markdown: markdown, subheadings: subheadings, lines: lines, blockLines: blockLines)
        }

        /// What `narrative` reads, the markdown left in place as the range of its bytes and the
        /// line lists passed over.
        mutating func narrativeInPlace() -> (markdown: Range<Int>, subheadings: [Subheading])? {
            guard let length = count(), at + length <= bytes.count else { return nil }
            let markdown = at..<(at + length)
            at += length
            guard let subheadings = subheadings() else { return nil }
            for _ in 0..<2 {
                guard let length = count(), length <= (bytes.count - at) / 8 else { return nil }
                at += 8 * length
            }
            return (markdown, subheadings)
        }

        private mutating func subheadings() -> [Subheading]? {
            guard let headingCount = count(), headingCount <= bytes.count else { return nil }
            var subheadings: [Subheading] = []
            for _ in 0..<headingCount {
                guard let title = text(), let line = integer(), let style = text().flatMap(Subheading.Style.init(rawValue:)) else { return nil }
                subheadings.append(Subheading(title: title, line: line, style: style))
            }
            return subheadings
        }
    }
}

extension Corpus {
    /// The report at `index` with its running text, wherever the build keeps it: what the checks
    /// that read text, the report page, the text comparison page and the report JSON use.
    func withText(_ index: Int) -> Report {
        narratives.map { $0.withText(reports[index]) } ?? reports[index]
    }

    /// The report at `index` with the running text of the sections `restore` chooses (at
    /// least), wherever the build keeps it.
    func withText(_ index: Int, sections restore: (Section) -> Bool) -> Report {
        narratives.map { $0.withText(reports[index], sections: restore) } ?? reports[index]
    }
}
