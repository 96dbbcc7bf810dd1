/// Chinese names used in messages.
enum CheckNames {
    /// 二, 三, 四 for table numbers.
    static func tableNumeral(_ number: Int) -> String {
        ["〇", "一", "二", "三", "四"][max(0, min(number, 4))]
    }
}
