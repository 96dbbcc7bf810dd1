import Testing
@testable import GongkaiCore

@Suite("SHA256")
struct SHA256Tests {
    @Test("the empty message gives the FIPS 180-4 digest")
    func emptyMessage() {
        #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test("\"abc\" gives the FIPS 180-4 digest")
    func abc() {
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test("the two-block FIPS 180-4 vector")
    func twoBlocks() {
        let message = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
        #expect(SHA256.hex(Array(message.utf8)) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test("lengths around the padding boundaries", arguments: [
        (55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"),
        (56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"),
        (63, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"),
        (64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"),
        (65, "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0"),
        (119, "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb"),
        (120, "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c"),
    ])
    func paddingBoundaries(length: Int, digest: String) {
        #expect(SHA256.hex(Array(repeating: UInt8(ascii: "a"), count: length)) == digest)
    }

    @Test("multi-byte UTF-8 text is hashed by its bytes")
    func chineseBytes() {
        #expect(SHA256.hex(Array("中文".utf8)) == "72726d8818f693066ceb69afa364218b692e62ea92b385782363780f47529c21")
    }

    @Test("a source's sha256 is the digest of its bytes, before decoding and normalising")
    func sourceDigestIsOfOriginalBytes() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("abc\r\n".utf8)
        let source = try SourceText(path: "x.txt", bytes: bytes)
        #expect(source.sha256 == SHA256.hex(bytes))
        #expect(source.sha256 != SHA256.hex(Array("abc".utf8)))
        #expect(source.lines == ["abc"])
    }

    @Test("the SHA instructions and the portable loop give the same digest at every length and content")
    func hardwareMatchesPortable() {
        // Deterministic bytes (a linear congruential generator), every length around one to
        // five blocks, and a file-sized message: each digest once by each path.
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func byte() -> UInt8 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: seed >> 56)
        }
        let long = (0..<70_001).map { _ in byte() }
        for length in Array(0...330) + [4_095, 4_096, 4_097, 70_001] {
            let message = Array(long[..<length])
            #expect(SHA256.hex(message, hardware: true) == SHA256.hex(message, hardware: false), "length \(length)")
        }
        #expect(SHA256.hex(Array("abc".utf8), hardware: true) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}
