import MinyiText

/// Words that end a place name read right to left (``PlaceExtractor``) once two characters of it
/// are read: the verbs, adverbs, prepositions, conjunctions, pronouns and time words of a general
/// dictionary (`增加|营盘路`, `难道|财智小区`, `为了|金帆路`, `下半年|泉塘幼儿园`). The list ships as
/// `lexicons/base/name-stops.txt` (made by `scripts/name_stops.py`). A verb does not end a firm's
/// name, which often holds its trade (`大汉|起重|科技有限公司`, `丰收|饲料厂`); ``PlaceExtractor`` lets
/// verbs end other organizations' names (`协调|港北物流园`).
public struct NameStops: Sendable {
    var verbs: Set<String>
    /// Pronouns, time words, prepositions, conjunctions and particles.
    var others: Set<String>
    /// Adverbs (jieba's `d`, `ad`): a few name a city's new zone (`高新|区`) or a city (`大同|市`).
    var adverbs: Set<String>
    /// Idioms and set phrases (jieba's `i`, `l`): they end names, yet may be a shop's whole name
    /// (`海阔天空|KTV`, `好又多|超市`).
    var phrases: Set<String>

    public init(verbs: Set<String> = [], others: Set<String> = [], adverbs: Set<String> = [], phrases: Set<String> = []) {
        self.verbs = verbs
        self.others = others
        self.adverbs = adverbs
        self.phrases = phrases
    }

    /// Whether `word` ends a name of `kind` before it.
    func ends(_ kind: Place.Kind, at word: String) -> Bool {
        others.contains(word) || adverbs.contains(word) || phrases.contains(word) || (kind != .organization && verbs.contains(word))
            || Self.points(word)
    }

    /// Whether `word` is a phrase of three characters or more that begins with `这` or `那` and so points
    /// at a time or a side (`这几个月|蓝田花园`, `那一侧`, `这段时间`): no name holds one, while names of two
    /// characters may begin so (`那曲`).
    static func points(_ word: String) -> Bool { word.count >= 3 && (word.first == "这" || word.first == "那") }

    /// Whether `word` ends even a firm's name, which may hold a verb of its trade: a verb ending in
    /// its result or direction is no trade (`责成|长丰投资公司`, `交给|自来水公司`, `转入|九华第一中学`).
    func endsFirmName(_ word: String) -> Bool {
        guard let last = word.last else { return false }
        return verbs.contains(word) && Self.resultEndings.contains(last)
    }

    private static let resultEndings: Set<Character> = ["给", "到", "于", "在", "入", "成", "往", "向", "完", "上"]

    /// Whether `word` alone names nothing of `kind` before a suffix that is a word of its own: an estate
    /// or organization after a verb, adverb, pronoun or time word (`确保|小区`, `别的|医院`, `冬天|小区`),
    /// an area after any of them but an adverb (`列入|县`, `上午|县`, `别的|区`; not `高新|区`), a village
    /// after a pronoun or time word (`别的|村`, `夏天|村`), since its name may be a verb (`胜利村`). A road's
    /// name may be any such word (`迎新路`), so no road is judged here.
    func namesNothing(_ kind: Place.Kind, _ word: String) -> Bool {
        switch kind {
        case .community, .organization: verbs.contains(word) || others.contains(word) || adverbs.contains(word)
        case .district, .town, .city, .province: verbs.contains(word) || others.contains(word)
        case .village: others.contains(word)
        default: false
        }
    }

    /// Reads `word tag` lines (jieba's part-of-speech tags; `v` marks a verb); `#` starts a comment.
    public static func load(path: String) throws -> NameStops {
        try parse(UserDictionaryFile.text(ofFile: path), file: path)
    }

    public static func parse(_ text: String, file: String) throws -> NameStops {
        var stops = NameStops()
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let fields = line.split(whereSeparator: \.isWhitespace)
            guard let word = fields.first, !word.hasPrefix("#") else { continue }
            guard fields.count == 2 else {
                throw UserDictionaryError(file: file, line: index + 1, problem: "expected a word and its part-of-speech tag, found \"\(line)\"")
            }
            switch fields[1] {
            case "v": stops.verbs.insert(String(word))
            case "d", "ad": stops.adverbs.insert(String(word))
            case "i", "l": stops.phrases.insert(String(word))
            default: stops.others.insert(String(word))
            }
        }
        return stops
    }
}
