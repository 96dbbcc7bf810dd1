import Foundation

/// Maps a request path to a file of the site folder the way a static host does, and never to
/// anything outside it.
///
/// `/dir/` serves `dir/index.html`, `/dir` redirects to `/dir/`. `..` segments, percent-encoded
/// dots, slashes and backslashes, NUL bytes and symlinks that lead out of the folder are refused.
public struct SitePathResolver: Sendable {
    /// What a request path resolves to.
    public enum Resolution: Equatable, Sendable {
        /// Serve this file (an absolute path inside the site folder).
        case file(String)
        /// Redirect to this path (a folder asked for without its trailing slash).
        case redirect(String)
        /// No such file.
        case notFound
        /// A path no static host would accept.
        case badRequest
    }

    /// The site folder, absolute, symlinks resolved.
    public let root: String

    /// Creates a resolver for a site folder.
    public init(root: String) {
        let absolute = URL(fileURLWithPath: root).standardizedFileURL.path
        self.root = Self.realPath(absolute) ?? absolute
    }

    /// Resolves the raw (still percent-encoded) path of a request.
    public func resolve(_ rawPath: String) -> Resolution {
        guard rawPath.hasPrefix("/"), !rawPath.contains("\\"), rawPath.utf8.count <= 2048 else { return .badRequest }
        var segments: [String] = []
        let parts = rawPath.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        for (index, part) in parts.enumerated() {
            guard let decoded = String(part).removingPercentEncoding else { return .badRequest }
            if decoded.isEmpty {
                if index == parts.count - 1 { continue }  // the trailing slash of a folder
                return .badRequest
            }
            if decoded == "." || decoded == ".." || decoded.contains("/") || decoded.contains("\\") || decoded.contains("\0") {
                return .badRequest
            }
            if decoded.hasPrefix(".") { return .notFound }  // hidden files (the build marker) are not served
            segments.append(decoded)
        }
        let candidate = ([root] + segments).joined(separator: "/")
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: candidate, isDirectory: &isFolder) else { return .notFound }
        guard let real = Self.realPath(candidate), real == root || real.hasPrefix(root + "/") else { return .notFound }
        if isFolder.boolValue {
            guard rawPath.hasSuffix("/") else { return .redirect(rawPath + "/") }
            let index = real + "/index.html"
            guard let realIndex = Self.realPath(index), realIndex.hasPrefix(root + "/") else { return .notFound }
            return .file(realIndex)
        }
        return .file(real)
    }

    /// The path with every symlink resolved, or nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
