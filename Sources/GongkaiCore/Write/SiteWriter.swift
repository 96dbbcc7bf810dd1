import Foundation

/// Writes a built site to its folder atomically: everything goes into a sibling folder first,
/// which replaces the old site only when complete, so a failed build leaves the old site as it was.
public struct SiteWriter: Sendable {
    /// The marker file that says a folder was written by Gongkai, so it may be replaced.
    public static let marker = ".gongkai-site"

    /// The site folder.
    public var output: String

    /// Creates a writer for a site folder.
    public init(output: String) {
        self.output = output
    }

    /// Writes the files, replacing the folder's previous contents.
    public func write(_ files: [SiteFile]) throws(Diagnostic) {
        let manager = FileManager.default
        let target = URL(fileURLWithPath: output).standardizedFileURL
        try checkReplaceable(target)
        let staging = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).partial-\(ProcessInfo.processInfo.processIdentifier)")
        let retired = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).old-\(ProcessInfo.processInfo.processIdentifier)")
        try? manager.removeItem(at: staging)
        do {
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
            for file in files + [SiteFile(path: Self.marker, text: "built by gongkai\n")] {
                guard Self.isSafe(file.path) else {
                    throw Diagnostic(.error, "write.path", line: nil, "拒绝写入“\(file.path)”：路径超出网站目录")
                }
                let url = staging.appendingPathComponent(file.path)
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.bytes).write(to: url)
            }
            if manager.fileExists(atPath: target.path) {
                try manager.moveItem(at: target, to: retired)
            }
            try manager.moveItem(at: staging, to: target)
            try? manager.removeItem(at: retired)
        } catch let diagnostic as Diagnostic {
            try? manager.removeItem(at: staging)
            throw diagnostic
        } catch {
            try? manager.removeItem(at: staging)
            if !manager.fileExists(atPath: target.path), manager.fileExists(atPath: retired.path) {
                try? manager.moveItem(at: retired, to: target)
            }
            throw Diagnostic(.error, "write.failed", line: nil, "无法写入网站目录 \(output)：\(error.localizedDescription)；原有网站未改动")
        }
    }

    /// Only a missing folder, an empty one, or one Gongkai wrote may be replaced.
    private func checkReplaceable(_ target: URL) throws(Diagnostic) {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: target.path, isDirectory: &isFolder) else { return }
        guard isFolder.boolValue else {
            throw Diagnostic(.error, "write.not-folder", line: nil, "\(output) 已存在且不是目录")
        }
        let contents = (try? manager.contentsOfDirectory(atPath: target.path)) ?? []
        guard contents.isEmpty || contents.contains(Self.marker) else {
            throw Diagnostic(.error, "write.foreign-folder", line: nil,
                             "\(output) 中有非 Gongkai 生成的文件，请选择空目录或新目录")
        }
    }

    /// Whether a site path stays inside the site folder.
    static func isSafe(_ path: String) -> Bool {
        !path.isEmpty && !path.hasPrefix("/") && !path.contains("\\") && !path.contains("\0")
            && path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }
}
