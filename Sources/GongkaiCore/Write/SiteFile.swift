/// One file of the built site: its path under the site folder and its bytes.
public struct SiteFile: Sendable, Hashable {
    /// The path relative to the site folder, `/`-separated.
    public var path: String
    /// The contents.
    public var bytes: [UInt8]

    /// Creates a file.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    /// A text file, UTF-8.
    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }
}
