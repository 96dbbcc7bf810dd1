import Foundation

/// The report files of a content folder, found by a walk that follows symbolic links (a content
/// folder or township folder that is a link is read like any other) and never loops, and every
/// entry it did not read, with the reason: nothing in the content tree is passed over unseen.
public struct ContentListing: Sendable {
    /// The report files, sorted; under the folder as named, through links as named.
    public var paths: [String]
    /// Entries that may hold a report but could not be read (an unreadable folder, a link to
    /// nothing): errors, since a report may be missing from the portal because of them.
    public var skipped: [(String, Diagnostic)]
    /// Entries read on purpose as nothing (not a report file, hidden, a folder already read
    /// through another link): notes.
    public var ignored: [(String, Diagnostic)]

    /// Creates a listing.
    public init(paths: [String], skipped: [(String, Diagnostic)] = [], ignored: [(String, Diagnostic)] = []) {
        self.paths = paths
        self.skipped = skipped
        self.ignored = ignored
    }

    /// What one entry of a folder is, links followed.
    public enum Kind: Sendable, Equatable {
        /// A folder, with an identity that is the same by whatever link it is reached (device and inode).
        case folder(id: String)
        case file
        /// Neither (a device, a socket, a pipe).
        case other
        /// A link to nothing.
        case brokenLink
    }

    /// Walks `folder` with `entries` (a folder's names, or nil when it cannot be read) and `kind`.
    /// Throws `load.folder` when `folder` itself is not a readable folder.
    public static func walk(_ folder: String, entries: (String) -> [String]?, kind: (String) -> Kind,
                            extensions: Set<String> = ReportFileSystem.reportExtensions) throws(Diagnostic) -> ContentListing {
        guard case .folder(let rootID) = kind(folder) else { throw Diagnostic(.error, "load.folder", file: folder, line: nil, "目录不存在") }
        guard let rootEntries = entries(folder) else { throw Diagnostic(.error, "load.folder", file: folder, line: nil, "无法读取目录（无权限？）") }
        var listing = ContentListing(paths: [])
        var seen: [String: String] = [rootID: folder]
        var pending: [(String, [String])] = [(folder, rootEntries)]
        while let (current, names) = pending.popLast() {
            for name in names.sorted() {
                let path = current.hasSuffix("/") ? current + name : current + "/" + name
                if name.hasPrefix(".") {
                    listing.ignored.append((path, Diagnostic(.note, "load.hidden", line: nil, "隐藏文件或目录，未读取")))
                    continue
                }
                switch kind(path) {
                case .folder(let id):
                    if let first = seen[id] {
                        listing.ignored.append((path, Diagnostic(.note, "load.loop", line: nil, "与已读取的“\(first)”是同一目录（符号链接），未重复读取")))
                    } else if let inner = entries(path) {
                        seen[id] = path
                        pending.append((path, inner))
                    } else {
                        listing.skipped.append((path, Diagnostic(.error, "load.folder", line: nil, "无法读取目录（无权限？），其中的报告未发布")))
                    }
                case .file:
                    if extensions.contains(FileExtension.of(name).lowercased()) {
                        listing.paths.append(path)
                    } else {
                        let known = extensions.sorted().map { "." + $0 }.joined(separator: "、")
                        listing.ignored.append((path, Diagnostic(.note, "load.not-report", line: nil, "不是报告文件（读取 \(known)），未读取")))
                    }
                case .brokenLink:
                    listing.skipped.append((path, Diagnostic(.error, "load.broken-link", line: nil, "符号链接指向的文件或目录不存在")))
                case .other:
                    listing.ignored.append((path, Diagnostic(.note, "load.not-file", line: nil, "不是普通文件，未读取")))
                }
            }
        }
        // `String`'s order, by bytes where they tell it (`TextOrder`): at 30,000 reports the
        // Unicode-aware sort was a seventh of a rebuild that finds nothing changed.
        listing.paths = TextOrder.sorted(listing.paths)
        listing.skipped.sort { $0.0 < $1.0 }
        listing.ignored.sort { $0.0 < $1.0 }
        return listing
    }

    /// Walks a folder on disk.
    public static func disk(_ folder: String) throws(Diagnostic) -> ContentListing {
        try walk(folder, entries: { try? FileManager.default.contentsOfDirectory(atPath: $0) }, kind: { path in
            var info = stat()
            guard stat(path, &info) == 0 else {
                var link = stat()
                return lstat(path, &link) == 0 ? .brokenLink : .other
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR: return .folder(id: "\(info.st_dev):\(info.st_ino)")
            case S_IFREG: return .file
            default: return .other
            }
        })
    }
}
