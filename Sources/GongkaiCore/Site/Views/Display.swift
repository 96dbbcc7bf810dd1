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
