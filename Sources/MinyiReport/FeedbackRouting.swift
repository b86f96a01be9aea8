import MinyiText

/// Department and topic of one text, as routing decided it.
public struct RoutingLabel: Sendable, Hashable {
    /// The department's name, or nil when the text went to manual review.
    public var department: String?
    /// The topic's name within that department, when routed.
    public var topic: String?
    /// The best-matching topic (department and topic ids), also for texts sent to manual review:
    /// grouping uses it as the kind of matter a text raises.
    public var matter: String?

    public init(department: String?, topic: String? = nil, matter: String? = nil) {
        self.department = department
        self.topic = topic
        self.matter = matter
    }

    /// A text routing could not place.
    public static let manual = RoutingLabel(department: nil)

    /// The label as reports show it: department and topic, without the matter.
    var shown: RoutingLabel { RoutingLabel(department: department, topic: topic) }

    public var isManual: Bool { department == nil }
}

/// Tells the department and topic of a text; the report uses them for totals and as a matter signal.
public protocol FeedbackRouting: Sendable {
    /// The label of a text and its title, analyzed by the dictionary the routing expects.
    func label(title: AnalyzedText?, text: AnalyzedText) -> RoutingLabel
    /// Phrases that name a matter (`暖气不热`, `户口迁入`): never part of a place's name.
    var matterPhrases: Set<String> { get }
    /// Whether the label depends on the texts; when not, they are not analyzed for it.
    var readsTexts: Bool { get }
}

extension FeedbackRouting {
    public var matterPhrases: Set<String> { [] }
    public var readsTexts: Bool { true }
}

/// Routing for when no lexicon pack is loaded: every text goes to manual review.
public struct ManualRouting: FeedbackRouting {
    public init() {}
    public func label(title: AnalyzedText?, text: AnalyzedText) -> RoutingLabel { .manual }
    public var readsTexts: Bool { false }
}
