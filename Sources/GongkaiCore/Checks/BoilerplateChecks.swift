import Foundation

/// B1 and B2, boilerplate (内容雷同, which 国办公开办函〔2021〕30号 names as a fault): how much of a
/// report's narrative is the same text as (B1) the same organ's report of the year before and (B2)
/// the most similar other report of the same year.
///
/// The percentage: the narrative of sections 一–六 (not the title, not the tables) is reduced to
/// its Han characters and Latin letters, so that new numbers, punctuation and spacing do not hide
/// a copy; a character counts as shared when it lies inside a run of `shingleLength` consecutive
/// characters that also occurs in the other report; the percentage is shared characters ÷ all
/// characters of this report. It is a share of this report, so it is not symmetric.
///
/// B2 never compares all pairs: each report gets a one-permutation MinHash signature of its
/// shingles (one hash per shingle), signatures are banded (LSH) into buckets, and only reports
/// sharing a bucket, at most `bucketNeighbours` per bucket, are candidates; the best few by
/// signature agreement are measured exactly. Cost is linear in the corpus.
public enum BoilerplateChecks {
    /// The share of copied narrative at or above which B1 and B2 warn, unless configured (0.6 = 60 %).
    public static let defaultThreshold = 0.6
    /// Characters per shingle.
    static let shingleLength = 8
    /// Narratives shorter than this (letters) are not judged.
    static let minimumLetters = 100
    /// MinHash bins, bands and rows per band (bins = bands × rows).
    static let bins = 64, bands = 16, rows = 4
    /// Candidates taken from each bucket a report falls in.
    static let bucketNeighbours = 4
    /// Candidates measured exactly.
    static let measured = 2

    /// B1 for a report and the same organ's report of the year before (nil when either is too
    /// short to judge).
    public static func b1(previous: Report, current: Report, previousYear: String, threshold: Double) -> CheckResult? {
        b1(previous: previous, letters: letters(of: previous), current: letters(of: current), previousYear: previousYear, threshold: threshold)
    }

    /// B1 on the letters of both narratives (`letters(of:)`), so that a township's reports are
    /// each read once for all its years.
    static func b1(previous: Report, letters before: [UInt32], current now: [UInt32], previousYear: String, threshold: Double) -> CheckResult? {
        b1(previous: previous, shingled: Shingled(before), current: Shingled(now), previousYear: previousYear, threshold: threshold)
    }

    /// A narrative's shingles (`shingles(_:)`) and its number of letters: what B1 reads of a
    /// text, made once for each report of a township though B1 reads it as this year and as
    /// last year.
    struct Shingled {
        var shingles: [UInt64]
        var count: Int

        init(_ letters: [UInt32]) {
            shingles = BoilerplateChecks.shingles(letters)
            count = letters.count
        }
    }

    /// B1 on both narratives' shingles: `coverage(of: now, by: shingleSet(before))` without
    /// making a text's shingles again for each year it is compared as.
    static func b1(previous: Report, shingled before: Shingled, current now: Shingled, previousYear: String, threshold: Double) -> CheckResult? {
        guard now.count >= minimumLetters, before.count >= minimumLetters else { return nil }
        let share = coverage(shingles: now.shingles, count: now.count, by: ShingleSet(before.shingles))
        let percent = Self.percent(share)
        if share >= threshold {
            return CheckResult(id: "B1", status: .fail,
                               message: "正文有 \(percent) 与本机关\(previousYear)年报告相同（\(previous.path)），达到 \(Self.percent(threshold)) 的提示线")
        }
        return CheckResult(id: "B1", status: .pass, message: "正文与本机关\(previousYear)年报告相同的部分为 \(percent)")
    }

    /// What B2 found, kept between the rebuilds of `serve` so that an edit measures again only
    /// what it can have changed: each report's letter count and signature by path and SHA-256 of
    /// its file, and for each report the candidates it was measured against (path and SHA-256)
    /// with the best share. A report whose candidates and texts are unchanged gets its last
    /// result, which is what measuring again would give. Thread-safe; one per `IncrementalBuild`.
    public final class Memory: @unchecked Sendable {
        struct Text {
            var sha256: String
            var letterCount: Int
            var signature: [UInt64]?
        }

        struct Measured: Equatable {
            var sha256: String
            /// The candidates measured, as path and SHA-256, best first by signature agreement.
            var others: [String]
            var best: Double?
            /// The position in `others` of the best match.
            var bestAt: Int?
        }

        private var texts: [PathKey: Text] = [:]
        private var measured: [PathKey: Measured] = [:]
        private let lock = NSLock()

        /// Creates an empty memory.
        public init() {}

        private func locked<Value>(_ body: () -> Value) -> Value {
            lock.lock()
            defer { lock.unlock() }
            return body()
        }

        func text(_ report: Report) -> Text? {
            let key = PathKey(report.path)
            return locked { texts[key].flatMap { $0.sha256 == report.sha256 ? $0 : nil } }
        }

        func keep(_ text: Text, for path: String) { locked { texts[PathKey(path)] = text } }

        func measured(_ path: String) -> Measured? { locked { measured[PathKey(path)] } }

        func keep(_ result: Measured, for path: String) { locked { measured[PathKey(path)] = result } }
    }

    /// Adds B2 to every report long enough to judge that has another report of the same year;
    /// with `years`, only to the reports of those years (a year's B2 reads that year's reports
    /// alone). With `memory`, texts and measurements that have not changed since the memory's
    /// last use are not computed again (the result is the same). With `only` (indexes in the
    /// corpus), only those reports get B2, each the same as the whole year's pass gives it: a
    /// report's candidates and measurement read the others' texts, never their results.
    public static func applyB2(to corpus: inout Corpus, threshold: Double, years: Set<Int>? = nil, memory: Memory? = nil, only: Set<Int>? = nil) {
        for (year, indexes) in corpus.reportsByYear.sorted(by: { $0.key < $1.key }) where years?.contains(year) ?? true {
            for (report, result) in b2(of: indexes, in: corpus, threshold: threshold, memory: memory, only: only) {
                corpus.reports[report].checks.append(result)
            }
        }
    }

    /// B2 of the reports of one year (`indexes`), each with its report's index in the corpus.
    /// Each report's letters and signature, then each report's measurement, are made on every
    /// core: each reads texts and signatures only, never another's result, so the results are
    /// those made one after another.
    private static func b2(of indexes: [Int], in corpus: Corpus, threshold: Double, memory: Memory?, only: Set<Int>?) -> [(Int, CheckResult)] {
        let townshipOf = corpus.placements.map(\.townshipIndex)
        // Letters are read when a signature or a measurement needs them: once for each report
        // whose signature is made here, where it is measured for the others remembered. Their
        // shingles are kept, not the letters: the signature, the report's own measurement and
        // each report measuring it read the same shingles, made once.
        let read: [(text: Memory.Text, shingles: [UInt64]?)] = concurrentMap(indexes.count) { index in
            let report = corpus.reports[indexes[index]]
            if let known = memory?.text(report) { return (known, nil) }
            let letters = letters(of: indexes[index], in: corpus)
            let hashes = shingles(letters)
            let text = Memory.Text(sha256: report.sha256, letterCount: letters.count,
                                   signature: letters.count >= minimumLetters ? signature(hashes) : nil)
            memory?.keep(text, for: report.path)
            return (text, hashes)
        }
        let described = read.map(\.text)
        let judged = described.indices.filter { described[$0].letterCount >= minimumLetters }
        guard judged.count > 1 else { return [] }
        /// A report's shingles and letter count.
        @Sendable func texts(_ index: Int) -> (shingles: [UInt64], count: Int) {
            if let hashes = read[index].shingles { return (hashes, read[index].text.letterCount) }
            let letters = letters(of: indexes[index], in: corpus)
            return (shingles(letters), letters.count)
        }
        let signatures = judged.map { described[$0].signature ?? [] }
        let positions = judged.indices.filter { only?.contains(indexes[judged[$0]]) ?? true }
        // With `only` (serve, an edited report), just the buckets those reports fall in are
        // gathered: the same members in the same order as the whole year's buckets hold them,
        // without making and freeing a bucket for each band of every report of the year.
        let measuredHere: Set<Int>? = only == nil ? nil : Set(positions)
        let wanted: Set<Int>? = measuredHere.map { Set($0.flatMap { position in (0..<bands).map { bandKey(signatures[position], band: $0) } }) }
        var buckets: [Int: [Int]] = [:]
        // Each measured report's bucket keys with its place in the bucket.
        var keys = [[(key: Int, at: Int)]](repeating: [], count: signatures.count)
        for (position, signature) in signatures.enumerated() {
            let measured = measuredHere?.contains(position) ?? true
            for band in 0..<bands {
                let key = bandKey(signature, band: band)
                guard wanted?.contains(key) ?? true else { continue }
                buckets[key, default: []].append(position)
                if measured { keys[position].append((key, (buckets[key]?.count ?? 1) - 1)) }
            }
        }
        return concurrentMap(positions.count) { [buckets, keys] number in
            let position = positions[number]
            let index = judged[position]
            let report = indexes[index]
            var candidates = Set<Int>()
            for (key, at) in keys[position] {
                guard let members = buckets[key] else { continue }
                // The neighbours in the bucket's order, never the whole bucket: a corpus where
                // every report is alike stays linear.
                let low = max(0, at - bucketNeighbours / 2), high = min(members.count, low + bucketNeighbours + 1)
                for other in members[low..<high] where townshipOf[indexes[judged[other]]] != townshipOf[report] {
                    candidates.insert(other)
                }
                if candidates.count >= bands * bucketNeighbours { break }
            }
            // Most agreeing first, then by position: a total order, so the same candidates
            // always rank the same.
            let ranked = candidates.map { ($0, agreement(signatures[position], signatures[$0])) }
                .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(measured).map(\.0)
            let path = corpus.reports[report].path
            let others = memory == nil ? [] : ranked.map { corpus.reports[indexes[judged[$0]]].path + "\n" + corpus.reports[indexes[judged[$0]]].sha256 }
            var best: (share: Double, report: Int)?
            if let last = memory?.measured(path), last.sha256 == corpus.reports[report].sha256, last.others == others {
                if let share = last.best, let at = last.bestAt { best = (share, indexes[judged[ranked[at]]]) }
            } else {
                var bestAt: Int?
                let own = texts(index)
                for (at, other) in ranked.enumerated() {
                    let share = coverage(shingles: own.shingles, count: own.count, by: ShingleSet(texts(judged[other]).shingles))
                    if share > (best?.share ?? -1) {
                        best = (share, indexes[judged[other]])
                        bestAt = at
                    }
                }
                memory?.keep(Memory.Measured(sha256: corpus.reports[report].sha256, others: others, best: best?.share, bestAt: bestAt), for: path)
            }
            return (report, b2(best: best, in: corpus, threshold: threshold))
        }
    }

    private static func b2(best: (share: Double, report: Int)?, in corpus: Corpus, threshold: Double) -> CheckResult {
        guard let best else {
            return CheckResult(id: "B2", status: .pass, message: "未发现与同年其他报告大段相同的正文")
        }
        let other = corpus.reports[best.report]
        let name = corpus.townships[corpus.placements[best.report].townshipIndex].name
        let percent = percent(best.share)
        if best.share >= threshold {
            return CheckResult(id: "B2", status: .fail,
                               message: "正文有 \(percent) 与同年\(name)的报告相同（\(other.path)），达到 \(Self.percent(threshold)) 的提示线",
                               comparedWith: best.report)
        }
        return CheckResult(id: "B2", status: .pass, message: "与同年最相似的报告（\(name)）相同的部分为 \(percent)", comparedWith: best.report)
    }

    /// A share as a whole percentage, e.g. 87%.
    static func percent(_ share: Double) -> String {
        "\(Int((share * 100).rounded(.down)))%"
    }

    /// The letters of a report's narrative (sections 一–六), read from the UTF-8 bytes.
    static func letters(of report: Report) -> [UInt32] {
        let room = report.sections.reduce(0) { $0 + $1.narrative.markdown.utf8.count }
        return letters(room: room) { add in
            for section in report.sections {
                var markdown = section.narrative.markdown
                markdown.withUTF8(add)
            }
        }
    }

    /// `letters(of: corpus.withText(index))`, read where the build keeps the text: from the
    /// sections' bytes as the build's store holds them (`NarrativeStore.storedSections`, each
    /// the UTF-8 of the `String` it was written from), without making a `String` of every
    /// narrative (and validating it) and copying the report, which B2 did for every report.
    static func letters(of index: Int, in corpus: Corpus) -> [UInt32] {
        guard let stored = corpus.narratives?.storedSections(of: corpus.reports[index]) else {
            return letters(of: corpus.withText(index))
        }
        return letters(room: stored.markdown.reduce(0) { $0 + $1.count }) { add in
            stored.bytes.withUnsafeBufferPointer { bytes in
                for range in stored.markdown { add(UnsafeBufferPointer(rebasing: bytes[range])) }
            }
        }
    }

    /// The letters of the UTF-8 texts `texts` gives to its argument in turn, at most `room`
    /// (their bytes: no letter is shorter than a byte).
    private static func letters(room: Int, _ texts: ((UnsafeBufferPointer<UInt8>) -> Void) -> Void) -> [UInt32] {
        // Written straight into room for one letter a byte (no letter is shorter), without
        // append's capacity check on every letter of every report (B1 and B2 both read them).
        [UInt32](unsafeUninitializedCapacity: room) { out, written in
            written = 0
            texts { bytes in
                var index = 0
                while index < bytes.count {
                    let lead = bytes[index]
                    if lead < 0x80 {
                        // An ASCII letter.
                        if (lead | 0x20) >= 0x61, (lead | 0x20) <= 0x7A, written < room {
                            out[written] = UInt32(lead)
                            written += 1
                        }
                        index += 1
                    } else if lead >= 0xE0, lead < 0xF0, index + 2 < bytes.count {
                        // Three bytes: the whole Basic Multilingual Plane above U+07FF, Han included.
                        let value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                        if isHan(value), written < room {
                            out[written] = value
                            written += 1
                        }
                        index += 3
                    } else {
                        index += lead < 0xE0 ? 2 : 4
                    }
                }
            }
        }
    }

    /// `Unicode.Scalar(value)?.isHan`, on the value: no surrogate is Han (a test tries every value
    /// of three UTF-8 bytes).
    @inline(__always)
    static func isHan(_ value: UInt32) -> Bool {
        (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value) || value == 0x3007
    }

    /// The hash of each shingle, in text order.
    static func shingles(_ letters: [UInt32]) -> [UInt64] {
        guard letters.count >= shingleLength else { return [] }
        var hashes: [UInt64] = []
        hashes.reserveCapacity(letters.count - shingleLength + 1)
        letters.withUnsafeBufferPointer { letters in
            for start in 0...(letters.count - shingleLength) {
                var hash: UInt64 = 0xCBF2_9CE4_8422_2325
                for offset in 0..<shingleLength {
                    hash = (hash ^ UInt64(letters[start + offset])) &* 0x0000_0100_0000_01B3
                }
                hashes.append(mix(hash))
            }
        }
        return hashes
    }

    /// The set of shingle hashes of a text.
    static func shingleSet(_ letters: [UInt32]) -> ShingleSet {
        ShingleSet(shingles(letters))
    }

    /// Which of `letters` lie inside a shingle found in `other`: the characters `coverage`
    /// counts, one flag per letter, for highlighting the shared passages.
    static func sharedMask(of letters: [UInt32], by other: ShingleSet) -> [Bool] {
        sharedMask(shingles: shingles(letters), count: letters.count, by: other)
    }

    /// The same from the text's shingles (`shingles(_:)`) and its number of letters.
    static func sharedMask(shingles: [UInt64], count: Int, by other: ShingleSet) -> [Bool] {
        var mask = [Bool](repeating: false, count: count)
        for (start, hash) in shingles.enumerated() where other.contains(hash) {
            for index in start..<(start + shingleLength) { mask[index] = true }
        }
        return mask
    }

    /// The share of `letters` inside a shingle found in `other`.
    static func coverage(of letters: [UInt32], by other: ShingleSet) -> Double {
        coverage(shingles: shingles(letters), count: letters.count, by: other)
    }

    /// The same from the text's shingles (`shingles(_:)`) and its number of letters.
    static func coverage(shingles: [UInt64], count: Int, by other: ShingleSet) -> Double {
        guard count > 0 else { return 0 }
        var covered = 0
        var coveredUpTo = 0
        for (start, hash) in shingles.enumerated() where other.contains(hash) {
            let end = start + shingleLength
            covered += end - max(start, coveredUpTo)
            coveredUpTo = end
        }
        return Double(covered) / Double(count)
    }

    /// A one-permutation MinHash signature: the shingles split into `bins` by their top bits,
    /// the least hash kept in each; an empty bin borrows the next bin's (densification).
    static func signature(_ shingles: [UInt64]) -> [UInt64] {
        var minimums = [UInt64](repeating: .max, count: bins)
        for hash in shingles {
            let bin = Int(hash >> 58)
            let value = hash & 0x03FF_FFFF_FFFF_FFFF
            if value < minimums[bin] { minimums[bin] = value }
        }
        guard minimums.contains(where: { $0 != .max }) else { return minimums }
        for bin in 0..<bins where minimums[bin] == .max {
            var next = (bin + 1) % bins
            var steps = 1
            while minimums[next] == .max { next = (next + 1) % bins; steps += 1 }
            minimums[bin] = mix(minimums[next] &+ UInt64(steps))
        }
        return minimums
    }

    private static func bandKey(_ signature: [UInt64], band: Int) -> Int {
        var hash = UInt64(band) &* 0x9E37_79B9_7F4A_7C15
        for row in 0..<rows { hash = mix(hash ^ signature[band * rows + row]) }
        return Int(truncatingIfNeeded: hash)
    }

    private static func agreement(_ lhs: [UInt64], _ rhs: [UInt64]) -> Int {
        zip(lhs, rhs).reduce(0) { $0 + ($1.0 == $1.1 ? 1 : 0) }
    }

    /// SplitMix64's finaliser: a cheap, well-mixed 64-bit hash.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A set of shingle hashes (`BoilerplateChecks.shingles`): open addressing with linear probing
/// on the hash's own low bits, since the hashes are already well mixed; `Set<UInt64>` hashed
/// every one again, and building and probing those sets was most of B1, B2 and the comparison pages.
struct ShingleSet {
    /// Power-of-two table; 0 marks an empty slot (a hash of 0 is kept in `hasZero`).
    private var slots: [UInt64]
    private var hasZero = false

    init(_ hashes: [UInt64]) {
        var capacity = 16
        while capacity < hashes.count * 2 { capacity <<= 1 }
        var slots = [UInt64](repeating: 0, count: capacity)
        let mask = capacity - 1
        for hash in hashes {
            guard hash != 0 else { hasZero = true; continue }
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0, slots[slot] != hash { slot = (slot + 1) & mask }
            slots[slot] = hash
        }
        self.slots = slots
    }

    /// Whether the set holds `hash`.
    func contains(_ hash: UInt64) -> Bool {
        guard hash != 0 else { return hasZero }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let held = slots[slot]
            if held == hash { return true }
            if held == 0 { return false }
            slot = (slot + 1) & mask
        }
    }
}
