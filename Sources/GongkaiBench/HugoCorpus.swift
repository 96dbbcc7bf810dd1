import Foundation
import GongkaiCore

/// The same corpus as Markdown pages for Hugo, with the same taxonomies (township, county,
/// year), so the two generators build comparable sites.
enum HugoCorpus {
    /// The site configuration and minimal layouts: a page per report, a list per taxonomy term.
    static func siteFiles() -> [(String, String)] {
        [
            ("hugo.toml", """
            baseURL = "http://127.0.0.1:8000/"
            title = "政府信息公开工作年度报告"
            disableKinds = ["RSS"]
            [taxonomies]
              township = "townships"
              county = "counties"
              year = "years"
            [markup.goldmark.renderer]
              unsafe = false
            """),
            ("layouts/_default/baseof.html", """
            <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
            <body><nav><a href="{{ "/" | relURL }}">首页</a></nav><main>{{ block "main" . }}{{ end }}</main></body></html>
            """),
            ("layouts/_default/single.html", """
            {{ define "main" }}<h1>{{ .Title }}</h1>{{ range .GetTerms "townships" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ end }}
            {{ range .GetTerms "years" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ end }}{{ .Content }}{{ end }}
            """),
            ("layouts/_default/list.html", """
            {{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Paginator.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
            """),
            ("layouts/_default/terms.html", """
            {{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>{{ end }}
            """),
            ("layouts/index.html", """
            {{ define "main" }}<h1>{{ .Site.Title }}</h1><ul>{{ range first 10 .Site.RegularPages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
            """),
        ]
    }

    /// A report as a Hugo page: front matter with the taxonomies, the narrative, the tables as
    /// Markdown tables.
    static func page(_ item: SyntheticCorpus.Item) -> String {
        var out = "---\ntitle: \"\(item.report.metadata.organ ?? item.township)\(item.year)年政府信息公开工作年度报告\"\n"
        out += "townships: [\"\(item.township)\"]\ncounties: [\"\(item.county)\"]\nyears: [\"\(item.year)\"]\n---\n\n"
        for section in item.report.sections {
            out += "## \(section.heading)\n\n\(section.narrative.markdown)\n\n"
            switch section.number {
            case 2: if let table = item.report.table2 { out += markdown(table) }
            case 3: if let table = item.report.table3 { out += markdown(table) }
            case 4: if let table = item.report.table4 { out += markdown(table) }
            default: break
            }
        }
        return out
    }

    private static func markdown<Row>(_ table: ReportTable<Row>) -> String {
        var out = "| 项目 | 数值 |\n|---|---|\n"
        for row in table.rows {
            out += "| \(row.officialLabel) | \(table[row].map { $0.value.map { "\($0)" } ?? "未知" }.joined(separator: " | ")) |\n"
        }
        return out + "\n"
    }
}
