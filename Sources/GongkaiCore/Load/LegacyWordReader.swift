import Foundation

extension ReportReader {
    /// A legacy binary Word (`.doc`) or WPS (`.wps`) report: converted to `.docx` by LibreOffice
    /// when it is installed, then read as one; otherwise refused with how to convert it.
    public static let legacyWord = ReportReader(extensions: ["doc", "wps"]) { path, bytes throws(Diagnostic) in
        try LegacyWordReader.read(path: path, bytes: bytes, converter: LegacyWordReader.executable(named: ["soffice", "libreoffice"]))
    }
}

/// Converts `.doc`/`.wps` with `soffice --headless --convert-to docx` (Debian
/// `libreoffice-writer-nogui`). The binary formats are undocumented enough that a converter
/// that has read them for decades beats a reader of our own.
enum LegacyWordReader {
    /// How long a conversion may take before it is stopped (a real report takes seconds).
    static let timeout: TimeInterval = 120

    /// The source of a `.doc`/`.wps` file converted by `converter` (the path of `soffice`), or
    /// `load.legacy-word` when there is no converter or the conversion fails.
    static func read(path: String, bytes: [UInt8], converter: String?) throws(Diagnostic) -> SourceText {
        guard bytes.count <= DOCXReportReader.maximumBytes else { throw SourceText.tooLarge(bytes.count) }
        guard let soffice = converter else {
            throw Diagnostic(.error, "load.legacy-word", line: nil,
                             "旧版 Word/WPS 文件（.doc/.wps）需要 LibreOffice 才能读取，本机未安装：请安装 LibreOffice（Debian：apt-get install libreoffice-writer-nogui），或在 Word/WPS 中“另存为” .docx 后放入")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-convert-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let pathExtension = (path as NSString).pathExtension.lowercased()
        let input = folder.appendingPathComponent("report." + pathExtension)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(bytes).write(to: input)
        } catch {
            throw failed("无法写入临时文件")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: soffice)
        process.arguments = ["-env:UserInstallation=file://" + folder.appendingPathComponent("profile").path,
                             "--headless", "--convert-to", "docx", "--outdir", folder.path, input.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { throw failed("LibreOffice 无法启动") }
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning {
            process.terminate()
            throw failed("LibreOffice 转换超过 \(Int(timeout)) 秒")
        }
        guard let converted = FileManager.default.contents(atPath: folder.appendingPathComponent("report.docx").path) else {
            throw failed("LibreOffice 未能转换此文件（可能已损坏或加密）")
        }
        var source = try DOCXReportReader.read(path: path, bytes: [UInt8](converted))
        source.sha256 = SHA256.hex(bytes)
        source.encoding = pathExtension + " (LibreOffice)"
        return source
    }

    /// The first of the names found on `PATH`, as a full path.
    static func executable(named names: [String]) -> String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for name in names {
            for folder in folders {
                let candidate = "\(folder)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }

    private static func failed(_ reason: String) -> Diagnostic {
        Diagnostic(.error, "load.legacy-word", line: nil, "旧版 Word/WPS 文件无法转换：\(reason)。请在 Word/WPS 中“另存为” .docx 后放入")
    }
}
