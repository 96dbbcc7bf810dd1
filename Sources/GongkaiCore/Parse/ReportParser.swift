import Foundation

/// Parses one report source into the model: sections, metadata, tables, narrative (the checks
/// follow after assembly, in `CheckStage`).
///
/// A pure function of its input: the same source always gives the same report.
public enum ReportParser {
    /// The report model of a source. Never fails: what was wrong is in `diagnostics`.
    public static func parse(_ source: SourceText) -> Report {
        let (frontMatter, fileLines, frontMatterDiagnostics) = FrontMatter.extract(
            from: source.lines.enumerated().map { SourceLine(number: $0.offset + 1, text: $0.element) })
        let lines = DumpUnfolder.unfold(fileLines)
        var diagnostics = frontMatterDiagnostics
        if source.encoding == TextDecoding.lossyUTF8 {
            let damaged = lines.filter { $0.text.unicodeScalars.contains("\u{FFFD}") }.map(\.number)
            diagnostics.append(Diagnostic(.warning, "load.invalid-bytes", line: damaged.first,
                                          "文件中有无效的 UTF-8 字节（第 \(damaged.prefix(5).map(String.init).joined(separator: "、")) 行），已替换为 �；请检查这些行的数字"))
        }

        let (headings, repeatedHeadings, sectionDiagnostics) = SectionFinder.find(in: lines)
        diagnostics += sectionDiagnostics
        var (metadata, metadataDiagnostics) = MetadataReader.read(lines: lines, firstSectionIndex: headings.first?.index)
        if let frontMatter {
            metadata = frontMatter.applied(to: metadata)
            metadataDiagnostics.removeAll { ($0.code == "metadata.organ" && metadata.organ != nil) || ($0.code == "metadata.year" && metadata.year != nil) }
        }
        diagnostics += metadataDiagnostics

        let spans = SectionSpans(headings: headings, lineCount: lines.count)
        // A repeated heading is no text of its section, but the tables may read it: a table 4
        // header such as 行政复议行政诉讼 looks like section four's heading.
        // By line position: whether a table (or a repeated heading) took the line.
        var consumed = [Bool](repeating: false, count: lines.count)
        let yearHint: ReportFormat = (metadata.year ?? 2021) >= 2021 ? .current : .trial

        let table2Reading = readTable(2, spans: spans, lines: lines, source: source, consumed: &consumed) {
            Table2Interpreter.read($0, formatHint: yearHint)
        }
        let formatHint = table2Reading?.table.format ?? yearHint
        let table3Reading = readTable(3, spans: spans, lines: lines, source: source, consumed: &consumed) {
            Table3Interpreter.read($0, formatHint: formatHint)
        }
        let tableFormat = table2Reading?.table.format ?? table3Reading?.table.format
        let table4Reading = readTable(4, spans: spans, lines: lines, source: source, consumed: &consumed) {
            Table4Interpreter.read($0, format: tableFormat ?? formatHint)
        }
        let format = tableFormat ?? table4Reading?.table.format
        if let table2 = table2Reading?.table, let table3 = table3Reading?.table, table2.format != table3.format {
            diagnostics.append(Diagnostic(.warning, "table.format-mismatch", line: table3.line,
                                          "表二用\(table2.format.rawValue)年格式，表三却用\(table3.format.rawValue)年格式"))
        }
        for (number, found) in [(2, table2Reading != nil), (3, table3Reading != nil), (4, table4Reading != nil)] where !found {
            let line = (spans.range(of: number) ?? spans.gap(for: number)).map { min($0.upperBound + 1, lines.count) }
            diagnostics.append(Diagnostic(.warning, "table\(number).missing", line: line,
                                          "报告缺少表\(CheckNames.tableNumeral(number))，其中的数字均为未知"))
        }
        diagnostics += table2Reading?.diagnostics ?? []
        diagnostics += table3Reading?.diagnostics ?? []
        diagnostics += table4Reading?.diagnostics ?? []

        for index in lines.indices where repeatedHeadings.contains(lines[index].number) && SectionFinder.heading(lines[index]) != nil { consumed[index] = true }
        let preambleEnd = headings.first?.index ?? 0
        let preamble = NarrativeBuilder.build(Array(lines[..<preambleEnd]))
        let sections = headings.map { heading in
            let body = spans.body(of: heading.number) ?? (heading.index + 1)..<(heading.index + 1)
            let text = body.filter { !consumed[$0] }.map { lines[$0] }
            return Section(number: heading.number, heading: heading.text, line: lines[heading.index].number,
                           narrative: NarrativeBuilder.build(text))
        }

        var report = Report(path: source.path, sha256: source.sha256, encoding: source.encoding, metadata: metadata,
                            format: format, preamble: headings.isEmpty ? NarrativeBuilder.build(lines) : preamble,
                            sections: sections, table2: table2Reading?.table, table3: table3Reading?.table,
                            table4: table4Reading?.table, checks: [], diagnostics: [])
        report.byteCount = source.byteCount
        if !lines.contains(where: { !$0.isBlank }) {
            diagnostics = [Diagnostic(.error, "load.empty", line: nil, "文件是空的")]
        } else if table2Reading == nil, table3Reading == nil, table4Reading == nil {
            // Refused only when nothing says it is a report: a report cut off after section one
            // still has its title or heading, and is published with what it has.
            if headings.count < 2, !MetadataReader.hasReportTitle(lines) {
                let found = headings.first.map { "只有“\($0.text)”一个部分标题" } ?? "找不到“一、总体情况”等部分标题"
                diagnostics.append(Diagnostic(.error, "report.not-a-report", line: nil,
                                              "这不像一份政府信息公开工作年度报告：没有“XX镇20XX年政府信息公开工作年度报告”这样的标题，\(found)，也没有任何表格；未发布"))
            } else if let last = headings.last, last.number < 4 {
                diagnostics.append(Diagnostic(.warning, "report.truncated", line: lines[last.index].number,
                                              "报告在“\(last.text)”之后就没有部分标题和表格了，可能只复制了一部分；已发布，缺少的数字均为未知"))
            }
        }
        report.diagnostics = DiagnosticLimit.capped(diagnostics.sorted { ($0.line ?? 0, $0.code) < ($1.line ?? 0, $1.code) })
            .map { source.placed($0).located(in: source.path) }
        return report
    }

    /// Reads table `number` from its section, or when the heading is missing from the lines
    /// between the neighbouring sections; marks the positions of the lines it occupies as
    /// consumed. Rows a structured file gives as cells (`SourceText.tableRows`) are read as given, without layout
    /// guessing; the layout readers read the lines only when there are none or they hold no table.
    private static func readTable<Row>(_ number: Int, spans: SectionSpans, lines: [SourceLine], source: SourceText, consumed: inout [Bool],
                                       interpret: ([GridRow]) -> TableReading<Row>?) -> TableReading<Row>? {
        guard let range = spans.body(of: number) ?? spans.gap(for: number) else { return nil }
        let region = range.filter { !consumed[$0] }.map { lines[$0] }
        let structured = source.structuredRows(in: region)
        guard let reading = (structured.isEmpty ? nil : interpret(structured)) ?? TableReading.best(in: region, interpret: interpret) else { return nil }
        // Positions, not line numbers: the pieces of an unfolded line share its number.
        let span = reading.table.line...reading.table.endLine
        for index in range where span.contains(lines[index].number) { consumed[index] = true }
        return reading
    }
}
