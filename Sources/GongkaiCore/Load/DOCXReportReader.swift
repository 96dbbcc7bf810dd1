import Foundation
import ZIPFoundation

extension ReportReader {
    /// A Word report (`.docx`): paragraphs with their list numbering, tables with merged cells
    /// (see `DOCXReportReader`).
    public static let docx = ReportReader(extensions: ["docx"]) { path, bytes throws(Diagnostic) in
        try DOCXReportReader.read(path: path, bytes: bytes)
    }
}

/// Reads a Word file: a ZIP (ZIPFoundation) of WordprocessingML (libxml2). Paragraphs in body
/// order, text split across runs joined, list numbering (一、 （一） 1.) written as Word shows
/// it, tables (`w:tbl`) as grids with `gridSpan` and `vMerge` expanded.
///
/// Refused with a stable code: a file that is not a ZIP or lacks `word/document.xml`
/// (`load.docx-broken`), an encrypted file (`load.docx-encrypted`: Word saves a password-protected
/// document as an OLE container), and a ZIP that would unpack to more than
/// `maximumUnpackedBytes` or holds more than `maximumEntries` entries (`load.docx-too-large`: a
/// zip bomb posing as a report is stopped while unpacking, whatever its headers claim).
enum DOCXReportReader {
    /// The largest `.docx` read: Word files carry images, so more than a text report.
    static let maximumBytes = 64 * 1024 * 1024
    /// The most bytes the parts read may unpack to, together.
    static let maximumUnpackedBytes = 64 * 1024 * 1024
    /// The most entries the ZIP may hold (a real document has a few dozen).
    static let maximumEntries = 5000

    static func read(path: String, bytes: [UInt8]) throws(Diagnostic) -> SourceText {
        guard bytes.count <= maximumBytes else {
            throw Diagnostic(.error, "load.too-large", line: nil,
                             "文件过大（\(bytes.count / 1_048_576) MB，上限 \(maximumBytes / 1_048_576) MB），不像一份年度报告；未发布")
        }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            throw Diagnostic(.error, "load.docx-encrypted", line: nil,
                             "Word 文件已加密（设有打开密码），或其实是旧版 .doc 文件：请在 Word 中取消密码后“另存为” .docx 再放入")
        }
        guard bytes.starts(with: [0x50, 0x4B]), let archive = try? Archive(data: Data(bytes), accessMode: .read, pathEncoding: nil) else {
            throw broken("不是有效的 ZIP 压缩包")
        }
        var parts = Parts()
        var entryCount = 0
        var unpacked = 0
        for entry in archive {
            entryCount += 1
            guard entryCount <= maximumEntries else { throw tooLarge("压缩包内有超过 \(maximumEntries) 个文件") }
            guard ["word/document.xml", "word/numbering.xml", "word/styles.xml"].contains(entry.path) else { continue }
            var data: [UInt8] = []
            do {
                _ = try archive.extract(entry, skipCRC32: false) { chunk in
                    unpacked += chunk.count
                    guard unpacked <= maximumUnpackedBytes else { throw UnpackLimit() }
                    data += chunk
                }
            } catch is UnpackLimit {
                throw tooLarge("解压后超过 \(maximumUnpackedBytes / 1_048_576) MB")
            } catch {
                throw broken("\(entry.path) 无法解压")
            }
            switch entry.path {
            case "word/document.xml": parts.document = data
            case "word/numbering.xml": parts.numbering = data
            default: parts.styles = data
            }
        }
        guard let documentXML = parts.document else {
            throw broken("缺少正文（word/document.xml）；文件可能已加密、损坏，或不是 Word 文档")
        }
        guard let document = LibXML.xml(documentXML), let body = document.child("body") else {
            throw broken("正文 XML 无法解析")
        }
        let numbering = DOCXNumbering(numbering: parts.numbering.flatMap(LibXML.xml), styles: parts.styles.flatMap(LibXML.xml))
        var reader = DOCXBlocks(numbering: numbering)
        reader.add(body)
        return SourceText(path: path, sha256: SHA256.hex(bytes), encoding: "docx", document: StructuredDocument(blocks: reader.blocks))
    }

    private struct Parts {
        var document: [UInt8]?
        var numbering: [UInt8]?
        var styles: [UInt8]?
    }

    private struct UnpackLimit: Error {}

    private static func broken(_ reason: String) -> Diagnostic {
        Diagnostic(.error, "load.docx-broken", line: nil, "Word 文件无法读取：\(reason)。请用 Word 或 WPS 打开后“另存为” .docx 再放入")
    }

    private static func tooLarge(_ reason: String) -> Diagnostic {
        Diagnostic(.error, "load.docx-too-large", line: nil, "Word 文件异常：\(reason)，不像一份年度报告（可能是压缩炸弹）；未发布")
    }
}

/// The paragraphs and tables of a document body.
struct DOCXBlocks {
    private(set) var blocks: [StructuredDocument.Block] = []
    private var numbering: DOCXNumbering
    private var paragraphCount = 0
    private var tableCount = 0

    init(numbering: DOCXNumbering) {
        self.numbering = numbering
    }

    /// Adds the block-level content of an element (the body, a content control, a cell).
    mutating func add(_ container: MarkupElement) {
        for element in container.elements {
            switch element.name {
            case "p":
                let text = paragraphText(element)
                guard text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else { continue }
                paragraphCount += 1
                blocks.append(.paragraph(text, SourcePlace(paragraph: paragraphCount)))
            case "tbl":
                addTable(element)
            case "sdt":
                if let content = element.child("sdtContent") { add(content) }
            case "customXml", "ins", "smartTag":
                add(element)
            default:
                break  // section properties, bookmarks, deleted blocks
            }
        }
    }

    /// A paragraph's text: its list number as Word shows it, then its runs.
    private mutating func paragraphText(_ paragraph: MarkupElement) -> String {
        let number = numbering.label(for: paragraph)
        return number + Self.runText(paragraph)
    }

    /// The text of the runs under an element, in order: `w:t`, tabs, breaks; not deleted text,
    /// field instructions, hidden runs, nor the fallback copy of alternate content.
    static func runText(_ element: MarkupElement) -> String {
        var out = ""
        for child in element.elements {
            switch child.name {
            case "t": out += child.children.compactMap { if case .text(let text) = $0 { text } else { nil } }.joined()
            case "tab", "ptab": out += "\t"
            case "br", "cr": out += "\n"
            case "noBreakHyphen", "softHyphen": out += child.name == "noBreakHyphen" ? "-" : ""
            case "r":
                if let properties = child.child("rPr"), properties.child("vanish") != nil { continue }
                out += runText(child)
            case "del", "moveFrom", "instrText", "delText", "pPr", "rPr", "Fallback", "fldChar", "tbl":
                continue
            default:
                out += runText(child)  // hyperlinks, insertions, smart tags, fields, text boxes
            }
        }
        return out
    }

    /// A table as a grid: `gridSpan` widens a cell, `vMerge` continues the cell above, `gridBefore`
    /// skips columns. A single-column table (a box around text) is its paragraphs.
    private mutating func addTable(_ table: MarkupElement) {
        let rows = table.children("tr")
        var widths: [Int] = []
        for row in rows {
            let before = Self.intValue(row.child("trPr")?.child("gridBefore"))
            widths.append(before + row.children("tc").reduce(0) { $0 + max(1, Self.intValue($1.child("tcPr")?.child("gridSpan"))) })
        }
        if (widths.max() ?? 0) <= 1 {
            for row in rows { for cell in row.children("tc") { add(cell) } }
            return
        }
        tableCount += 1
        var grid: [[StructuredCell]] = []
        for (rowIndex, row) in rows.enumerated() {
            var cells: [StructuredCell] = []
            var column = Self.intValue(row.child("trPr")?.child("gridBefore"))
            for _ in 0..<min(column, HTMLBlocks.maximumColspan) {
                cells.append(StructuredCell(text: "", place: SourcePlace(table: tableCount, row: rowIndex + 1, column: cells.count + 1)))
            }
            for cell in row.children("tc") {
                let properties = cell.child("tcPr")
                let span = min(max(1, Self.intValue(properties?.child("gridSpan"))), HTMLBlocks.maximumColspan)
                let merge = properties?.child("vMerge")
                let continues = merge != nil && merge?.attributes["val"] != "restart"
                var origin = StructuredCell(text: cellText(cell), place: SourcePlace(table: tableCount, row: rowIndex + 1, column: column + 1))
                if continues, rowIndex > 0, column < grid[rowIndex - 1].count {
                    origin = grid[rowIndex - 1][column]
                    origin.isSpanCopy = true
                }
                for across in 0..<span {
                    var copy = origin
                    copy.isSpanCopy = origin.isSpanCopy || across > 0
                    cells.append(copy)
                }
                column += span
            }
            grid.append(cells)
        }
        blocks.append(.table(grid))
    }

    /// A cell's paragraphs, one line each.
    private mutating func cellText(_ cell: MarkupElement) -> String {
        var lines: [String] = []
        for element in cell.elements {
            switch element.name {
            case "p": lines.append(paragraphText(element))
            case "tbl", "sdt": lines.append(Self.runText(element))
            default: continue
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The integer `w:val` of an element, or 0.
    static func intValue(_ element: MarkupElement?) -> Int {
        element?.attributes["val"].flatMap { Int($0.prefix(6)) } ?? 0
    }
}
