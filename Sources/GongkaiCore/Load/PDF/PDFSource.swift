import Foundation

extension ReportReader {
    /// PDF (`.pdf`) with a text layer: Poppler's words rebuilt into paragraphs and tables
    /// (``PDFLayout``). Scanned, encrypted and broken files are refused with a `load.pdf-*` code.
    public static let pdf = ReportReader(extensions: ["pdf"]) { path, bytes throws(Diagnostic) in
        guard bytes.count <= SourceText.maximumBytes else { throw SourceText.tooLarge(bytes.count) }
        // The PDF standard lets the header start anywhere in the first 1 KB.
        guard bytes.prefix(1024).firstRange(of: Array("%PDF-".utf8)) != nil else {
            throw Diagnostic(.error, "load.pdf-broken", line: nil, "文件名是 .pdf，内容却不是 PDF（缺少 %PDF- 文件头）；未发布")
        }
        let layout = try PDFLayout.read(try PopplerWords.pages(of: bytes))
        return SourceText(path: path, sha256: SHA256.hex(bytes), encoding: "pdf", document: layout.document)
    }
}
