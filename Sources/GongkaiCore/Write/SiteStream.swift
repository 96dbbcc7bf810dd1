/// Where a big file of the site (`reports.json`, `cells.csv`) is written a piece at a time, so
/// the build never holds it whole: text is gathered up to 1 MiB and then written to the file
/// (`SiteWriter.write(path:stream:)`), or, when the file is wanted in memory
/// (`SiteBuilder.file(for:)`, the tests), kept whole.
public final class SiteStream {
    /// The file written to, with the disk operations; nil when the bytes are kept in memory.
    private let file: (path: String, disk: SiteDiskAccess)?
    /// The bytes of a file the same build wrote before (`SiteWriter.writtenBytes`); nil when the
    /// stream is kept in memory.
    private let earlier: ((String) -> [UInt8]?)?
    private var buffer: [UInt8] = []
    /// The path of the file written to (as `SiteWriter.openStream` staged it); nil when the
    /// bytes are kept in memory.
    var destination: String? { file?.path }
    private var started = false
    private static let flushSize = 1 << 20
    /// When set, a flush first checks it and stops the file (throws) once the build is asked
    /// to stop: a big file is a safe point every 1 MiB.
    var cancellation: BuildCancellation?

    /// A stream that keeps every byte (`bytes` after the last `write`).
    init() {
        file = nil
        earlier = nil
    }

    /// A stream into the file at `path` (created or truncated by the first flush).
    init(path: String, disk: SiteDiskAccess, earlier: ((String) -> [UInt8]?)? = nil) {
        file = (path, disk)
        self.earlier = earlier
        buffer.reserveCapacity(Self.flushSize + 64 * 1024)
    }

    /// Adds text (UTF-8).
    public func write(_ text: String) throws(Diagnostic) {
        buffer.append(contentsOf: text.utf8)
        if file != nil, buffer.count >= Self.flushSize { try flush() }
    }

    /// Adds bytes.
    public func write(_ bytes: some Collection<UInt8>) throws(Diagnostic) {
        buffer.append(contentsOf: bytes)
        if file != nil, buffer.count >= Self.flushSize { try flush() }
    }

    /// The bytes of the site file at `path` as this build already wrote it, so a big file made
    /// of smaller ones (`reports.json` of each report's JSON) reuses their bytes instead of
    /// making them again; nil when this build did not write it (kept from the last build, not
    /// made yet, or the stream is kept in memory): the caller then makes the bytes itself.
    func written(_ path: String) -> [UInt8]? {
        earlier?(path)
    }

    /// The bytes kept by a stream in memory.
    var bytes: [UInt8] { buffer }

    /// Writes what is gathered to the file; the first call creates it (even empty).
    func flush() throws(Diagnostic) {
        guard let file else { return }
        if cancellation?.isCancelled == true { throw BuildCancellation.stopped }
        if started { try file.disk.appendFile(file.path, buffer) } else { try file.disk.writeFile(file.path, buffer) }
        started = true
        buffer.removeAll(keepingCapacity: true)
    }
}
