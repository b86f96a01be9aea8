import MinyiIO

/// A term with its weight (evidence for, or with `exclude`, against a department) and where it was written.
///
/// `term` is normalized like analyzed text (NFKC, simplified, without spaces), so it compares
/// directly with tokens.
public struct WeightedTerm: Sendable, Hashable {
    public let term: String
    public let weight: Double
    public let location: SourceLocation

    public init(term: String, weight: Double, location: SourceLocation) {
        self.term = term
        self.weight = weight
        self.location = location
    }
}

/// Terms that count only together: when all are present, the topic gains `weight`.
public struct Combo: Sendable, Hashable {
    public let terms: [String]
    public let weight: Double
    public let location: SourceLocation

    public init(terms: [String], weight: Double, location: SourceLocation) {
        self.terms = terms
        self.weight = weight
        self.location = location
    }
}
