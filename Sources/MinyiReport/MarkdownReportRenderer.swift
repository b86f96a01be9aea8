import Foundation

/// A Markdown report: summary, the concerns as sections, totals as tables.
public struct MarkdownReportRenderer: ReportRenderer {
    /// Characters of an example shown before it is cut.
    static let exampleLength = 160

    public init() {}

    public func render(_ report: ConcernReport) -> String {
        var out = "# 民意报告：最受关注的 \(report.concerns.count) 项诉求\n\n"
        out += "共 \(report.total) 条，转人工 \(percent(report.manualShare))；排序依据：\(report.rankedBy == "hotness" ? "热度" : "提交人数")。\n\n"
        out += "| # | 诉求 | 人数 | 条数 | 部门 | 时间 |\n|---|---|---|---|---|---|\n"
        for concern in report.concerns {
            out += "| \(concern.rank) | \(cell(concern.title)) | \(concern.count) | \(concern.texts) | \(cell(department(concern))) | \(span(concern)) |\n"
        }
        for concern in report.concerns {
            out += "\n## \(concern.rank). \(concern.title)\n\n"
            out += "- 人数 \(concern.count)，条数 \(concern.texts)"
            if let hotness = concern.hotness { out += "，热度 \(String(format: "%.2f", hotness))" }
            out += "\n- 部门：\(department(concern))\n"
            out += "- 关键词：\(concern.keywords.joined(separator: "、"))\n"
            if !concern.places.isEmpty { out += "- 地点：\(concern.places.joined(separator: "、"))\n" }
            if concern.firstSeen != nil { out += "- 时间：\(span(concern))\n" }
            out += "- 代表性留言：\n"
            for example in concern.examples { out += "  - `\(example.id)` \(shortened(example.text))\n" }
            out += "- 全部编号：\(concern.ids.joined(separator: ", "))\n"
        }
        out += "\n## 各部门\n\n| 部门 | 条数 |\n|---|---|\n"
        for tally in report.departments { out += "| \(cell(tally.department)) | \(tally.count) |\n" }
        if !report.topics.isEmpty {
            out += "\n## 各主题\n\n| 部门 | 主题 | 条数 |\n|---|---|---|\n"
            for tally in report.topics { out += "| \(cell(tally.department)) | \(cell(tally.topic ?? "")) | \(tally.count) |\n" }
        }
        return out
    }

    private func department(_ concern: Concern) -> String {
        concern.topic.map { "\(concern.department) / \($0)" } ?? concern.department
    }

    private func span(_ concern: Concern) -> String {
        guard let first = concern.firstSeen?.prefix(10), let last = concern.lastSeen?.prefix(10) else { return "" }
        return first == last ? String(first) : "\(first) – \(last)"
    }

    private func cell(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|") }

    private func shortened(_ text: String) -> String {
        let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return flat.count > Self.exampleLength ? String(flat.prefix(Self.exampleLength)) + "…" : flat
    }

    private func percent(_ share: Double) -> String { String(format: "%.1f%%", share * 100) }
}
