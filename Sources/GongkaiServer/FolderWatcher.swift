import Foundation

/// Notices changes under some folders by polling file sizes and modification times: portable,
/// needs no OS-specific API, and cheap for folders of thousands of files.
public struct FolderWatcher: Sendable {
    /// A fingerprint of every file under the folders.
    public typealias Snapshot = [String: FileStamp]

    /// Size and modification time of a file.
    public struct FileStamp: Equatable, Sendable {
        var size: UInt64
        var modified: TimeInterval
    }

    /// The folders watched.
    public let folders: [String]

    /// Creates a watcher of folders.
    public init(folders: [String]) {
        self.folders = folders
    }

    /// The current fingerprint.
    public func snapshot() -> Snapshot {
        var stamps: Snapshot = [:]
        let manager = FileManager.default
        for folder in folders {
            guard let walker = manager.enumerator(atPath: folder) else { continue }
            while let relative = walker.nextObject() as? String {
                let path = folder + "/" + relative
                guard let attributes = try? manager.attributesOfItem(atPath: path),
                      attributes[.type] as? FileAttributeType == .typeRegular else { continue }
                stamps[path] = FileStamp(size: (attributes[.size] as? NSNumber)?.uint64Value ?? 0,
                                         modified: (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)
            }
        }
        return stamps
    }

    /// Waits for the next burst of changes, using inotify where there is one (changes noticed at
    /// once, then a short quiet window), else polling snapshots. Nil when the task is cancelled.
    /// The quiet window is 25 ms while a changed file is still open for writing, and 5 ms once
    /// every save is complete (closed, or renamed into place): what follows a complete save at
    /// once (an editor's backup file, a second file) still joins the burst.
    public func nextBurst(events: FileEventSource?, after since: Snapshot) async -> (Snapshot, Set<String>)? {
        guard let events = events?.events else {
            guard let snapshot = await nextChange(after: since) else { return nil }
            return (snapshot, [])
        }
        var changed: Set<String> = []
        while changed.isEmpty {
            do { try await Task.sleep(for: .milliseconds(5)) } catch { return nil }
            changed = events.drain()
        }
        while true {
            do { try await Task.sleep(for: .milliseconds(events.writing ? 25 : 5)) } catch { return nil }
            let more = events.drain()
            if more.isEmpty { return (since, changed) }
            changed.formUnion(more)
        }
    }

    /// Waits for a change after `since`, then for the folders to be quiet for `quiet`, so a burst
    /// of saves gives one rebuild. Returns the new snapshot; ends early when the task is cancelled.
    public func nextChange(after since: Snapshot, poll: Duration = .milliseconds(150), quiet: Duration = .milliseconds(200)) async -> Snapshot? {
        var current = since
        while current == since {
            do { try await Task.sleep(for: poll) } catch { return nil }
            current = snapshot()
        }
        while true {
            do { try await Task.sleep(for: quiet) } catch { return nil }
            let settled = snapshot()
            if settled == current { return settled }
            current = settled
        }
    }
}

/// The inotify watch of the watched folders, when the platform has one.
public final class FileEventSource: Sendable {
    let events: FileEvents?

    /// Starts watching folders (recursively).
    public init(folders: [String]) {
        events = FileEvents(folders: folders)
    }
}
