/// Substring search on UTF-8 bytes. Foundation's `contains`, which `import Foundation` makes the
/// default for strings, goes through CFString and cost a third of the parse time in label matching.
extension StringProtocol {
    /// Whether the text contains `needle`, compared as UTF-8 bytes (exact, no locale folding).
    func includes(_ needle: String) -> Bool {
        var needle = needle
        return needle.withUTF8 { pattern in
            guard let first = pattern.first else { return true }
            return self.utf8.withContiguousStorageIfAvailable { text in
                ByteSearch.contains(text, pattern, first: first)
            } ?? Array(self.utf8).withUnsafeBufferPointer { ByteSearch.contains($0, pattern, first: first) }  // the pointer is valid only inside
        }
    }
}

enum ByteSearch {
    static func contains(_ text: UnsafeBufferPointer<UInt8>, _ pattern: UnsafeBufferPointer<UInt8>, first: UInt8) -> Bool {
        guard pattern.count <= text.count else { return false }
        var index = 0
        let last = text.count - pattern.count
        while index <= last {
            if text[index] == first {
                var matched = 1
                while matched < pattern.count, text[index + matched] == pattern[matched] { matched += 1 }
                if matched == pattern.count { return true }
            }
            index += 1
        }
        return false
    }
}
