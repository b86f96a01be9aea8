import Foundation
import MinyiText

/// TF-IDF vectors of the texts' matter terms, unit length, stored flat.
///
/// Wordings differ, so besides each term a vector holds its two-character head when it is longer
/// (`暖气片`, `暖气不热` → `暖气`), a four-character or longer compound also its two-character
/// tail, where Chinese compounds put their head noun or verb (`半夜施工`, `夜间施工` → `施工`), and a
/// long term the words other texts write on their own inside it (`涨物业费` → `物业费`: a lexicon
/// phrase must not hide the word it is about); after the terms come the text's fragments, words the
/// segmenter left in pieces (`禾|盛|e|购` → `禾盛e购`). Weight = (1 + ln tf) · ln(N / df). Features
/// found in one text only are left out of storage (they can match nothing) but still count in each
/// vector's length, so a text full of unique words stays dissimilar to everything.
public struct TermVectors: Sendable {
    /// Term of each id.
    public private(set) var terms: [String] = []
    /// Number of texts each term occurs in.
    public private(set) var documentFrequency: [Int32] = []
    private var offsets: [Int] = [0]
    private var ids: [Int32] = []
    private var weights: [Float] = []

    public init(profiles: [FeedbackProfile]) {
        var idOf: [String: Int32] = [:]
        var textTerms: [[Int32]] = []
        textTerms.reserveCapacity(profiles.count)
        let words = Set(profiles.lazy.flatMap(\.terms))
        // Features of each distinct term, worked out once: the same terms recur across texts.
        var featuresOf: [String: [String]] = [:]
        for profile in profiles {
            var termIDs: [Int32] = []
            termIDs.reserveCapacity(profile.terms.count)
            let features = profile.terms.flatMap { term in
                if let known = featuresOf[term] { return known }
                let computed = Self.features(of: term, words: words)
                featuresOf[term] = computed
                return computed
            } + profile.fragments
            for term in features {
                if let id = idOf[term] {
                    termIDs.append(id)
                } else {
                    let id = Int32(terms.count)
                    idOf[term] = id
                    terms.append(term)
                    documentFrequency.append(0)
                    termIDs.append(id)
                }
            }
            termIDs.sort()
            var previous: Int32 = -1
            for id in termIDs where id != previous {
                documentFrequency[Int(id)] += 1
                previous = id
            }
            textTerms.append(termIDs)
        }
        let count = Float(max(1, profiles.count))
        let idf = documentFrequency.map { log(count / Float($0)) }
        offsets.reserveCapacity(profiles.count + 1)
        var entryIDs: [Int32] = []
        var entryWeights: [Float] = []
        for var termIDs in textTerms {
            entryIDs.removeAll(keepingCapacity: true)
            entryWeights.removeAll(keepingCapacity: true)
            var norm: Float = 0
            var index = 0
            while index < termIDs.count {
                let id = termIDs[index]
                var end = index + 1
                while end < termIDs.count && termIDs[end] == id { end += 1 }
                let weight = (1 + log(Float(end - index))) * idf[Int(id)]
                norm += weight * weight
                if documentFrequency[Int(id)] > 1 && weight > 0 {
                    entryIDs.append(id)
                    entryWeights.append(weight)
                }
                index = end
            }
            let scale = norm > 0 ? 1 / norm.squareRoot() : 0
            ids += entryIDs
            weights += entryWeights.map { $0 * scale }
            offsets.append(ids.count)
            termIDs.removeAll()
        }
    }

    /// The terms, each long one followed by its two-character head (and tail, from four characters)
    /// and by the words of `words` (terms of other texts) it holds: `涨物业费` → `物业费`.
    static func features(_ terms: [String], words: Set<String> = []) -> [String] {
        terms.flatMap { features(of: $0, words: words) }
    }

    /// One term and the features it adds.
    private static func features(of term: String, words: Set<String>) -> [String] {
        guard term.count >= 3, term.unicodeScalars.allSatisfy(\.isHan) else { return [term] }
        let head = String(term.prefix(2)), tail = String(term.suffix(2))
        var features = [term, head]
        if term.count >= 4 { features.append(tail) }
        let characters = Array(term)
        for length in stride(from: characters.count - 1, through: 2, by: -1) {
            for start in 0...(characters.count - length) {
                let part = String(characters[start..<(start + length)])
                if words.contains(part), part != head, part != tail || term.count < 4 { features.append(part) }
            }
        }
        return features
    }

    /// Number of texts.
    public var count: Int { offsets.count - 1 }

    /// The stored entries of text `index`, by ascending term id.
    public func vector(_ index: Int) -> (ids: ArraySlice<Int32>, weights: ArraySlice<Float>) {
        (ids[offsets[index]..<offsets[index + 1]], weights[offsets[index]..<offsets[index + 1]])
    }

    /// The `limit` heaviest term ids of text `index`, heaviest first (ties by id).
    func topTerms(_ index: Int, limit: Int) -> [Int32] {
        let (ids, weights) = vector(index)
        return Self.heaviest(zip(ids, weights), limit: limit)
    }

    /// The ids of the `limit` heaviest terms, heaviest first (ties to the lower id), in one pass.
    static func heaviest(_ terms: some Sequence<(Int32, Float)>, limit: Int) -> [Int32] {
        func precedes(_ a: (id: Int32, weight: Float), _ b: (id: Int32, weight: Float)) -> Bool {
            a.weight != b.weight ? a.weight > b.weight : a.id < b.id
        }
        var best: [(id: Int32, weight: Float)] = []
        best.reserveCapacity(limit + 1)
        for (id, weight) in terms {
            let term = (id: id, weight: weight)
            if best.count == limit, let last = best.last, !precedes(term, last) { continue }
            best.insert(term, at: best.firstIndex { precedes(term, $0) } ?? best.count)
            if best.count > limit { best.removeLast() }
        }
        return best.map(\.id)
    }
}
