import Foundation

/// A check's message as a report keeps it, about a quarter of its text's size: a corpus holds
/// some sixteen messages a report, at 100,000 reports over 250 MB as Strings, while the text of
/// a message is read only when a page, the JSON or `gongkai check` shows it.
///
/// A message is a sequence of pieces of text and the numbers between them (`办理结果总计 =
/// 各项办理结果之和在全部 ` `7` ` 处成立（如 总计: ` `82` ` = ` `3` …). The pieces repeat across
/// reports, so each is kept once (`MessagePieces`) and named by its number; a message keeps only
/// those numbers and its own numbers, six bits a byte, in a String of ASCII bytes — which Swift
/// holds inside the String itself, without an allocation, up to 15 bytes (three messages in
/// four). The text made again (`text`) is exactly the message given, byte for byte: a run of
/// digits is a number only when writing the number gives the run back (no leading zero, at most
/// 18 digits); any other run stays in its piece.
struct CompactMessage: Sendable, Hashable {
    /// The tokens: each a number `n` as `2n + 1` or a piece as `2 × its number`, little-endian in
    /// groups of six bits, bit 6 set on every group but a token's last.
    private var code: String

    /// The message `text`, encoded.
    init(_ text: String) {
        // Read in place: a native String's UTF-8 is contiguous, so the message's bytes are not
        // copied into an array first (`withUTF8` copies only a bridged or shared one).
        var text = text
        code = text.withUTF8(Self.code(of:))
    }

    /// The code of a message's UTF-8 bytes.
    private static func code(of utf8: UnsafeBufferPointer<UInt8>) -> String {
        let count = utf8.count
        // Each token: a piece's range in `utf8`, or a number (`end` = -1, the value in `start`).
        var tokens: [(start: Int, end: Int)] = []
        var pieceStart = 0
        var index = 0
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        while index < count {
            guard isDigit(utf8[index]) else {
                index += 1
                continue
            }
            var end = index
            while end < count, isDigit(utf8[end]) { end += 1 }
            let length = end - index
            guard length <= 18, length == 1 || utf8[index] != 0x30 else {
                index = end
                continue
            }
            if pieceStart < index { tokens.append((pieceStart, index)) }
            var value = 0
            for digit in utf8[index..<end] { value = value * 10 + Int(digit - 0x30) }
            tokens.append((value, -1))
            index = end
            pieceStart = end
        }
        if pieceStart < count { tokens.append((pieceStart, count)) }
        let numbers = MessagePieces.shared.numbers(of: tokens.filter { $0.end >= 0 }.map { UnsafeBufferPointer(rebasing: utf8[$0.start..<$0.end]) })
        var bytes: [UInt8] = []
        bytes.reserveCapacity(tokens.count * 2)
        var piece = 0
        for token in tokens {
            var rest: UInt64
            if token.end < 0 {
                rest = UInt64(token.start) * 2 + 1
            } else {
                rest = UInt64(numbers[piece]) * 2
                piece += 1
            }
            repeat {
                let group = UInt8(rest & 0x3F)
                rest >>= 6
                bytes.append(rest > 0 ? group | 0x40 : group)
            } while rest > 0
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The message, as given.
    var text: String { MessagePieces.shared.text(of: code) }

    /// Appends the message as a JSON string, as `JSONValue.writeString(text)` writes it, from
    /// its pieces escaped once each (a piece ends only at a digit, which no escape spans).
    func appendJSON(to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        MessagePieces.shared.append(code, escaped: true, to: &out)
        out.append(UInt8(ascii: "\""))
    }
}

/// The pieces of text of every check message made in this process, each kept once and named by
/// its number in order of first use: the words of each check's message, names and quoted
/// sentences. Never emptied: `serve` adds only the pieces an edit brings that were not there.
final class MessagePieces: @unchecked Sendable {
    static let shared = MessagePieces()

    /// Readers share it: messages are decoded on both cores at once while pages and JSON are
    /// written, and most encodings find every piece numbered already. With one mutex they took
    /// turns (`perf record -e sched:sched_switch` of a 2,000-report build: over half of all
    /// context switches were lock waits, most of them on this table).
    private let lock = ReadWriteLock()
    private var pieces: [[UInt8]] = []
    /// Each piece escaped for a JSON string (`JSONValue.writeString` less its quotes).
    private var escapedPieces: [[UInt8]] = []
    /// A piece's number by the FNV-1a hash of its bytes; pieces whose hash another piece has
    /// already are in `others`.
    private var byHash: [UInt64: Int] = [:]
    private var others: [[UInt8]: Int] = [:]

    /// The numbers of pieces of UTF-8 text, each given one if it has none.
    func numbers(of slices: [UnsafeBufferPointer<UInt8>]) -> [Int] {
        let hashes = slices.map(Self.hash)
        // Looked up under the shared lock first; numbered under the exclusive one only when a
        // piece is new (then each is looked up again: another core may have added it meanwhile).
        let found: [Int]? = lock.reading {
            var numbers: [Int] = []
            numbers.reserveCapacity(slices.count)
            for (slice, hash) in zip(slices, hashes) {
                guard let number = number(of: slice, hash: hash) else { return nil }
                numbers.append(number)
            }
            return numbers
        }
        if let found { return found }
        return lock.writing {
            zip(slices, hashes).map { slice, hash in
                if let number = number(of: slice, hash: hash) { return number }
                pieces.append(Array(slice))
                var escaped: [UInt8] = []
                JSONValue.writeString(String(decoding: slice, as: UTF8.self), to: &escaped)
                escapedPieces.append(Array(escaped.dropFirst().dropLast()))
                if byHash[hash] == nil { byHash[hash] = pieces.count - 1 } else { others[Array(slice)] = pieces.count - 1 }
                return pieces.count - 1
            }
        }
    }

    /// The hash `byHash` keys a piece by: eight bytes at a time, each word mixed in with a
    /// multiply and a shift, and the length (FNV-1a byte by byte was 0.8 % of `gongkai check`).
    /// Pieces with equal hashes are told apart by their bytes (`others`), so any hash is right.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(bytes.count)
        guard let base = UnsafeRawPointer(bytes.baseAddress) else { return hash }
        var offset = 0
        while offset + 8 <= bytes.count {
            let word = base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            hash = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
            hash ^= hash >> 29
            offset += 8
        }
        var tail: UInt64 = 0
        while offset < bytes.count {
            tail = tail << 8 | UInt64(bytes[offset])
            offset += 1
        }
        hash = (hash ^ tail) &* 0x9E37_79B9_7F4A_7C15
        return hash ^ hash >> 32
    }

    /// The number of a piece already numbered; nil for a new one. Call under `lock`.
    private func number(of slice: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
        guard let number = byHash[hash] else { return nil }
        return Self.equal(pieces[number], slice) ? number : others[Array(slice)]
    }

    /// Whether a piece's bytes are `bytes`, compared with `memcmp` (`elementsEqual` went byte by
    /// byte, 0.3 % of `gongkai check`: nearly every piece looked up is found).
    static func equal(_ piece: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        piece.count == bytes.count && piece.withUnsafeBufferPointer { piece in
            guard let lhs = piece.baseAddress, let rhs = bytes.baseAddress else { return true }  // both empty
            return memcmp(lhs, rhs, piece.count) == 0
        }
    }

    /// The text of a message as `CompactMessage` encodes it.
    func text(of code: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(code.utf8.count * 12)
        append(code, escaped: false, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the text of a message as `CompactMessage` encodes it (UTF-8), or with `escaped`
    /// that text escaped for a JSON string.
    func append(_ code: String, escaped: Bool, to bytes: inout [UInt8]) {
        var code = code
        code.withUTF8 { code in
            var value: UInt64 = 0
            var shift: UInt64 = 0
            lock.reading {
                let table = escaped ? escapedPieces : pieces
                for byte in code {
                    value |= UInt64(byte & 0x3F) << shift
                    if byte & 0x40 != 0 {
                        shift += 6
                        continue
                    }
                    if value & 1 == 1 {
                        bytes.appendDigits(value >> 1)
                    } else if Int(value >> 1) < table.count {
                        bytes.append(contentsOf: table[Int(value >> 1)])
                    }
                    value = 0
                    shift = 0
                }
            }
        }
    }
}

/// A readers–writer lock (POSIX `pthread_rwlock_t`): any number of readers at once, or one
/// writer. The lock lives at a fixed address, as POSIX requires, for the object's life.
final class ReadWriteLock: @unchecked Sendable {
    private let lock: UnsafeMutablePointer<pthread_rwlock_t>

    init() {
        lock = .allocate(capacity: 1)
        lock.initialize(to: pthread_rwlock_t())
        pthread_rwlock_init(lock, nil)
    }

    deinit {
        pthread_rwlock_destroy(lock)
        lock.deinitialize(count: 1)
        lock.deallocate()
    }

    /// `body`'s result, run while holding the lock shared with other readers.
    func reading<T>(_ body: () throws -> T) rethrows -> T {
        pthread_rwlock_rdlock(lock)
        defer { pthread_rwlock_unlock(lock) }
        return try body()
    }

    /// `body`'s result, run while holding the lock alone.
    func writing<T>(_ body: () throws -> T) rethrows -> T {
        pthread_rwlock_wrlock(lock)
        defer { pthread_rwlock_unlock(lock) }
        return try body()
    }
}
