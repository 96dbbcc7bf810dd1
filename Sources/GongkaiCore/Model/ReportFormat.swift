/// Which national template a report's tables follow; decided by the tables, not by the year.
public enum ReportFormat: String, Sendable, Hashable, CaseIterable {
    /// 国办公开办函〔2019〕60号, the trial format used for reports on 2019 and 2020.
    case trial = "2019"
    /// 国办公开办函〔2021〕30号, the current format used for reports on 2021 onward.
    case current = "2021"
}
