import Foundation
import Testing
@testable import GongkaiCore

@Suite("Report JSON")
struct JSONTests {
    /// A 2021 report cut off inside table 3, with a quote, a newline and `<` in its text.
    static let cutOffText = """
    刘楼镇人民政府2022年政府信息公开工作年度报告
    一、总体情况
    本年度做好“<公开>”工作。
    二、主动公开政府信息情况
    第二十条第（八）项\t
    信息内容\t本年收费金额（单位：万元）
    行政事业性收费\t0.35
    第二十条第（五）项\t
    信息内容\t本年处理决定数量
    行政许可\t/
    三、收到和处理政府信息公开申请情况
    \t\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计
    一、本年新收政府信息公开申请数量\t\t1\t\t0\t0\t0\t0\t1
    二、上年结转政府信息公开申请数量\t\t0\t0\t0
    """

    private static func object(_ report: Report) throws -> [String: Any] {
        let data = Data(report.json.serialized().utf8)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test("unknown cells are null, never 0; a missing table is null")
    func unknownCellsAreNull() throws {
        let report = ReportParser.parse(SourceText(path: "cut.txt", text: Self.cutOffText))
        let object = try Self.object(report)
        let table3 = try #require(object["table3"] as? [String: Any])
        let received = try #require(table3["newReceived"] as? [Any])
        #expect(received.count == 7)
        #expect((received[0] as? NSNumber)?.intValue == 1)
        #expect(received[1] is NSNull)
        #expect((received[2] as? NSNumber)?.intValue == 0)
        let over = try #require(table3["carriedOver"] as? [Any])
        #expect(over.count == 7)
        #expect(over.prefix(3).allSatisfy { ($0 as? NSNumber)?.intValue == 0 })
        #expect(over.dropFirst(3).allSatisfy { $0 is NSNull })
        let forward = try #require(table3["carriedForward"] as? [Any])
        #expect(forward.count == 7)
        #expect(forward.allSatisfy { $0 is NSNull })
        #expect(object["table4"] is NSNull)
        let table2 = try #require(object["table2"] as? [String: Any])
        let licensing = try #require(table2["licensing"] as? [Any])
        #expect(licensing.count == 1)
        #expect(licensing[0] is NSNull)
        let fees = try #require(table2["fees"] as? [Any])
        #expect((fees.first as? NSNumber)?.doubleValue == 0.35)
    }

    @Test("the cell tally counts every cell of the form: read ones, and unknown ones including a missing table's")
    func cellTally() throws {
        let tally = ReportParser.parse(SourceText(path: "cut.txt", text: Self.cutOffText)).cellTally
        #expect(tally.read == 1 + 9)
        #expect(tally.unknown == 10 + 175 + 15 - 10)
        let seed = try Fixtures.seed(1).cellTally
        #expect(seed.unknown == 0 && seed.read > 0)
    }

    @Test("the serialised text prints unknown cells as null")
    func nullInText() {
        let text = ReportParser.parse(SourceText(path: "cut.txt", text: Self.cutOffText)).json.serialized()
        #expect(text.contains("\"newReceived\": [1, null, 0, 0, 0, 0, 1]"))
        #expect(text.contains("\"carriedOver\": [0, 0, 0, null, null, null, null]"))
        #expect(text.contains("\"carriedForward\": [null, null, null, null, null, null, null]"))
        #expect(text.contains("\"licensing\": [null]"))
        #expect(text.contains("\"fees\": [0.35]"))
        #expect(text.contains("\"table4\": null"))
        #expect(!text.contains("\"carriedForward\": [0"))
    }

    @Test("the schema's keys, in order")
    func keys() throws {
        let report = CheckStage.checked(ReportParser.parse(SourceText(path: "Content/刘楼镇/2022.txt", text: Self.cutOffText)))
        guard case .object(let members) = report.json else {
            Issue.record("the report JSON is not an object")
            return
        }
        let keys = members.map(\.0)
        let schema = ["schema", "path", "sha256", "encoding", "organ", "township", "county", "year", "format", "published",
                      "sections", "table2", "table3", "table4", "checks", "diagnostics"]
        #expect(keys.filter(schema.contains) == schema)
        let object = try Self.object(report)
        #expect(object["schema"] as? String == "gongkai.report/1")
        #expect(object["path"] as? String == "Content/刘楼镇/2022.txt")
        #expect(object["sha256"] as? String == report.sha256)
        #expect((object["sha256"] as? String)?.count == 64)
        #expect(object["encoding"] as? String == "utf-8")
        #expect(object["organ"] as? String == "刘楼镇人民政府")
        #expect(object["township"] as? String == "刘楼镇")
        #expect(object["county"] is NSNull)
        #expect((object["year"] as? NSNumber)?.intValue == 2022)
        #expect(object["format"] as? String == "2021")
        #expect(object["published"] is NSNull)
        let sections = try #require(object["sections"] as? [[String: Any]])
        #expect(sections.map { ($0["number"] as? NSNumber)?.intValue } == [1, 2, 3])
        #expect(sections.map { ($0["line"] as? NSNumber)?.intValue } == [2, 4, 11])
        #expect(sections.first?["heading"] as? String == "一、总体情况")
        let checks = try #require(object["checks"] as? [[String: Any]])
        #expect(checks.prefix(5).map { $0["id"] as? String } == ["V1", "V2", "V3", "V4", "V5"])
        #expect(checks.first?["status"] as? String == "unknown")
        #expect(checks.allSatisfy { ["pass", "fail", "unknown"].contains($0["status"] as? String ?? "") })
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.contains { $0["code"] as? String == "table3.missing-rows" && $0["severity"] as? String == "warning" })
        #expect(diagnostics.allSatisfy { $0["line"] is NSNumber || $0["line"] is NSNull })
    }

    @Test("table rows are keyed in the official order, arrays in column order")
    func tableOrder() throws {
        let report = ReportParser.parse(SourceText(path: "cut.txt", text: Self.cutOffText))
        let table3 = try #require(report.table3)
        guard case .object(let rows) = table3.json else {
            Issue.record("table 3 JSON is not an object")
            return
        }
        #expect(rows.map(\.0) == Table3Row.rows(in: .current).map(\.rawValue))
    }

    @Test("strings escape quotes, backslashes, newlines, tabs, controls and <")
    func stringEscapes() {
        #expect(JSONValue.string("a\"b").serialized() == #""a\"b""#)
        #expect(JSONValue.string("a\\b").serialized() == #""a\\b""#)
        #expect(JSONValue.string("a\nb\r\tc").serialized() == #""a\nb\r\tc""#)
        #expect(JSONValue.string("</script>").serialized() == #""\u003c/script>""#)
        #expect(JSONValue.string("\u{01}\u{1F}").serialized() == #""\u0001\u001f""#)
        #expect(JSONValue.string("\u{2028}").serialized() == #""\u2028""#)
        #expect(JSONValue.string("甲\u{2029}乙<\u{7F}\u{2027}").serialized() == "\"甲\\u2029乙\\u003c\u{7F}\u{2027}\"")
        #expect(JSONValue.string("\"").serialized() == #""\"""#)
        #expect(JSONValue.string("刘楼镇“公开”").serialized() == "\"刘楼镇“公开”\"")
    }

    @Test("a report's strings with quotes, newlines and < stay valid JSON and read back the same")
    func escapedRoundTrip() throws {
        let report = ReportParser.parse(SourceText(path: "a\"b\\c<d>.txt", text: Self.cutOffText))
        let text = report.json.serialized()
        #expect(!text.contains("<"))
        let object = try Self.object(report)
        #expect(object["path"] as? String == "a\"b\\c<d>.txt")
        let sections = try #require(object["sections"] as? [[String: Any]])
        let markdown = try #require(sections.first?["markdown"] as? String)
        #expect(markdown.contains("“"))
        #expect(markdown.contains("公开"))
    }

    @Test("numbers: integers plain, decimals with a point, negatives signed")
    func numbers() {
        #expect(JSONValue.number(0).serialized() == "0")
        #expect(JSONValue.number(251_000).serialized() == "251000")
        #expect(JSONValue.number(Decimal(string: "0.35")!).serialized() == "0.35")
        #expect(JSONValue.number(-18).serialized() == "-18")
        #expect(JSONValue.array([.number(1), .null, .number(2)]).serialized() == "[1, null, 2]")
        #expect(JSONValue.int(nil).serialized() == "null")
        #expect(JSONValue.string(nil as String?).serialized() == "null")
    }

    @Test("a number's text read from Decimal's storage is Foundation's, for whole numbers of every size, sign and exponent")
    func wholeNumberText() throws {
        var generator = SplitMix64(seed: 0x5EED0005)
        var texts = ["0", "1", "-1", "9007199254740991", "9007199254740992", "-9007199254740993", "18446744073709551615", "1e6", "1e7", "12e5",
                     "0.5", "-0.35", "100.0", "3.000", "1234567890123456789012", "-0"]
        texts += (0..<400).map { _ in String(Int64.random(in: -(1 << 60)...(1 << 60), using: &generator) >> UInt64.random(in: 0...60, using: &generator)) }
        for text in texts {
            let value = try #require(Decimal(string: text))
            let foundation = !value.isNaN && value.exponent >= 0 && value.exponent <= 6 && value.magnitude < Decimal(1 << 53)
                ? String(NSDecimalNumber(decimal: value).int64Value) : value.description
            #expect(value.text == foundation, "\(text)")
            if let whole = value.smallWholeValue { #expect(String(whole) == foundation, "\(text)") }
        }
        #expect(Decimal(84).smallWholeValue == 84, "the fast way is taken on this Foundation")
        #expect((Decimal(84) * Decimal(1000)).text == "84000")
        #expect((Decimal(-7) / Decimal(2)).text == "-3.5")
    }

    @Test("digits appended as bytes are String's, from 0 to UInt64.max")
    func digitsAsBytes() {
        var values: [UInt64] = [0, 1, 9, 10, 11, 99, 100, 101, 999, 1000, UInt64.max, UInt64.max / 10, 1 << 53]
        var power: UInt64 = 10
        for _ in 1...19 { values += [power - 1, power, power + 1]; power = power &* 10 }
        for value in values {
            var bytes: [UInt8] = [0x2D]
            bytes.appendDigits(value)
            #expect(bytes == Array(("-" + String(value)).utf8), "\(value)")
        }
    }

    @Test("objects keep their key order and nest with indentation")
    func objects() {
        let value = JSONValue.object([("b", .bool(true)), ("a", .array([])), ("c", .object([])), ("d", .array([.object([("x", .null)])]))])
        #expect(value.serialized() == """
        {
          "b": true,
          "a": [],
          "c": {},
          "d": [
            {
              "x": null
            }
          ]
        }
        """)
    }
}
