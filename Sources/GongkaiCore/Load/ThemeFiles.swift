import Foundation

/// The files of a theme: Mustache templates by name and static assets by path.
public struct ThemeFiles: Sendable {
    /// Template name (file name without `.mustache`, sub-folders included) → source and path.
    public var templates: [String: (text: String, path: String)]
    /// Asset path under `assets/` → bytes.
    public var assets: [String: [UInt8]]

    /// Creates a theme from its files.
    public init(templates: [String: (text: String, path: String)], assets: [String: [UInt8]]) {
        self.templates = templates
        self.assets = assets
    }

    /// Reads a theme folder: `*.mustache` anywhere, and everything under `assets/`.
    public static func read(folder: String, fileSystem: ReportFileSystem = .disk) throws(Diagnostic) -> ThemeFiles {
        guard let relatives = fileSystem.listFolder(folder) else {
            throw Diagnostic(.error, "theme.folder", file: folder, line: nil, "主题目录不存在")
        }
        var templates: [String: (text: String, path: String)] = [:]
        var assets: [String: [UInt8]] = [:]
        for relative in relatives {
            let path = (folder as NSString).appendingPathComponent(relative)
            let name = (relative as NSString).lastPathComponent
            // A folder cannot be read as a file, and is passed over like an unreadable file.
            guard !name.hasPrefix("."), let bytes = try? fileSystem.read(path) else { continue }
            let data = Data(bytes)
            if relative.hasSuffix(".mustache") {
                guard let text = String(data: data, encoding: .utf8) else {
                    throw Diagnostic(.error, "theme.encoding", file: path, line: nil, "模板必须是 UTF-8 编码")
                }
                templates[String(relative.dropLast(".mustache".count))] = (text, path)
            } else if relative.hasPrefix("assets/") {
                assets[relative] = [UInt8](data)
            }
        }
        return ThemeFiles(templates: templates, assets: assets)
    }

    /// The default theme shipped inside Gongkai: the `DefaultTheme` folder, a SwiftPM resource of
    /// GongkaiCore, found in the resource bundle next to the running executable (symbolic links
    /// followed), so `gongkai build` works from any working directory. Throws `theme.default`
    /// naming the folders looked in when the bundle was not installed with the executable.
    public static func defaultFolder() throws(Diagnostic) -> String {
        var places: [URL] = []
        if let executable = RunningExecutable.path.map({ URL(fileURLWithPath: $0) }) {
            let resolved = executable.resolvingSymlinksInPath().deletingLastPathComponent()
            places.append(resolved)
            if executable.deletingLastPathComponent().path != resolved.path { places.append(executable.deletingLastPathComponent()) }
        }
        var tried: [String] = []
        for place in places {
            for bundle in ["Gongkai_GongkaiCore.resources", "Gongkai_GongkaiCore.bundle"] {
                for inner in ["DefaultTheme", "Contents/Resources/DefaultTheme"] {
                    let folder = place.appendingPathComponent(bundle).appendingPathComponent(inner).path
                    var isFolder: ObjCBool = false
                    if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue { return folder }
                    tried.append(folder)
                }
            }
        }
        throw Diagnostic(.error, "theme.default", line: nil,
                         "找不到随程序安装的默认主题（已查找 \(tried.prefix(2).joined(separator: "、"))）：请把 Gongkai_GongkaiCore.resources 与 gongkai 放在同一目录，或用 --theme 指定完整主题")
    }

    /// This theme over a fallback: its templates and assets win, the fallback fills the rest.
    public func overriding(_ fallback: ThemeFiles) -> ThemeFiles {
        ThemeFiles(templates: fallback.templates.merging(templates) { $1 }, assets: fallback.assets.merging(assets) { $1 })
    }
}
