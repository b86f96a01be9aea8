import MinyiText

/// What grouping needs of one text: its matter terms, places and routing.
public struct FeedbackProfile: Sendable {
    /// Normalized content terms in text order (places, numbers and stop words removed).
    public var terms: [String]
    public var places: [Place]
    public var routing: RoutingLabel

    public init(terms: [String], places: [Place], routing: RoutingLabel) {
        self.terms = terms
        self.places = places
        self.routing = routing
    }

    /// Profiles one analyzed text.
    public init(analyzed: AnalyzedText, routing: RoutingLabel, extractor: PlaceExtractor = PlaceExtractor()) {
        let tokens = analyzed.tokens
        let matches = extractor.places(in: tokens)
        var inPlace = [Bool](repeating: false, count: tokens.count)
        for match in matches { for index in match.tokens { inPlace[index] = true } }
        var terms: [String] = []
        for (index, token) in tokens.enumerated() where !inPlace[index] && Self.isMatterTerm(token) {
            terms.append(token.text)
        }
        self.init(terms: terms, places: matches.map(\.place), routing: routing)
    }

    private static func isMatterTerm(_ token: Token) -> Bool {
        switch token.kind {
        case .word, .term:
            return !MatterStopWords.words.contains(token.text) && token.text.unicodeScalars.allSatisfy(\.isHan)
        case .letters:
            return token.text.count >= 2
        default:
            return false
        }
    }
}
