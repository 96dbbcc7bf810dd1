import Foundation

/// A run of text on a PDF page and the box it sits in, in PDF points from the page's top left
/// (Poppler's coordinates): a word as `pdftotext` gives it, or several joined.
struct PDFBox: Sendable, Hashable {
    /// 1-based page number.
    var page: Int
    /// Left, top, right, bottom, in points.
    var x0: Double, y0: Double, x1: Double, y1: Double
    /// The text, normalised like a text file's.
    var text: String

    var height: Double { y1 - y0 }
    var centerY: Double { (y0 + y1) / 2 }
}

/// One page: its size in points and its words in `pdftotext` order.
struct PDFPage: Sendable, Hashable {
    var number: Int
    var width: Double
    var height: Double
    var words: [PDFBox]
}

/// The words of a PDF with their positions, read by Poppler's `pdftotext -tsv` (Debian
/// poppler-utils) run as a child process with bounded time and output, so a hostile PDF can
/// neither hang the build nor fill its memory.
enum PopplerWords {
    /// How long `pdftotext` may run on one file; real reports take well under a second.
    static let timeLimit: TimeInterval = 30
    /// The most output read from `pdftotext`: far more than any report's words.
    static let outputLimit = 64 * 1024 * 1024

    /// The pages of the PDF in `bytes`; throws `load.pdf-*` diagnostics for what cannot be read:
    /// no Poppler, an encrypted or broken file, a file that takes too long.
    static func pages(of bytes: [UInt8]) throws(Diagnostic) -> [PDFPage] {
        guard let tool = executable(named: "pdftotext") else {
            throw Diagnostic(.error, "load.pdf-tool", line: nil,
                             "读取 PDF 需要 Poppler 的 pdftotext（Debian 软件包 poppler-utils，make site 会自动安装）；未发布")
        }
        // Poppler reads a file: the bytes go to a private temporary one, removed at once.
        let file = (NSTemporaryDirectory() as NSString).appendingPathComponent("gongkai-\(UUID().uuidString).pdf")
        guard FileManager.default.createFile(atPath: file, contents: Data(bytes), attributes: [.posixPermissions: 0o600]) else {
            throw Diagnostic(.error, "load.pdf-tool", line: nil, "无法写入临时文件以读取 PDF（\(NSTemporaryDirectory())）；未发布")
        }
        defer { try? FileManager.default.removeItem(atPath: file) }
        let run = BoundedProcess.run(tool, arguments: ["-tsv", "-enc", "UTF-8", file, "-"], timeLimit: timeLimit, outputLimit: outputLimit)
        switch run.outcome {
        case .timedOut:
            throw Diagnostic(.error, "load.pdf-timeout", line: nil, "读取 PDF 超过 \(Int(timeLimit)) 秒仍未完成，文件可能已损坏；未发布")
        case .tooLarge:
            throw Diagnostic(.error, "load.pdf-too-large", line: nil, "PDF 中的文字超过 \(outputLimit / 1_048_576) MB，不像一份年度报告；未发布")
        case .failedToStart(let reason):
            throw Diagnostic(.error, "load.pdf-tool", line: nil, "无法运行 pdftotext：\(reason)；未发布")
        case .exited(let status):
            let message = String(decoding: run.error, as: UTF8.self)
            if message.contains("Incorrect password") || message.contains("encrypted") {
                throw Diagnostic(.error, "load.pdf-encrypted", line: nil,
                                 "PDF 已加密（需要密码才能打开），无法读取其中的文字；请提供未加密的文件；未发布")
            }
            guard status == 0 else {
                throw Diagnostic(.error, "load.pdf-broken", line: nil, "PDF 文件已损坏或不完整，无法读取（\(firstLine(message))）；未发布")
            }
        }
        let pages = parse(tsv: run.output)
        guard !pages.isEmpty else {
            let message = String(decoding: run.error, as: UTF8.self)
            throw Diagnostic(.error, "load.pdf-broken", line: nil, "PDF 文件已损坏或不完整，读不出任何一页（\(firstLine(message))）；未发布")
        }
        return pages
    }

    /// Pages from `pdftotext -tsv` output: level 1 rows open a page (its size), level 5 rows are words.
    static func parse(tsv: [UInt8]) -> [PDFPage] {
        var pages: [PDFPage] = []
        for row in tsv.split(separator: 0x0A, omittingEmptySubsequences: true) {
            let fields = row.split(separator: 0x09, maxSplits: 11, omittingEmptySubsequences: false)
            guard fields.count == 12, let level = Int(ascii: fields[0]), let page = Int(ascii: fields[1]),
                  let left = Double(ascii: fields[6]), let top = Double(ascii: fields[7]),
                  let width = Double(ascii: fields[8]), let height = Double(ascii: fields[9]),
                  left.isFinite, top.isFinite, width.isFinite, height.isFinite else { continue }
            if level == 1 {
                pages.append(PDFPage(number: page, width: width, height: height, words: []))
            } else if level == 5, let last = pages.indices.last, pages[last].number == page {
                let raw = String(decoding: fields[11], as: UTF8.self)
                let text = TextNormalizer.lines(of: raw).joined(separator: " ").trimmingBlanks()
                guard !text.isEmpty else { continue }
                pages[last].words.append(PDFBox(page: page, x0: left, y0: top, x1: left + max(width, 0), y1: top + max(height, 0),
                                                text: String(text)))
            }
        }
        return pages
    }

    /// The path of an executable found on PATH (or the usual system folders), or nil.
    static func executable(named name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let folders = path.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"]
        return folders.lazy.map { ($0 as NSString).appendingPathComponent(name) }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    private static func firstLine(_ text: String) -> String {
        let line = text.split(separator: "\n").first.map(String.init) ?? "无输出"
        return String(line.prefix(120))
    }
}

extension Int {
    fileprivate init?(ascii: ArraySlice<UInt8>) { self.init(String(decoding: ascii, as: UTF8.self)) }
}

extension Double {
    fileprivate init?(ascii: ArraySlice<UInt8>) { self.init(String(decoding: ascii, as: UTF8.self)) }
}
