import Foundation

/// A chart with the same numbers in a table next to it.
struct FigureView: Sendable {
    var title: String
    /// The chart's `<svg>` as UTF-8 (`svgText` for templates).
    var svg: [UInt8]
    /// Shown instead of the chart when every value is 0 or unknown (`ChartSpec.emptySentence`).
    var empty: String?
    var table: TableView

    /// The figure of a chart spec, drawn by `draw`, tabulated category by series; a sentence
    /// instead of the drawing when there is nothing to draw.
    init(_ spec: ChartSpec, id: String, draw: (ChartSpec) -> [UInt8]) {
        title = spec.title
        empty = spec.emptySentence
        svg = empty == nil ? draw(spec) : []
        let head = [TableRowView(cells: [.heading("类别", scope: "col")] + spec.series.map { .heading($0.name, scope: "col") })]
        let body = spec.categories.enumerated().map { index, category in
            TableRowView(cells: [.heading(category, scope: "row")] + spec.series.map { series in
                let value = index < series.values.count ? series.values[index] : nil
                return .data(Display.number(value), classes: value == nil ? "number unknown" : "number")
            })
        }
        table = TableView(caption: spec.title + "（数据表）", id: id, head: head, body: body)
    }

    /// The chart's `<svg>`.
    var svgText: String { String(decoding: svg, as: UTF8.self) }
}

/// The key figures of some reports as a table: one row per figure, one column per report, with
/// the change from the column before when `changes` is set (difference and per cent; 不可比 for a
/// figure whose meaning differs between the two reports' formats, `KeyFigure.comparableAcrossFormats`).
enum FigureTable {
    /// `links`, when given, are the columns' headings' link targets (one per column).
    static func byFigure(caption: String, id: String, columns: [Column], changes: Bool, links: [String]? = nil) -> TableView {
        var headCells: [TableCellView] = [.heading("指标", scope: "col")]
        for index in columns.indices {
            headCells.append(.heading(columns[index].label, scope: "col", link: links.flatMap { index < $0.count ? $0[index] : nil }))
            if changes, index > 0 { headCells.append(.heading("变化", scope: "col")) }
        }
        let body = KeyFigure.compared.indices.map { row in
            let figure = KeyFigure.compared[row]
            var cells: [TableCellView] = [.heading(figure.label, scope: "row")]
            var previous: Decimal??
            var previousFormat: ReportFormat??
            for index in columns.indices {
                let value = columns[index].values[row]
                let format = columns[index].format
                // Ids by figure and column, so a cited cell stays put when figures are added.
                let cellID = "\(id)-\(figure.rawValue)-\(index + 1)"
                cells.append(.data(Display.number(value), classes: value == nil ? "number unknown" : "number", id: cellID))
                if changes, let previous {
                    // Across the 2019/2021 format change some figures count different things.
                    if previousFormat != .some(format), !figure.comparableAcrossFormats {
                        cells.append(.data("不可比", classes: "number change incomparable", id: cellID + "-change"))
                    } else {
                        cells.append(.data(Display.change(from: previous, to: value), classes: "number change", id: cellID + "-change"))
                    }
                }
                previous = .some(value)
                previousFormat = .some(format)
            }
            return TableRowView(cells: cells)
        }
        return TableView(caption: caption, id: id, head: [TableRowView(cells: headCells)], body: body)
    }

    /// One report's column of a figure table: its heading, the report's format and its values of
    /// `KeyFigure.compared`, in that order, each read once (a page that also charts them reads
    /// them here, and no column holds a copy of its report).
    struct Column {
        var label: String
        var format: ReportFormat?
        var values: [Decimal?]

        init(label: String, report: Report) {
            self.label = label
            format = report.format
            values = KeyFigure.compared.map { $0.value(in: report) }
        }

        /// The value of `figure` as read here when it is one of `KeyFigure.compared` (the outer
        /// nil: not read here, for the caller to read from the report; a figure that is not read
        /// is never shown as unknown).
        func read(_ figure: KeyFigure) -> Decimal?? {
            KeyFigure.compared.firstIndex(of: figure).map { values[$0] }
        }
    }
}
