import Foundation
import MinyiText

/// Inline SVG charts for the HTML report.
enum SVGChart {
    static let rowHeight = 26
    static let width = 560

    /// Labelled horizontal bars, longest bar = full width; labels cut to fit.
    static func horizontalBars(_ rows: [(label: String, value: Double)], labelWidth: Int, color: String) -> String {
        guard !rows.isEmpty else { return "<p>（无）</p>" }
        let maximum = max(rows.map(\.value).max() ?? 1, 1e-9)
        let barSpace = Double(width - labelWidth - 50)
        let height = rows.count * rowHeight + 4
        var svg = "<svg viewBox=\"0 0 \(width) \(height)\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\">"
        let maxCharacters = labelWidth / 14
        for (index, row) in rows.enumerated() {
            let y = index * rowHeight + 2
            let label = row.label.count > maxCharacters ? String(row.label.prefix(maxCharacters - 1)) + "…" : row.label
            let length = max(1, row.value / maximum * barSpace)
            let value = row.value == row.value.rounded() ? String(Int(row.value)) : String(format: "%.1f", row.value)
            svg += "<text x=\"\(labelWidth - 6)\" y=\"\(y + 17)\" text-anchor=\"end\">\(htmlEscaped(label))</text>"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(String(format: "%.1f", length))\" height=\"\(rowHeight - 8)\" fill=\"\(color)\" rx=\"2\"/>"
            svg += "<text x=\"\(String(format: "%.1f", Double(labelWidth) + length + 5))\" y=\"\(y + 17)\">\(value)</text>"
        }
        return svg + "</svg>"
    }

    /// Columns per period: all texts light, texts of the top concerns dark; a few dates on the axis.
    static func timeline(_ timeline: Timeline) -> String {
        let points = timeline.points
        let chartWidth = 1100, chartHeight = 180, left = 40, bottom = 24
        let maximum = max(1, points.map(\.count).max() ?? 1)
        let step = Double(chartWidth - left) / Double(max(1, points.count))
        let barWidth = max(1, step * 0.8)
        var svg = "<svg viewBox=\"0 0 \(chartWidth) \(chartHeight + bottom)\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\">"
        svg += "<line x1=\"\(left)\" y1=\"\(chartHeight)\" x2=\"\(chartWidth)\" y2=\"\(chartHeight)\" stroke=\"#999\"/>"
        svg += "<text x=\"\(left - 4)\" y=\"14\" text-anchor=\"end\">\(maximum)</text><text x=\"\(left - 4)\" y=\"\(chartHeight)\" text-anchor=\"end\">0</text>"
        let labelEvery = max(1, points.count / 8)
        for (index, point) in points.enumerated() {
            let x = Double(left) + Double(index) * step
            let all = Double(point.count) / Double(maximum) * Double(chartHeight - 10)
            let top = Double(point.top) / Double(maximum) * Double(chartHeight - 10)
            svg += "<rect x=\"\(f(x))\" y=\"\(f(Double(chartHeight) - all))\" width=\"\(f(barWidth))\" height=\"\(f(all))\" fill=\"#e5b9a8\"/>"
            if point.top > 0 {
                svg += "<rect x=\"\(f(x))\" y=\"\(f(Double(chartHeight) - top))\" width=\"\(f(barWidth))\" height=\"\(f(top))\" fill=\"#8e1b1b\"/>"
            }
            if index % labelEvery == 0 {
                svg += "<text x=\"\(f(x))\" y=\"\(chartHeight + 17)\">\(htmlEscaped(timeline.unit == "week" ? point.start : String(point.start.prefix(7))))</text>"
            }
        }
        return svg + "</svg>"
    }

    private static func f(_ value: Double) -> String { String(format: "%.1f", value) }
}
