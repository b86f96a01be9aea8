import MinyiIO

/// A municipal department that owns suggestions, with the evidence that points to it.
public struct Department: Sendable, Hashable {
    /// Stable id (`police`), or a learned label (`城乡建设`).
    public let id: String
    /// Official name (`淄博市公安局`).
    public let name: String
    /// Short name (`市公安局`).
    public let short: String
    /// Other names that are themselves evidence (`公安`, `派出所`).
    public let aliases: [String]
    /// Department-level keywords.
    public let keywords: [WeightedTerm]
    /// Terms that argue against this department (weights are penalties).
    public let exclude: [WeightedTerm]
    public let topics: [Topic]
    /// Where the department's file starts.
    public let location: SourceLocation

    public init(id: String, name: String, short: String, aliases: [String], keywords: [WeightedTerm],
                exclude: [WeightedTerm], topics: [Topic], location: SourceLocation) {
        self.id = id
        self.name = name
        self.short = short
        self.aliases = aliases
        self.keywords = keywords
        self.exclude = exclude
        self.topics = topics
        self.location = location
    }
}

/// A kind of matter a department handles (`交通违法`), with its own keywords and combos.
public struct Topic: Sendable, Hashable {
    public let id: String
    public let name: String
    public let keywords: [WeightedTerm]
    public let combos: [Combo]
    public let location: SourceLocation

    public init(id: String, name: String, keywords: [WeightedTerm], combos: [Combo], location: SourceLocation) {
        self.id = id
        self.name = name
        self.keywords = keywords
        self.combos = combos
        self.location = location
    }
}
