import Foundation

/// The portal's open data described as a Frictionless Data Package (`data/datapackage.json`,
/// datapackage.org, Data Package v1 with Table Schema): every CSV the portal publishes, the type
/// and meaning of every field, the licence and the sources, so the data opens in the tools data
/// journalists use (frictionless, pandas, R, OpenRefine). Paths are relative to `data/`; nothing
/// names the machine that built it.
public enum OpenDataPackage {
    /// The descriptor's JSON text for a portal publishing the given years' CSVs.
    public static func descriptor(site: SiteContext, years: [Int]) -> String {
        // Key figures say how they are computed; a cell's meaning is its label.
        let definitions = Dictionary(uniqueKeysWithValues: ReportCSV.figureColumns.map { ($0.key, "，" + $0.figure.definition) })
        let wideKeys = ReportCSV.metaColumns.map { ($0.key, $0.label, $0.type) }
            + ReportCSV.figureColumns.map { ($0.key, $0.label, "number") }
            + ReportCSV.cellColumns.map { ($0.name, $0.label, "number") }
        func field(name: String, title: String, type: String, description: String) -> JSONValue {
            .object([("name", .string(name)), ("title", .string(title)), ("type", .string(type)), ("description", .string(description))])
        }
        let unknown = "空白表示未知（原文缺少、空白、符号或读不出；相加的数中有一项未知），不等于 0"
        let machineSchema = JSONValue.object([
            ("fields", .array(wideKeys.map { key, label, type in
                field(name: key, title: label, type: type, description: type == "number" ? label + (definitions[key] ?? "") + "。" + unknown : label)
            })),
            ("primaryKey", .string("id")),
        ])
        let chineseSchema = JSONValue.object([
            ("fields", .array(wideKeys.map { key, label, type in
                field(name: label, title: label, type: type, description: "机器键 \(key)" + (definitions[key] ?? "") + (type == "number" ? "。" + unknown : ""))
            })),
            ("primaryKey", .string(ReportCSV.metaColumns[0].label)),
        ])
        let cellsSchema = JSONValue.object([("fields", .array(ReportCSV.longColumns.map { field(name: $0.key, title: $0.label, type: $0.type, description: $0.label) }))])
        func resource(_ name: String, _ path: String, _ title: String, _ schema: JSONValue) -> JSONValue {
            .object([("name", .string(name)), ("path", .string(path)), ("title", .string(title)), ("profile", .string("tabular-data-resource")),
                     ("format", .string("csv")), ("mediatype", .string("text/csv")), ("encoding", .string("utf-8-sig")), ("schema", schema)])
        }
        var resources = [
            resource("reports", "reports.csv", "全部报告，一份报告一行（列名为机器键，中文名见 title）", machineSchema),
            resource("cells", "cells.csv", "全部报告的每个表格单元格，一格一行（长表）", cellsSchema),
        ]
        resources += years.map { resource("year-\($0)", ReportCSV.yearPath($0), "\($0)年度报告，一份报告一行（列名为表格原文）", chineseSchema) }
        let package = JSONValue.object([
            ("profile", .string("tabular-data-package")),
            ("name", .string("gongkai-annual-reports")),
            ("title", .string(site.name + " · 开放数据")),
            ("description", .string("政府信息公开工作年度报告中表二至表四的每个数字，按原文读出；读不出的数字为空并标明原因（cells.csv 的 status），从不记作 0。")),
            ("homepage", .string(site.baseURL)),
            ("licenses", .array([.object([("name", .string("CC0-1.0")), ("title", .string("CC0 1.0（原文为国家机关的公开文件，不适用著作权法保护，见《著作权法》第五条）")),
                                          ("path", .string("https://creativecommons.org/publicdomain/zero/1.0/"))])])),
            ("sources", .array([.object([("title", .string("各机关公开发布的政府信息公开工作年度报告原文" + (site.organization.map { "，由\($0)汇集" } ?? ""))),
                                         ("path", .string(site.baseURL))])])),
            ("resources", .array(resources)),
        ])
        return package.serialized(indent: 2) + "\n"
    }
}
