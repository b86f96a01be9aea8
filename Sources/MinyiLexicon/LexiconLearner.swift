import Foundation
import MinyiIO
import MinyiText

/// Learns a lexicon pack from labeled texts: each label becomes a department whose keywords are the
/// terms most over-represented in its texts, by the weighted log-odds ratio with an informative
/// Dirichlet prior (Monroe, Colaresi & Quinn 2008, "Fightin' Words"), one label against the rest.
///
/// A term is kept for a label when its z-score is at least `minimumZ` and it occurs in at least
/// `minimumDocumentFrequency` texts; its weight is its log-odds ratio δ scaled so that the largest δ
/// of the pack is 10 (rounded to 0.1, at least 0.1). Counts per text are sublinear (`1 + ln tf`), title terms count
/// `titleWeight` times, as the router counts them.
public struct LexiconLearner {
    public struct Options: Sendable, Hashable {
        /// Strength of the prior as a share of all term counts: α₀ = priorShare × total, and
        /// αw = α₀ × (share of w in all texts). Strong priors shrink the weights of rare terms.
        public var priorShare = 0.25
        public var minimumZ = 1.96
        public var minimumDocumentFrequency = 1
        public var titleWeight = 1.5
        /// Keep at most this many keywords per label (strongest z first).
        public var maximumTermsPerLabel = 600

        public init() {}
    }

    /// Why a term was kept: its statistics, for the comments of the written pack.
    public struct TermStatistics: Sendable, Hashable {
        public let delta: Double
        public let z: Double
        /// Texts of the label that contain the term, and all texts of the label.
        public let documents: Int
        public let labelDocuments: Int
    }

    /// A learned pack and the statistics behind each keyword (by department id, then term).
    public struct Result: Sendable {
        public let pack: LexiconPack
        public let statistics: [String: [String: TermStatistics]]
        public let exampleCount: Int
    }

    public let options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// Learns from `examples` analyzed by `analyzer` (a pack-free dictionary: base and user words).
    public func learn(_ examples: [LabeledText], name: String, analyzer: TextAnalyzer, taxonomy: Taxonomy? = nil) throws -> Result {
        let labels = Array(Set(examples.map(\.label))).sorted()
        let labelIndex = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        var vocabulary: [String: Int] = [:]
        var terms: [String] = []
        // counts[term][label]: summed sublinear counts; documents[term][label]: texts containing it.
        var counts: [[Double]] = []
        var documents: [[Int]] = []
        var labelTotals = [Double](repeating: 0, count: labels.count)
        var labelDocuments = [Int](repeating: 0, count: labels.count)

        for example in examples {
            let label = labelIndex[example.label]!
            labelDocuments[label] += 1
            for (term, frequency) in Self.termFrequencies(example, analyzer: analyzer, titleWeight: options.titleWeight) {
                let index: Int
                if let known = vocabulary[term] {
                    index = known
                } else {
                    index = terms.count
                    vocabulary[term] = index
                    terms.append(term)
                    counts.append([Double](repeating: 0, count: labels.count))
                    documents.append([Int](repeating: 0, count: labels.count))
                }
                let count = 1 + log(frequency)
                counts[index][label] += count
                documents[index][label] += 1
                labelTotals[label] += count
            }
        }

        let total = labelTotals.reduce(0, +)
        let alpha0 = options.priorShare * total
        var statistics: [String: [String: TermStatistics]] = [:]
        var kept: [[(term: String, statistics: TermStatistics)]] = Array(repeating: [], count: labels.count)
        for label in labels.indices {
            let inLabel = labelTotals[label], outside = total - inLabel
            var candidates: [(term: String, statistics: TermStatistics)] = []
            for (index, term) in terms.enumerated() where documents[index].reduce(0, +) >= options.minimumDocumentFrequency {
                let all = counts[index].reduce(0, +)
                let alpha = alpha0 * all / total
                let y = counts[index][label], yOutside = all - y
                let delta = log((y + alpha) / (inLabel + alpha0 - y - alpha)) - log((yOutside + alpha) / (outside + alpha0 - yOutside - alpha))
                let z = delta / (1 / (y + alpha) + 1 / (yOutside + alpha)).squareRoot()
                guard z >= options.minimumZ, delta > 0 else { continue }
                candidates.append((term, TermStatistics(delta: delta, z: z, documents: documents[index][label], labelDocuments: labelDocuments[label])))
            }
            candidates.sort { ($1.statistics.z, $0.term) < ($0.statistics.z, $1.term) }
            kept[label] = Array(candidates.prefix(options.maximumTermsPerLabel))
        }
        let largest = kept.joined().map(\.statistics.delta).max() ?? 1
        let keywords = kept.enumerated().map { label, terms in
            terms.map { term, stats in
                statistics[labels[label], default: [:]][term] = stats
                let weight = max(0.1, (stats.delta / largest * LexiconPack.maximumWeight * 10).rounded() / 10)
                return WeightedTerm(term: term, weight: weight, location: SourceLocation(file: "<learned>", line: 0))
            }
        }

        let departments = labels.enumerated().map { label, id in
            Self.department(id: id, keywords: keywords[label], taxonomy: taxonomy, analyzer: analyzer)
        }
        let pack = LexiconPack(name: name, description: "Learned from \(examples.count) labeled texts", departments: departments,
                               normalizer: analyzer.normalizer)
        return Result(pack: pack, statistics: statistics, exampleCount: examples.count)
    }

    /// Terms of a text (words, lexicon terms, letters; no numbers or punctuation) with title-weighted counts.
    static func termFrequencies(_ example: LabeledText, analyzer: TextAnalyzer, titleWeight: Double) -> [String: Double] {
        var frequencies: [String: Double] = [:]
        func add(_ text: String, _ weight: Double) {
            let analyzed = analyzer.analyze(text)
            for span in analyzed.spans where span.kind == .word || span.kind == .term || span.kind == .letters {
                frequencies[analyzed.text(of: span), default: 0] += weight
            }
        }
        if let title = example.title, !title.isEmpty { add(title, titleWeight) }
        add(example.text, 1)
        return frequencies
    }

    /// A department for a label; with a taxonomy, keywords that occur in a level-2 topic's names move
    /// into that topic (the department's score is the same, the topic becomes visible).
    static func department(id: String, keywords: [WeightedTerm], taxonomy: Taxonomy?, analyzer: TextAnalyzer) -> Department {
        var remaining = keywords
        var topics: [Topic] = []
        for (name, subtopics) in taxonomy?.topics(under: id) ?? [] {
            let nameTerms = Set(([name] + subtopics).flatMap { analyzer.analyze($0).terms })
            let (inTopic, rest) = (remaining.filter { nameTerms.contains($0.term) }, remaining.filter { !nameTerms.contains($0.term) })
            guard !inTopic.isEmpty else { continue }
            topics.append(Topic(id: name, name: name, keywords: inTopic, combos: [], location: SourceLocation(file: "<learned>", line: 0)))
            remaining = rest
        }
        return Department(id: id, name: id, short: id, aliases: [], keywords: remaining, exclude: [], topics: topics,
                          location: SourceLocation(file: "<learned>", line: 0))
    }
}
