import FlyingFox
import GongkaiCore
import Foundation

/// Serves the site folder as a static host does, plus the live-reload status endpoint.
public struct StaticSiteHandler: HTTPHandler {
    /// Requests with a larger body are refused with 413.
    public static let maximumBodySize = 64 * 1024

    private let resolver: SitePathResolver
    private let state: PreviewState

    /// Creates a handler for a site folder.
    public init(root: String, state: PreviewState) {
        resolver = SitePathResolver(root: root)
        self.state = state
    }

    public func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        let snapshot = state.snapshot
        if let length = request.headers[.contentLength].flatMap(Int.init), length > Self.maximumBodySize {
            return text(.payloadTooLarge, "请求过大")
        }
        let rawPath = request.target.path(percentEncoded: true)
        if rawPath == LiveReloadInjector.statusPath {
            let json = JSONValue.object([("generation", .number(Decimal(snapshot.generation))),
                                         ("problems", .array(snapshot.problems.map(JSONValue.string)))]).serialized()
            let headers: HTTPHeaders = [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"]
            return HTTPResponse(statusCode: .ok, headers: headers, body: Data(json.utf8))
        }
        guard request.method == .GET || request.method == .HEAD else {
            return text(.methodNotAllowed, "只支持 GET 和 HEAD", extra: [HTTPHeader("Allow"): "GET, HEAD"])
        }
        switch resolver.resolve(rawPath) {
        case .badRequest:
            return text(.badRequest, "请求路径无效")
        case .redirect(let location):
            let query = request.target.query(percentEncoded: true)
            let headers: HTTPHeaders = [.location: location + (query.isEmpty ? "" : "?" + query)]
            return HTTPResponse(statusCode: .movedPermanently, headers: headers)
        case .notFound:
            let page = resolver.root + "/404.html"
            guard let data = FileManager.default.contents(atPath: page) else { return text(.notFound, "找不到页面") }
            return file(data, path: page, status: .notFound, request: request, snapshot: snapshot)
        case .file(let path):
            guard let data = FileManager.default.contents(atPath: path) else { return text(.notFound, "找不到页面") }
            return file(data, path: path, status: .ok, request: request, snapshot: snapshot)
        }
    }

    /// A file response with its type, validators and 304 handling; HTML gets the reload script.
    private func file(_ data: Data, path: String, status: HTTPStatusCode, request: HTTPRequest,
                      snapshot: (generation: Int, problems: [String])) -> HTTPResponse {
        let type = ContentType.of(path)
        var body = data
        if type.hasPrefix("text/html") {
            body = Data(LiveReloadInjector.inject(into: String(decoding: data, as: UTF8.self), generation: snapshot.generation,
                                                  problems: snapshot.problems).utf8)
        }
        let etag = "\"\(String(ContentHash.of([UInt8](body)), radix: 16))\""
        var headers: HTTPHeaders = [.contentType: type, .eTag: etag, .cacheControl: "no-cache"]
        let modified = (try? FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date) ?? nil
        if let modified { headers[.lastModified] = HTTPDate.format(modified) }
        if status == .ok {
            let matchesTag = request.headers[.ifNoneMatch].map { $0.split(separator: ",").contains { $0.trimmingCharacters(in: .whitespaces) == etag || $0.trimmingCharacters(in: .whitespaces) == "*" } } ?? false
            let notModifiedSince = request.headers[.ifNoneMatch] == nil
                && request.headers[.ifModifiedSince].flatMap(HTTPDate.parse).map { since in modified.map { Int($0.timeIntervalSince1970) <= Int(since.timeIntervalSince1970) } ?? false } == true
            if matchesTag || notModifiedSince {
                return HTTPResponse(statusCode: .notModified, headers: headers)
            }
        }
        headers[.contentLength] = String(body.count)
        return HTTPResponse(statusCode: status, headers: headers, body: request.method == .HEAD ? Data() : body)
    }

    private func text(_ status: HTTPStatusCode, _ message: String, extra: HTTPHeaders = [:]) -> HTTPResponse {
        var headers: HTTPHeaders = [.contentType: "text/plain; charset=utf-8"]
        for (key, value) in extra { headers[key] = value }
        return HTTPResponse(statusCode: status, headers: headers, body: Data((message + "\n").utf8))
    }
}

/// HTTP dates (RFC 9110 IMF-fixdate).
enum HTTPDate {
    private static func formatter() -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return formatter
    }

    static func format(_ date: Date) -> String { formatter().string(from: date) }
    static func parse(_ text: String) -> Date? { formatter().date(from: text) }
}
