import Foundation
import Testing
@testable import GongkaiCore

/// Value → length mapping and nice ranges.
@Suite struct ChartScaleTests {
    @Test func eightyFourOnTwoHundredUnits() {
        let scale = ChartScale(maximum: 84, length: 200)
        #expect(scale.niceMaximum == 100)
        #expect(scale.niceMinimum == 0)
        #expect(scale.ticks == [0, 20, 40, 60, 80, 100])
        #expect(scale.length(of: 84) == 168)
        #expect(scale.length(of: 0) == 0)
        #expect(scale.length(of: 100) == 200)
        #expect(scale.length(of: 50) == 100)
    }

    @Test(arguments: [
        (Decimal(3), Decimal(3), [Decimal(0), 1, 2, 3]),
        (7, 8, [0, 2, 4, 6, 8]),
        (12, 15, [0, 5, 10, 15]),
        (100, 100, [0, 20, 40, 60, 80, 100]),
        (1234, 1500, [0, 500, 1000, 1500]),
        (Decimal(string: "0.3")!, Decimal(string: "0.3")!, [0, Decimal(string: "0.1")!, Decimal(string: "0.2")!, Decimal(string: "0.3")!]),
    ])
    func niceMaximumAndTicks(maximum: Decimal, nice: Decimal, ticks: [Decimal]) {
        let scale = ChartScale(maximum: maximum, length: 100)
        #expect(scale.niceMaximum == nice)
        #expect(scale.ticks == ticks)
        #expect(scale.niceMaximum >= maximum)
    }

    @Test func zeroOrNoDataStillHasAnAxis() {
        let scale = ChartScale(maximum: 0, length: 180)
        #expect(scale.niceMaximum == 1)
        #expect(scale.ticks == [0, 1])
        #expect(scale.length(of: 0) == 0)
    }

    @Test func negativeMinimumGetsANiceBaselineBelowZero() {
        let scale = ChartScale(minimum: -30, maximum: 84, length: 150)
        #expect(scale.niceMinimum == -50)
        #expect(scale.niceMaximum == 100)
        #expect(scale.ticks == [-50, 0, 50, 100])
        #expect(scale.position(of: -50) == 0)
        #expect(scale.position(of: 0) == 50)
        #expect(scale.position(of: 100) == 150)
        #expect(scale.length(of: -30) == -30)
    }

    @Test func allNegativeValuesEndAtZero() {
        let scale = ChartScale(minimum: -7, maximum: -2, length: 100)
        #expect(scale.niceMaximum == 0)
        #expect(scale.niceMinimum == -8)
        #expect(scale.ticks.contains(0))
    }
}
