import Foundation
import GongkaiCore

/// Writes a report model back out as report text in one of the layouts the parser reads.
///
/// The text has the title line, the six official section headings, a short narrative in
/// sections 1, 5 and 6, and tables 2, 3 and 4 in the official layout of their format, headers
/// included. A known cell is printed as its number (`Decimal`'s description, so `-18` and
/// `0.35` read back as printed); an unknown cell is printed as "/", which reads back as
/// unknown, never as 0. A table the model lacks is not written; its section heading still is.
///
/// Used to round-trip reports through the parser and to generate synthetic reports in bulk, so
/// it writes into one pre-sized string in a single pass.
public enum ReportTextWriter {
    /// How the tables are laid out, one per layout reader of the parser.
    public enum Layout: String, CaseIterable, Sendable {
        /// One row per line, cells separated by tabs, merged cells left empty (text copied out of
        /// a Word or web table).
        case tabs
        /// Markdown pipe rows with padding cells for merged cells, as pandoc writes a Word table:
        /// `| 行政许可 | 84 | | |`.
        case pipes
        /// One cell per line with a leading tab, rows separated by a blank line (text copied
        /// out of a PDF cell by cell).
        case cellPerLine
        /// Cells separated by runs of two spaces, merged cells dropped (text exported from a PDF).
        case spaces
        /// One cell per line with one blank line between cells, merged cells dropped, a blank or
        /// missing cell as one more blank line (a web table copied out cell by cell, real b/02).
        case blankLineCells
        /// One cell per line ending in " |", a bare "|" line before each row, merged cells
        /// dropped: a web table flattened by a copy (real-kinds k05).
        case stream
        /// Tab rows, table 4 printed as three titled parts (行政复议 / 行政诉讼（未经复议直接起诉）/
        /// 行政诉讼（复议后起诉）), each with its five headings and one row of values (k16).
        case titledTable4
        /// Pipe rows, table 4 as one flat row of fifteen values under a header that lost its
        /// merged cells (“行政复议行政诉讼”, k15).
        case flatTable4

        /// How the cells of a row are written.
        var cells: CellStyle {
            switch self {
            case .tabs, .titledTable4: .tabs
            case .pipes, .flatTable4: .pipes
            case .cellPerLine: .cellPerLine
            case .spaces: .spaces
            case .blankLineCells: .blankLineCells
            case .stream: .stream
            }
        }
    }

    /// How the cells of a table row are written: a layout's, or run together as a crawler's
    /// one-line text prints them.
    enum CellStyle {
        case tabs, pipes, cellPerLine, spaces, blankLineCells, stream, runTogether
    }

    /// A complete report text: title line "<organ><year>年政府信息公开工作年度报告" (followed by a
    /// line "编制单位：<county><organ>" when the organ's name lacks the county, so the county reads
    /// back), the six section headings (`Section.officialHeading`), a short narrative paragraph in
    /// sections 1, 5, 6 (the report's section markdown when present, else a fixed sentence), and
    /// tables 2, 3, 4 in the official layout of each table's format with their header rows, then
    /// the organ and the publication date when the report has one. Each cell is printed as its
    /// number, an unknown cell (value nil) as "/". A nil table is not written.
    public static func text(of report: Report, layout: Layout) -> String {
        write(report, layout: layout, cells: layout.cells)
    }

    /// The report as a crawler's capture of its web page (real-kinds k13): a capture-time line,
    /// then “标题: <title> 来源: 本单位 ” and the whole report on one line — headings in mid-line,
    /// table cells and rows run together with nothing between them (`规章000行政规范性文件3112`),
    /// a blank or unknown cell as “/” — then the signature on its own lines. Runs of digits
    /// read back only where they have one reading under the table's identities, so a report
    /// whose tables satisfy V1–V4 reads back whole and any other never reads a wrong number.
    public static func crawlerDump(of report: Report) -> String {
        write(report, layout: .tabs, cells: .runTogether)
    }

    private static func write(_ report: Report, layout: Layout, cells: CellStyle) -> String {
        var capacity = 8_192
        for section in report.sections where section.number == 1 || section.number >= 5 { capacity += section.narrative.markdown.utf8.count }
        var out = Output(layout: layout, cells: cells, capacity: capacity)

        writeTitle(of: report, to: &out)
        for number in 1...6 {
            out.line(Section.officialHeading(number))
            out.blank()
            switch number {
            case 2: if let table = report.table2 { writeTable2(table, to: &out) }
            case 3: if let table = report.table3 { writeTable3(table, to: &out) }
            case 4: if let table = report.table4 { writeTable4(table, to: &out) }
            default: writeNarrative(of: report, section: number, to: &out)
            }
        }
        if cells == .runTogether { out.text = dump(out.text) }
        writeSignature(of: report, to: &out)
        return out.text
    }

    /// The written text as a crawler's capture: every non-empty line run together after the
    /// title's “标题:” key, as `innerText` of a page gives it.
    private static func dump(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true)
        guard let title = lines.first else { return text }
        // 编制单位 stays on its own line under the title, as a page's metadata box prints it.
        let unit = lines.dropFirst().first.flatMap { $0.hasPrefix("编制单位") ? $0 : nil }
        var out = "抓取时间: 2024-03-01\n标题: "
        out += title
        out += " 来源: 本单位\n"
        if let unit {
            out += unit
            out += "\n"
        }
        for line in lines.dropFirst(unit == nil ? 1 : 2) { out += line }
        out += "\n"
        return out
    }

    // MARK: - Text parts

    /// The title, and a line naming the county before the organ when the organ's name lacks it,
    /// so the county reads back too.
    private static func writeTitle(of report: Report, to out: inout Output) {
        let metadata = report.metadata
        out.text += metadata.organ ?? ""
        if let year = metadata.year {
            out.text += String(year)
            out.text += "年"
        }
        out.text += "政府信息公开工作年度报告\n\n"
        if let organ = metadata.organ, let county = metadata.county, !organ.contains(county) {
            out.text += "编制单位："
            out.text += county
            out.text += organ
            out.text += "\n\n"
        }
    }

    /// The section's markdown, or a fixed sentence when the report has none.
    private static func writeNarrative(of report: Report, section number: Int, to out: inout Output) {
        if let markdown = report.section(number)?.narrative.markdown, !markdown.isEmpty {
            out.line(markdown)
        } else {
            switch number {
            case 1: out.line("本年度，本机关认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政府信息公开工作。")
            case 5: out.line("一是公开内容还不够全面。二是公开形式还不够丰富。下一步将持续改进政府信息公开工作。")
            default: out.line("本年度未收取信息处理费，无其他需要报告的事项。")
            }
        }
        out.blank()
    }

    /// The organ and the publication date at the end, when the report has a date.
    private static func writeSignature(of report: Report, to out: inout Output) {
        guard let published = report.metadata.published else { return }
        let parts = published.split(separator: "-")
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return }
        if let organ = report.metadata.organ { out.line(organ) }
        out.line("\(year)年\(month)月\(day)日")
    }

    // MARK: - Tables

    /// Table 2: per 第二十条 sub-table its heading row, the 信息内容 row of column labels, then
    /// its rows, on a grid four cells wide.
    private static func writeTable2(_ table: ReportTable<Table2Row>, to out: inout Output) {
        let format = table.format
        let rows = Table2Row.rows(in: format)
        let width = 1 + rows.reduce(0) { max($0, $1.columnCount(in: format)) }
        out.beginTable(width: width)
        var article = ""
        for row in rows {
            if row.article != article {
                article = row.article
                out.label(article)
                out.pad(width - 1)
                out.endRow()
                out.label("信息内容")
                let labels = row.columnLabels(in: format)
                for label in labels { out.label(label) }
                out.pad(width - 1 - labels.count)
                out.endRow()
            }
            out.label(format == .trial && row == .normativeDocuments ? "规范性文件" : row.officialLabel)
            let cells = table[row]
            for cell in cells { out.value(cell) }
            out.pad(width - 1 - cells.count)
            out.endRow()
        }
        out.endTable()
    }

    /// Table 3: the two-level applicant header, then each row with its label cells (the result
    /// group in the second column on the group's first row, merged cells empty) and seven values.
    private static func writeTable3(_ table: ReportTable<Table3Row>, to out: inout Output) {
        let columns = Table3Column.allCases
        out.beginTable(width: 3 + columns.count)
        out.label("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）")
        out.pad(2)
        out.label("申请人情况")
        out.pad(columns.count - 1)
        out.endRow()
        out.pad(3)
        out.label(Table3Column.naturalPerson.officialLabel)
        out.label("法人或其他组织")
        out.pad(4)
        out.label(Table3Column.total.officialLabel)
        out.endRow()
        out.pad(4)
        for column in columns where column != .naturalPerson && column != .total { out.label(column.officialLabel) }
        out.pad(1)
        out.endRow()

        var previousGroup: String?
        for row in table.rows {
            switch row {
            case .newReceived, .carriedOver, .carriedForward:
                out.label(row.officialLabel)
                out.label("")
                out.label("")
            default:
                out.label(row == .granted ? "三、本年度办理结果" : "")
                if let group = row.group {
                    out.label(group == previousGroup ? "" : group)
                    out.label(row.officialLabel)
                } else {
                    out.label(row.officialLabel)
                    out.label("")
                }
            }
            previousGroup = row.group
            let cells = table[row]
            for cell in cells { out.value(cell) }
            out.pad(columns.count - cells.count)
            out.endRow()
        }
        out.endTable()
    }

    /// Table 4: the two header rows over 行政复议 and the two kinds of 行政诉讼, then one row of
    /// fifteen values.
    private static func writeTable4(_ table: ReportTable<Table4Group>, to out: inout Output) {
        let columns = Table4Column.allCases
        let width = columns.count * Table4Group.allCases.count
        switch out.layout {
        case .titledTable4:
            // 行政复议 / 行政诉讼（未经复议直接起诉）/ 行政诉讼（复议后起诉）, each titled on its own line.
            let titles = ["行政复议", "行政诉讼（未经复议直接起诉）", "行政诉讼（复议后起诉）"]
            out.beginTable(width: columns.count)
            for (title, group) in zip(titles, Table4Group.allCases) {
                out.line(title)
                for column in columns { out.label(column.officialLabel) }
                out.endRow()
                let cells = table[group]
                for column in columns.indices { out.value(column < cells.count ? cells[column] : .missing) }
                out.endRow()
            }
            out.endTable()
            return
        case .flatTable4:
            // The merged headers lost: the two group words run together, then fifteen values.
            out.line("行政复议行政诉讼")
            out.beginTable(width: width)
            for group in Table4Group.allCases {
                let cells = table[group]
                for column in columns.indices { out.value(column < cells.count ? cells[column] : .missing) }
            }
            out.endRow()
            out.endTable()
            return
        default:
            break
        }
        out.beginTable(width: width)
        out.label("行政复议")
        out.pad(columns.count - 1)
        out.label("行政诉讼")
        out.pad(width - columns.count - 1)
        out.endRow()
        for column in columns { out.label(column.officialLabel) }
        out.label("未经复议直接起诉")
        out.pad(columns.count - 1)
        out.label("复议后起诉")
        out.pad(columns.count - 1)
        out.endRow()
        for _ in columns { out.label("") }
        for _ in 0..<2 { for column in columns { out.label(column.officialLabel) } }
        out.endRow()
        for group in Table4Group.allCases {
            let cells = table[group]
            for column in columns.indices { out.value(column < cells.count ? cells[column] : .missing) }
        }
        out.endRow()
        out.endTable()
    }

    // MARK: - Output

    /// The text being written, and how a table row is laid out in it.
    private struct Output {
        /// The report's layout (`text(of:layout:)` decides table 4 by it).
        let layout: Layout
        /// How cells are written.
        let cells: CellStyle
        var text = ""
        /// Cells written in the current row.
        private var cellsInRow = 0
        /// Rows written in the current table.
        private var rowsInTable = 0
        /// Cells per row of the current table.
        private var width = 0

        init(layout: Layout, cells: CellStyle, capacity: Int) {
            self.layout = layout
            self.cells = cells
            text.reserveCapacity(capacity)
        }

        /// A line of text and its line end.
        mutating func line(_ string: String) {
            text += string
            text += "\n"
        }

        /// An empty line.
        mutating func blank() {
            text += "\n"
        }

        mutating func beginTable(width: Int) {
            self.width = width
            rowsInTable = 0
            cellsInRow = 0
        }

        mutating func endTable() {
            blank()
        }

        /// A label cell; an empty one is a merged cell of the form, kept where the layout shows it.
        mutating func label(_ string: String) {
            switch cells {
            case .tabs:
                if cellsInRow > 0 { text += "\t" }
                text += string
            case .pipes:
                text += cellsInRow == 0 ? "| " : " | "
                text += string
            case .cellPerLine:
                text += "\t"
                text += string
                text += "\n"
            case .spaces:
                guard !string.isEmpty else { return }
                if cellsInRow > 0 { text += "  " }
                text += string
            case .blankLineCells:
                guard !string.isEmpty else { return }
                text += string
                text += "\n\n"
            case .stream:
                guard !string.isEmpty else { return }
                if cellsInRow == 0 { text += "|\n" }
                text += string
                text += " |\n"
            case .runTogether:
                text += string
            }
            cellsInRow += 1
        }

        /// A value cell: the number, or "/" when unknown.
        mutating func value(_ cell: Cell) {
            if let value = cell.value {
                label(value.description)
            } else if cells == .blankLineCells, cell.status == .blank || cell.status == .missing {
                text += "\n"  // an empty cell: one more blank line between its neighbours
                cellsInRow += 1
            } else {
                label("/")
            }
        }

        /// Empty cells that only fill out the grid; written by the layouts that keep a grid.
        mutating func pad(_ count: Int) {
            guard count > 0, cells == .tabs || cells == .pipes else { return }
            for _ in 0..<count { label("") }
        }

        /// Ends a row; the first row of a pipe table is followed by its separator.
        mutating func endRow() {
            switch cells {
            case .tabs, .spaces, .runTogether:
                text += "\n"
            case .pipes:
                text += " |\n"
                if rowsInTable == 0 {
                    text += "|"
                    for _ in 0..<max(width, cellsInRow) { text += "---|" }
                    text += "\n"
                }
            case .cellPerLine:
                text += "\n"
            case .blankLineCells, .stream:
                break
            }
            cellsInRow = 0
            rowsInTable += 1
        }
    }
}
