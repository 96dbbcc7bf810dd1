import Foundation

/// A file path's extension, as `(path as NSString).pathExtension` gives it: `"txt"` for
/// `镇/2022年报告.txt`, `""` for a path without one. Used wherever a path's format is decided:
/// the content listing (which files are reports), the reader for a report (by extension), a
/// report page's original file and its link.
enum FileExtension {
    /// Found on the bytes when the path's last part is `name.ext` with a name that does not
    /// start with a dot and an extension of one to eight ASCII letters and digits (every report
    /// file's path); Foundation's own for any other path. Foundation's fixes the path's slashes
    /// first, making a new string: it was two thirds of the original file's link and format on
    /// each report page. (`FileExtensionTests.pathExtensionIsFoundations` compares the two over
    /// the fixtures' paths and odd ones.)
    static func of(_ path: String) -> String {
        let fast = path.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            guard let dot = bytes.lastIndex(of: UInt8(ascii: ".")) else { return nil }
            let slash = bytes[..<dot].lastIndex(of: UInt8(ascii: "/"))
            let nameStart = slash.map { $0 + 1 } ?? 0
            let ext = bytes[(dot + 1)...]
            guard dot > nameStart, bytes[nameStart] != UInt8(ascii: "."), (1...8).contains(ext.count),
                  ext.allSatisfy({ (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0 | 0x20) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) })
            else { return nil }
            return String(decoding: ext, as: UTF8.self)
        }
        return (fast ?? nil) ?? (path as NSString).pathExtension
    }
}
