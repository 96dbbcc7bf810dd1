import Foundation

/// File access for loading reports, behind a small type so tests can inject files in memory.
public struct ReportFileSystem: Sendable {
    /// Reads a file's bytes.
    public var read: @Sendable (String) throws -> [UInt8]
    /// Lists the report files under a folder, sorted, as paths.
    public var listReports: @Sendable (String) throws -> [String]
    /// A file's size, modification time, mode and readability as text, or nil; what a no-op
    /// rebuild compares.
    public var stamp: @Sendable (String) -> String?
    /// Lists the report files under a folder and every entry not read, with the reason.
    public var listContent: @Sendable (String) throws -> ContentListing
    /// Every entry under a folder (files and folders, at any depth) as paths relative to it,
    /// sorted; nil when the path is not a folder that can be read. Theme folders are read and
    /// fingerprinted through it.
    public var listFolder: @Sendable (String) -> [String]?
    /// How the site folder is read and written (`SiteWriter`).
    public var siteDisk: SiteDiskAccess
    /// Says that the files at these paths are about to be read, in this order; returns at once.
    /// The disk asks the kernel to read them ahead (a file not in the page cache then does not
    /// hold up the core that parses it); elsewhere nothing.
    public var prefetch: @Sendable ([String]) -> Void

    /// Creates a file system from its operations; `listFolder` and `siteDisk` default to the disk's.
    public init(read: @escaping @Sendable (String) throws -> [UInt8], listReports: @escaping @Sendable (String) throws -> [String],
                stamp: @escaping @Sendable (String) -> String? = { _ in nil }, listContent: (@Sendable (String) throws -> ContentListing)? = nil,
                listFolder: @escaping @Sendable (String) -> [String]? = Self.diskFolder, siteDisk: SiteDiskAccess = .disk,
                prefetch: @escaping @Sendable ([String]) -> Void = { _ in }) {
        self.read = read
        self.listReports = listReports
        self.stamp = stamp
        self.listContent = listContent ?? { ContentListing(paths: try listReports($0)) }
        self.listFolder = listFolder
        self.siteDisk = siteDisk
        self.prefetch = prefetch
    }

    /// Asks the kernel, from a thread of its own, to read each file ahead
    /// (`posix_fadvise(WILLNEED)`, which starts the reads and does not wait for them): a build
    /// from a cold cache then reads its files with many requests in flight instead of one per
    /// core. A file that cannot be opened is left to the read that reports it.
    public static let diskPrefetch: @Sendable ([String]) -> Void = { paths in
        guard paths.count > 1 else { return }
        Thread.detachNewThread {
            for path in paths {
                let descriptor = open(path, O_RDONLY | O_CLOEXEC)
                guard descriptor >= 0 else { continue }
                _ = posix_fadvise(descriptor, 0, 0, POSIX_FADV_WILLNEED)
                close(descriptor)
            }
        }
    }

    /// Every entry under a folder on disk, relative and sorted; nil when it is not a folder.
    public static let diskFolder: @Sendable (String) -> [String]? = { folder in
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue,
              let walker = FileManager.default.enumerator(atPath: folder) else { return nil }
        return (walker.allObjects as? [String] ?? []).sorted()
    }

    /// Whether something is at a path (a stamp can be taken).
    public func exists(_ path: String) -> Bool { stamp(path) != nil }

    /// The reader of each form a report comes in, the one place a new form is added.
    public static let readers: [ReportReader] = [.text, .html, .docx, .legacyWord, .pdf]

    /// The file extensions read as reports, lowercase.
    public static let reportExtensions: Set<String> = readers.reduce(into: []) { $0.formUnion($1.extensions) }

    /// The reader for a path, by its extension; text for anything else.
    public static func reader(for path: String) -> ReportReader {
        let pathExtension = FileExtension.of(path).lowercased()
        return readers.first { $0.extensions.contains(pathExtension) } ?? .text
    }

    /// The real disk.
    public static let disk = ReportFileSystem(
        read: { path in
            guard let data = FileManager.default.contents(atPath: path) else {
                throw Diagnostic(.error, "load.read", line: nil, "无法读取文件（不存在、是目录或无权限）")
            }
            return [UInt8](data)
        },
        listReports: { folder in try ContentListing.disk(folder).paths },
        stamp: { path in
            var info = stat()
            guard stat(path, &info) == 0 else { return nil }
            // Whether this process may read it counts too: a file made unreadable is a change.
            return "\(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec) \(String(info.st_mode, radix: 8)) \(access(path, R_OK) == 0 ? "r" : "-")"
        },
        listContent: { folder in try ContentListing.disk(folder) },
        prefetch: diskPrefetch
    )

    /// Loads one report source, or the diagnostic that says why it cannot be read.
    public func loadSource(_ path: String) -> Result<SourceText, Diagnostic> {
        do {
            let bytes = try read(path)
            var source = try Self.reader(for: path).read(path, bytes)
            source.byteCount = bytes.count
            return .success(source)
        } catch let diagnostic as Diagnostic {
            return .failure(diagnostic.located(in: path))
        } catch {
            return .failure(Diagnostic(.error, "load.read", file: path, line: nil, "无法读取文件：\(error)"))
        }
    }
}

/// How one form of report file (text, HTML, DOCX, PDF…) becomes a `SourceText`.
public struct ReportReader: Sendable {
    /// The extensions it reads, lowercase, without the dot.
    public var extensions: Set<String>
    /// The source of a file's bytes, or a `.error` diagnostic with a stable code (`load.*`)
    /// and a Chinese message saying why the file cannot be read and what to do.
    public var read: @Sendable (_ path: String, _ bytes: [UInt8]) throws(Diagnostic) -> SourceText

    /// Creates a reader.
    public init(extensions: Set<String>, read: @escaping @Sendable (_ path: String, _ bytes: [UInt8]) throws(Diagnostic) -> SourceText) {
        self.extensions = extensions
        self.read = read
    }

    /// Plain text and markdown, in any encoding `TextDecoding` knows.
    public static let text = ReportReader(extensions: ["txt", "md", "markdown", "text"]) { path, bytes throws(Diagnostic) in
        try SourceText(path: path, bytes: bytes)
    }
}
