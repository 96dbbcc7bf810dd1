import Foundation

/// A big data file made of one file of another kind per report, in the corpus's order: each
/// report's part is made from the bytes of its own file as this build made it, so the report's
/// JSON or cells are made once. The build hands each per-report file over as it is made
/// (`AssembledStream`); a build that did not make a report's file this time (a rebuild after an
/// edit keeps it) reads it back from the staged site or makes the part again (`produce`).
struct AssembledKind: Sendable {
    /// The kind of the file made (`reports-json`).
    let name: String
    /// The kind of the per-report files it is made of (`report-json`): one per report, in the
    /// corpus's order.
    let source: String
    /// The path of report `index`'s file of kind `source`.
    let sourcePath: @Sendable (SiteBuilder, Int) -> String
    /// The bytes before the first report's part.
    let head: @Sendable (SiteBuilder) -> [UInt8]
    /// Adds report `index`'s part, made from its `source` file as this build made it, or made
    /// again when that is nil.
    let part: @Sendable (SiteBuilder, Int, [UInt8]?, inout [UInt8]) -> Void
    /// The bytes after the last report's part.
    let tail: @Sendable (SiteBuilder) -> [UInt8]

    static let all = [reportsJSON, cellsCSV]

    /// Every report's JSON in one array: each report's part is its JSON file less the final
    /// newline, indented inside the array.
    static let reportsJSON = AssembledKind(
        name: "reports-json", source: "report-json",
        sourcePath: { b, index in SiteRoutes.reportJSON(b.corpus.placements[index]) },
        head: { _ in [] },
        part: { b, index, file, out in
            out.append(contentsOf: (index == 0 ? "[\n  " : ",\n  ").utf8)
            if let file, file.last == UInt8(ascii: "\n") {
                out.append(contentsOf: file.dropLast())
            } else {
                out.append(contentsOf: b.reportJSON(index))
            }
        },
        tail: { b in Array((b.corpus.reports.isEmpty ? "[]\n" : "\n]\n").utf8) })

    /// Every report's cells in one long CSV: each report's lines are those of its own CSV
    /// file, each after the report's id (`ReportCSV.appendAllCellsPart`).
    static let cellsCSV = AssembledKind(
        name: "cells-csv", source: "report-csv",
        sourcePath: { b, index in SiteRoutes.reportCSV(b.corpus.placements[index]) },
        head: { _ in ReportCSV.allCellsHeader },
        part: { b, index, file, out in
            ReportCSV.appendAllCellsPart(id: b.corpus.placements[index].id, file: file, report: { b.corpus.reports[index] }, to: &out)
        },
        tail: { _ in [] })

    /// The whole file given to `stream`, each report's part from its file as `stream.written`
    /// reads it back (nil: made again).
    func produce(_ b: SiteBuilder, into stream: SiteStream) throws(Diagnostic) {
        try stream.write(head(b))
        try writeParts(b, of: b.corpus.reports.indices, from: { index in stream.written(sourcePath(b, index)) }, into: stream)
    }

    /// Gives `stream` the parts of reports `indices`, in order, each made from the file
    /// `file(index)` gives (nil: made again), then the tail: the end of the whole file, which
    /// `produce` and `AssembledStream.finish` share.
    func writeParts(_ b: SiteBuilder, of indices: Range<Int>, from file: (Int) -> [UInt8]?, into stream: SiteStream) throws(Diagnostic) {
        var bytes: [UInt8] = []
        for index in indices {
            bytes.removeAll(keepingCapacity: true)
            part(b, index, file(index), &bytes)
            try stream.write(bytes)
        }
        try stream.write(tail(b))
    }
}
