import Foundation
import GongkaiTestSupport
@testable import GongkaiCore

/// Paths in the repository, for tests that build the shipped content with the shipped theme.
enum Repository {
    /// The repository root, found from this file's path.
    static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static var content: String { root.appendingPathComponent("Content").path }
    static var defaultTheme: String { root.appendingPathComponent("Sources/GongkaiCore/DefaultTheme").path }

    /// A new empty temporary folder, removed with the others when the test process exits.
    static func temporaryFolder() throws -> URL { try TestScratch.folder("test") }

    /// A new temporary folder holding a copy of Content/ as `content` and nothing else: the
    /// temporary folder, the copy, and where a site built from it goes (`site`, not made yet).
    static func contentCopy() throws -> (folder: URL, content: URL, output: URL) {
        let folder = try temporaryFolder()
        let content = folder.appendingPathComponent("content")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Repository.content), to: content)
        return (folder, content, folder.appendingPathComponent("site"))
    }

    /// Builds a site from a content folder into `output` with the default theme.
    @discardableResult
    static func build(content: String = content, output: URL, theme: String? = nil, progress: (String) -> Void = { _ in }) throws -> PortalBuild.Summary {
        try PortalBuild(options: .init(content: content, output: output.path, theme: theme ?? defaultTheme,
                                       defaultTheme: defaultTheme, site: SiteContext(baseURL: "https://example.org/portal/"))).run(progress: progress)
    }
}
