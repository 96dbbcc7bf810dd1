import Foundation

/// The key figures at the top of a report page, for a citizen who wants the numbers before the
/// text: this year's value of each figure and, when the township has last year's report, last
/// year's value and the change (difference and per cent). Unknown stays 未知 and a change with
/// an unknown side is 无法比较, never 0.
enum ReportKeyFigures {
    /// The figures shown, most asked-for first.
    static let figures: [KeyFigure] = [.newReceived, .resultsTotal, .granted, .partiallyGranted, .denied, .review, .litigation]

    /// Figures whose rows the 2019 trial form and the 2021 form count alike; the others are 不可比
    /// across the format change.
    static let comparableAcrossFormats: Set<KeyFigure> = [.newReceived, .resultsTotal, .review, .litigation]

    /// The table: 指标 | 本年 | (上年 | 变化).
    static func table(report: Report, lastYear: Report?) -> TableView {
        let thisYear = Display.year(report.metadata.year)
        var header: [TableCellView] = [.heading("指标", scope: "col"), .heading("本年（\(thisYear)）", scope: "col")]
        if let lastYear {
            header += [.heading("上年（\(Display.year(lastYear.metadata.year))）", scope: "col"), .heading("变化", scope: "col")]
        }
        let formatsDiffer = lastYear.map { $0.format != report.format } ?? false
        let body = figures.map { figure -> TableRowView in
            let now = figure.value(in: report)
            var cells: [TableCellView] = [.heading(figure.label + "（件）", scope: "row"), valueCell(now)]
            if let lastYear {
                let before = figure.value(in: lastYear)
                cells.append(valueCell(before))
                if formatsDiffer && !comparableAcrossFormats.contains(figure) {
                    cells.append(.data("不可比", classes: "change", note: "两年的表格格式不同，此项口径不同"))
                } else {
                    let change = change(from: before, to: now)
                    cells.append(.data(change ?? "无法比较", classes: change == nil ? "change unknown" : "number change"))
                }
            }
            return TableRowView(cells: cells)
        }
        let caption = lastYear == nil
            ? "关键数字（表三、表四；本乡镇没有上年报告，无法比较）"
            : "关键数字：本年与上年（表三、表四；未知的原因见下方表格的注）"
        return TableView(caption: caption, id: "key-figures-table", head: [TableRowView(cells: header)], body: body)
    }

    private static func valueCell(_ value: Decimal?) -> TableCellView {
        .data(Display.number(value), classes: value == nil ? "number unknown" : "number")
    }

    /// `Display.change`: `+26（+39.4%）`, `-1（-25%）`, `±0（0%）`, `+3` (no per cent from 0); nil
    /// when either side is unknown. The per cent is `Display.change`'s alone: this function once
    /// appended a rounded second one, and pages showed `+26（+39.4%）（+39%）`.
    static func change(from old: Decimal?, to new: Decimal?) -> String? {
        guard let old, let new else { return nil }
        return Display.change(from: old, to: new)
    }
}
