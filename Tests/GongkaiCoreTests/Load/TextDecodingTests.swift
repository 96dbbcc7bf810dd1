import Foundation
import Testing
@testable import GongkaiCore

@Suite("TextDecoding")
struct TextDecodingTests {
    private static let sample = "刘楼镇人民政府2022年政府信息公开工作年度报告\n行政许可\t84\n"
    private static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    @Test("plain UTF-8 is decoded as utf-8")
    func plainUTF8() throws {
        let (text, encoding) = try TextDecoding.decode(Array(Self.sample.utf8))
        #expect(text == Self.sample)
        #expect(encoding == "utf-8")
    }

    @Test("a UTF-8 BOM is removed and the text read as utf-8")
    func utf8BOM() throws {
        let (text, encoding) = try TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array(Self.sample.utf8))
        #expect(text == Self.sample)
        #expect(encoding == "utf-8")
        #expect(!text.hasPrefix("\u{FEFF}"))
    }

    @Test("UTF-16LE with BOM")
    func utf16LE() throws {
        let body = try #require(Self.sample.data(using: .utf16LittleEndian))
        let (text, encoding) = try TextDecoding.decode([0xFF, 0xFE] + Array(body))
        #expect(text == Self.sample)
        #expect(encoding == "utf-16le")
    }

    @Test("UTF-16BE with BOM")
    func utf16BE() throws {
        let body = try #require(Self.sample.data(using: .utf16BigEndian))
        let (text, encoding) = try TextDecoding.decode([0xFE, 0xFF] + Array(body))
        #expect(text == Self.sample)
        #expect(encoding == "utf-16be")
    }

    @Test("GB18030 bytes are recognised and decoded")
    func gb18030() throws {
        let data = try #require(Self.sample.data(using: Self.gb18030))
        let bytes = Array(data)
        #expect(String(validating: bytes, as: UTF8.self) == nil, "the sample must not be valid UTF-8")
        let (text, encoding) = try TextDecoding.decode(bytes)
        #expect(text == Self.sample)
        #expect(encoding == "gb18030")
    }

    @Test("a GB18030 file becomes a source with normalised lines and the digest of its bytes")
    func gb18030Source() throws {
        let data = try #require("标题\r\n行政许可\t８４\r\n".data(using: Self.gb18030))
        let source = try SourceText(path: "gbk.txt", bytes: Array(data))
        #expect(source.encoding == "gb18030")
        #expect(source.lines == ["标题", "行政许可\t84"])
        #expect(source.sha256 == SHA256.hex(Array(data)))
    }

    @Test("a PNG header is refused with load.encoding")
    func pngRefused() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]
        let error = #expect(throws: Diagnostic.self) { try TextDecoding.decode(png) }
        #expect(error?.code == "load.encoding")
        #expect(error?.severity == .error)
    }

    @Test("text with NUL bytes is refused with load.encoding")
    func nulRefused() {
        let bytes = Array("行政许可".utf8) + [0, 0] + Array("84".utf8)
        let error = #expect(throws: Diagnostic.self) { try TextDecoding.decode(bytes) }
        #expect(error?.code == "load.encoding")
    }

    @Test("SourceText(path:bytes:) passes the load.encoding diagnostic on")
    func sourceRefusesBinary() {
        let error = #expect(throws: Diagnostic.self) { try SourceText(path: "image.png", bytes: [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]) }
        #expect(error?.code == "load.encoding")
        #expect(error?.line == nil)
    }

    @Test("an empty file is empty UTF-8 text, not an error")
    func emptyFile() throws {
        let (text, encoding) = try TextDecoding.decode([])
        #expect(text.isEmpty)
        #expect(encoding == "utf-8")
    }
}
