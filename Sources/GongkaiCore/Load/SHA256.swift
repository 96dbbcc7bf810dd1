import CSHA256

/// SHA-256 of a byte buffer (FIPS 180-4), so report identity needs no crypto dependency. The
/// blocks are compressed with the processor's SHA instructions where it has them (x86-64 SHA
/// extensions, `CSHA256`), by the portable loop below elsewhere; a test compares both.
enum SHA256 {
    /// Whether this processor compresses with its SHA instructions.
    static let hasHardware = gongkai_sha256_hardware() == 1

    /// The round constants, from `CSHA256` (one table for both compressions).
    private static let k: [UInt32] = withUnsafeBytes(of: gongkai_sha256_k) { Array($0.bindMemory(to: UInt32.self)) }

    /// The digest as lowercase hex. The message is read in place, block by block (only its
    /// last one or two blocks, padded, are copied): the build hashes every original file it
    /// publishes, and the parse every file it reads.
    static func hex(_ bytes: [UInt8]) -> String {
        hex(bytes, hardware: hasHardware)
    }

    /// The digest as lowercase hex, with the SHA instructions when `hardware` (only where the
    /// processor has them) or else the portable loop.
    static func hex(_ bytes: [UInt8], hardware: Bool) -> String {
        var state: [UInt32] = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]
        let fullBlocks = bytes.count / 64
        var tail = Array(bytes[(fullBlocks * 64)...])
        tail.append(0x80)
        while tail.count % 64 != 56 { tail.append(0) }
        let bitLength = UInt64(bytes.count) &* 8
        for shift in stride(from: 56, through: 0, by: -8) { tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift))) }
        state.withUnsafeMutableBufferPointer { h in
            k.withUnsafeBufferPointer { k in
                withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
                    func compressAll(_ message: UnsafeRawBufferPointer, blocks: Int) {
                        guard blocks > 0, let base = message.baseAddress, let state = h.baseAddress else { return }
                        if hardware && hasHardware {
                            gongkai_sha256_blocks(state, base.assumingMemoryBound(to: UInt8.self), blocks)
                        } else {
                            for block in 0..<blocks { compress(UnsafeRawBufferPointer(rebasing: message[(block * 64)..<(block * 64 + 64)]), h, k, w) }
                        }
                    }
                    bytes.withUnsafeBytes { compressAll($0, blocks: fullBlocks) }
                    tail.withUnsafeBytes { compressAll($0, blocks: $0.count / 64) }
                }
            }
        }
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for word in state {
            for shift in stride(from: 28, through: 0, by: -4) { out.append(digits[Int((word >> UInt32(shift)) & 0xf)]) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// One 64-byte block into the state `h` (FIPS 180-4 §6.2.2), with `w` the message schedule.
    private static func compress(_ block: UnsafeRawBufferPointer, _ h: UnsafeMutableBufferPointer<UInt32>, _ k: UnsafeBufferPointer<UInt32>,
                                 _ w: UnsafeMutableBufferPointer<UInt32>) {
        for i in 0..<16 { w[i] = UInt32(bigEndian: block.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self)) }
        for i in 16..<64 {
            let s0 = rotate(w[i - 15], 7) ^ rotate(w[i - 15], 18) ^ (w[i - 15] >> 3)
            let s1 = rotate(w[i - 2], 17) ^ rotate(w[i - 2], 19) ^ (w[i - 2] >> 10)
            w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
        }
        var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7]
        for i in 0..<64 {
            let t1 = hh &+ (rotate(e, 6) ^ rotate(e, 11) ^ rotate(e, 25)) &+ ((e & f) ^ (~e & g)) &+ k[i] &+ w[i]
            let t2 = (rotate(a, 2) ^ rotate(a, 13) ^ rotate(a, 22)) &+ ((a & b) ^ (a & c) ^ (b & c))
            hh = g; g = f; f = e; e = d &+ t1; d = c; c = b; b = a; a = t1 &+ t2
        }
        h[0] &+= a; h[1] &+= b; h[2] &+= c; h[3] &+= d; h[4] &+= e; h[5] &+= f; h[6] &+= g; h[7] &+= hh
    }

    private static func rotate(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }
}
