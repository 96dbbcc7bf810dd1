import Testing
@testable import GongkaiCore

/// `NarrativeText` reads UTF-8 bytes; these tests hold it to what the `Character`-based reading
/// it replaced gave (kept here as the reference), on the texts where the two could part: CR LF,
/// runs of blank lines, marks at line starts, ideographic spaces, combining marks, control bytes.
@Suite struct NarrativeTextTests {
    /// The reference: the markdown split by `Character`s, as the checks read it before.
    enum Reference {
        static func blocks(_ markdown: String) -> [Substring] {
            markdown.split(separator: "\n\n", omittingEmptySubsequences: false)
        }

        static func plain(_ block: Substring) -> String {
            var out = String.UnicodeScalarView()
            for line in block.split(separator: "\n") {
                var scalars = Substring(line).unicodeScalars.drop { $0 == "#" || $0 == ">" || $0 == " " }
                if scalars.first == "|" { scalars = scalars.dropFirst() }
                for scalar in scalars where scalar != "*" && scalar != "|" && scalar != "\\" { out.append(scalar) }
            }
            return String(String(out).trimmingBlanks())
        }

        static func sentences(_ text: String) -> [String] {
            var sentences: [String] = []
            var current = String.UnicodeScalarView()
            for scalar in text.unicodeScalars {
                current.append(scalar)
                if NarrativeText.sentenceEnds.contains(scalar) {
                    let sentence = String(String(current).trimmingBlanks())
                    if !sentence.isEmpty { sentences.append(sentence) }
                    current = String.UnicodeScalarView()
                }
            }
            let rest = String(String(current).trimmingBlanks())
            if !rest.isEmpty { sentences.append(rest) }
            return sentences
        }

        static func letters(_ report: Report) -> [UInt32] {
            report.sections.flatMap { $0.narrative.markdown.unicodeScalars.filter(NarrativeText.isLetter).map(\.value) }
        }
    }

    static let texts: [String] = [
        "", "\n", "\n\n", "\n\n\n", "\n\n\n\n\n", "a\n\nb", "a\n\n\nb", "a\n\n\n\nb\n\n", "\r\n\r\n", "a\r\n\nb", "a\r\n\r\n\nb", "\r\n\n\n",
        "### （一）主动公开情况\n\n本年度**新收**申请 12 件。\n\n> 引用 | 表格 |\n\n| 一 | 二 |\n|---|---|",
        "#> #标题\n  ## 二级\n|| 双竖线 \\* 转义", "　　首行缩进的段落。　\n\n\t制表符开头。\t", "　", " \u{3000} ", "e\u{301}\n\u{301}开头的组合符",
        " \u{301}空格与组合符", "控制\u{7}字符\u{0}与\u{FFFE}非字符", "一是……；二是……！三是？结尾没有标点", "；；。。", "English words; and more! Yes? ok.",
        "句子。 　 \n\n 下一段；\r\n同一段", "**（一）加粗的小标题。**正文接着写。", "𠀀扩展B的字𠀁与a1Z9",
    ]

    @Test func blocksAndParagraphsMatchTheCharacterReading() {
        for text in Self.texts + [Self.texts.joined(separator: "\n\n"), Self.texts.joined(separator: "\n"), Self.texts.joined()] {
            #expect(NarrativeText.blocks(of: text) == Reference.blocks(text), "\(text.debugDescription)")
            for block in Reference.blocks(text) {
                #expect(NarrativeText.plain(block) == Reference.plain(block), "\(block.debugDescription)")
                #expect(NarrativeText.sentences(of: String(block)) == Reference.sentences(String(block)), "\(block.debugDescription)")
            }
        }
    }

    @Test func theLastSentenceIsTheLastOfTheSentences() {
        let pieces = ["。", "；", "!", "?", " ", "\u{3000}", "\t", "\u{301}", "一", "a", "，", "\n", "\r\n", "𠀀", "！", "？"]
        let generated = GeneratedTexts.make(from: pieces, count: 3000, maxPieces: 9, seed: 5)
        for text in Self.texts + generated {
            let sentences = NarrativeText.sentences(of: text)
            let (last, hasMore) = NarrativeText.lastSentence(of: text)
            #expect(last == sentences.last ?? "" && hasMore == (sentences.count > 1), "\(text.debugDescription)")
        }
    }

    @Test func lettersMatchTheScalarReading() {
        let report = TextReports.report(texts: [1: Self.texts.joined(separator: "\n\n"), 5: "问题：〇一二三ABCxyz，𠀀。"])
        #expect(BoilerplateChecks.letters(of: report) == Reference.letters(report))
        #expect(!BoilerplateChecks.letters(of: report).isEmpty)
        // Letters written into room for one a byte: texts of letters only (as many as bytes),
        // none, and every width of UTF-8, over several sections.
        let pieces = ["a", "Z", "一", "〇", "𠀀", "\u{301}", "é", "，", "12", "\n\n", "😀", "ｱ"]
        for text in GeneratedTexts.make(from: pieces, count: 500, maxPieces: 12, seed: 11) + ["abcXYZ", "", "。"] {
            let generated = TextReports.report(texts: [1: text, 3: "ab" + text, 6: text + "一"])
            #expect(BoilerplateChecks.letters(of: generated) == Reference.letters(generated), "\(text.debugDescription)")
        }
    }

    @Test func theShingleSetHoldsExactlyItsHashes() {
        let hashes: [UInt64] = [0, 1, 17, 33, .max, 1 << 63, 0x10, 0x20] + (0..<500).map { BoilerplateChecks.mix(UInt64($0)) }
        let set = ShingleSet(hashes)
        for hash in hashes { #expect(set.contains(hash)) }
        for probe in (1000..<1500).map({ BoilerplateChecks.mix(UInt64($0)) }) + [2, 3, 49] {
            #expect(set.contains(probe) == hashes.contains(probe))
        }
        #expect(!ShingleSet([1, 2]).contains(0), "0 is held only when given")
    }
}
