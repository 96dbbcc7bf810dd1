import Foundation

/// The file of an `AssembledKind` (`reports.json`, `cells.csv`) made while the data step makes
/// the per-report files it is made of: each job hands its report's file over as it writes it,
/// and whichever job hands over the next report in order writes the parts that are then ready
/// (one job at a time, outside the lock). No per-report file is read back from the disk (at
/// 10,000 reports that was 20,000 files and some 80,000 system calls), and the two big files
/// are made on both cores beside the files they are made of instead of each on one core after.
///
/// The parts wait in memory only while an earlier report's job is still running; past
/// `waitingLimit` bytes waiting, a part handed over is not kept but made again in its turn (the
/// same bytes, more work), so memory stays bounded whatever the order the jobs end in.
final class AssembledStream: @unchecked Sendable {
    /// What is made.
    let kind: AssembledKind
    /// The site path of the file.
    let path: String
    private let builder: SiteBuilder
    private let stream: SiteStream
    private let lock = NSLock()
    /// The next report whose part goes to the stream.
    private var next = 0
    /// Parts handed over ahead of their turn, by report index; an empty file: made again.
    private var waiting: [Int: [UInt8]] = [:]
    private var waitingBytes = 0
    /// Whether a job is writing parts (only one at a time: the parts go in order).
    private var draining = false
    /// The first failure writing the stream (disk full, the build asked to stop).
    private var failure: Diagnostic?

    /// How many bytes of handed-over files may wait for an earlier report's.
    static let waitingLimit = 32 << 20
    /// This file's limit (the tests set 0: every part but the next is made again).
    private let limit: Int

    /// Begins the file on `stream` (`SiteWriter.openStream(path)`).
    init(kind: AssembledKind, path: String, builder: SiteBuilder, stream: SiteStream, waitingLimit: Int = AssembledStream.waitingLimit) throws(Diagnostic) {
        self.kind = kind
        self.path = path
        self.builder = builder
        self.stream = stream
        self.limit = waitingLimit
        try stream.write(kind.head(builder))
    }

    /// Hands over report `index`'s file of kind `kind.source`, as written. Thread-safe; each
    /// report at most once.
    func hand(_ index: Int, _ file: [UInt8]) {
        lock.lock()
        guard failure == nil, index >= next else { return lock.unlock() }
        if index == next || waitingBytes + file.count <= limit {
            waiting[index] = file
            waitingBytes += file.count
        } else {
            waiting[index] = []
        }
        guard !draining else { return lock.unlock() }
        draining = true
        var bytes: [UInt8] = []
        while failure == nil {
            var ready: [(Int, [UInt8])] = []
            while let file = waiting.removeValue(forKey: next) {
                ready.append((next, file))
                waitingBytes -= file.count
                next += 1
            }
            if ready.isEmpty { break }
            lock.unlock()
            do throws(Diagnostic) {
                for (index, file) in ready {
                    bytes.removeAll(keepingCapacity: true)
                    kind.part(builder, index, file.isEmpty ? nil : file, &bytes)
                    try stream.write(bytes)
                }
                lock.lock()
            } catch {
                lock.lock()
                failure = error
            }
        }
        if failure != nil { waiting = [:] }
        draining = false
        lock.unlock()
    }

    /// Writes the parts not handed over (made again) and the tail, and ends the file in
    /// `writer`. Called once every job that hands parts over has ended.
    func finish(in writer: SiteWriter) throws(Diagnostic) {
        lock.lock()
        let (failure, next, waiting) = (self.failure, self.next, self.waiting)
        self.waiting = [:]
        lock.unlock()
        if let failure { throw failure }
        // A part left waiting empty was not kept (over the limit): made again, like one never handed over.
        try kind.writeParts(builder, of: next..<builder.corpus.reports.count, from: { index in waiting[index].flatMap { $0.isEmpty ? nil : $0 } }, into: stream)
        try writer.finish(stream, path: path)
    }
}
