import Foundation

/// Substring search on UTF-8 bytes. Foundation's `contains`, which `import Foundation` makes the
/// default for strings, goes through CFString and cost a third of the parse time in label matching.
extension StringProtocol {
    /// Whether the text's UTF-8 holds `byte`: `utf8.contains(byte)` on the contiguous bytes,
    /// without the code-unit view's iterator (the layout readers ask it of every line).
    func containsByte(_ byte: UInt8) -> Bool {
        utf8.withContiguousStorageIfAvailable { $0.contains(byte) } ?? utf8.contains(byte)
    }

    /// Whether the text's UTF-8 holds `byte` at least `minimum` times (`utf8.hasAtLeast(minimum)
    /// { $0 == byte }`), found with `memchr` on the contiguous bytes.
    func holdsByte(_ byte: UInt8, atLeast minimum: Int) -> Bool {
        utf8.withContiguousStorageIfAvailable { bytes in
            guard let base = bytes.baseAddress else { return minimum <= 0 }
            var found = 0
            var index = 0
            while found < minimum, index < bytes.count, let hit = memchr(base + index, Int32(byte), bytes.count - index) {
                found += 1
                index = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit)) + 1
            }
            return found >= minimum
        } ?? utf8.hasAtLeast(minimum) { $0 == byte }
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
    /// Every word's bytes, one after another: word `w` is `wordBytes[wordStarts[w]..<wordStarts[w + 1]]`.
    private let wordBytes: [UInt8]
    private let wordStarts: [Int]
    private let wordGroups: [Int]
    /// One bit per first-two-bytes value (65,536 bits, 8 KB: it stays in the cache): set where a
    /// word starts so. Most positions of a text end at this one read.
    private let startBits: [UInt64]
    /// For each first-two-bytes value (65,536 entries), 1 + the index of its bucket in
    /// `bucketStarts`, or 0 where no word starts so: read only where `startBits` is set.
    private let bucketOfPair: [UInt16]
    /// The words of bucket `b` are `bucketWords[bucketStarts[b]..<bucketStarts[b + 1]]`, in list order.
    private let bucketStarts: [Int]
    private let bucketWords: [Int]
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
        var buckets: [[Int]] = []
        var bucketOfPair = [UInt16](repeating: 0, count: 65_536)
        var singleByteWords: [Int] = []
        for (index, word) in words.enumerated() {
            if word.bytes.count == 1 {
                singleByteWords.append(index)
                continue
            }
            let pair = Int(word.bytes[0]) << 8 | Int(word.bytes[1])
            if bucketOfPair[pair] == 0 {
                buckets.append([])
                bucketOfPair[pair] = UInt16(buckets.count)
            }
            buckets[Int(bucketOfPair[pair]) - 1].append(index)
        }
        wordBytes = words.flatMap(\.bytes)
        wordStarts = words.reduce(into: [0]) { starts, word in starts.append(starts[starts.count - 1] + word.bytes.count) }
        wordGroups = words.map(\.group)
        self.bucketOfPair = bucketOfPair
        startBits = (0..<1024).map { word in
            (0..<64).reduce(UInt64(0)) { bits, bit in bucketOfPair[word * 64 + bit] != 0 ? bits | 1 << UInt64(bit) : bits }
        }
        bucketStarts = buckets.reduce(into: [0]) { starts, bucket in starts.append(starts[starts.count - 1] + bucket.count) }
        bucketWords = buckets.flatMap { $0 }
        self.singleByteWords = singleByteWords
    }

    /// The index of the first group with a word in `text`, or nil.
    func firstGroup(in text: some StringProtocol) -> Int? {
        // Closures, not the method itself: `firstGroup(inBytes:)` passed as a function copied the
        // index into its context (eight arrays retained and released on every call, on both
        // cores' shared counts); a closure that does not escape reads it where it is.
        text.utf8.withContiguousStorageIfAvailable { firstGroup(inBytes: $0) } ?? Array(text.utf8).withUnsafeBufferPointer { firstGroup(inBytes: $0) }
    }

    /// Every group with a word in `text`, as bits (group `g` is bit `g`; at most 64 groups):
    /// the groups `g` for which a loop of `includes` over group `g`'s words finds one.
    func groups(in text: some StringProtocol) -> UInt64 {
        // Closures, as in `firstGroup(in:)`: the method passed as a function copied the index
        // (0.7 % of `gongkai check`, most of it for the narrative checks' paragraphs).
        text.utf8.withContiguousStorageIfAvailable { groups(inBytes: $0) } ?? Array(text.utf8).withUnsafeBufferPointer { groups(inBytes: $0) }
    }

    private func groups(inBytes text: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var found: UInt64 = emptyWordGroups
        for index in singleByteWords where text.contains(wordBytes[wordStarts[index]]) { found |= 1 << UInt64(wordGroups[index]) }
        scan(text, wanted: { found & (1 << UInt64($0)) == 0 }, found: { group in
            found |= 1 << UInt64(group)
            return false
        })
        return found
    }

    private func firstGroup(inBytes text: UnsafeBufferPointer<UInt8>) -> Int? {
        var best = emptyWordGroup
        for index in singleByteWords where text.contains(wordBytes[wordStarts[index]]) {
            best = min(best ?? Int.max, wordGroups[index])
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
    ///
    /// A word starts with a scalar's first byte, so only those positions are looked at: after a
    /// lead byte the scan steps over the scalar's continuation bytes (two of a Han character's
    /// three), and a continuation byte where a scalar should start (a slice cut inside one) is
    /// stepped over alone. The words found, and their order, are those of every position.
    @inline(__always)
    private func scan(_ text: UnsafeBufferPointer<UInt8>, wanted: (Int) -> Bool, found: (Int) -> Bool) {
        guard text.count >= 2 else { return }
        let last = text.count - 1
        startBits.withUnsafeBufferPointer { startBits in
            wordBytes.withUnsafeBufferPointer { wordBytes in
                var position = 0
                while position < last {
                    let at = position
                    let lead = text[at]
                    position += lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                    let pair = Int(lead) << 8 | Int(text[at + 1])
                    guard startBits[pair >> 6] & (1 << UInt64(pair & 63)) != 0 else { continue }
                    let bucket = Int(bucketOfPair[pair])
                    for slot in bucketStarts[bucket - 1]..<bucketStarts[bucket] {
                        let word = bucketWords[slot]
                        let (start, end) = (wordStarts[word], wordStarts[word + 1])
                        guard wanted(wordGroups[word]), at + (end - start) <= text.count else { continue }
                        var matched = 2
                        while start + matched < end, text[at + matched] == wordBytes[start + matched] { matched += 1 }
                        if start + matched == end, found(wordGroups[word]) { return }
                    }
                }
            }
        }
    }
}
