import Foundation
import MinyiRouting

/// Renders routing metrics as a plain-text report.
struct RoutingReport {
    let metrics: RoutingMetrics

    var text: String {
        var lines: [String] = []
        lines.append(String(format: "items %d  accuracy %.4f  macro-F1 %.4f", metrics.count, metrics.accuracy, metrics.macroF1))
        lines.append(String(format: "abstained %.1f%%  accuracy on routed %@", metrics.abstentionRate * 100,
                            metrics.routedAccuracy.map { String(format: "%.4f", $0) } ?? "-"))
        let width = max(12, metrics.columns.map(displayWidth).max() ?? 0) + 2
        lines.append("")
        lines.append(pad("label", width) + "  precision  recall      F1  support")
        for score in metrics.perLabel {
            lines.append(pad(score.label, width) + String(format: "  %9.4f  %6.4f  %6.4f  %7d", score.precision, score.recall, score.f1, score.support))
        }
        lines.append("")
        lines.append("confusion (rows gold, columns predicted):")
        let keys = metrics.columns.enumerated().map { "c\($0.offset)" }
        lines.append(pad("", width) + keys.map { pad($0, 5, left: true) }.joined())
        for (row, label) in metrics.labels.enumerated() {
            lines.append(pad(label, width) + metrics.confusion[row].map { pad(String($0), 5, left: true) }.joined())
        }
        lines.append("columns: " + zip(keys, metrics.columns).map { "\($0)=\($1)" }.joined(separator: " "))
        return lines.joined(separator: "\n")
    }

    /// Columns a terminal uses for `text` (CJK characters take two).
    private func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x2E80 ? 2 : 1) }
    }

    /// Pads to a display width.
    private func pad(_ text: String, _ width: Int, left: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - displayWidth(text)))
        return left ? padding + text : text + padding
    }
}
