import Foundation

/// A PDF report as source lines: Poppler's words rebuilt into paragraphs and tables
/// (``PDFLayout``), each table row a line of tab-separated cells, as the text path reads them.
enum PDFSource {
    /// The encoding recorded for a report read from a PDF.
    static let encoding = "pdf"

    /// Whether a file is a PDF: named `.pdf`, or starting (within its first 1 KB, as the PDF
    /// standard allows) with `%PDF-`.
    static func isPDF(path: String, bytes: [UInt8]) -> Bool {
        if (path as NSString).pathExtension.lowercased() == "pdf" { return true }
        let signature: [UInt8] = Array("%PDF-".utf8)
        let head = bytes.prefix(1024)
        return head.indices.contains { index in head[index...].starts(with: signature) }
    }

    /// The source lines of a PDF; throws a `load.pdf-*` diagnostic when it cannot be read.
    static func lines(of bytes: [UInt8]) throws(Diagnostic) -> [String] {
        guard bytes.starts(with: Array("%PDF-".utf8)) || bytes.prefix(1024).firstRange(of: Array("%PDF-".utf8)) != nil else {
            throw Diagnostic(.error, "load.pdf-broken", line: nil, "文件名是 .pdf，内容却不是 PDF（缺少 %PDF- 文件头）；未发布")
        }
        let layout = try PDFLayout.read(try PopplerWords.pages(of: bytes))
        return layout.textLines
    }
}
