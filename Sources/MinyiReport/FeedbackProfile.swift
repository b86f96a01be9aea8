import MinyiText

/// What grouping needs of one text: its matter terms, places and routing.
public struct FeedbackProfile: Sendable {
    /// Normalized content terms in text order (places, numbers and stop words removed).
    public var terms: [String]
    /// Words the segmenter did not know, joined from the pieces it left (see ``fragmentRuns(_:excluding:)``).
    public var fragments: [String]
    public var places: [Place]
    public var routing: RoutingLabel
    /// Whether the text seconds what others wrote: a board's `+1` (`+1 澹园小区`, `云栖苑 +1，我家客厅13度`).
    public var secondsOthers: Bool

    public init(terms: [String], fragments: [String] = [], places: [Place], routing: RoutingLabel, secondsOthers: Bool = false) {
        self.terms = terms
        self.fragments = fragments
        self.places = places
        self.routing = routing
        self.secondsOthers = secondsOthers
    }

    /// Profiles one analyzed text.
    public init(analyzed: AnalyzedText, routing: RoutingLabel, extractor: PlaceExtractor = PlaceExtractor()) {
        let tokens = analyzed.tokens
        let matches = extractor.places(in: tokens)
        var inPlace = [Bool](repeating: false, count: tokens.count)
        for match in matches { for index in match.tokens { inPlace[index] = true } }
        var terms: [String] = []
        for (index, token) in tokens.enumerated() where !inPlace[index] && (Self.isMatterTerm(token) || Self.isLetterAmongCharacters(tokens, index)) {
            terms.append(token.text)
        }
        terms += Self.buildings(tokens)
        self.init(terms: terms, fragments: Self.fragmentRuns(tokens, excluding: inPlace), places: matches.map(\.place), routing: routing,
                  secondsOthers: Self.seconds(tokens))
    }

    /// Whether `tokens` hold a `+1` that stands alone (not `1+1`, not `+12`).
    static func seconds(_ tokens: [Token]) -> Bool {
        tokens.indices.dropLast().contains { index in
            tokens[index].text == "+" && tokens[index + 1].kind == .number && tokens[index + 1].text == "1"
                && (index == 0 || tokens[index - 1].kind != .number)
        }
    }

    /// The buildings a text names by number, each one term (`7栋`, `7号楼` and `7幢` are `7栋`): texts
    /// about one building of an estate (its roof, its lift) share it, which its neighbours' texts do not.
    static func buildings(_ tokens: [Token]) -> [String] {
        tokens.indices.compactMap { index in
            guard tokens[index].kind == .number, tokens[index].text.utf8.allSatisfy({ (0x30...0x39).contains($0) }), index + 1 < tokens.count else { return nil }
            let next = tokens[index + 1].text
            let isBuilding = next == "栋" || next == "幢" || next == "号楼" || (next == "号" && index + 2 < tokens.count && tokens[index + 2].text == "楼")
            return isBuilding ? tokens[index].text + "栋" : nil
        }
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
                || (isSingleCharacter(token) && !MatterStopWords.words.contains(token.text)))
            if isFragment, let last = run.last, last.end != token.start { close() }
            if isFragment { run.append(token) } else { close() }
        }
        close()
        return runs
    }

    /// A letter between two characters, part of a brand (`泊|e|通|免|密`): a term, so the gazetteer
    /// finds the brand in a run the extractor could not end.
    private static func isLetterAmongCharacters(_ tokens: [Token], _ index: Int) -> Bool {
        tokens[index].kind == .letters && tokens[index].text.utf8.count == 1 && index > 0 && index + 1 < tokens.count
            && isSingleCharacter(tokens[index - 1]) && isSingleCharacter(tokens[index + 1])
    }

    /// A word of one Chinese character: a piece the segmenter left of a word it did not know.
    private static func isSingleCharacter(_ token: Token) -> Bool {
        token.kind == .word && token.text.unicodeScalars.count == 1 && token.text.unicodeScalars.allSatisfy(\.isHan)
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
