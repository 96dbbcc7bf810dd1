/// One file of the built site: its path under the site folder and its bytes.
public struct SiteFile: Sendable, Hashable {
    /// The path relative to the site folder, `/`-separated.
    public var path: String
    /// The contents.
    public var bytes: [UInt8]
    /// For a report's original file, published as the organ published it: the content file the
    /// build copies the bytes from (the site builder is pure and reads no file), and the SHA-256
    /// the report page shows, which the copied bytes must have. `bytes` is empty until then.
    public var original: Original?

    /// The content file a site file is copied from.
    public struct Original: Sendable, Hashable {
        /// The report's path as published (`Report.path`, relative to the content folder).
        public var source: String
        /// The SHA-256 the report was read with, lowercase hex.
        public var sha256: String
    }

    /// A file copied from a report's original file.
    public init(path: String, original: Original) {
        self.init(path: path, bytes: [])
        self.original = original
    }

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
