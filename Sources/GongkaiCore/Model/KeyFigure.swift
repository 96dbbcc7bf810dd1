import Foundation

/// The figures a portal compares across townships and years, read from a report's tables in
/// either format. A sum with an unknown term is unknown.
public enum KeyFigure: String, CaseIterable, Sendable {
    case newReceived, carriedOver, granted, partiallyGranted, denied, unavailable, rejected, otherHandling
    case resultsTotal, carriedForward
    case licensing, punishment, coercion
    case review, litigation
    /// 表二 行政事业性收费 本年收费金额, in 万元 (2021 format only: the trial format counts fee
    /// items, not amounts, so its reports' fees are unknown).
    case fees

    /// The Chinese label shown on pages.
    public var label: String {
        switch self {
        case .newReceived: "本年新收申请"
        case .carriedOver: "上年结转"
        case .granted: "予以公开"
        case .partiallyGranted: "部分公开"
        case .denied: "不予公开"
        case .unavailable: "无法提供"
        case .rejected: "不予处理"
        case .otherHandling: "其他处理"
        case .resultsTotal: "办理结果总计"
        case .carriedForward: "结转下年度"
        case .licensing: "行政许可决定"
        case .punishment: "行政处罚决定"
        case .coercion: "行政强制决定"
        case .review: "行政复议"
        case .litigation: "行政诉讼"
        case .fees: "行政事业性收费（万元）"
        }
    }

    /// Where the figure comes from in the form, for the open data's codebook (`datapackage.json`).
    public var definition: String {
        switch self {
        case .newReceived, .carriedOver, .granted, .partiallyGranted, .resultsTotal, .carriedForward:
            "表三“\(label)”行的总计栏"
        case .denied: "表三“不予公开”八行（1–8）总计栏之和"
        case .unavailable: "表三“无法提供”三行总计栏之和"
        case .rejected: "表三“不予处理”五行总计栏之和"
        case .otherHandling: "表三“其他处理”的总计栏（2021年版为其三行之和）"
        case .licensing, .punishment, .coercion: "表二“\(label.replacingOccurrences(of: "决定", with: ""))”行的处理决定数量"
        case .review: "表四“行政复议”的总计栏"
        case .litigation: "表四两类行政诉讼（未经复议直接起诉、复议后起诉）总计栏之和"
        case .fees: "表二“行政事业性收费”行的本年收费金额（万元）；2019年试行格式只报项目数量，此数为空"
        }
    }

    /// The figures shown in comparison tables, in order.
    public static let compared: [KeyFigure] = [.newReceived, .carriedOver, .granted, .partiallyGranted, .denied, .unavailable,
                                               .rejected, .otherHandling, .resultsTotal, .carriedForward, .licensing, .punishment,
                                               .coercion, .review, .litigation]

    /// How requests were handled: the stacked series of the charts.
    public static let handling: [KeyFigure] = [.granted, .partiallyGranted, .denied, .unavailable, .rejected, .otherHandling]

    /// Whether the figure means the same in both formats, so a change across the 2019 trial and
    /// 2021 formats is meaningful: table 2's rows count different things (项目数量 and 本年增/减
    /// against 本年处理决定数量, no fee amount in the trial form), and the trial form has one 其他处理
    /// row where the 2021 form has three.
    public var comparableAcrossFormats: Bool {
        switch self {
        case .licensing, .punishment, .coercion, .fees, .otherHandling: false
        default: true
        }
    }

    /// The value in a report, or nil when unknown.
    public func value(in report: Report) -> Decimal? {
        let total = Table3Column.total.rawValue
        switch self {
        case .newReceived: return report.table3?.cell(.newReceived, total).value
        case .carriedOver: return report.table3?.cell(.carriedOver, total).value
        case .granted: return report.table3?.cell(.granted, total).value
        case .partiallyGranted: return report.table3?.cell(.partiallyGranted, total).value
        case .denied: return sum3(report, [.deniedStateSecret, .deniedOtherLaws, .deniedThreeSafeties, .deniedThirdParty,
                                           .deniedInternalAffairs, .deniedProcessInfo, .deniedEnforcementFile, .deniedAdminQuery])
        case .unavailable: return sum3(report, [.unavailableNotHeld, .unavailableNeedsCreation, .unavailableUnclear])
        case .rejected: return sum3(report, [.rejectedComplaint, .rejectedDuplicate, .rejectedPublication, .rejectedExcessive, .rejectedConfirmation])
        case .otherHandling:
            return report.table3?.format == .trial ? report.table3?.cell(.otherHandling, total).value
                : sum3(report, [.otherNoCorrection, .otherFeeUnpaid, .otherOther])
        case .resultsTotal: return report.table3?.cell(.resultsTotal, total).value
        case .carriedForward: return report.table3?.cell(.carriedForward, total).value
        case .licensing, .punishment, .coercion:
            guard let table = report.table2 else { return nil }
            let row: Table2Row = self == .licensing ? .licensing : self == .punishment ? .punishment : .coercion
            return table.cell(row, table.format == .current ? 0 : 2).value
        case .fees:
            guard let table = report.table2, table.format == .current else { return nil }
            return table.cell(.fees, 0).value
        case .review: return report.table4?.cell(.review, Table4Column.total.rawValue).value
        case .litigation:
            guard let table = report.table4,
                  let direct = table.cell(.litigationDirect, Table4Column.total.rawValue).value,
                  let after = table.cell(.litigationAfterReview, Table4Column.total.rawValue).value else { return nil }
            return direct + after
        }
    }

    private func sum3(_ report: Report, _ rows: [Table3Row]) -> Decimal? {
        guard let table = report.table3 else { return nil }
        var sum = Sum()
        for row in rows {
            guard let value = table.cell(row, Table3Column.total.rawValue).value else { return nil }
            sum.add(value)
        }
        return sum.value
    }

    /// A sum with the bytes of `Decimal(0)` `+=` each term, without Foundation's addition
    /// (most of a township page's key figures in `perf`) where it can: whole terms (nearly
    /// every cell) are added as integers; the first other term, or a sum grown past 2^52, goes
    /// on with Foundation's addition. Foundation compacts the result of an addition (no trailing
    /// zeros in the mantissa: 100 is 1 × 10²), so the integer sum is compacted too
    /// (`KeyFigureSumTests` compares the bytes of both).
    struct Sum {
        private var total = Decimal(0)
        private var whole: Int64? = 0

        mutating func add(_ value: Decimal) {
            if let sum = whole, let term = value.smallWholeValue, case let next = sum + term, next.magnitude < 1 << 52 {
                whole = next
                return
            }
            if let sum = whole { total = Self.decimal(sum) }
            whole = nil
            total += value
        }

        var value: Decimal { whole.map(Self.decimal) ?? total }

        private static func decimal(_ whole: Int64) -> Decimal {
            var value = Decimal(whole)
            NSDecimalCompact(&value)
            return value
        }
    }
}
