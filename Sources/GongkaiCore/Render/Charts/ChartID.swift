import Foundation

/// Deterministic element ids for charts, so several charts can share one HTML page.
enum ChartID {
    /// 64-bit FNV-1a hash of `bytes`.
    static func fnv1a64<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// "chart-" followed by 16 hex digits hashed from the chart kind, title, categories, unit and series.
    static func make(kind: String, spec: ChartSpec) -> String {
        var key = [kind, spec.title, spec.unit].joined(separator: "\u{1E}")
        key += "\u{1D}" + spec.categories.joined(separator: "\u{1F}")
        for series in spec.series {
            key += "\u{1D}" + series.name + "\u{1E}"
            key += series.values.map { $0.map(ChartFormat.number) ?? "?" }.joined(separator: "\u{1F}")
        }
        let hex = String(fnv1a64(key.utf8), radix: 16)
        return "chart-" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}
