import MinyiText

/// Finds what a section talks about: lexicon keywords counted over the section's tokens (lexicon
/// terms come out whole from the ``TextAnalyzer``), scored weight × occurrences; topics whose
/// keywords occur; and the departments whose duties the section speaks about.
final class ContentScorer {
    private let lexicon: SpeechLexicon
    private let analyzer: TextAnalyzer
    /// Normalized term → (department, weight) entries.
    private var entries: [String: [(department: String, weight: Double)]] = [:]

    /// A department's duties are spoken about when its keywords score at least this much.
    static let dutyThreshold = 3.0
    static let keywordLimit = 10
    static let topicLimit = 5

    init(lexicon: SpeechLexicon) throws {
        self.lexicon = lexicon
        let normalizer = try TextNormalizer()
        var terms: [String] = []
        for department in lexicon.departments {
            for keyword in department.keywords + department.topics.flatMap(\.keywords) {
                let term = normalizer.normalize(keyword.term).string
                terms.append(term)
                if !(entries[term]?.contains { $0.department == department.id } ?? false) {
                    entries[term, default: []].append((department.id, keyword.weight))
                }
            }
        }
        analyzer = try TextAnalyzer(dictionary: SegmentationDictionary(lexiconTerms: terms, userWords: [], normalizer: normalizer))
    }

    func score(_ section: inout Section) {
        var counts: [String: Int] = [:]
        for term in analyzer.analyze(section.text).terms where entries[term] != nil { counts[term, default: 0] += 1 }
        var keywords: [Keyword] = []
        var duty: [String: Double] = [:]
        for (term, count) in counts {
            for entry in entries[term] ?? [] {
                keywords.append(Keyword(term: term, count: count, score: entry.weight * Double(count), department: entry.department))
                duty[entry.department, default: 0] += entry.weight * Double(count)
            }
        }
        section.keywords = Array(keywords.sorted { ($0.score, $1.term, $1.department) > ($1.score, $0.term, $0.department) }.prefix(Self.keywordLimit))
        section.duties = duty.filter { $0.value >= Self.dutyThreshold }.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map(\.key)
        var topics: [TopicMention] = []
        for department in lexicon.departments {
            for topic in department.topics {
                let hits = topic.keywords.compactMap { keyword -> (String, Double)? in
                    counts[keyword.term].map { (keyword.term, keyword.weight * Double($0)) }
                }
                guard !hits.isEmpty else { continue }
                topics.append(TopicMention(department: department.id, topic: topic.id, name: topic.name,
                                           score: hits.reduce(0) { $0 + $1.1 }, terms: hits.map(\.0).sorted()))
            }
        }
        section.topics = Array(topics.sorted { ($0.score, $1.department, $1.topic) > ($1.score, $0.department, $0.topic) }.prefix(Self.topicLimit))
    }
}
