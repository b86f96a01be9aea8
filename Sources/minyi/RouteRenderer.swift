import Foundation
import MinyiIO
import MinyiRouting

/// Renders routing decisions and input errors as JSON Lines, CSV or an aligned table, one line each.
struct RouteRenderer: Sendable {
    let format: Route.Format

    var header: String {
        switch format {
        case .jsonl: return ""
        case .csv: return "id,file,line,status,department,department_name,topic,topic_name,confidence,evidence,runners_up,error\n"
        case .table: return "id\tstatus\tdepartment\ttopic\tconfidence\tevidence\n"
        }
    }

    func render(_ record: InputRecord, _ decision: RoutingDecision) -> String {
        let evidence = decision.evidence.filter { $0.department == decision.department }
        switch format {
        case .jsonl:
            var json = "{\"id\":\(JSONText.quote(record.id)),\"file\":\(JSONText.quote(record.location.file)),\"line\":\(record.location.line)"
            json += ",\"status\":\"\(decision.status.rawValue)\",\"department\":\(quote(decision.department)),\"department_name\":\(quote(decision.departmentName))"
            json += ",\"topic\":" + (decision.topic.map { "{\"id\":\(JSONText.quote($0.id)),\"name\":\(JSONText.quote($0.name))}" } ?? "null")
            json += ",\"confidence\":\(number(decision.confidence)),\"score\":\(number(decision.score)),\"evidence\":["
            json += decision.evidence.map { item in
                "{\"term\":\(JSONText.quote(item.term)),\"department\":\(JSONText.quote(item.department)),\"topic\":\(quote(item.topic)),\"role\":\"\(item.role.rawValue)\",\"contribution\":\(number(item.contribution))}"
            }.joined(separator: ",")
            json += "],\"runners_up\":["
            json += decision.runnersUp.map { "{\"department\":\(JSONText.quote($0.department)),\"score\":\(number($0.score))}" }.joined(separator: ",")
            return json + "]}\n"
        case .csv:
            let fields = [
                record.id, record.location.file, String(record.location.line), decision.status.rawValue,
                decision.department ?? "", decision.departmentName ?? "", decision.topic?.id ?? "", decision.topic?.name ?? "",
                number(decision.confidence), evidence.map { "\($0.term):\(number($0.contribution))" }.joined(separator: ";"),
                decision.runnersUp.map { "\($0.department):\(number($0.score))" }.joined(separator: ";"), "",
            ]
            return fields.map(csv).joined(separator: ",") + "\n"
        case .table:
            let terms = evidence.prefix(5).map { "\($0.term)\(String(format: "%+.1f", $0.contribution))" }.joined(separator: " ")
            return [record.id, decision.status.rawValue, decision.department ?? "-", decision.topic?.name ?? "-",
                    String(format: "%.2f", decision.confidence), terms].joined(separator: "\t") + "\n"
        }
    }

    func render(_ error: InputError) -> String {
        switch format {
        case .jsonl:
            return "{\"id\":null,\"file\":\(JSONText.quote(error.file)),\"line\":\(error.line.map(String.init) ?? "null"),\"error\":\(JSONText.quote(error.message))}\n"
        case .csv:
            return ["", error.file, error.line.map(String.init) ?? "", "error", "", "", "", "", "", "", "", error.message].map(csv).joined(separator: ",") + "\n"
        case .table:
            return "\(error.file):\(error.line.map(String.init) ?? "-")\terror\t-\t-\t-\t\(error.message)\n"
        }
    }

    private func quote(_ text: String?) -> String { text.map(JSONText.quote) ?? "null" }

    /// Up to 4 decimals, without trailing zeros (`11`, `0.9959`).
    private func number(_ value: Double) -> String {
        let rounded = (value * 10_000).rounded() / 10_000
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int(rounded)) }
        return String(rounded)
    }

    private func csv(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
