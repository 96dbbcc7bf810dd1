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

    /// "chart-" followed by 16 hex digits hashed from the chart kind, title, categories, unit and
    /// series: the UTF-8 of kind, title and unit joined by U+1E, then U+1D and the categories
    /// joined by U+1F, then for each series U+1D, its name, U+1E and its values (`ChartFormat.number`,
    /// "?" when unknown) joined by U+1F — written as bytes, without the Strings.
    static func make(kind: String, spec: ChartSpec) -> String {
        var key = HTMLBytes(capacity: 512)
        key += kind; key.bytes.append(0x1E); key += spec.title; key.bytes.append(0x1E); key += spec.unit
        key.bytes.append(0x1D)
        for (index, category) in spec.categories.enumerated() {
            if index > 0 { key.bytes.append(0x1F) }
            key += category
        }
        for series in spec.series {
            key.bytes.append(0x1D); key += series.name; key.bytes.append(0x1E)
            for (index, value) in series.values.enumerated() {
                if index > 0 { key.bytes.append(0x1F) }
                if let value { key.chartNumber(value) } else { key += "?" }
            }
        }
        let hex = String(fnv1a64(key.bytes), radix: 16)
        return "chart-" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}
