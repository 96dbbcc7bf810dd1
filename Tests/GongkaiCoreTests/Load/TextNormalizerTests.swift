import Foundation
import Testing
@testable import GongkaiCore

@Suite("TextNormalizer")
struct TextNormalizerTests {
    @Test("LF, CRLF and CR each end one line")
    func lineEnds() {
        #expect(TextNormalizer.lines(of: "a\nb") == ["a", "b"])
        #expect(TextNormalizer.lines(of: "a\r\nb") == ["a", "b"])
        #expect(TextNormalizer.lines(of: "a\rb") == ["a", "b"])
        #expect(TextNormalizer.lines(of: "a\r\nb\rc\nd") == ["a", "b", "c", "d"])
    }

    @Test("blank lines are kept, so line numbers stay those of the file")
    func blankLinesKept() {
        #expect(TextNormalizer.lines(of: "a\r\n\r\nb") == ["a", "", "b"])
        #expect(TextNormalizer.lines(of: "a\r\rb") == ["a", "", "b"])
        #expect(TextNormalizer.lines(of: "a\n\r\nb") == ["a", "", "b"])
        #expect(TextNormalizer.lines(of: "\n\na") == ["", "", "a"])
    }

    @Test("a final line end adds no extra line")
    func finalLineEnd() {
        #expect(TextNormalizer.lines(of: "a\n") == ["a"])
        #expect(TextNormalizer.lines(of: "a\r\n") == ["a"])
        #expect(TextNormalizer.lines(of: "a\r") == ["a"])
        #expect(TextNormalizer.lines(of: "") == [])
    }

    @Test("the same text with LF, CRLF or CR gives the same lines")
    func lineEndsAgree() {
        let lf = "标题\n\n一、总体情况\n正文\n\n\n二、主动公开政府信息情况"
        let expected = TextNormalizer.lines(of: lf)
        #expect(expected.count == 7)
        #expect(TextNormalizer.lines(of: lf.replacingOccurrences(of: "\n", with: "\r\n")) == expected)
        #expect(TextNormalizer.lines(of: lf.replacingOccurrences(of: "\n", with: "\r")) == expected)
    }

    @Test("section and table lines keep their numbers under CRLF and CR")
    func parsedLineNumbersUnderCRLF() throws {
        let text = "XX镇人民政府2022年政府信息公开工作年度报告\n\n一、总体情况\n\n正文。\n二、主动公开政府信息情况\n第二十条第（五）项\t\n信息内容\t本年处理决定数量\n行政许可\t7\n行政处罚\t8\n"
        for ending in ["\n", "\r\n", "\r"] {
            let report = ReportParser.parse(SourceText(path: "a.txt", text: text.replacingOccurrences(of: "\n", with: ending)))
            #expect(report.section(1)?.line == 3)
            #expect(report.section(2)?.line == 6)
            let table2 = try #require(report.table2)
            #expect(table2.cell(.licensing, 0).line == 9)
            #expect(table2.cell(.licensing, 0).value == 7)
            #expect(table2.cell(.punishment, 0).line == 10)
        }
    }

    @Test("zero-width characters and the BOM are dropped")
    func zeroWidthDropped() {
        #expect(TextNormalizer.lines(of: "1\u{200B}2\u{200C}3\u{200D}4\u{2060}5\u{00AD}6") == ["123456"])
        #expect(TextNormalizer.lines(of: "\u{FEFF}标题") == ["标题"])
        #expect(TextNormalizer.normalise("\u{200B}") == nil)
        #expect(TextNormalizer.normalise("\u{FEFF}") == nil)
    }

    @Test("NBSP and other odd spaces become a plain space; the ideographic space is kept")
    func oddSpaces() {
        #expect(TextNormalizer.lines(of: "a\u{00A0}b") == ["a b"])
        #expect(TextNormalizer.lines(of: "a\u{2002}b\u{202F}c\u{205F}d") == ["a b c d"])
        #expect(TextNormalizer.lines(of: "\u{3000}\u{3000}正文") == ["\u{3000}\u{3000}正文"])
    }

    @Test("full-width digits, letters, signs and point become ASCII")
    func fullWidth() {
        #expect(TextNormalizer.lines(of: "０１２３４５６７８９") == ["0123456789"])
        #expect(TextNormalizer.lines(of: "ＡＢＣｘｙｚ") == ["ABCxyz"])
        #expect(TextNormalizer.lines(of: "＋１２，－１８，１．５，\u{2212}3") == ["+12，-18，1.5，-3"])
    }

    @Test("Chinese text and full-width punctuation other than signs are kept")
    func chineseKept() {
        #expect(TextNormalizer.lines(of: "（一）主动公开：“三安全一稳定”。") == ["（一）主动公开：“三安全一稳定”。"])
    }

    @Test("tabs are kept, vertical tab and form feed become spaces")
    func tabsAndControls() {
        #expect(TextNormalizer.lines(of: "a\tb\u{0B}c\u{0C}d") == ["a\tb c d"])
    }

    @Test("mirror-site pinyin glosses after a Han character are removed")
    func pinyinGlossesRemoved() {
        #expect(TextNormalizer.lines(of: "寧強(qiáng)縣民政局") == ["寧強縣民政局"])
        #expect(TextNormalizer.lines(of: "規(guī)章 | 0 | 0") == ["規章 | 0 | 0"])
        #expect(TextNormalizer.lines(of: "數(shù)據(jù)、第(一)項(xiàng)") == ["數據、第(一)項"])
        #expect(TextNormalizer.lines(of: "鳳凰鎮（zhèn）人民政府") == ["鳳凰鎮人民政府"])
    }

    @Test("parentheses that are not a tone-marked pinyin syllable after a Han character are kept")
    func otherParenthesesKept() {
        let kept = ["办法(试行)", "附件(PDF)", "数量(2020)", "乡(zhen)", "1(qiáng)", "(qiáng)开头", "乡(zhuàngzhuàng)", "乡(ān"]
        for line in kept {
            #expect(TextNormalizer.lines(of: line) == [line])
        }
    }
}
