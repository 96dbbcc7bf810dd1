/// The characters table lines are cut at, found on the UTF-8 bytes.
struct CellSeparators: OptionSet, Sendable {
    let rawValue: UInt8
    static let pipe = CellSeparators(rawValue: 1)
    static let tab = CellSeparators(rawValue: 2)
    static let space = CellSeparators(rawValue: 4)
    static let ideographicSpace = CellSeparators(rawValue: 8)

    /// Whether a character is one of these separators.
    func contains(_ character: Character) -> Bool {
        (contains(.pipe) && character == "|") || (contains(.tab) && character == "\t")
            || (contains(.space) && character == " ") || (contains(.ideographicSpace) && character == "\u{3000}")
    }
}

extension Substring {
    /// `split(whereSeparator:)` at the separator characters, the same pieces, found on the bytes
    /// when that is exact, else by the character walk.
    ///
    /// A character split compares grapheme clusters: a "|" followed by a combining mark is one
    /// character that is no "|". So the bytes are used only when every separator byte stands
    /// between neighbours that cannot join it (ASCII, Han, CJK punctuation, full-width forms,
    /// which are none of Unicode's prepend, extend or spacing marks); any other neighbour, in a
    /// line that has one, sends the whole line to the character walk.
    func splitCells(at separators: CellSeparators, omittingEmpty: Bool = true) -> [Substring] {
        if let pieces = utf8.withContiguousStorageIfAvailable({ splitOnBytes($0, separators, omittingEmpty) }), let pieces {
            return pieces
        }
        return split(omittingEmptySubsequences: omittingEmpty, whereSeparator: separators.contains)
    }

    private func splitOnBytes(_ bytes: UnsafeBufferPointer<UInt8>, _ separators: CellSeparators, _ omittingEmpty: Bool) -> [Substring]? {
        var pieces: [Substring] = []
        var pieceStart = 0
        var index = 0
        let count = bytes.count
        func piece(_ start: Int, _ end: Int) {
            if omittingEmpty && start == end { return }
            pieces.append(self[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)])
        }
        while index < count {
            let byte = bytes[index]
            var width = 0
            if byte == 0x7C, separators.contains(.pipe) {
                width = 1
            } else if byte == 0x09, separators.contains(.tab) {
                width = 1
            } else if byte == 0x20, separators.contains(.space) {
                width = 1
            } else if byte == 0xE3, separators.contains(.ideographicSpace), index + 2 < count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x80 {
                width = 3
            }
            if width == 0 {
                index += 1
                continue
            }
            // A tab is a control character, always a character of its own.
            if byte != 0x09, !Self.cannotJoin(bytes, before: index) || !Self.cannotJoin(bytes, from: index + width) { return nil }
            piece(pieceStart, index)
            index += width
            pieceStart = index
        }
        piece(pieceStart, count)
        return pieces
    }

    /// Whether the scalar that starts at `start` (none at the end) cannot extend the character
    /// before it: ASCII, U+3000–U+3029, U+4000–U+9FFF, U+FF00–U+FF3F.
    private static func cannotJoin(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        guard start < bytes.count else { return true }
        return isSafe(bytes, start)
    }

    /// Whether the scalar that ends before `end` (none at the start) cannot be a prepended mark
    /// joining the character after it.
    private static func cannotJoin(_ bytes: UnsafeBufferPointer<UInt8>, before end: Int) -> Bool {
        guard end > 0 else { return true }
        var start = end - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return isSafe(bytes, start) && (bytes[start] < 0x80 ? end - start == 1 : end - start == 3)
    }

    private static func isSafe(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        let lead = bytes[start]
        if lead < 0x80 { return true }
        guard start + 2 < bytes.count else { return false }
        if (0xE4...0xE9).contains(lead) { return true }
        if lead == 0xE3 { return bytes[start + 1] == 0x80 && bytes[start + 2] <= 0xA9 }
        if lead == 0xEF { return bytes[start + 1] == 0xBC }
        return false
    }
}
