import Foundation
import Testing
@testable import GongkaiCore

@Suite struct FileExtensionTests {
    /// The extension found on the bytes must be Foundation's, for every fixture's path and for
    /// paths around the fast path's edges (hidden files, dots, slashes, long or non-ASCII ends).
    @Test func pathExtensionIsFoundations() throws {
        var paths: [String] = []
        let root = try Fixtures.folder
        for file in FileManager.default.enumerator(atPath: root.path)?.compactMap({ $0 as? String }) ?? [] {
            paths += [file, "content/" + file, "/" + file]
        }
        #expect(paths.count > 300)
        let names = ["a", "报告", ".a", "..", ".", "a.", "a..b", ".a.txt", "a b", "é", "e\u{301}", ""]
        let ends = ["", ".txt", ".TXT", ".Md", ".docx", ".html", ".abcdefgh", ".abcdefghi", ".t-x", ".t x", ".é", ".7z", ".", "..", "/", "//", ".txt/", ".a\u{301}", ".Z@", ".[a", ".`"]
        for folder in ["", "x/", "/", "x//", "./", "../", "a.b/", ".a/", "镇.d/"] {
            // Foundation's own traps on a doubled slash before a non-ASCII name ("x//é").
            for name in names where !(folder.contains("//") && !name.allSatisfy(\.isASCII)) {
                for end in ends { paths.append(folder + name + end) }
            }
        }
        for path in paths {
            #expect(FileExtension.of(path) == (path as NSString).pathExtension, "\(path)")
        }
    }
}
