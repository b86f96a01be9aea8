import Foundation

/// Turns a report into one output format.
public protocol ReportRenderer: Sendable {
    func render(_ report: ConcernReport) -> String
}

/// The report formats `minyi report --format` offers.
public enum ReportFormat: String, Sendable, CaseIterable {
    case md, json, csv, html

    public var renderer: any ReportRenderer {
        switch self {
        case .md: MarkdownReportRenderer()
        case .json: JSONReportRenderer()
        case .csv: CSVReportRenderer()
        case .html: HTMLReportRenderer()
        }
    }
}

/// Stable JSON: keys sorted, two-space indentation, one trailing newline.
public struct JSONReportRenderer: ReportRenderer {
    public init() {}

    public func render(_ report: ConcernReport) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(report)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

/// One row per concern; list fields joined with `;`, examples with ` | `.
public struct CSVReportRenderer: ReportRenderer {
    public static let header = ["rank", "title", "count", "texts", "department", "topic", "keywords", "places",
                                "first_seen", "last_seen", "examples", "ids"]

    public init() {}

    public func render(_ report: ConcernReport) -> String {
        var lines = [Self.header.joined(separator: ",")]
        for concern in report.concerns {
            let fields = [
                "\(concern.rank)", concern.title, "\(concern.count)", "\(concern.texts)", concern.department, concern.topic ?? "",
                concern.keywords.joined(separator: ";"), concern.places.joined(separator: ";"),
                concern.firstSeen ?? "", concern.lastSeen ?? "",
                concern.examples.map(\.text).joined(separator: " | "), concern.ids.joined(separator: ";"),
            ]
            lines.append(fields.map(Self.quote).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
