import Foundation

/// How numbers read on pages: unknown is 未知, never 0.
enum Display {
    /// A number, or 未知.
    static func number(_ value: Decimal?) -> String {
        guard let value else { return "未知" }
        return value.text
    }

    /// A change between two years, signed, or empty when either is unknown.
    static func change(from old: Decimal?, to new: Decimal?) -> String {
        guard let old, let new else { return "" }
        let delta = new - old
        return delta > 0 ? "+" + delta.text : delta == 0 ? "±0" : delta.text
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
