/// Section 五 (存在的主要问题及改进情况) of a report beside the same organ's report of the year
/// before: the 2021 format (国办公开办函〔2021〕30号) asks for last year's problems and what was done.
enum CarriedProblemChecks {
    /// A sentence shorter than this (in Han characters) is not compared: 一是…, 主要问题如下.
    static let minimumLetters = 12

    /// Section 五 of one report as P1 and P2 read it, derived once per report however many
    /// years it is compared with.
    struct ProblemText {
        /// The sentences long enough to compare, with their letters. (Letters are Han characters
        /// and ASCII letters, none of which has a canonical decomposition: equal as scalars is
        /// equal as strings.)
        var sentences: [(text: String, letters: [Unicode.Scalar])]
        /// The section's plain text, paragraphs joined; empty when the report has no section 五.
        var text: String

        /// The sections `init(of:)` reads the text of.
        static func reads(_ section: Section) -> Bool { section.number == 5 }

        init(of report: Report) {
            guard let section = report.section(5) else { sentences = []; text = ""; return }
            let paragraphs = NarrativeText.paragraphs(of: section.narrative)
            sentences = paragraphs.flatMap { NarrativeText.sentences(of: $0.text) }.compactMap { sentence in
                let letters = NarrativeText.letters(of: sentence)
                guard letters.count >= minimumLetters else { return nil }
                return (sentence, letters)
            }
            text = paragraphs.map(\.text).joined()
        }
    }

    /// P1 (warning): sentences of this year's section 五 that repeat, word for word (numbers and
    /// punctuation aside), a sentence of last year's: the same problem written up again. P2
    /// (note): this year's section 五 does not speak of last year at all. Nil when either report
    /// has no section 五 text.
    static func checks(previous: Report, current: Report, previousYear: String) -> [CheckResult] {
        checks(previous: ProblemText(of: previous), current: current, now: ProblemText(of: current), previousYear: previousYear)
    }

    /// The same from both reports' section 五 as `ProblemText` reads it.
    static func checks(previous: ProblemText, current: Report, now: ProblemText, previousYear: String) -> [CheckResult] {
        let before = previous.sentences
        guard !before.isEmpty, !now.sentences.isEmpty else { return [] }
        let earlier = Set(before.map(\.letters))
        let repeated = now.sentences.filter { earlier.contains($0.letters) }
        let line = current.section(5)?.line
        let p1 = repeated.isEmpty
            ? CheckResult(id: "P1", status: .pass, message: "第五部分没有照搬\(previousYear)年的问题表述")
            : CheckResult(id: "P1", status: .fail,
                          message: "第五部分有 \(repeated.count) 句与\(previousYear)年报告一字不差：\(repeated.prefix(3).map { "“\($0.text)”" }.joined(separator: "、"))；同一问题年年照写，请说明改进情况", line: line)
        let words = ["上年", "去年", "上一年", "\(previousYear)年", "以往", "往年"]
        let p2 = words.contains(where: now.text.includes)
            ? CheckResult(id: "P2", status: .pass, message: "第五部分提到了上一年度的问题或改进")
            : CheckResult(id: "P2", status: .fail,
                          message: "第五部分未提及\(previousYear)年报告所列问题的改进情况；\(previousYear)年所列：\(before.prefix(2).map { "“\($0.text)”" }.joined(separator: "、"))", line: line)
        return [p1, p2]
    }
}
