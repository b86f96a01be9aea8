import MinyiText

/// What grouping needs of one text: its matter terms, places and routing.
public struct FeedbackProfile: Sendable {
    /// Normalized content terms in text order (places, numbers and stop words removed).
    public var terms: [String]
    /// Words the segmenter did not know, joined from the pieces it left (see ``fragmentRuns(_:excluding:)``).
    public var fragments: [String]
    public var places: [Place]
    /// Numbers that may name a bus line without its `路` (``PlaceExtractor/lineNumbers(in:excluding:)``).
    public var lineNumbers: [String] = []
    /// Two characters the segmenter left apart whose first is a stop word (`和|兴`, `后|坑`): a name the
    /// gazetteer may know (``PlaceDirectory/splitName(_:)``), which the terms, without stop words, cannot show.
    public var stopLedPairs: [String] = []
    public var routing: RoutingLabel
    /// Whether the text seconds what others wrote: a board's `+1` (`+1 澹园小区`, `云栖苑 +1，我家客厅13度`),
    /// or answers a post (``opensAsReply(_:)``).
    public var secondsOthers: Bool
    /// The day it was written (``FeedbackTime/day``), when the input says.
    public var day: Int?
    /// The thread it was posted in, when it has a title (``Thread/init(title:)``).
    public var thread: Thread?

    /// The title of a board's thread, and whether a text is a reply in it: a post titled `123路不是替代`
    /// opens the thread that a text titled `回复：123路不是替代` (or `Re: …`) answers.
    public struct Thread: Sendable, Hashable {
        public var title: String
        public var isReply: Bool

        /// The thread of a text with `title`; nil without one. A reply to a reply (`回复：回复：…`) is in
        /// the same thread.
        public init?(title: String?) {
            guard var rest = title.map({ Substring($0) }) else { return nil }
            rest = rest.drop { $0.isWhitespace }
            while rest.last?.isWhitespace == true { rest = rest.dropLast() }
            var isReply = false
            while let length = Self.replyWordLength(rest) {
                let after = rest.dropFirst(length).drop { $0 == " " }
                guard let mark = after.first, mark == "：" || mark == ":" else { break }
                rest = after.dropFirst().drop { $0 == " " }
                isReply = true
            }
            guard !rest.isEmpty else { return nil }
            self.title = String(rest)
            self.isReply = isReply
        }

        /// The length of the word a reply's title begins with (`回复`, `Re`), if it begins with one.
        private static func replyWordLength(_ text: Substring) -> Int? {
            if text.hasPrefix("回复") { return 2 }
            var characters = text.makeIterator()
            guard let first = characters.next(), first == "R" || first == "r", let second = characters.next(), second == "e" || second == "E" else { return nil }
            return 2
        }
    }

    public init(terms: [String], fragments: [String] = [], places: [Place], routing: RoutingLabel, secondsOthers: Bool = false) {
        self.terms = terms
        self.fragments = fragments
        self.places = places
        self.routing = routing
        self.secondsOthers = secondsOthers
    }

    /// Profiles one analyzed text; its terms are read as the standard words of `synonyms`.
    public init(analyzed: AnalyzedText, routing: RoutingLabel, extractor: PlaceExtractor = PlaceExtractor(),
                synonyms: MatterSynonyms = MatterSynonyms()) {
        let tokens = analyzed.tokens
        let matches = extractor.places(in: tokens)
        var inPlace = [Bool](repeating: false, count: tokens.count)
        for match in matches { for index in match.tokens { inPlace[index] = true } }
        var terms: [String] = []
        for (index, token) in tokens.enumerated() where !inPlace[index]
            && (Self.isMatterTerm(token) || Self.isLetterAmongCharacters(tokens, index) || Self.isStopWordInsideName(tokens, index)) {
            terms.append(synonyms.standard(of: token.text))
        }
        terms += Self.buildings(tokens) + Self.resettlementTerms(matches)
        self.init(terms: terms, fragments: Self.fragmentRuns(tokens, excluding: inPlace), places: matches.map(\.place), routing: routing,
                  secondsOthers: Self.seconds(tokens))
        lineNumbers = PlaceExtractor.lineNumbers(in: tokens, excluding: inPlace)
        stopLedPairs = Self.stopLedPairs(tokens, excluding: inPlace)
    }

    /// One term `安置房` for each resettlement estate the text names (``PlaceSuffixes/resettlementSuffixes``):
    /// its suffix says what the text is about, in several words for one thing (`柳湾安置小区`,
    /// `柳湾还建房`), which as terms of their own would set its texts apart by wording.
    static func resettlementTerms(_ matches: [PlaceExtractor.Match]) -> [String] {
        matches.compactMap { match in
            guard let (suffix, _) = PlaceSuffixes.suffix(of: match.place.name), PlaceSuffixes.resettlementSuffixes.contains(suffix) else { return nil }
            return "安置房"
        }
    }

    /// Whether `tokens` second what others wrote: a `+1` that stands alone (not `1+1`, not `+12`),
    /// `同问`, `同上`, `同感`, or `也是` ending a clause (`我们3组也是，…`, `我也是！`; not `这也是没办法`).
    static func seconds(_ tokens: [Token]) -> Bool {
        // The first scalar rejects almost every token without comparing strings.
        tokens.indices.contains { index in
            let token = tokens[index]
            guard let first = token.text.unicodeScalars.first, first == "+" || first == "同" || first == "也" else { return false }
            let next = index + 1 < tokens.count ? tokens[index + 1] : nil
            switch first {
            case "+": return token.text.utf8.count == 1 && next?.kind == .number && next?.text == "1" && (index == 0 || tokens[index - 1].kind != .number)
            case "同": return token.text == "同上" || token.text == "同问" || token.text == "同感" || (token.text == "同" && next?.text == "问" && token.end == next?.start)
            default: return token.text == "也" && next?.text == "是" && (index + 2 == tokens.count || tokens[index + 2].kind == .punctuation)
            }
        }
    }

    /// Whether a text's body opens as a reply to the post above it: `回复：…` (or `Re: …`), `回复楼上…`,
    /// `楼上说得对…`. Over the labeled corpora all 50 such texts raise the matter of the thread they
    /// answer, which the reply itself may hardly name (`回复：楼上说得对，审批再慢也不能拖这么久`).
    public static func opensAsReply(_ text: String) -> Bool {
        let body = text.drop { $0.isWhitespace }
        // A body that opens as a reply's title does (``Thread/init(title:)``).
        if Thread(title: String(body.prefix(8)))?.isReply == true || body.hasPrefix("回复楼上") { return true }
        guard body.hasPrefix("楼上") else { return false }
        return ["说得对", "说的对", "说得是", "说的是", "说得没错", "说的没错"].contains { body.dropFirst(2).hasPrefix($0) }
    }

    /// The buildings a text names by number, each one term (`7栋`, `7号楼`, `7幢` and `七号楼` are `7栋`):
    /// texts about one building of an estate (its roof, its lift) share it, which its neighbours' texts
    /// do not. In Chinese numerals only before `号楼`: `一栋楼`, `三栋` count buildings.
    static func buildings(_ tokens: [Token]) -> [String] {
        func follows(_ index: Int, _ text: String) -> Bool { index < tokens.count && tokens[index].text == text }
        return tokens.indices.compactMap { index in
            let text = tokens[index].text
            if tokens[index].kind == .number, text.utf8.allSatisfy({ (0x30...0x39).contains($0) }) {
                let isBuilding = follows(index + 1, "栋") || follows(index + 1, "幢") || follows(index + 1, "号楼")
                    || (follows(index + 1, "号") && follows(index + 2, "楼"))
                return isBuilding ? text + "栋" : nil
            }
            // `九号|楼`, `十二|号|楼`, `五|号楼`.
            guard tokens[index].kind == .word, let first = text.first, ChineseNumeral.isNumeral(first) else { return nil }
            let numeral: Substring
            if text.hasSuffix("号"), follows(index + 1, "楼") {
                numeral = text.dropLast()
            } else if follows(index + 1, "号楼") || (follows(index + 1, "号") && follows(index + 2, "楼")) {
                numeral = Substring(text)
            } else {
                return nil
            }
            guard let value = ChineseNumeral.value(numeral), value >= 1, value < 1000 else { return nil }
            return "\(Int(value))栋"
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
                || (isSingleCharacter(token) && !MatterStopWords.words.contains(token.text)) || isStopWordInsideName(tokens, index))
            if isFragment, let last = run.last, last.end != token.start { close() }
            if isFragment { run.append(token) } else { close() }
        }
        close()
        return runs
    }

    /// Each stop word of one character right before a character that is none, both words of their own
    /// outside `inPlace`, joined (`和兴这改造咋还停了` → `和兴`).
    static func stopLedPairs(_ tokens: [Token], excluding inPlace: [Bool]) -> [String] {
        zip(tokens.indices, tokens.indices.dropFirst()).compactMap { index, next in
            let (first, second) = (tokens[index], tokens[next])
            guard !inPlace[index], !inPlace[next], first.end == second.start, isSingleCharacter(first), isSingleCharacter(second),
                  MatterStopWords.words.contains(first.text), !MatterStopWords.words.contains(second.text) else { return nil }
            return first.text + second.text
        }
    }

    /// A letter between two characters, part of a brand (`泊|e|通|免|密`): a term, so the gazetteer
    /// finds the brand in a run the extractor could not end.
    private static func isLetterAmongCharacters(_ tokens: [Token], _ index: Int) -> Bool {
        tokens[index].kind == .letters && tokens[index].text.utf8.count == 1 && index > 0 && index + 1 < tokens.count
            && isSingleCharacter(tokens[index - 1]) && isSingleCharacter(tokens[index + 1])
    }

    /// A stop word of one character between two characters that are none, pieces of a word the
    /// segmenter did not know (`沛|能|充`): a term, so the gazetteer finds the name (`沛能充APP`) in it.
    /// Not a particle, which joins two words (`车|的|钱`).
    private static func isStopWordInsideName(_ tokens: [Token], _ index: Int) -> Bool {
        guard index > 0, index + 1 < tokens.count else { return false }
        let (before, token, after) = (tokens[index - 1], tokens[index], tokens[index + 1])
        // Positions and lengths first: the word lists are looked up only for a character between two others.
        guard before.end == token.start, token.end == after.start, isSingleCharacter(token), isSingleCharacter(before), isSingleCharacter(after)
        else { return false }
        return MatterStopWords.words.contains(token.text) && !particles.contains(token.text)
            && !MatterStopWords.words.contains(before.text) && !MatterStopWords.words.contains(after.text)
    }

    private static let particles: Set<String> = ["的", "地", "得", "了", "着", "过", "是", "在", "和", "与", "及", "或", "吗", "呢", "吧", "啊", "呀", "嘛", "就", "也", "都", "又", "还", "把", "被", "给", "对", "向", "从", "到"]

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
