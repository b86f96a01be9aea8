import MinyiLexicon
import MinyiText

/// Finds what a section talks about: lexicon keywords and aliases counted over the section's
/// tokens (lexicon terms come out whole from the pack's segmentation dictionary), scored
/// weight × occurrences; the topics whose keywords occur; and which evaluated departments' duties
/// the section speaks about.
final class ContentScorer {
    private let pack: LexiconPack
    private let analyzer: TextAnalyzer
    /// Term → (department, weight) for every department keyword, topic keyword and alias.
    private var entries: [String: [(department: String, weight: Double)]] = [:]

    /// The departments under the people's congress review, whose duties are reported.
    static let evaluatedDepartments: Set<String> = ["police", "hrss", "natural-resources", "housing", "transport", "urban-management"]
    /// Weight of an alias (`公安机关`) as evidence of a department's duty.
    static let aliasWeight = 2.0
    /// A department's duties are spoken about when its terms score at least this much…
    static let dutyThreshold = 6.0
    /// …from at least this many different terms (one slogan word such as `堵点` is not enough).
    static let dutyTerms = 2
    static let keywordLimit = 10
    static let topicLimit = 5

    init(pack: LexiconPack) throws {
        self.pack = pack
        for department in pack.departments {
            let terms = department.keywords.map { ($0.term, $0.weight) } + department.topics.flatMap { $0.keywords.map { ($0.term, $0.weight) } }
                + department.aliases.map { ($0, Self.aliasWeight) }
            for (term, weight) in terms where !(entries[term]?.contains { $0.department == department.id } ?? false) {
                entries[term, default: []].append((department.id, weight))
            }
        }
        analyzer = try TextAnalyzer(dictionary: pack.dictionary)
    }

    func score(_ section: inout Section) {
        var counts: [String: Int] = [:]
        for term in analyzer.analyze(section.text).terms where entries[term] != nil { counts[term, default: 0] += 1 }
        var keywords: [Keyword] = []
        var duty: [String: (score: Double, terms: Int)] = [:]
        for (term, count) in counts {
            for entry in entries[term] ?? [] {
                keywords.append(Keyword(term: term, count: count, score: entry.weight * Double(count), department: entry.department))
                duty[entry.department, default: (0, 0)].score += entry.weight * Double(count)
                duty[entry.department, default: (0, 0)].terms += 1
            }
        }
        section.keywords = Array(keywords.sorted { ($0.score, $1.term, $1.department) > ($1.score, $0.term, $0.department) }.prefix(Self.keywordLimit))
        section.duties = duty.filter { Self.evaluatedDepartments.contains($0.key) && $0.value.score >= Self.dutyThreshold && $0.value.terms >= Self.dutyTerms }
            .sorted { ($0.value.score, $1.key) > ($1.value.score, $0.key) }.map(\.key)
        var topics: [TopicMention] = []
        for department in pack.departments {
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
