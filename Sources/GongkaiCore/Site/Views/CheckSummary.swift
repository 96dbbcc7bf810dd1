/// A one-line summary of a report's checks, e.g. 核验：5 项通过，1 项未通过，1 项无法核对.
struct CheckSummary {
    let passed: Int
    let failed: Int
    let unknown: Int

    init(_ report: Report) {
        passed = report.checks.count { $0.status == .pass }
        failed = report.checks.count { $0.status == .fail }
        unknown = report.checks.count { $0.status == .unknown }
    }

    var text: String {
        var parts = ["\(passed) 项通过"]
        if failed > 0 { parts.append("\(failed) 项未通过") }
        if unknown > 0 { parts.append("\(unknown) 项无法核对") }
        return "核验：" + parts.joined(separator: "，")
    }
}
