/// A fast 64-bit hash of file contents, eight bytes at a time, to tell whether a page's bytes
/// changed since the last build (not a security hash: the size is compared too).
public enum ContentHash {
    /// The hash of some bytes.
    public static func of(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBytes { raw in
            var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(raw.count)
            var offset = 0
            while offset + 8 <= raw.count {
                let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                hash = mix(hash ^ word)
                offset += 8
            }
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while offset < raw.count {
                tail |= UInt64(raw[offset]) << shift
                shift += 8
                offset += 1
            }
            return mix(hash ^ tail)
        }
    }

    /// The hash of `count` bytes given in pieces (a file streamed to disk and read back), equal
    /// to `of` on the same bytes at once: the count seeds the hash, so it must be known first.
    struct Running {
        private var hash: UInt64
        private var tail: UInt64 = 0
        private var shift: UInt64 = 0

        init(count: Int) {
            hash = 0x9E37_79B9_7F4A_7C15 ^ UInt64(count)
        }

        /// Adds the next bytes.
        mutating func add(_ raw: UnsafeRawBufferPointer) {
            var offset = 0
            // Finish a word begun by the last piece, byte by byte.
            while shift > 0, offset < raw.count {
                tail |= UInt64(raw[offset]) << shift
                offset += 1
                shift = (shift + 8) % 64
                if shift == 0 { hash = ContentHash.mix(hash ^ tail); tail = 0 }
            }
            while offset + 8 <= raw.count {
                hash = ContentHash.mix(hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                offset += 8
            }
            while offset < raw.count {
                tail |= UInt64(raw[offset]) << shift
                shift += 8
                offset += 1
            }
        }

        /// The hash of all the bytes added.
        func finish() -> UInt64 { ContentHash.mix(hash ^ tail) }
    }

    fileprivate static func mix(_ value: UInt64) -> UInt64 {
        var x = value &* 0xBF58_476D_1CE4_E5B9
        x ^= x >> 31
        x = x &* 0x94D0_49BB_1331_11EB
        return x ^ (x >> 29)
    }
}
