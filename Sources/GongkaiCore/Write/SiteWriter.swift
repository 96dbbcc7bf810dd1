import Foundation

/// Writes a build into the site folder so that a failed build leaves the previous site as it
/// was, and a rebuild writes only what changed.
///
/// - A first build writes into a hidden sibling folder that replaces the site when complete.
/// - A rebuild (the folder has a manifest) writes each changed file, and the new manifest, into
///   a hidden sibling folder; at commit, with every byte already on disk, renames them into
///   place, removes files that no longer belong, and leaves unchanged files untouched. A full
///   disk or a killed process before commit leaves the previous site as it was.
/// - What a killed build left beside the site (a partial or pending folder) is removed by the next.
///
/// `write` may be called from many threads at once; `commit` or `abandon` ends the session.
public final class SiteWriter: @unchecked Sendable {
    /// The marker and manifest file that says a folder was written by Gongkai.
    public static let marker = ".gongkai-site"
    /// The suffix of a changed file waiting for commit.
    static let pendingSuffix = ".gongkai-pending"

    /// The site folder.
    public let output: String
    private let target: URL
    private let staging: URL?
    /// A rebuild's changed files, by their site paths, until commit.
    private let pendingFolder: URL
    private let previous: SiteManifest?
    private let lock = NSLock()
    private var entries: [String: SiteManifest.Entry] = [:]
    private var pending: [String] = []
    private var createdFolders: Set<String> = []
    /// A rebuild's files written in this session (not those unchanged or kept), by site path;
    /// a first build writes every file it has an entry for.
    private var fresh: Set<String> = []
    /// Every disk access of the session.
    private let disk: SiteDiskAccess
    /// Files whose bytes on disk may not be the previous manifest's (serve replaced them in
    /// place): written even when the manifest says they are unchanged.
    private let rewrite: Set<String>
    /// The folders `target`, `staging` (nil on a rebuild) and `pendingFolder` as paths, each file
    /// joined to them as text (`URL.appendingPathComponent` was a visible part of writing tens of
    /// thousands of files; a site path passed `isSafe`, so joining needs no care).
    private let targetPath: String
    private let stagingPath: String?
    private let pendingPath: String

    /// How many files were written, and how many were already up to date.
    public private(set) var written = 0
    public private(set) var unchanged = 0
    /// How many files of the previous build were removed at commit.
    public private(set) var removed = 0

    /// Opens a writing session on a site folder. Only a missing folder, an empty one, or one
    /// Gongkai wrote may be written to.
    /// `rewrite`: files the previous manifest is not to be trusted for.
    public init(output: String, disk: SiteDiskAccess = .disk, rewrite: Set<String> = []) throws(Diagnostic) {
        self.output = output
        self.disk = disk
        self.rewrite = rewrite
        target = URL(fileURLWithPath: output).standardizedFileURL
        if disk.exists(target.path) {
            guard let contents = disk.entries(target.path) else { throw Diagnostic(.error, "write.not-folder", line: nil, "\(output) 已存在且不是目录") }
            guard contents.isEmpty || contents.contains(Self.marker) else {
                throw Diagnostic(.error, "write.foreign-folder", line: nil, "\(output) 中有非 Gongkai 生成的文件，请选择空目录或新目录")
            }
        }
        previous = Self.readManifest(in: target, disk: disk)
        Self.removeLeftovers(beside: target, disk: disk)
        pendingFolder = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).pending")
        disk.remove(pendingFolder.path)
        if previous == nil {
            let folder = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).partial-\(ProcessInfo.processInfo.processIdentifier)")
            disk.remove(folder.path)
            try disk.createFolder(folder.path)
            staging = folder
        } else {
            staging = nil
        }
        targetPath = target.path
        stagingPath = staging?.path
        pendingPath = pendingFolder.path
    }

    /// Removes the partial and retired folders (`.site.partial-PID`, `.site.old-PID`) that a
    /// build killed before its end left beside the site, once that process is gone.
    private static func removeLeftovers(beside target: URL, disk: SiteDiskAccess) {
        let parent = target.deletingLastPathComponent()
        let prefixes = [".\(target.lastPathComponent).partial-", ".\(target.lastPathComponent).old-"]
        for name in disk.entries(parent.path) ?? [] {
            guard let prefix = prefixes.first(where: name.hasPrefix), let pid = Int32(name.dropFirst(prefix.count)),
                  pid != ProcessInfo.processInfo.processIdentifier, kill(pid, 0) != 0, errno == ESRCH else { continue }
            disk.remove(parent.appendingPathComponent(name).path)
        }
    }

    /// The manifest of the site in a folder, if Gongkai built it.
    static func readManifest(in folder: URL, disk: SiteDiskAccess = .disk) -> SiteManifest? {
        guard let bytes = disk.read(folder.appendingPathComponent(marker).path) else { return nil }
        return SiteManifest(text: String(decoding: bytes, as: UTF8.self))
    }

    /// The fingerprint and outcome of the site now in `output`, read without its file list.
    static func manifestHeader(of output: String, disk: SiteDiskAccess = .disk) -> SiteManifest.Header? {
        guard let bytes = disk.read(URL(fileURLWithPath: output).standardizedFileURL.appendingPathComponent(marker).path) else { return nil }
        return SiteManifest.Header(text: String(decoding: bytes, as: UTF8.self))
    }

    /// The fingerprint of the inputs of the site now in `output`, if any.
    public static func fingerprint(of output: String, disk: SiteDiskAccess = .disk) -> String? {
        manifestHeader(of: output, disk: disk)?.fingerprint
    }

    /// What the build of the site now in `output` reported, if it recorded it.
    public static func outcome(of output: String, disk: SiteDiskAccess = .disk) -> BuildOutcome? {
        manifestHeader(of: output, disk: disk)?.outcome
    }

    /// How many report pages (`reports/…`) the site now in `output` has.
    public static func reportPageCount(of output: String, disk: SiteDiskAccess = .disk) -> Int {
        readManifest(in: URL(fileURLWithPath: output).standardizedFileURL, disk: disk)?.files.keys.count { $0.hasPrefix("reports/") } ?? 0
    }

    /// Writes one file, unless the previous build wrote the same bytes. Thread-safe.
    public func write(_ file: SiteFile) throws(Diagnostic) {
        guard Self.isSafe(file.path) else {
            throw Diagnostic(.error, "write.path", line: nil, "拒绝写入“\(file.path)”：路径超出网站目录")
        }
        let entry = SiteManifest.Entry(hash: ContentHash.of(file.bytes), size: file.bytes.count)
        if let staging = stagingPath {
            try put(file.bytes, at: staging + "/" + file.path)
        } else if previous?.files[file.path] == entry, !rewrite.contains(file.path), disk.exists(targetPath + "/" + file.path) {
            lock.lock()
            entries[file.path] = entry
            unchanged += 1
            lock.unlock()
            return
        } else {
            try put(file.bytes, at: pendingPath + "/" + file.path)
            lock.lock()
            pending.append(file.path)
            fresh.insert(file.path)
            lock.unlock()
        }
        lock.lock()
        entries[file.path] = entry
        written += 1
        lock.unlock()
    }

    /// The bytes of a file this session wrote by `write(_:)` (staged, not yet committed); nil
    /// for any other file. Thread-safe.
    func writtenBytes(_ path: String) -> [UInt8]? {
        lock.lock()
        let isFresh = stagingPath != nil ? entries[path] != nil : fresh.contains(path)
        lock.unlock()
        guard isFresh else { return nil }
        return disk.read((stagingPath ?? pendingPath) + "/" + path)
    }

    /// Writes one file a piece at a time as `produce` gives it (a big data file, never whole in
    /// memory); its hash is read back from the disk. Like `write(_:)`, the previous build's
    /// same bytes count as unchanged and are not replaced. Thread-safe.
    public func write(path: String, stream produce: (SiteStream) throws(Diagnostic) -> Void) throws(Diagnostic) {
        let stream = try openStream(path)
        try produce(stream)
        try finish(stream, path: path)
    }

    /// A stream into the file at site path `path`, for a file given a piece at a time from
    /// several jobs in turn (`AssembledStream`); `finish` ends it. `write(path:stream:)` is
    /// these two around one producer. Thread-safe.
    func openStream(_ path: String) throws(Diagnostic) -> SiteStream {
        guard Self.isSafe(path) else {
            throw Diagnostic(.error, "write.path", line: nil, "拒绝写入“\(path)”：路径超出网站目录")
        }
        let destination = (stagingPath ?? pendingPath) + "/" + path
        try createFolder(of: destination)
        return SiteStream(path: destination, disk: disk, earlier: writtenBytes)
    }

    /// Ends a stream `openStream(path)` gave: writes what it gathered, reads its hash back from
    /// the disk, and records the file (unchanged since the previous build, or written).
    func finish(_ stream: SiteStream, path: String) throws(Diagnostic) {
        try stream.flush()
        // The staged file `openStream(path)` chose; a stream kept in memory has none (not one
        // this writer opened), and nothing to read back.
        guard let destination = stream.destination, let (hash, size) = disk.contentHash(destination) else {
            throw Diagnostic(.error, "write.failed", file: stream.destination ?? path, line: nil, "写入后无法读回")
        }
        let entry = SiteManifest.Entry(hash: hash, size: size)
        lock.lock()
        defer { lock.unlock() }
        entries[path] = entry
        if staging == nil, previous?.files[path] == entry, !rewrite.contains(path), disk.exists(targetPath + "/" + path) {
            disk.remove(destination)
            unchanged += 1
            return
        }
        if staging == nil { pending.append(path) }
        written += 1
    }

    /// Keeps the previous build's file at `path` as it is, if there was one. Thread-safe.
    public func keep(_ path: String) {
        guard staging == nil, let entry = previous?.files[path],
              disk.exists(targetPath + "/" + path) else { return }
        lock.lock()
        entries[path] = entry
        unchanged += 1
        lock.unlock()
    }

    /// Puts the new files in place, removes those that no longer belong, records the manifest.
    public func commit(fingerprint: String, outcome: BuildOutcome? = nil) throws(Diagnostic) {
        let manifest = SiteManifest(fingerprint: fingerprint, outcome: outcome, files: entries)
        if let staging {
            try disk.writeFile(staging.appendingPathComponent(Self.marker).path, manifest.bytes)
            let retired = staging.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).old-\(ProcessInfo.processInfo.processIdentifier)")
            if disk.exists(target.path) { try disk.move(target.path, retired.path) }
            try disk.move(staging.path, target.path)
            disk.remove(retired.path)
        } else {
            // Every new byte goes to disk before the first rename: a full disk fails here,
            // with the site untouched.
            try put(manifest.bytes, at: pendingFolder.appendingPathComponent(Self.marker).path)
            for path in pending {
                let final = target.appendingPathComponent(path).path
                try disk.createFolder((final as NSString).deletingLastPathComponent)
                try disk.move(pendingFolder.appendingPathComponent(path).path, final)
            }
            var emptied: Set<String> = []
            // What the last build had, and what serve put in place since (a stopped rebuild's
            // first page may be one the manifest never listed: a report moved to another year,
            // then moved back): whatever this build does not make goes.
            var before = Set(previous.map { Array($0.files.keys) } ?? [])
            before.formUnion(rewrite)
            for path in before.sorted() where entries[path] == nil && (previous?.files[path] != nil || disk.exists(target.appendingPathComponent(path).path)) {
                disk.remove(target.appendingPathComponent(path).path)
                removed += 1
                emptied.insert((target.appendingPathComponent(path).path as NSString).deletingLastPathComponent)
            }
            // A folder left empty (a township or year no longer there) would make a static
            // host list its contents instead of answering 404.
            removeEmptyFolders(emptied)
            try disk.move(pendingFolder.appendingPathComponent(Self.marker).path, target.appendingPathComponent(Self.marker).path)
            disk.remove(pendingFolder.path)
        }
    }

    /// Removes everything this session wrote; the previous site stays as it was.
    public func abandon() {
        disk.remove((staging ?? pendingFolder).path)
    }

    /// Removes each of `folders` that is empty, and then each parent it leaves empty, up to
    /// (not including) the site folder; `rmdir` never removes a folder that holds anything.
    private func removeEmptyFolders(_ folders: Set<String>) {
        let root = target.path
        for folder in folders.sorted(by: { $0.count > $1.count }) {
            var current = folder
            while current.hasPrefix(root + "/"), disk.removeEmptyFolder(current) {
                current = (current as NSString).deletingLastPathComponent
            }
        }
    }

    /// Writes bytes to a path, creating its folder once per session.
    private func put(_ bytes: [UInt8], at path: String) throws(Diagnostic) {
        try createFolder(of: path)
        try disk.writeFile(path, bytes)
    }

    /// Creates the folder of a path once per session. (`path` is a site folder joined with a
    /// safe site path: its folder is all before its last `/`.)
    private func createFolder(of path: String) throws(Diagnostic) {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return }
        let folder = String(path[..<slash])
        lock.lock()
        let known = createdFolders.contains(folder)
        lock.unlock()
        if !known {
            try disk.createFolder(folder)
            lock.lock()
            createdFolders.insert(folder)
            lock.unlock()
        }
    }

    /// Replaces one file of an existing site at once (written beside it, then renamed over it),
    /// for `serve` to show an edited report before the rest of the site is rebuilt.
    public static func replace(_ file: SiteFile, in output: String, disk: SiteDiskAccess = .disk) throws(Diagnostic) {
        guard isSafe(file.path) else { throw Diagnostic(.error, "write.path", line: nil, "拒绝写入“\(file.path)”：路径超出网站目录") }
        let final = URL(fileURLWithPath: output).standardizedFileURL.appendingPathComponent(file.path).path
        let temporary = final + pendingSuffix + "-first"
        try disk.createFolder((final as NSString).deletingLastPathComponent)
        try disk.writeFile(temporary, file.bytes)
        try disk.move(temporary, final)
    }

    /// Whether a site path stays inside the site folder.
    static func isSafe(_ path: String) -> Bool {
        // Nearly every path is plain: no backslash or NUL byte, no segment empty, `.` or `..`,
        // which its bytes tell without splitting it into Strings. A path with either byte is
        // judged by the rules below as written (by Character).
        var segment = 0, dots = 0
        var plain = !path.isEmpty
        for byte in path.utf8 where plain {
            switch byte {
            case UInt8(ascii: "/"):
                plain = segment > 0 && !(segment == dots && dots <= 2)
                segment = 0
                dots = 0
            case UInt8(ascii: "\\"), 0: plain = false
            case UInt8(ascii: "."): segment += 1; dots += 1
            default: segment += 1
            }
        }
        if plain, segment > 0, !(segment == dots && dots <= 2) { return !path.hasSuffix(pendingSuffix) }
        return !path.isEmpty && !path.hasPrefix("/") && !path.contains("\\") && !path.contains("\0") && !path.hasSuffix(pendingSuffix)
            && path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }
}
