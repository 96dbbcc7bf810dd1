import Foundation
@testable import GongkaiCore

/// The bad files portal editors receive, made in memory: each with the outcome it must have.
enum BadInputFiles {
    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00]
    static let docx: [UInt8] = Array("PK".utf8) + [0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00] + Array("[Content_Types].xml".utf8)
    static let pdf: [UInt8] = Array("%PDF-1.7\n%".utf8) + [0xE2, 0xE3, 0xCF, 0xD3, 0x0A] + Array("1 0 obj\n<< /Length 4 >>\nstream\n".utf8) + [0x78, 0x9C, 0x00, 0x03, 0x00] + Array("\nendstream\n".utf8)
    static let notAReport = "今天天气很好，我们去公园散步。\n公园里有很多人在锻炼身体。\n"
    static let hostileName = "../../../tmp/evil镇人民政府2022年政府信息公开工作年度报告\n一、总体情况\n正文。\n二、主动公开政府信息情况\n规章\t0\t0\t0\n"

    /// Every bad file with a name, as they would sit in a content folder.
    static func all() -> [(name: String, bytes: [UInt8])] {
        [
            ("empty.txt", []),
            ("blank.txt", Array("   \n\t\n\u{3000}\n".utf8)),
            ("image.txt", png),
            ("word.txt", docx),
            ("scan.txt", pdf),
            ("latin1.txt", [0x41, 0xFF, 0xFE, 0xFF, 0x41, 0x0A]),
            ("news.txt", Array(notAReport.utf8)),
            ("one-long-line.txt", Array(String(repeating: "政务公开", count: 262_144).utf8)),
            ("hostile.txt", Array(hostileName.utf8)),
        ]
    }

    /// A text of about `megabytes` MB.
    static func huge(megabytes: Int) -> [UInt8] {
        let line = Array("这是一行很长的文字，用来把文件撑到很大。\n".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(megabytes * 1_048_576 + line.count)
        while bytes.count < megabytes * 1_048_576 { bytes += line }
        return bytes
    }

    /// Table 3 with `rows` copies of its rows.
    static func longTable(rows: Int) -> String {
        var text = "某镇人民政府2022年政府信息公开工作年度报告\n一、总体情况\n正文。\n三、收到和处理政府信息公开申请情况\n"
        for index in 0..<rows { text += "一、本年新收政府信息公开申请数量\t\(index)\t0\t0\t0\t0\t0\t\(index)\n" }
        return text
    }
}
