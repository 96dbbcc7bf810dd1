/// The absolute URL a portal is published at (`--base-url`), parsed and percent-encoded once so
/// that the sitemap, the feed and the 404 page all write the same valid URL.
public enum BaseURL {
    /// The URL `text` names, percent-encoded (UTF-8) and ending in `/`: `http://example.org/门户`
    /// gives `http://example.org/%E9%97%A8%E6%88%B7/`; `%XX` already there is kept.
    ///
    /// Throws `site.base-url` when it is not an `http` or `https` URL with an ASCII host, or has
    /// a query, a fragment, or control characters.
    public static func parse(_ text: String) throws(Diagnostic) -> String {
        func refuse(_ why: String) -> Diagnostic {
            Diagnostic(.error, "site.base-url", line: nil, "--base-url “\(text)” 不可用：\(why)；应形如 https://example.gov.cn/gk/")
        }
        let lower = text.lowercased()
        guard let scheme = ["https://", "http://"].first(where: { lower.hasPrefix($0) }) else { throw refuse("须以 http:// 或 https:// 开头") }
        let rest = text.utf8.dropFirst(scheme.utf8.count)
        let hostEnd = rest.firstIndex(of: UInt8(ascii: "/")) ?? rest.endIndex
        let host = rest[..<hostEnd]
        let hostBytes = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-:[]".utf8)
        guard !host.isEmpty else { throw refuse("缺少主机名") }
        guard host.allSatisfy(hostBytes.contains) else { throw refuse("主机名只能含英文字母、数字、“.”“-”和端口（中文域名请写成 xn-- 形式）") }
        var path = ""
        let bytes = Array(rest[hostEnd...])
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x20 || byte == 0x7F { throw refuse("含控制字符") }
            if byte == UInt8(ascii: "?") || byte == UInt8(ascii: "#") { throw refuse("不能含查询（?）或片段（#）") }
            if byte == UInt8(ascii: "%"), index + 2 < bytes.count, isHex(bytes[index + 1]), isHex(bytes[index + 2]) {
                path += String(decoding: bytes[index...index + 2], as: UTF8.self)
                index += 3
                continue
            }
            path += pathBytes.contains(byte) ? String(UnicodeScalar(byte)) : "%" + hex(byte)
            index += 1
        }
        if !path.hasSuffix("/") { path += "/" }
        return String(scheme.dropLast(3)) + "://" + String(decoding: host, as: UTF8.self) + path
    }

    /// The path of a parsed base URL, e.g. `/%E9%97%A8%E6%88%B7/`, for links that start at the root.
    public static func path(of baseURL: String) -> String {
        guard let scheme = baseURL.range(of: "://") else { return "/" }
        let rest = baseURL[scheme.upperBound...]
        return rest.firstIndex(of: "/").map { String(rest[$0...]) } ?? "/"
    }

    /// Bytes that stand for themselves in a URL path (RFC 3986 pchar and `/`, without `%`).
    private static let pathBytes = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@/".utf8)

    private static func isHex(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return digits.count == 1 ? "0" + digits : digits
    }
}
