import MinyiText

/// Words that end a place name read right to left (``PlaceExtractor``) once two characters of it
/// are read: the verbs, adverbs, prepositions, conjunctions, pronouns and time words of a general
/// dictionary (`增加|营盘路`, `难道|财智小区`, `为了|金帆路`, `下半年|泉塘幼儿园`). The list ships as
/// `lexicons/base/name-stops.txt` (made by `scripts/name_stops.py`). A verb does not end a firm's
/// name, which often holds its trade (`大汉|起重|科技有限公司`, `丰收|饲料厂`); ``PlaceExtractor`` lets
/// verbs end other organizations' names (`协调|港北物流园`).
public struct NameStops: Sendable {
    var verbs: Set<String>
    var others: Set<String>

    public init(verbs: Set<String> = [], others: Set<String> = []) {
        self.verbs = verbs
        self.others = others
    }

    /// Whether `word` ends a name of `kind` before it.
    func ends(_ kind: Place.Kind, at word: String) -> Bool {
        others.contains(word) || (kind != .organization && verbs.contains(word))
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
            if fields[1] == "v" { stops.verbs.insert(String(word)) } else { stops.others.insert(String(word)) }
        }
        return stops
    }
}
