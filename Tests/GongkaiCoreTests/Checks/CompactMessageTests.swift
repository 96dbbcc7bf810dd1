import Foundation
import Testing
@testable import GongkaiCore

/// A check keeps its message encoded (`CompactMessage`); what pages and the JSON read must be
/// the message given, byte for byte, whatever its digits.
@Suite struct CompactMessageTests {
    @Test(arguments: [
        "", "0", "7", "007", "10", "本年新收 + 上年结转 = 办理结果总计 + 结转下年度在全部 7 处成立（如 总计: 83 + 5 = 82 + 6 = 88）",
        "数字 0123 与 0 与 00 与 100000 与 999999999999999999 与 1000000000000000000 与 12345678901234567890123",
        "对照2021年的 东东镇/2021.txt：上年结转: 2021年结转下年度 12 ≠ 本年上年结转 9", "３２ 全角数字与 ½ 和 e\u{301} 组合字符",
        "结尾是数字 42", "42 开头是数字", "a1b2c3", "—\n换行 3\t制表",
        "引号\"1\\2<3\u{2028}4\u{2029}5\u{01}6\u{1F}“7”…8\r", "<", "\u{2028}0\u{2029}",
    ])
    func theTextIsTheMessageGiven(_ message: String) {
        let kept = CheckResult(id: "V1", status: .pass, message: message)
        #expect(Array(kept.message.utf8) == Array(message.utf8))
        // The JSON string written from the escaped pieces is the message's own, escaped whole.
        var json: [UInt8] = [], whole: [UInt8] = []
        kept.appendMessageJSON(to: &json)
        JSONValue.writeString(message, to: &whole)
        #expect(json == whole)
        var changed = kept
        changed.message = "前缀：" + changed.message
        #expect(Array(changed.message.utf8) == Array(("前缀：" + message).utf8))
    }

    @Test func equalMessagesMakeEqualResultsAndOthersDiffer() {
        let first = CheckResult(id: "V2", status: .fail, message: "总计: 82 ≠ 3 + 11", line: 40, cells: [CellReference(table: 3, row: "resultsTotal", column: 6)])
        let second = CheckResult(id: "V2", status: .fail, message: "总计: " + "82 ≠ 3 + 11", line: 40, cells: [CellReference(table: 3, row: "resultsTotal", column: 6)])
        #expect(first == second)
        #expect(first.hashValue == second.hashValue)
        #expect(first != CheckResult(id: "V2", status: .fail, message: "总计: 82 ≠ 3 + 12", line: 40, cells: first.cells))
        #expect(first != CheckResult(id: "V2", status: .fail, message: "总计: 082 ≠ 3 + 11", line: 40, cells: first.cells))
    }

    /// Both cores encode and decode at once (checks, pages, JSON): pieces new to the table,
    /// pieces another thread is adding, and pieces already there must all come back exactly.
    @Test func messagesEncodedAndReadOnEveryCoreAtOnceComeBackExactly() {
        let run = UUID().uuidString
        let failures = ResultSlots<String>(count: 8)
        DispatchQueue.concurrentPerform(iterations: 8) { worker in
            for index in 0..<400 {
                // Shared pieces (the same text from every worker) and this worker's own.
                let message = "并发 \(run) 共享片段\(index % 50) 与 \(index) ≠ 本线程\(worker)片段\(index % 7)：\(index * worker)"
                let kept = CompactMessage(message)
                if Array(kept.text.utf8) != Array(message.utf8) { failures.set(worker, message); return }
            }
        }
        #expect(failures.values.allSatisfy { $0 == nil })
    }

    /// A piece is found by its hash and then compared with `memcmp`: the comparison must be
    /// `elementsEqual`'s, whatever the lengths (none, one byte, one byte more) and wherever a byte differs.
    @Test func piecesCompareAsElementsEqualDoes() {
        let word = Array("办理结果总计 = ".utf8)
        var samples: [[UInt8]] = [[], [0], [0x30], word, word + [0x20], Array(word.dropLast())]
        for position in word.indices {
            var changed = word
            changed[position] ^= 1
            samples.append(changed)
        }
        for piece in samples {
            for other in samples {
                other.withUnsafeBufferPointer { other in
                    #expect(MessagePieces.equal(piece, other) == piece.elementsEqual(other))
                }
            }
        }
        // Pieces a byte apart, one after another in one run: each comes back as itself.
        for position in word.indices {
            var changed = word
            changed[position] ^= 1
            let text = String(decoding: changed, as: UTF8.self) + "7"
            #expect(Array(CompactMessage(text).text.utf8) == Array(text.utf8))
        }
    }

    @Test func lineAndComparedWithKeepNilAndTheirValues() {
        var result = CheckResult(id: "B2", status: .fail, message: "雷同", line: nil, comparedWith: 0)
        #expect(result.line == nil)
        #expect(result.comparedWith == 0)
        result.line = 1_234_567
        result.comparedWith = nil
        #expect(result.line == 1_234_567)
        #expect(result.comparedWith == nil)
    }
}
