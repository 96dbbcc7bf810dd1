/// Texts drawn from a list of pieces with a fixed generator, so that a failing comparison of a
/// fast path with its reference repeats.
enum GeneratedTexts {
    /// `count` texts of up to `maxPieces` pieces each.
    static func make(from pieces: [String], count: Int, maxPieces: Int, seed: UInt64) -> [String] {
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<count).map { _ in (0..<next(maxPieces + 1)).map { _ in pieces[next(pieces.count)] }.joined() }
    }
}
