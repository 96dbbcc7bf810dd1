/// Reads a date written on its own: 2023年1月10日, 2023-01-10, 2023.1.10 or 二〇二三年一月十日.
enum DateText {
    /// The ISO date (yyyy-mm-dd), or nil when the text is not just a date.
    static func iso(_ raw: some StringProtocol) -> String? {
        // Filtered as it is read: most lines are no date and stop at their first scalar.
        let text = String(raw).trimmingBlanks().unicodeScalars.lazy.filter { $0 != " " }
        var numbers: [Int] = []
        var current: Int?
        var chineseRun: [Int] = []
        func flushChinese() {
            guard !chineseRun.isEmpty else { return }
            numbers.append(chineseValue(chineseRun))
            chineseRun = []
        }
        for scalar in text {
            if scalar.isDigit {
                // No part of a date has more than four digits; a longer run is not a date (and
                // would overflow `Int` after 19 digits, which a damaged file can hold).
                let value = (current ?? 0) * 10 + Int(scalar.value - 48)
                guard value <= 9999 else { return nil }
                current = value
            } else if let digit = chineseDigits[scalar] {
                // 二〇二三 is the longest part: four characters.
                guard chineseRun.count < 4 else { return nil }
                chineseRun.append(digit)
            } else if ["年", "月", "日", "-", ".", "/"].contains(scalar) {
                if let value = current { numbers.append(value); current = nil }
                flushChinese()
            } else {
                return nil
            }
        }
        if let value = current { numbers.append(value) }
        flushChinese()
        guard numbers.count == 3, (1990...2100).contains(numbers[0]), (1...12).contains(numbers[1]), (1...31).contains(numbers[2]) else {
            return nil
        }
        let month = numbers[1] < 10 ? "0\(numbers[1])" : "\(numbers[1])"
        let day = numbers[2] < 10 ? "0\(numbers[2])" : "\(numbers[2])"
        return "\(numbers[0])-\(month)-\(day)"
    }

    /// 二〇二三 → 2023 (digit by digit); 十二 → 12; 二十一 → 21.
    private static func chineseValue(_ digits: [Int]) -> Int {
        if !digits.contains(10) { return digits.reduce(0) { $0 * 10 + $1 } }
        var value = 0
        var pending = 0
        for digit in digits {
            if digit == 10 { value += max(pending, 1) * 10; pending = 0 } else { pending = digit }
        }
        return value + pending
    }

    private static let chineseDigits: [Unicode.Scalar: Int] = [
        "〇": 0, "零": 0, "O": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
    ]
}
