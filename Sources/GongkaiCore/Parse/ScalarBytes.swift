/// Unicode scalars decoded straight from a text's contiguous UTF-8 bytes.
///
/// A Swift string's bytes are always valid UTF-8, so decoding them gives exactly the scalars of
/// `unicodeScalars`; the view's iterator and `count` walk them one index at a time, which showed
/// in the profile of every paragraph checked (Q1, N1–N6) and every label matched.
enum ScalarBytes {
    /// Calls `body` with each scalar of `bytes` in order until it returns false; false when it did.
    /// Bytes that are not valid UTF-8 (never those of a string) end the walk, returning nil.
    @inline(__always)
    static func walk(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (Unicode.Scalar) -> Bool) -> Bool? {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            let value: UInt32
            if lead < 0x80 {
                value = UInt32(lead)
                index += 1
            } else if lead < 0xE0 {
                guard index + 1 < count else { return nil }
                value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                index += 2
            } else if lead < 0xF0 {
                guard index + 2 < count else { return nil }
                value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                index += 3
            } else {
                guard index + 3 < count else { return nil }
                value = UInt32(lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                    | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
                index += 4
            }
            guard let scalar = Unicode.Scalar(value) else { return nil }
            if !body(scalar) { return false }
        }
        return true
    }
}

extension StringProtocol {
    /// `unicodeScalars.allSatisfy(predicate)`, decoded from the contiguous bytes.
    func allScalars(_ predicate: (Unicode.Scalar) -> Bool) -> Bool {
        if let result = utf8.withContiguousStorageIfAvailable({ ScalarBytes.walk($0, predicate) }), let result { return result }
        return unicodeScalars.allSatisfy(predicate)
    }

    /// Appends the scalars that `keep` accepts to `buffer`: `append(contentsOf:
    /// unicodeScalars.lazy.filter(keep))`, decoded from the contiguous bytes.
    func appendScalars(to buffer: inout [Unicode.Scalar], keeping keep: (Unicode.Scalar) -> Bool = { _ in true }) {
        let start = buffer.count
        let decoded = utf8.withContiguousStorageIfAvailable { bytes in
            buffer.reserveCapacity(start + bytes.count)
            return ScalarBytes.walk(bytes) { scalar in
                if keep(scalar) { buffer.append(scalar) }
                return true
            }
        }
        if decoded.flatMap({ $0 }) != nil { return }
        buffer.removeSubrange(start...)
        buffer.append(contentsOf: unicodeScalars.lazy.filter(keep))
    }

    /// `Array(unicodeScalars.lazy.filter(keep))`, decoded from the contiguous bytes.
    func scalarArray(keeping keep: (Unicode.Scalar) -> Bool = { _ in true }) -> [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        appendScalars(to: &scalars, keeping: keep)
        return scalars
    }
}
