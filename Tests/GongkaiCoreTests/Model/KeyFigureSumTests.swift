import Foundation
import Testing
@testable import GongkaiCore

/// `KeyFigure.Sum` adds whole terms as integers: its result must be the very `Decimal` (the same
/// bytes, not only the same value) that `Decimal(0)` `+=` each term gives, so that every page and
/// file that shows or computes with a key figure is unchanged.
@Suite struct KeyFigureSumTests {
    static func bytes(_ value: Decimal) -> [UInt8] {
        withUnsafeBytes(of: value) { Array($0) }
    }

    @Test func sumsHaveTheBytesOfFoundationsAddition() throws {
        let terms: [Decimal] = [0, 1, 2, 5, 9, 10, 84, 99, 100, 101, 1000, 4321, 10_000, 123_456, -3, -100, -250,
                                Decimal(1 << 50), Decimal(1 << 51) + 7, Decimal(string: "1e3") ?? 0, Decimal(string: "12.5") ?? 0,
                                Decimal(string: "0.35") ?? 0, Decimal(string: "-7.25") ?? 0, Decimal(string: "100.0") ?? 0]
        var state: UInt64 = 7
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var lists: [[Decimal]] = [[], [0], [0, 0, 0], [5, -5], [100], [50, 50], [Decimal(1 << 51), Decimal(1 << 51), Decimal(1 << 51)]]
        for _ in 0..<3000 {
            // Mostly whole terms (as cells are), now and then a fraction or a large one.
            lists.append((0..<(1 + next(8))).map { _ in next(4) == 0 ? terms[next(terms.count)] : Decimal(next(3) == 0 ? next(3) * 100 : next(60)) })
        }
        for list in lists {
            var slow = Decimal(0)
            for term in list { slow += term }
            var fast = KeyFigure.Sum()
            for term in list { fast.add(term) }
            #expect(Self.bytes(fast.value) == Self.bytes(slow), "\(list)")
        }
    }
}
