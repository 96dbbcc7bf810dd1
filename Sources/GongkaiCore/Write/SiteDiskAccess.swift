import Foundation

/// The operations `SiteWriter` writes a site with, part of the one injectable file-system value
/// (`ReportFileSystem.siteDisk`), so a test can put the output anywhere or make it fail. Each
/// throws a `Diagnostic` (`write.failed`) naming the path and the system's reason.
public struct SiteDiskAccess: Sendable {
    /// The names in a folder (not recursive); nil when the path is not a folder.
    public var entries: @Sendable (String) -> [String]?
    /// Whether anything is at a path.
    public var exists: @Sendable (String) -> Bool
    /// Reads a file; nil when it cannot be read.
    public var read: @Sendable (String) -> [UInt8]?
    /// Creates a folder and its parents.
    public var createFolder: @Sendable (String) throws(Diagnostic) -> Void
    /// Writes bytes to a file, created or truncated (no fsync: the commit's renames are what make
    /// a build all-or-nothing).
    public var writeFile: @Sendable (String, [UInt8]) throws(Diagnostic) -> Void
    /// Renames a file or folder at once (rename(2)): from, to.
    public var move: @Sendable (String, String) throws(Diagnostic) -> Void
    /// Removes a file or a folder with its contents; a missing one is no error.
    public var remove: @Sendable (String) -> Void
    /// Removes a folder only when it is empty (rmdir(2)); whether it did.
    public var removeEmptyFolder: @Sendable (String) -> Bool
    /// Adds bytes at the end of a file `writeFile` began: a big file (`reports.json`) is written
    /// a piece at a time, never whole in memory.
    public var appendFile: @Sendable (String, [UInt8]) throws(Diagnostic) -> Void = { path, bytes throws(Diagnostic) in
        try SiteDiskAccess.posixWrite(path, bytes, flags: O_WRONLY | O_APPEND)
    }
    /// The `ContentHash` and size of a file, read a piece at a time; nil when it cannot be read.
    public var contentHash: @Sendable (String) -> (hash: UInt64, size: Int)? = { SiteDiskAccess.posixContentHash($0) }

    /// Creates the operations.
    public init(entries: @escaping @Sendable (String) -> [String]?, exists: @escaping @Sendable (String) -> Bool,
                read: @escaping @Sendable (String) -> [UInt8]?, createFolder: @escaping @Sendable (String) throws(Diagnostic) -> Void,
                writeFile: @escaping @Sendable (String, [UInt8]) throws(Diagnostic) -> Void,
                move: @escaping @Sendable (String, String) throws(Diagnostic) -> Void,
                remove: @escaping @Sendable (String) -> Void, removeEmptyFolder: @escaping @Sendable (String) -> Bool) {
        self.entries = entries
        self.exists = exists
        self.read = read
        self.createFolder = createFolder
        self.writeFile = writeFile
        self.move = move
        self.remove = remove
        self.removeEmptyFolder = removeEmptyFolder
    }

    /// Whether a path is a folder.
    public func isFolder(_ path: String) -> Bool { entries(path) != nil }

    /// The real disk, with plain POSIX calls where the build's promises depend on them.
    public static let disk = SiteDiskAccess(
        entries: { path in
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else { return nil }
            return (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        },
        exists: { FileManager.default.fileExists(atPath: $0) },
        read: { posixRead($0) },
        createFolder: { folder throws(Diagnostic) in
            guard posixCreateFolder(folder) else {
                throw Diagnostic(.error, "write.failed", line: nil, "无法创建目录 \(folder)：\(String(cString: strerror(errno)))")
            }
        },
        writeFile: { path, bytes throws(Diagnostic) in try posixWrite(path, bytes, flags: O_WRONLY | O_CREAT | O_TRUNC) },
        move: { from, to throws(Diagnostic) in
            guard rename(from, to) == 0 else {
                throw Diagnostic(.error, "write.failed", line: nil, "无法替换 \(to)：\(String(cString: strerror(errno)))")
            }
        },
        remove: { try? FileManager.default.removeItem(atPath: $0) },
        removeEmptyFolder: { rmdir($0) == 0 }
    )

    /// Creates a folder and the parents it lacks, as `FileManager.createDirectory(atPath:
    /// withIntermediateDirectories: true)` does (mode 0777 less the umask; an existing folder is
    /// no error, an existing file is), with one `mkdir` for a folder whose parent is there: the
    /// 19,000 folders of a 10,000-report site cost FileManager two `stat`s and a path conversion
    /// each besides. False with `errno` set when it cannot.
    static func posixCreateFolder(_ path: String) -> Bool {
        if mkdir(path, 0o777) == 0 { return true }
        switch errno {
        case EEXIST:
            return isFolder(path)
        case ENOENT:
            // A parent is missing: make it (another thread may make it meanwhile), then this.
            guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")), slash != path.utf8.startIndex,
                  posixCreateFolder(String(path[..<slash])) else { return false }
            if mkdir(path, 0o777) == 0 { return true }
            return errno == EEXIST && isFolder(path)
        default:
            return false
        }
    }

    /// Whether a folder is at `path` (following a link, as FileManager does); `errno` EEXIST when
    /// something else is.
    private static func isFolder(_ path: String) -> Bool {
        var status = stat()
        guard stat(path, &status) == 0 else { return false }
        guard status.st_mode & S_IFMT == S_IFDIR else {
            errno = EEXIST
            return false
        }
        return true
    }

    /// Writes all of `bytes` to a file opened with `flags` (create and truncate, or append).
    static func posixWrite(_ path: String, _ bytes: [UInt8], flags: Int32) throws(Diagnostic) {
        let descriptor = open(path, flags, 0o644)
        guard descriptor >= 0 else { throw Diagnostic(.error, "write.failed", file: path, line: nil, "无法写入：\(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        let complete = bytes.withUnsafeBytes { buffer -> Bool in
            guard let base = buffer.baseAddress else { return true }
            var offset = 0
            while offset < buffer.count {
                let count = Foundation.write(descriptor, base + offset, buffer.count - offset)
                guard count > 0 else { return false }
                offset += count
            }
            return true
        }
        guard complete else { throw Diagnostic(.error, "write.failed", file: path, line: nil, "无法写入：\(String(cString: strerror(errno)))") }
    }

    /// A whole file's bytes, read straight into the array (`FileManager.contents` made a `Data`
    /// that was then copied: `reports.json` reads back each of its reports' JSON files this way);
    /// nil when it cannot be read or is not a regular file.
    static func posixRead(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        var bytes: [UInt8] = []
        var capacity = max(Int(status.st_size), 0) + 1
        while true {
            // One more byte than the size, so a file that grew is read on to its end.
            let start = bytes.count
            bytes.reserveCapacity(start + capacity)
            var failed = false
            bytes.append(contentsOf: repeatElement(0, count: capacity))
            let count = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                var total = 0
                while total < capacity {
                    let read = Foundation.read(descriptor, base + start + total, capacity - total)
                    if read < 0 { if errno == EINTR { continue }; failed = true; break }
                    if read == 0 { break }
                    total += read
                }
                return total
            }
            bytes.removeLast(capacity - count)
            if failed { return nil }
            if count < capacity { return bytes }
            capacity = max(capacity, 64 * 1024)
        }
    }

    /// A file's hash and size, read in pieces of 1 MiB.
    static func posixContentHash(_ path: String) -> (hash: UInt64, size: Int)? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        let size = Int(status.st_size)
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var running = ContentHash.Running(count: size)
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        var total = 0
        while true {
            let count = buffer.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            guard count >= 0 else { return nil }
            if count == 0 { break }
            buffer.withUnsafeBytes { running.add(UnsafeRawBufferPointer(rebasing: $0[..<count])) }
            total += count
        }
        return total == size ? (running.finish(), size) : nil
    }
}
