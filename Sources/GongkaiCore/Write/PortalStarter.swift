import Foundation

/// What `gongkai init DIR` writes: a portal folder an office can build at once — a commented
/// `gongkai.yaml`, `Content/` with one example report, and a short README for the office.
public enum PortalStarter {
    /// The files of a new portal, as (path under the portal folder, text).
    public static let files: [(path: String, text: String)] = [
        (SiteConfig.fileName, configText),
        ("Content/鲁河镇/2021.txt", starterReport),
        ("README.md", readmeText),
    ]

    /// Creates the portal in `folder` (made when missing; it may exist only if empty). Refuses,
    /// writing nothing, when the folder is not empty or any file it would write exists:
    /// `init.exists`. Returns the paths written.
    public static func create(in folder: String) throws(Diagnostic) -> [String] {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: folder, isDirectory: &isFolder) {
            guard isFolder.boolValue else {
                throw Diagnostic(.error, "init.exists", line: nil, "\(folder) 已存在且不是目录：未写入任何文件")
            }
            let entries = (try? manager.contentsOfDirectory(atPath: folder)) ?? []
            guard entries.isEmpty else {
                throw Diagnostic(.error, "init.exists", line: nil,
                                 "\(folder) 不是空目录（已有 \(entries.sorted().prefix(3).joined(separator: "、"))\(entries.count > 3 ? " 等" : "")）：为免覆盖，未写入任何文件；请换一个新目录")
            }
        }
        var written: [String] = []
        for file in files {
            let path = (folder as NSString).appendingPathComponent(file.path)
            do {
                try manager.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                // withoutOverwriting: a file that appeared meanwhile is never replaced.
                try Data(file.text.utf8).write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
            } catch {
                throw Diagnostic(.error, "init.write", line: nil, "无法写入 \(path)：\(error.localizedDescription)")
            }
            written.append(path)
        }
        return written
    }

    /// The commented `gongkai.yaml` of a new portal: every key, each explained, the optional ones
    /// commented out.
    static let configText = """
    # Gongkai 门户设置。每一项都可以省略；命令行参数（如 --base-url）优先于本文件。
    # 修改后运行 gongkai build 即可生效。

    # 门户名称：显示在每页页头和订阅（feed）中。
    title: 政府信息公开工作年度报告

    # 主办单位：运营本门户的机关，显示在页脚。
    organization: 某县人民政府办公室

    # 网站发布地址（必须以 http:// 或 https:// 开头）：站点地图和订阅中的链接都以它开头。
    # 不填时，站点地图和订阅会指向本机地址 http://127.0.0.1:8000/，构建时会提示。
    # base_url: https://www.example.gov.cn/gongkai/

    # 一句话介绍，用作首页的 description。
    description: 本县各乡镇（街道）政府信息公开工作年度报告汇总，含数据质量检查与开放数据。

    # 联系方式（电话、地址或邮箱），显示在页脚。
    # contact: 联系电话：0000-0000000

    # 政府网站页脚必须展示的信息（《政府网站发展指引》）：
    # 网站标识码
    # site_code: "0000000000"
    # ICP 备案号，页脚中链接到工业和信息化部备案管理系统 beian.miit.gov.cn
    # icp: 京ICP备00000000号
    # 公安机关备案号，页脚中链接到全国互联网安全管理服务平台 beian.mps.gov.cn 上该备案的查询页
    # police_filing: 京公网安备 00000000000000号

    # 订阅（feed.xml）列出最新的多少份报告。
    feed_entries: 100

    # 是否在页面上提供搜索（true 或 false）。
    search: true

    # 内容雷同（B1、B2）的提示线：一份报告的正文与上年本机关报告、或同年最相似的另一份报告
    # 相同的部分达到这个百分数时提示（1 到 100，默认 60）。
    # boilerplate_threshold: 60

    """

    /// The README of a new portal, for the office.
    static let readmeText = """
    # 政府信息公开工作年度报告门户

    本目录由 `gongkai init` 创建，是一个可以直接构建的门户。

    ## 放报告

    把各乡镇（街道）、各部门的年度报告放进 `Content/`，每个乡镇一个子目录也可以，例如
    `Content/某某镇/2024.txt`。`gongkai check` 会列出它读不了的文件和原因。
    `Content/鲁河镇/2021.txt` 是一份示例报告，放入本单位的报告后请删除它。

    报告中读不出乡镇或年份时，在文件开头加上：

        ---
        township: 某某镇
        year: 2024
        source: https://www.example.gov.cn/原文页面地址
        ---

    ## 设置

    门户名称、主办单位、网站标识码、ICP 备案号、公安机关备案号、发布地址等都在 `gongkai.yaml` 中，
    每一项都有说明。

    ## 预览

        gongkai serve

    然后用浏览器打开 http://127.0.0.1:8000/ ；修改报告后页面自动刷新。
    `gongkai check` 列出每份报告的问题；网站中的“数据质量”页就是待办清单。

    ## 发布

        gongkai build

    生成的 `site/` 目录是纯静态文件，复制到任何网站服务器（Nginx、Apache、对象存储、政务云的静态托管）即可。
    发布前请在 `gongkai.yaml` 中填写 `base_url`，否则站点地图和订阅会指向本机地址。

    """
}
