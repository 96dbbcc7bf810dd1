import Foundation

/// Substring search on UTF-8 bytes. Foundation's `contains`, which `import Foundation` makes the
/// default for strings, goes through CFString and cost a third of the parse time in label matching.
extension StringProtocol {
    /// Whether the text's UTF-8 holds `byte`: `utf8.contains(byte)` on the contiguous bytes,
    /// without the code-unit view's iterator (the layout readers ask it of every line).
    func containsByte(_ byte: UInt8) -> Bool {
        utf8.withContiguousStorageIfAvailable { $0.contains(byte) } ?? utf8.contains(byte)
    }

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
    /// Whether `pattern` (whose first byte is `first`) occurs in `text`. Each candidate start is
    /// found with `memchr`, which passes over the bytes in between many at a time.
    static func contains(_ text: UnsafeBufferPointer<UInt8>, _ pattern: UnsafeBufferPointer<UInt8>, first: UInt8) -> Bool {
        guard pattern.count <= text.count, let base = text.baseAddress else { return false }
        var index = 0
        let last = text.count - pattern.count
        while index <= last {
            guard let found = memchr(base + index, Int32(first), last - index + 1) else { return false }
            let start = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
            var matched = 1
            while matched < pattern.count, text[start + matched] == pattern[matched] { matched += 1 }
            if matched == pattern.count { return true }
            index = start + 1
        }
        return false
    }
}

/// Which of a fixed list of word groups a text contains, found in one pass over the text's bytes
/// instead of one search per word: `firstGroup(in:)` is the index of the first group (in list
/// order) any of whose words `text.includes`, exactly as a loop of `includes` over the list.
///
/// A word's first byte starts a scalar, so a match can begin only where a scalar begins; the
/// words are bucketed by their first two bytes (a Han character's lead and second byte), and a
/// position whose two bytes begin no word is passed over with one table read.
struct WordIndex: Sendable {
    private let words: [(bytes: [UInt8], group: Int)]
    /// For each first-two-bytes value (a one-byte word under each second byte), the indices of
    /// the words starting so.
    private let buckets: [UInt16: [Int]]
    private let starts: [Bool]  // by the pair of first bytes, 65,536 entries
    private let singleByteWords: [Int]
    /// The first group holding an empty word, which every text includes.
    private let emptyWordGroup: Int?
    /// The groups holding an empty word, as `groups(in:)` gives them.
    private let emptyWordGroups: UInt64

    init(_ groups: [[String]]) {
        var words: [(bytes: [UInt8], group: Int)] = []
        for (group, list) in groups.enumerated() {
            for word in list where !word.isEmpty { words.append((Array(word.utf8), group)) }
        }
        emptyWordGroup = groups.firstIndex { $0.contains("") }
        emptyWordGroups = groups.indices.reduce(0) { bits, group in groups[group].contains("") && group < 64 ? bits | 1 << UInt64(group) : bits }
        var buckets: [UInt16: [Int]] = [:]
        var starts = [Bool](repeating: false, count: 65_536)
        var singleByteWords: [Int] = []
        for (index, word) in words.enumerated() {
            if word.bytes.count == 1 {
                singleByteWords.append(index)
                continue
            }
            let pair = UInt16(word.bytes[0]) << 8 | UInt16(word.bytes[1])
            buckets[pair, default: []].append(index)
            starts[Int(pair)] = true
        }
        self.words = words
        self.buckets = buckets
        self.starts = starts
        self.singleByteWords = singleByteWords
    }

    /// The index of the first group with a word in `text`, or nil.
    func firstGroup(in text: some StringProtocol) -> Int? {
        text.utf8.withContiguousStorageIfAvailable(firstGroup(inBytes:)) ?? Array(text.utf8).withUnsafeBufferPointer(firstGroup(inBytes:))
    }

    /// Every group with a word in `text`, as bits (group `g` is bit `g`; at most 64 groups):
    /// the groups `g` for which a loop of `includes` over group `g`'s words finds one.
    func groups(in text: some StringProtocol) -> UInt64 {
        text.utf8.withContiguousStorageIfAvailable(groups(inBytes:)) ?? Array(text.utf8).withUnsafeBufferPointer(groups(inBytes:))
    }

    private func groups(inBytes text: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var found: UInt64 = emptyWordGroups
        for index in singleByteWords where text.contains(words[index].bytes[0]) { found |= 1 << UInt64(words[index].group) }
        scan(text, wanted: { found & (1 << UInt64($0)) == 0 }, found: { group in
            found |= 1 << UInt64(group)
            return false
        })
        return found
    }

    private func firstGroup(inBytes text: UnsafeBufferPointer<UInt8>) -> Int? {
        var best = emptyWordGroup
        for index in singleByteWords where text.contains(words[index].bytes[0]) {
            best = min(best ?? Int.max, words[index].group)
        }
        // Once group 0 is found no other word is wanted.
        scan(text, wanted: { group in best.map { group < $0 } ?? true }, found: { group in
            best = group
            return group == 0
        })
        return best
    }

    /// Each word of two or more bytes found in `text`, position by position, among the words
    /// whose group is `wanted` at that moment: `found` is told its group and returns whether to stop.
    @inline(__always)
    private func scan(_ text: UnsafeBufferPointer<UInt8>, wanted: (Int) -> Bool, found: (Int) -> Bool) {
        guard text.count >= 2 else { return }
        for position in 0..<(text.count - 1) {
            let pair = UInt16(text[position]) << 8 | UInt16(text[position + 1])
            guard starts[Int(pair)], let candidates = buckets[pair] else { continue }
            for index in candidates {
                let word = words[index]
                guard wanted(word.group), position + word.bytes.count <= text.count else { continue }
                var matched = 2
                while matched < word.bytes.count, text[position + matched] == word.bytes[matched] { matched += 1 }
                if matched == word.bytes.count, found(word.group) { return }
            }
        }
    }
}
