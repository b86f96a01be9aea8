/// The report: the top concerns with their evidence, and totals over all texts.
/// Its JSON form is documented in docs/report.md.
public struct ConcernReport: Sendable, Hashable, Codable {
    public var concerns: [Concern]
    public var departments: [Tally]
    public var topics: [Tally]
    /// Texts in the report window.
    public var total: Int
    /// Share of texts routing sent to manual review (0…1).
    public var manualShare: Double
    /// How concerns were ranked: `submitters` or `hotness`.
    public var rankedBy: String
    /// Texts per week (per month when the span is long); nil when no text has a time.
    public var timeline: Timeline?

    public init(concerns: [Concern], departments: [Tally], topics: [Tally], total: Int, manualShare: Double, rankedBy: String,
                timeline: Timeline?) {
        self.concerns = concerns
        self.departments = departments
        self.topics = topics
        self.total = total
        self.manualShare = manualShare
        self.rankedBy = rankedBy
        self.timeline = timeline
    }

    enum CodingKeys: String, CodingKey {
        case concerns, departments, topics, total, timeline
        case manualShare = "manual_share"
        case rankedBy = "ranked_by"
    }
}

/// One concern: texts that raise the same matter.
public struct Concern: Sendable, Hashable, Codable {
    public var rank: Int
    /// Place and characteristic terms: `张店区银泰城小区 暖气不热`.
    public var title: String
    /// Distinct submitters (texts without a user count one each).
    public var count: Int
    /// Number of texts.
    public var texts: Int
    /// Set when ranking by hotness.
    public var hotness: Double?
    /// Majority department of the members' routing; `manual` when most went to manual review.
    public var department: String
    public var topic: String?
    public var keywords: [String]
    public var places: [String]
    /// The most central texts.
    public var examples: [Example]
    public var ids: [String]
    public var firstSeen: String?
    public var lastSeen: String?

    enum CodingKeys: String, CodingKey {
        case rank, title, count, texts, hotness, department, topic, keywords, places, examples, ids
        case firstSeen = "first_seen"
        case lastSeen = "last_seen"
    }
}

/// A representative text of a concern.
public struct Example: Sendable, Hashable, Codable {
    public var id: String
    public var text: String
}

/// A count of texts by department or topic.
public struct Tally: Sendable, Hashable, Codable {
    public var department: String
    public var topic: String?
    public var count: Int
}

/// Texts over time, for the report's timeline chart.
public struct Timeline: Sendable, Hashable, Codable {
    /// `week` (Monday to Sunday) or `month`.
    public var unit: String
    public var points: [Point]

    public struct Point: Sendable, Hashable, Codable {
        /// First day of the week or month, `yyyy-MM-dd`.
        public var start: String
        /// Texts in the period.
        public var count: Int
        /// Of those, texts in the reported top concerns.
        public var top: Int
    }
}
