/// T1, timeliness (warning): 《中华人民共和国政府信息公开条例》第五十条 requires the annual report
/// to be published by 31 January of the following year (每年1月31日前).
enum TimelinessCheck {
    /// Pass when the printed (or front-matter) date is on or before 31 January of year + 1; fail
    /// naming the days late; unknown, saying so, when the date or the year is not known.
    static func t1(_ report: Report) -> CheckResult {
        guard let year = report.metadata.year else {
            return CheckResult(id: "T1", status: .unknown, message: "报告年度不明，无法判断是否按时发布", severity: .warning)
        }
        guard let published = report.metadata.published, let day = dayNumber(iso: published) else {
            return CheckResult(id: "T1", status: .unknown,
                               message: "报告未写明发布日期，无法判断是否在\(year + 1)年1月31日前发布", severity: .warning)
        }
        let deadline = civilDay(year: year + 1, month: 1, day: 31)
        let late = day - deadline
        if late > 0 {
            return CheckResult(id: "T1", status: .fail,
                               message: "发布日期 \(published)，晚于法定期限\(year + 1)年1月31日 \(late) 天（条例第五十条）",
                               severity: .warning)
        }
        return CheckResult(id: "T1", status: .pass, message: "发布日期 \(published)，在\(year + 1)年1月31日前", severity: .warning)
    }

    /// Days since 1970-01-01 of an ISO date `yyyy-mm-dd`; nil when it is not one.
    static func dayNumber(iso: String) -> Int? {
        let parts = iso.split(separator: "-")
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), (1...31).contains(day) else { return nil }
        return civilDay(year: year, month: month, day: day)
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil).
    static func civilDay(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
