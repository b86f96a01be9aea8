import MinyiRouting
import MinyiText

/// The lexicon pack's router as the report's source of department and topic: departments by short
/// name (`市住建局`), texts the router sends to manual review as manual.
extension Router: FeedbackRouting {
    public func label(title: String?, text: String, analyzer: TextAnalyzer) -> RoutingLabel {
        let decision = route(title: title, text: text, analyzer: analyzer)
        guard decision.status == .routed, let id = decision.department else { return .manual }
        let short = pack.departments.first { $0.id == id }?.short ?? decision.departmentName ?? id
        return RoutingLabel(department: short, topic: decision.topic?.name)
    }
}
