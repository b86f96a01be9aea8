import MinyiText

/// Words that name one matter in different ways, each read as its group's standard word before texts
/// are compared: `电瓶车`, `电驴` and `电马儿` as `电动车`, `新农合` and `合疗` as `医保`, `内涝` and `水浸` as
/// `积水`. Paraphrases of a matter of the whole city share few words and no place, and a colloquial
/// or regional word for its object leaves them nothing in common (`电马儿不准带大人` beside
/// `电瓶车搭人要罚款`). Like a search engine's synonym filter, the mapping runs on the segmented terms
/// (``FeedbackProfile``), so the segmenter must keep every word of it whole (``words``).
///
/// The list ships as `lexicons/base/synonyms.txt`: one group a line, the standard word first, then its
/// variants, separated by spaces; `#` starts a comment. Only words that mean the same matter belong
/// there: not words of one topic that raise different matters (`头盔` or `上牌` for `电动车`), nor the
/// formal word that an everyday one also stretches beyond (`电动自行车`, where `电动车` is also an
/// electric car).
public struct MatterSynonyms: Sendable {
    private var standardOf: [String: String] = [:]

    public init() {}

    /// The standard word of `term`, or `term` when it is no variant.
    func standard(of term: String) -> String { standardOf[term] ?? term }

    /// Every word of the list, standard words and variants, for the segmenter to keep whole.
    public var words: [String] { Array(Set(standardOf.keys).union(standardOf.values)).sorted() }

    /// Reads the list at `path` (UTF-8).
    public static func load(path: String, normalizer: TextNormalizer) throws -> MatterSynonyms {
        try parse(UserDictionaryFile.text(ofFile: path), file: path, normalizer: normalizer)
    }

    /// Reads the list from `text`, normalized as texts are (simplified, half-width); a line with one
    /// word or a variant listed twice is an error naming `file` and the line.
    public static func parse(_ text: String, file: String, normalizer: TextNormalizer) throws -> MatterSynonyms {
        var synonyms = MatterSynonyms()
        var lineOf: [String: Int] = [:]
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let words = line.split(whereSeparator: \.isWhitespace).map { normalizer.normalize(String($0)).string }
            guard let standard = words.first, !standard.hasPrefix("#") else { continue }
            guard words.count >= 2 else {
                throw UserDictionaryError(file: file, line: index + 1, problem: "expected a standard word and its variants, found \"\(line)\"")
            }
            for word in words {
                if let first = lineOf[word] {
                    throw UserDictionaryError(file: file, line: index + 1, problem: "\"\(word)\" is listed already on line \(first)")
                }
                lineOf[word] = index + 1
            }
            for variant in words.dropFirst() { synonyms.standardOf[variant] = standard }
        }
        return synonyms
    }
}
