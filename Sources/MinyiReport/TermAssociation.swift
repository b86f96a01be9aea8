/// Which matter terms go together in this corpus: `困人` with `电梯`, `室温` with `暖气`, learned from the
/// input itself, so paraphrases of one matter agree although they share few words.
///
/// Two terms are associated by the Ochiai coefficient of the texts holding both among their heaviest
/// terms, co / √(df₁·df₂), counted only when they meet in at least `minimumCount` texts. Each term keeps
/// its `neighbors` strongest associates (ties by id), so expanding a vector costs a bounded amount.
struct TermAssociation: Sendable {
    /// Heaviest terms of a text that count as co-occurring.
    static let termsPerText = 12
    /// Associates kept per term.
    static let neighbors = 8
    /// Least number of texts two terms must share.
    static let minimumCount: Int32 = 2

    private var offsets: [Int] = [0]
    private var associates: [Int32] = []
    private var strengths: [Float] = []

    init(vectors: TermVectors) {
        let termCount = vectors.terms.count
        var frequency = [Int32](repeating: 0, count: termCount)
        var pairs: [UInt64] = []
        for text in 0..<vectors.count {
            let top = vectors.topTerms(text, limit: Self.termsPerText).sorted()
            for term in top { frequency[Int(term)] += 1 }
            for i in top.indices { for j in top.index(after: i)..<top.endIndex { pairs.append(UInt64(top[i]) << 32 | UInt64(top[j])) } }
        }
        pairs.sort()
        var lists = [[(term: Int32, strength: Float)]](repeating: [], count: termCount)
        var index = 0
        while index < pairs.count {
            let pair = pairs[index]
            var end = index + 1
            while end < pairs.count && pairs[end] == pair { end += 1 }
            let count = Int32(end - index)
            if count >= Self.minimumCount {
                let a = Int32(truncatingIfNeeded: pair >> 32), b = Int32(truncatingIfNeeded: pair & 0xFFFF_FFFF)
                let strength = Float(count) / (Float(frequency[Int(a)]) * Float(frequency[Int(b)])).squareRoot()
                lists[Int(a)].append((b, strength))
                lists[Int(b)].append((a, strength))
            }
            index = end
        }
        for list in lists {
            let kept = list.sorted { $0.strength != $1.strength ? $0.strength > $1.strength : $0.term < $1.term }.prefix(Self.neighbors)
            associates += kept.map(\.term)
            strengths += kept.map(\.strength)
            offsets.append(associates.count)
        }
    }

    /// The strongest associates of `term`, strongest first.
    func associates(of term: Int32) -> (terms: ArraySlice<Int32>, strengths: ArraySlice<Float>) {
        let range = offsets[Int(term)]..<offsets[Int(term) + 1]
        return (associates[range], strengths[range])
    }

    /// The vector plus, for each of its terms, the term's associates weighted by term weight × strength;
    /// by ascending term id.
    func expanded(_ ids: ArraySlice<Int32>, _ weights: ArraySlice<Float>) -> (ids: [Int32], weights: [Float]) {
        var entries: [(id: Int32, weight: Float)] = []
        entries.reserveCapacity(ids.count * (Self.neighbors + 1))
        for (id, weight) in zip(ids, weights) {
            entries.append((id, weight))
            let (terms, strengths) = associates(of: id)
            for (term, strength) in zip(terms, strengths) { entries.append((term, weight * strength)) }
        }
        entries.sort { $0.id != $1.id ? $0.id < $1.id : $0.weight < $1.weight }
        var expanded: (ids: [Int32], weights: [Float]) = ([], [])
        for entry in entries {
            if expanded.ids.last == entry.id { expanded.weights[expanded.weights.count - 1] += entry.weight } else {
                expanded.ids.append(entry.id)
                expanded.weights.append(entry.weight)
            }
        }
        return expanded
    }
}
