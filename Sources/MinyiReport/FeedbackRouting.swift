import MinyiText

/// Department and topic of one text, as routing decided it.
public struct RoutingLabel: Sendable, Hashable {
    /// The department's name, or nil when the text went to manual review.
    public var department: String?
    public var topic: String?

    public init(department: String?, topic: String? = nil) {
        self.department = department
        self.topic = topic
    }

    /// A text routing could not place.
    public static let manual = RoutingLabel(department: nil)

    public var isManual: Bool { department == nil }
}

/// Tells the department and topic of a text; the report uses them for totals and as a matter signal.
public protocol FeedbackRouting: Sendable {
    func label(title: String?, text: String, analyzer: TextAnalyzer) -> RoutingLabel
}

/// Routing for when no lexicon pack is loaded: every text goes to manual review.
public struct ManualRouting: FeedbackRouting {
    public init() {}
    public func label(title: String?, text: String, analyzer: TextAnalyzer) -> RoutingLabel { .manual }
}
