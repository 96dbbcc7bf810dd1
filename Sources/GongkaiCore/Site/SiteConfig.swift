import Foundation
import Yams

/// The portal's own settings, read from `gongkai.yaml` at the portal's root. Every key is
/// optional; a key left out keeps Gongkai's default, and a command-line flag given overrides the
/// file. The footer keys are what a Chinese government website must show at its foot
/// (《政府网站发展指引》国办发〔2017〕47号: 网站标识码, ICP 备案号, 公安机关备案号, 主办单位).
public struct SiteConfig: Sendable, Equatable {
    /// The file's name at the portal's root.
    public static let fileName = "gongkai.yaml"

    /// `title`: the portal's name, in the header of every page and the feed.
    public var title: String?
    /// `organization`: 主办单位, the office that runs the portal.
    public var organization: String?
    /// `base_url`: the absolute URL the site is published at (sitemap, feed).
    public var baseURL: String?
    /// `description`: one line about the portal (home page `<meta name="description">`).
    public var description: String?
    /// `contact`: how to reach the office (phone, address or e-mail), shown in the footer.
    public var contact: String?
    /// `site_code`: 网站标识码 (issued by the 全国政府网站信息报送系统).
    public var siteCode: String?
    /// `icp`: ICP 备案号, linked to the MIIT filing site.
    public var icp: String?
    /// `police_filing`: 公安机关备案号 (e.g. 京公网安备 11010102000001号).
    public var policeFiling: String?
    /// `feed_entries`: how many of the latest reports the Atom feed lists (≥ 0).
    public var feedEntries: Int?
    /// `search`: whether pages carry the search box (true or false).
    public var search: Bool?
    /// `boilerplate_threshold`: the share of copied narrative, in percent (1–100), at which the
    /// boilerplate checks B1 and B2 warn.
    public var boilerplateThreshold: Double?

    /// Creates a configuration; every setting absent by default.
    public init(title: String? = nil, organization: String? = nil, baseURL: String? = nil, description: String? = nil,
                contact: String? = nil, siteCode: String? = nil, icp: String? = nil, policeFiling: String? = nil,
                feedEntries: Int? = nil, search: Bool? = nil, boilerplateThreshold: Double? = nil) {
        self.title = title
        self.organization = organization
        self.baseURL = baseURL
        self.description = description
        self.contact = contact
        self.siteCode = siteCode
        self.icp = icp
        self.policeFiling = policeFiling
        self.feedEntries = feedEntries
        self.search = search
        self.boilerplateThreshold = boilerplateThreshold
    }

    /// The keys the file may carry, in the order `gongkai init` writes them.
    public static let keys = ["title", "organization", "base_url", "description", "contact",
                              "site_code", "icp", "police_filing", "feed_entries", "search",
                              "boilerplate_threshold"]

    /// Reads `gongkai.yaml` text. An empty file (or one of comments only) is no settings.
    /// Throws `config.syntax` (not YAML), `config.shape` (not a mapping of keys), `config.key`
    /// (a key Gongkai does not know) or `config.type` (a value of the wrong kind, e.g. text for
    /// `feed_entries`), each with the line in `gongkai.yaml`; `path` names the file in messages.
    public static func parse(_ text: String, path: String = fileName) throws(Diagnostic) -> SiteConfig {
        do {
            return try settings(text)
        } catch {
            throw error.located(in: path)
        }
    }

    private static func settings(_ text: String) throws(Diagnostic) -> SiteConfig {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw Diagnostic(.error, "config.syntax", line: Self.line(of: error, in: text), "不是有效的 YAML：\(Self.problem(of: error))")
        } catch {
            throw Diagnostic(.error, "config.syntax", line: nil, "不是有效的 YAML")
        }
        guard let root, !(root.scalar.map { $0.string.isEmpty && $0.tag.description.hasSuffix("null") } ?? false) else { return SiteConfig() }
        guard let mapping = root.mapping else {
            throw Diagnostic(.error, "config.shape", line: root.mark?.line, "应是“键: 值”的列表，如 title: 某县政务公开")
        }
        var config = SiteConfig()
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            let line = keyNode.mark?.line
            func text() throws(Diagnostic) -> String? {
                if value.null != nil { return nil }
                guard let scalar = value.scalar, value.bool == nil else {
                    throw Diagnostic(.error, "config.type", line: value.mark?.line ?? line, "\(key) 应是一段文字")
                }
                return scalar.string
            }
            switch key {
            case "title": config.title = try text()
            case "organization": config.organization = try text()
            case "base_url": config.baseURL = try text()
            case "description": config.description = try text()
            case "contact": config.contact = try text()
            case "site_code": config.siteCode = try text()
            case "icp": config.icp = try text()
            case "police_filing": config.policeFiling = try text()
            case "feed_entries":
                guard value.null == nil else { continue }
                guard let count = value.int, count >= 0 else {
                    throw Diagnostic(.error, "config.type", line: value.mark?.line ?? line, "feed_entries 应是不小于 0 的整数，而这里是“\(value.string ?? "")”")
                }
                config.feedEntries = count
            case "search":
                guard value.null == nil else { continue }
                guard let on = value.bool else {
                    throw Diagnostic(.error, "config.type", line: value.mark?.line ?? line, "search 应是 true 或 false，而这里是“\(value.string ?? "")”")
                }
                config.search = on
            case "boilerplate_threshold":
                guard value.null == nil else { continue }
                // 60 or "60%": a percentage as people write it.
                let written = value.scalar.map { $0.string.hasSuffix("%") ? Double($0.string.dropLast()) : value.float } ?? nil
                guard value.bool == nil, let percent = written, let threshold = SiteConfig.threshold(percent: percent) else {
                    throw Diagnostic(.error, "config.type", line: value.mark?.line ?? line,
                                     "boilerplate_threshold 应是 1 到 100 之间的百分数（如 60），而这里是“\(value.string ?? "")”")
                }
                config.boilerplateThreshold = threshold
            default:
                throw Diagnostic(.error, "config.key", line: line,
                                 "未知的设置“\(key)”；可用的设置：\(keys.joined(separator: "、"))")
            }
        }
        if let baseURL = config.baseURL {
            do {
                _ = try BaseURL.parse(baseURL)
            } catch {
                let line = mapping.first { $0.key.string == "base_url" }?.value.mark?.line
                throw Diagnostic(.error, "config.type", line: line, "base_url：\(error.message)")
            }
        }
        return config
    }

    /// A boilerplate threshold given in percent (1–100, as people say it: 60 means 60 %), or nil
    /// when out of range; a share under 1 % would flag every report.
    public static func threshold(percent: Double) -> Double? {
        percent.isFinite && percent >= 1 && percent <= 100 ? percent : nil
    }

    /// Where a YAML error is; a key given twice is at its second line (Yams marks the mapping).
    private static func line(of error: YamlError, in text: String) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): mark.line
        case .duplicatedKeysInMapping(let duplicates, let context):
            text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
                .filter { line in duplicates.contains { line.element.hasPrefix($0 + ":") } }.dropFirst().first.map { $0.offset + 1 } ?? context.mark.line
        default: nil
        }
    }

    private static func problem(of error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _): problem
        case .duplicatedKeysInMapping(let duplicates, _): "重复的设置 " + duplicates.joined(separator: "、")
        default: "\(error)"
        }
    }
}
