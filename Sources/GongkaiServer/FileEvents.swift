import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Linux inotify on a set of folders and their sub-folders: tells at once which files changed,
/// where polling would notice only at its next round.
final class FileEvents: @unchecked Sendable {
    private let descriptor: Int32
    private var folders: [Int32: String] = [:]
    /// Files modified or created and not closed since (a save still under way).
    private var open: Set<String> = []
    private let lock = NSLock()

    /// Watches the folders; nil when inotify is not available (the caller then polls).
    init?(folders roots: [String]) {
        #if os(Linux)
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        for root in roots { watchTree(root) }
        #else
        return nil
        #endif
    }

    deinit {
        close(descriptor)
    }

    /// The events inotify watches for: files written, created, moved, deleted.
    private static let mask: UInt32 = UInt32(IN_CLOSE_WRITE | IN_MODIFY | IN_CREATE | IN_DELETE | IN_MOVED_TO | IN_MOVED_FROM | IN_DELETE_SELF)

    private func watchTree(_ root: String) {
        watch(root)
        guard let walker = FileManager.default.enumerator(atPath: root) else { return }
        while let relative = walker.nextObject() as? String {
            var isFolder: ObjCBool = false
            let path = root + "/" + relative
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue { watch(path) }
        }
    }

    private func watch(_ folder: String) {
        #if os(Linux)
        let handle = inotify_add_watch(descriptor, folder, Self.mask)
        guard handle >= 0 else { return }
        lock.lock()
        folders[handle] = folder
        lock.unlock()
        #endif
    }

    /// Whether a file that changed is still open for writing as far as the events tell (it was
    /// modified or created, and not yet closed, renamed into place or deleted).
    var writing: Bool {
        lock.lock()
        defer { lock.unlock() }
        return !open.isEmpty
    }

    /// The paths of the files that changed since the last call (empty when none); new folders
    /// are watched from now on.
    func drain() -> Set<String> {
        var changed: Set<String> = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            var offset = 0
            while offset + 16 <= count {
                let (handle, mask, length) = buffer.withUnsafeBytes { raw in
                    (raw.loadUnaligned(fromByteOffset: offset, as: Int32.self),
                     raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
                     Int(raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self)))
                }
                let nameBytes = buffer[(offset + 16)..<min(count, offset + 16 + length)].prefix { $0 != 0 }
                let name = String(decoding: nameBytes, as: UTF8.self)
                lock.lock()
                let folder = folders[handle]
                lock.unlock()
                if let folder {
                    let path = name.isEmpty ? folder : folder + "/" + name
                    changed.insert(path)
                    #if os(Linux)
                    if mask & UInt32(IN_ISDIR) != 0, mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { watchTree(path) }
                    let done = mask & UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_DELETE | IN_DELETE_SELF) != 0
                    let begun = mask & UInt32(IN_ISDIR) == 0 && mask & UInt32(IN_MODIFY | IN_CREATE) != 0
                    lock.lock()
                    if done { open.remove(path) } else if begun { open.insert(path) }
                    lock.unlock()
                    #endif
                }
                offset += 16 + length
            }
        }
        return changed
    }
}
