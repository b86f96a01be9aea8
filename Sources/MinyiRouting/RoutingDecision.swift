/// Where one suggestion goes and why.
public struct RoutingDecision: Sendable, Hashable, Codable {
    public enum Status: String, Sendable, Hashable, Codable {
        /// Confident enough to send to `department`.
        case routed
        /// Needs a person: no evidence, low confidence, or two departments too close.
        case manual
    }

    /// The best-scoring department's id (also when `manual`, as a suggestion), nil without any evidence.
    public let department: String?
    /// Its official name.
    public let departmentName: String?
    /// The best topic of that department, if any of its topic keywords matched.
    public let topic: TopicChoice?
    /// Probability-like confidence in the department, 0…1 (see `RouterOptions.temperature`).
    public let confidence: Double
    public let status: Status
    /// The department's score (sum of contributions, length-normalized).
    public let score: Double
    /// Every matched term with what it contributed, strongest first.
    public let evidence: [Evidence]
    /// The next departments, best first.
    public let runnersUp: [DepartmentScore]

    public init(department: String?, departmentName: String?, topic: TopicChoice?, confidence: Double, status: Status,
                score: Double, evidence: [Evidence], runnersUp: [DepartmentScore]) {
        self.department = department
        self.departmentName = departmentName
        self.topic = topic
        self.confidence = confidence
        self.status = status
        self.score = score
        self.evidence = evidence
        self.runnersUp = runnersUp
    }
}

/// A topic picked within the routed department.
public struct TopicChoice: Sendable, Hashable, Codable {
    public let id: String
    public let name: String
}

/// One matched term and its contribution to a department's score (negative for `exclude` terms).
public struct Evidence: Sendable, Hashable, Codable {
    public enum Role: String, Sendable, Hashable, Codable {
        case keyword, alias, exclude, combo
        /// An alias right after a request cue: the department the citizen asks to act.
        case addressee
    }

    /// The term as it appears normalized in the text (combo terms joined by `+`).
    public let term: String
    public let department: String
    public let topic: String?
    public let role: Role
    public let contribution: Double
}

/// A department and its score, for runners-up.
public struct DepartmentScore: Sendable, Hashable, Codable {
    public let department: String
    public let name: String
    public let score: Double
}
