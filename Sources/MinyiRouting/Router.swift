import Foundation
import MinyiLexicon
import MinyiText

/// Scores every department of a pack for one suggestion and picks the owner, a topic, a confidence
/// and the evidence. Scoring (see docs/routing.md):
/// - a matched term's strength is `h × (1 + α ln n)`: n its occurrences (sublinear term frequency,
///   α = `frequencyDamping`), h = `titleWeight` when it occurs in the title, else 1;
/// - a keyword adds `weight × strength` to its department (and topic), an alias `aliasWeight × …`
///   (× `addresseeBoost` when it follows a request cue such as `建议`, `请`),
///   an exclude term subtracts its penalty the same way, a combo adds its weight once when all its
///   terms are present; negated matches do not count;
/// - long texts are divided by `√(terms / referenceLength)` when that is enabled.
/// Immutable and thread-safe; the `TextAnalyzer` passed in is per thread.
public struct Router: Sendable {
    public let pack: LexiconPack
    public let options: RouterOptions
    private let index: KeywordIndex

    public init(pack: LexiconPack, options: RouterOptions = RouterOptions()) {
        self.pack = pack
        self.options = options
        index = KeywordIndex(pack: pack, aliasWeight: options.aliasWeight, requestCues: options.requestCues)
    }

    /// Routes one suggestion; `analyzer` should use a dictionary that holds `pack.segmentationTerms`.
    public func route(title: String? = nil, text: String, analyzer: TextAnalyzer) -> RoutingDecision {
        route(title: title.flatMap { $0.isEmpty ? nil : analyzer.analyze($0) }, text: analyzer.analyze(text))
    }

    /// Routes one suggestion already analyzed (with a dictionary that holds `pack.segmentationTerms`).
    public func route(title: AnalyzedText?, text: AnalyzedText) -> RoutingDecision {
        let matcher = TermMatcher(index: index, window: options.cueWindow)
        var occurrences: [Int: Int] = [:]
        var inTitle = Set<Int>()
        var addressed = Set<Int>()
        var termCount = 0
        for (analyzed, isTitle) in [(title, true), (text, false)] {
            guard let analyzed else { continue }
            termCount += analyzed.spans.reduce(0) { $0 + ($1.kind == .whitespace || $1.kind == .punctuation ? 0 : 1) }
            matcher.forEachMatch(in: analyzed) { term, isAddressed in
                occurrences[term, default: 0] += 1
                if isTitle { inTitle.insert(term) }
                if isAddressed { addressed.insert(term) }
            }
        }
        var strengths: [Int: Double] = [:]
        for (term, count) in occurrences {
            strengths[term] = (inTitle.contains(term) ? options.titleWeight : 1) * (1 + options.frequencyDamping * log(Double(count)))
        }
        return decide(strengths: strengths, addressed: addressed, termCount: termCount)
    }

    private func decide(strengths: [Int: Double], addressed: Set<Int>, termCount: Int) -> RoutingDecision {
        let departments = pack.departments
        let scale = options.referenceLength > 0 ? max(1, (Double(termCount) / options.referenceLength).squareRoot()) : 1
        var scores = [Double](repeating: 0, count: departments.count)
        var hasEvidence = [Bool](repeating: false, count: departments.count)
        var topicScores: [Int: [Int: Double]] = [:]
        var evidence: [Evidence] = []

        func credit(_ department: Int, _ topic: Int?, _ term: String, _ role: Evidence.Role, _ amount: Double) {
            let contribution = Self.rounded(amount / scale)
            scores[department] += contribution
            hasEvidence[department] = true
            if let topic { topicScores[department, default: [:]][topic, default: 0] += contribution }
            evidence.append(Evidence(term: term, department: departments[department].id,
                                     topic: topic.map { departments[department].topics[$0].id }, role: role, contribution: contribution))
        }

        for term in strengths.keys.sorted() {
            let strength = strengths[term]!
            for entry in index.entries[term] {
                if entry.role == .alias && addressed.contains(term) {
                    credit(entry.department, entry.topic, index.terms[term], .addressee, entry.weight * strength * options.addresseeBoost)
                } else {
                    credit(entry.department, entry.topic, index.terms[term], entry.role, entry.weight * strength)
                }
            }
        }
        for combo in index.combos where combo.terms.allSatisfy({ strengths[$0] != nil }) {
            credit(combo.department, combo.topic, combo.terms.map { index.terms[$0] }.joined(separator: "+"), .combo, combo.weight)
        }

        let ranked = departments.indices.filter { hasEvidence[$0] }
            .sorted { (scores[$1], departments[$0].id) < (scores[$0], departments[$1].id) }
        evidence.sort { (abs($1.contribution), $0.department, $0.term) < (abs($0.contribution), $1.department, $1.term) }
        let runnersUp = ranked.dropFirst().prefix(options.runnersUp).map {
            DepartmentScore(department: departments[$0].id, name: departments[$0].name, score: Self.rounded(scores[$0]))
        }
        guard let best = ranked.first, scores[best] > 0 else {
            return RoutingDecision(department: nil, departmentName: nil, topic: nil, confidence: 0, status: .manual,
                                   score: 0, evidence: evidence, runnersUp: Array(runnersUp))
        }
        let confidence = Self.confidence(top: scores[best], others: ranked.dropFirst().map { scores[$0] }, temperature: options.temperature)
        let runnerUpScore = ranked.count > 1 ? scores[ranked[1]] : 0
        let routed = confidence >= options.threshold && scores[best] - runnerUpScore > options.margin
        let topic = topicScores[best].flatMap { topics in
            topics.filter { $0.value > 0 }.min { ($1.value, $0.key) < ($0.value, $1.key) }.map { departments[best].topics[$0.key] }
        }
        return RoutingDecision(
            department: departments[best].id, departmentName: departments[best].name,
            topic: topic.map { TopicChoice(id: $0.id, name: $0.name) },
            confidence: Self.rounded(confidence), status: routed ? .routed : .manual, score: Self.rounded(scores[best]),
            evidence: evidence.filter { $0.department == departments[best].id } + evidence.filter { $0.department != departments[best].id },
            runnersUp: Array(runnersUp))
    }

    /// Softmax over the departments with evidence plus a "none of them" alternative scored 0, so weak
    /// evidence gives low confidence and a close runner-up halves it.
    static func confidence(top: Double, others: [Double], temperature: Double) -> Double {
        let t = max(temperature, 1e-6)
        let denominator = 1 + others.filter { $0 > 0 }.reduce(0) { $0 + exp(($1 - top) / t) }
        return 1 / (exp(-top / t) + denominator)
    }

    static func rounded(_ value: Double) -> Double { (value * 1_000_000).rounded() / 1_000_000 }
}
