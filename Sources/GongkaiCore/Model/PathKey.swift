/// A file path as a dictionary or set key, hashed and compared on its UTF-8 bytes.
///
/// A `String` key hashes non-ASCII text through Unicode normalization: with Chinese paths, the
/// lookups `serve` makes for one edit (one per report of the corpus or of a year) were a
/// noticeable part of the time before the edited page is written. Files are told apart by their
/// bytes anyway: two paths that differ only in normalization name two files.
struct PathKey: Hashable, Sendable {
    var path: String

    init(_ path: String) { self.path = path }

    func hash(into hasher: inout Hasher) {
        var path = path
        path.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    static func == (lhs: PathKey, rhs: PathKey) -> Bool { lhs.path.utf8.elementsEqual(rhs.path.utf8) }
}
