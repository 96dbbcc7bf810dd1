import Foundation

/// How numbers read on pages: unknown is 未知, never 0.
enum Display {
    /// A number, or 未知.
    static func number(_ value: Decimal?) -> String {
        guard let value else { return "未知" }
        return value.text
    }

    /// A change between two reports, signed, with the per cent of the old value when it is not
    /// 0 (“+35（+41.2%）”, one decimal as compare.js writes it), or empty when either is unknown.
    static func change(from old: Decimal?, to new: Decimal?) -> String {
        guard let old, let new else { return "" }
        return wholeChange(from: old, to: new) ?? decimalChange(from: old, to: new)
    }

    /// `change` of two whole numbers below 2^40 (nearly every pair: counts of 件), in integers:
    /// the per cent is rounded to tenths half away from zero, as `NSDecimalRound(.plain)` rounds
    /// it, without Foundation's decimal division (a visible part of township and report pages).
    /// Nil for any other pair; `DisplayTests` compares it with `decimalChange`.
    static func wholeChange(from old: Decimal, to new: Decimal) -> String? {
        guard let old = old.smallWholeValue, let new = new.smallWholeValue, old.magnitude < 1 << 40, new.magnitude < 1 << 40 else { return nil }
        let delta = new - old
        let signed = delta > 0 ? "+" + String(delta) : delta == 0 ? "±0" : String(delta)
        guard old != 0 else { return signed }
        // Tenths of a per cent: |delta| × 1000 / |old|, rounded half up in magnitude.
        let divisor = old.magnitude
        let tenths = (delta.magnitude * 1000 * 2 + divisor) / (2 * divisor)
        let whole = String(tenths / 10), fraction = tenths % 10
        let magnitude = fraction == 0 ? whole : whole + "." + String(fraction)
        let percent = tenths == 0 ? "0" : delta > 0 ? "+" + magnitude : "-" + magnitude
        return signed + "（" + percent + "%）"
    }

    /// `change` in Foundation's decimal arithmetic, for any pair.
    static func decimalChange(from old: Decimal, to new: Decimal) -> String {
        let delta = new - old
        let signed = delta > 0 ? "+" + delta.text : delta == 0 ? "±0" : delta.text
        guard old != 0 else { return signed }
        var ratio = delta / abs(old) * 100
        var rounded = Decimal()
        NSDecimalRound(&rounded, &ratio, 1, .plain)
        return signed + "（" + (rounded > 0 ? "+" : "") + rounded.text + "%）"
    }

    /// The Chinese name of a cell's reason for being unknown.
    static func reason(_ status: Cell.Status) -> String {
        switch status {
        case .printed: "原文印有数字"
        case .blank: "原文此格空白"
        case .dash: "原文此格为符号"
        case .unreadable: "原文此格不是数字"
        case .missing: "原文缺少此格"
        }
    }

    /// A year label.
    static func year(_ year: Int?) -> String {
        year.map { "\($0)年" } ?? "年份不明"
    }
}
