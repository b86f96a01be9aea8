import MinyiText

/// What grouping needs of one text: its matter terms, places and routing.
public struct FeedbackProfile: Sendable {
    /// Normalized content terms in text order (places, numbers and stop words removed).
    public var terms: [String]
    /// Words the segmenter did not know, joined from the pieces it left (see ``fragmentRuns(_:excluding:)``).
    public var fragments: [String]
    public var places: [Place]
    public var routing: RoutingLabel

    public init(terms: [String], fragments: [String] = [], places: [Place], routing: RoutingLabel) {
        self.terms = terms
        self.fragments = fragments
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
        self.init(terms: terms, fragments: Self.fragmentRuns(tokens, excluding: inPlace), places: matches.map(\.place), routing: routing)
    }

    /// Runs of single characters, letters and numbers the segmenter made no word of (`禾|盛|e|购`,
    /// `咣|咣|咣`) with at least two Chinese characters, each joined into one term: out-of-vocabulary
    /// names and words, which the texts of one concern repeat. Their pieces stay terms as well.
    static func fragmentRuns(_ tokens: [Token], excluding inPlace: [Bool]) -> [String] {
        var runs: [String] = []
        var run: [Token] = []
        func close() {
            if run.count >= 2, run.count(where: { $0.kind == .word }) >= 2 { runs.append(run.map(\.text).joined()) }
            run.removeAll()
        }
        for (index, token) in tokens.enumerated() {
            let isFragment = !inPlace[index] && (token.kind == .number || token.kind == .letters
                || (token.kind == .word && token.text.unicodeScalars.count == 1 && token.text.unicodeScalars.allSatisfy(\.isHan)
                    && !MatterStopWords.words.contains(token.text)))
            if isFragment, let last = run.last, last.end != token.start { close() }
            if isFragment { run.append(token) } else { close() }
        }
        close()
        return runs
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
