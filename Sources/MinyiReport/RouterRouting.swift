import MinyiRouting
import MinyiText

/// The lexicon pack's router as the report's source of department and topic: departments by short
/// name (`市住建局`), texts the router sends to manual review as manual; the best topic is the matter
/// either way.
extension Router: FeedbackRouting {
    public func label(title: AnalyzedText?, text: AnalyzedText) -> RoutingLabel {
        let decision = route(title: title, text: text)
        let matter = decision.department.flatMap { department in decision.topic.map { department + "/" + $0.id } }
        guard decision.status == .routed, let id = decision.department else { return RoutingLabel(department: nil, matter: matter) }
        let short = pack.departments.first { $0.id == id }?.short ?? decision.departmentName ?? id
        return RoutingLabel(department: short, topic: decision.topic?.name, matter: matter)
    }

    /// The pack's keywords of three characters or more: phrases of a matter, not of a name.
    public var matterPhrases: Set<String> {
        var phrases = Set<String>()
        for department in pack.departments {
            for keyword in department.keywords + department.topics.flatMap(\.keywords) where keyword.term.count >= 3 {
                phrases.insert(keyword.term)
            }
        }
        return phrases
    }
}
