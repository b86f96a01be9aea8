import Foundation
import MinyiText

/// One self-contained HTML page: inline CSS and SVG charts (top concerns, texts per department,
/// timeline), then a card per concern with its representative texts. Loads nothing from the network.
public struct HTMLReportRenderer: ReportRenderer {
    static let exampleLength = 220

    public init() {}

    public func render(_ report: ConcernReport) -> String {
        var html = """
        <!DOCTYPE html>
        <html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>民意报告</title><style>\(Self.style)</style></head><body>
        <header><h1>民意报告 · 最受关注的 \(report.concerns.count) 项诉求</h1>
        <p class="meta">\(summary(report))</p></header>
        <section class="charts">
        """
        html += figure("诉求排名（\(report.rankedBy == "hotness" ? "热度" : "提交人数")）", SVGChart.horizontalBars(
            report.concerns.map { (label: "\($0.rank). \($0.title)", value: report.rankedBy == "hotness" ? ($0.hotness ?? 0) : Double($0.count)) },
            labelWidth: 300, color: "#c0392b"))
        html += figure("各部门条数", SVGChart.horizontalBars(
            report.departments.prefix(12).map { (label: $0.department, value: Double($0.count)) }, labelWidth: 180, color: "#2c6e9b"))
        if let timeline = report.timeline {
            html += figure("每\(timeline.unit == "week" ? "周" : "月")条数（深色：十大诉求）", SVGChart.timeline(timeline), wide: true)
        }
        html += "</section>\n<section class=\"cards\">\n"
        for concern in report.concerns { html += card(concern) }
        html += "</section>\n</body></html>\n"
        return html
    }

    private func summary(_ report: ConcernReport) -> String {
        var parts = ["共 \(report.total) 条", String(format: "转人工 %.1f%%", report.manualShare * 100)]
        if let timeline = report.timeline, let first = timeline.points.first?.start, let last = timeline.points.last?.start {
            parts.append("时间 \(first) – \(last)")
        }
        return parts.map(htmlEscaped).joined(separator: " · ")
    }

    private func figure(_ caption: String, _ svg: String, wide: Bool = false) -> String {
        "<figure\(wide ? " class=\"wide\"" : "")><figcaption>\(htmlEscaped(caption))</figcaption>\(svg)</figure>\n"
    }

    private func card(_ concern: Concern) -> String {
        var html = "<article class=\"card\"><div class=\"rank\">\(concern.rank)</div><div class=\"body\">"
        html += "<h2>\(htmlEscaped(concern.title))</h2><p class=\"stats\"><b>\(concern.count)</b> 人 · \(concern.texts) 条"
        if let hotness = concern.hotness { html += String(format: " · 热度 %.2f", hotness) }
        html += " · \(htmlEscaped(concern.topic.map { "\(concern.department) / \($0)" } ?? concern.department))"
        if let first = concern.firstSeen?.prefix(10), let last = concern.lastSeen?.prefix(10) {
            html += " · \(htmlEscaped(first == last ? String(first) : "\(first) – \(last)"))"
        }
        html += "</p><p class=\"chips\">"
        html += concern.places.map { "<span class=\"chip place\">\(htmlEscaped($0))</span>" }.joined()
        html += concern.keywords.map { "<span class=\"chip\">\(htmlEscaped($0))</span>" }.joined()
        html += "</p>"
        for example in concern.examples {
            html += "<blockquote><span class=\"id\">\(htmlEscaped(example.id))</span>\(htmlEscaped(shortened(example.text)))</blockquote>"
        }
        html += "<details><summary>全部编号（\(concern.ids.count)）</summary><p class=\"ids\">\(htmlEscaped(concern.ids.joined(separator: ", ")))</p></details>"
        return html + "</div></article>\n"
    }

    private func shortened(_ text: String) -> String {
        let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return flat.count > Self.exampleLength ? String(flat.prefix(Self.exampleLength)) + "…" : flat
    }

    static let style = """
    body{font-family:"Noto Sans CJK SC","Noto Sans SC","WenQuanYi Micro Hei","Source Han Sans SC",sans-serif;margin:0;background:#f4f1ec;color:#222}
    header{background:#8e1b1b;color:#fff;padding:18px 32px}h1{margin:0;font-size:26px}.meta{margin:6px 0 0;opacity:.9}
    .charts{display:flex;flex-wrap:wrap;gap:16px;padding:16px 32px}
    figure{background:#fff;border-radius:8px;margin:0;padding:12px 16px;box-shadow:0 1px 3px rgba(0,0,0,.12);flex:1 1 480px}
    figure.wide{flex-basis:100%}figcaption{font-weight:bold;margin-bottom:8px}svg{display:block;width:100%;height:auto}
    svg text{font-size:13px;fill:#333}
    .cards{padding:0 32px 32px;display:grid;grid-template-columns:repeat(auto-fill,minmax(520px,1fr));gap:16px}
    .card{background:#fff;border-radius:8px;box-shadow:0 1px 3px rgba(0,0,0,.12);display:flex;overflow:hidden}
    .rank{background:#c0392b;color:#fff;font-size:28px;font-weight:bold;min-width:52px;display:flex;align-items:center;justify-content:center}
    .body{padding:10px 16px;min-width:0}h2{font-size:18px;margin:4px 0}.stats{margin:4px 0;color:#555}.stats b{color:#c0392b;font-size:18px}
    .chip{display:inline-block;background:#eef2f6;border-radius:10px;padding:1px 8px;margin:2px 4px 2px 0;font-size:13px}
    .chip.place{background:#fbe3d6}
    blockquote{margin:6px 0;padding:4px 10px;border-left:3px solid #d9b8a8;font-size:13px;color:#333;line-height:1.5}
    .id{color:#999;margin-right:6px;font-family:monospace}details{font-size:12px;color:#666}.ids{word-break:break-all}
    """
}
