import Foundation
import Testing
@testable import GongkaiCore

@Suite struct ZZSampleWriter {
    @Test func write() throws {
        let dir = URL(fileURLWithPath: "/tmp/charts")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let years = ["2019年", "2020年", "2021年", "2022年", "2023年"]
        let bar = BarChart.svg(ChartSpec(title: "某镇：收到的申请", categories: years, series: [
            ChartSeries(name: "本年新收申请", values: [84, 12, nil, 0, 37]),
            ChartSeries(name: "上年结转", values: [3, 0, 5, nil, -2]),
        ], unit: "件"))
        let hbar = HorizontalBarChart.svg(ChartSpec(title: "2023年新收申请最多的乡镇", categories: [
            "某某县某某镇人民政府办公室", "城关镇", "<script>alert('x')</script>", "东风乡", "红旗街道办事处", "未报镇",
        ], series: [ChartSeries(name: "本年新收申请", values: [120, 84, 33, 7, 0, nil])], unit: "件"))
        let stacked = StackedBarChart.svg(ChartSpec(title: "某镇：申请的办理结果", categories: years, series: [
            ChartSeries(name: "予以公开", values: [40, 8, 20, 1, 30]),
            ChartSeries(name: "部分公开", values: [10, 2, 0, 0, 3]),
            ChartSeries(name: "不予公开", values: [2, 0, nil, 0, 1]),
            ChartSeries(name: "无法提供", values: [20, 1, 4, 0, 2]),
            ChartSeries(name: "不予处理", values: [0, 0, 1, 0, 0]),
            ChartSeries(name: "其他处理", values: [5, 1, 2, 0, 1]),
        ], unit: "件"))
        let line = LineChart.svg(ChartSpec(title: "某镇：主动公开的行政决定", categories: years, series: [
            ChartSeries(name: "行政许可决定", values: [84, 90, nil, 60, 75]),
            ChartSeries(name: "行政处罚决定", values: [20, 25, 30, nil, 0]),
            ChartSeries(name: "行政强制决定", values: [1, 2, 3, 4, 5]),
        ], unit: "件"))
        let empty = BarChart.svg(ChartSpec(title: "无数据示例", categories: ["2021年", "2022年"], series: [ChartSeries(name: "a", values: [nil, nil])], unit: "件"))
        let charts = [("bar", bar), ("hbar", hbar), ("stacked", stacked), ("line", line), ("empty", empty)]
        var html = "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>charts</title><style>body{margin:0;width:320px}figure{margin:0 0 8px}</style></head><body>\n"
        for (name, svg) in charts {
            try svg.write(to: dir.appendingPathComponent("\(name).svg"), atomically: true, encoding: .utf8)
            html += "<figure>\(svg)</figure>\n"
        }
        html += "</body></html>\n"
        try html.write(to: dir.appendingPathComponent("index.html"), atomically: true, encoding: .utf8)
    }
}
