import MinyiIO

/// Finds the concerns of a whole city among texts that name no place and were left alone: a rule
/// moving rubbish bins to set points, the slots of a driving test, a gas firm's compulsory valve.
/// Such texts share no place to anchor them, and paraphrases of one matter agree at a plain cosine of
/// 0.1–0.3, far below what two texts without a place need to join (``ConcernGrouper/Options/unplacedThreshold``).
///
/// What tells them from one-offs is density: a text of such a matter has several others among its
/// nearest, while a one-off's nearest are one-offs on other matters of its service. Each text is linked
/// to its ``neighbors`` nearest by the cosine of both texts' vectors expanded by term associations
/// (``TermAssociation``), when that and the plain cosine pass their thresholds; texts with fewer than
/// ``core`` links after the rest are pruned (a k-core) drop out, and connected sets of ``minimumSize``
/// texts or more are concerns.
///
/// Candidates are the texts sharing one of a text's ``indexTerms`` heaviest terms, within ``window``
/// places of it in that term's list (by input order), so the cost grows linearly with the texts.
struct PlacelessSets {
    let vectors: TermVectors
    let association: TermAssociation
    /// Nearest texts each text links to.
    var neighbors = 6
    /// Least cosine of the two expanded vectors of a link.
    var expandedCosine: Float = 0.4
    /// Least plain cosine of a link: the two texts share a word that matters.
    var cosine: Float = 0.15
    /// Links a text keeps in the k-core.
    var core = 2
    /// Fewest texts of a set.
    var minimumSize = 5
    /// Heaviest terms of a text that find its candidates: paraphrases share few words (of a set of
    /// 42 texts that all terms find, six find 18, twelve 40).
    var indexTerms = 12
    /// Texts on each side of a text in a term's list compared with it.
    var window = 32
    /// A set splits where its two sides agree less than this (``GroupingState/coherence(_:_:dot:)``): the
    /// coherence from which two groups of one topic at a shared place merge
    /// (``ConcernGrouper/Options/sameTopicMergeCoherence``). Two matters linked by a few texts between
    /// them (a rubbish rule's set hours and a driving test's booked slots) agree at 0.15–0.3.
    var splitCoherence = ConcernGrouper.Options().sameTopicMergeCoherence

    /// The dense sets among `texts` (indices into `vectors`, ascending), each ascending, ordered by first
    /// member. Two texts link only when `mayLink` allows (texts of two cities are two matters).
    func denseSets(of texts: [Int], workers: Int, mayLink: (Int, Int) -> Bool) -> [[Int]] {
        guard texts.count >= minimumSize else { return [] }
        let expanded = concurrentMap(count: texts.count, workers: workers) { unitExpanded(texts[$0]) }
        let keys = texts.map { vectors.topTerms($0, limit: indexTerms) }
        var postings: [Int32: [Int32]] = [:]
        for (position, terms) in keys.enumerated() { for term in terms { postings[term, default: []].append(Int32(position)) } }
        let nearest = concurrentMap(count: texts.count, workers: workers) { position in
            nearestNeighbors(of: position, texts: texts, keys: keys, postings: postings, expanded: expanded, mayLink: mayLink)
        }
        var links = [Set<Int32>](repeating: [], count: texts.count)
        for (position, found) in nearest.enumerated() {
            for other in found {
                links[position].insert(other)
                links[Int(other)].insert(Int32(position))
            }
        }
        let kept = Self.kCore(links, core: core)
        let bisection = GroupBisection(vectors: vectors)
        return Self.connectedSets(links, kept: kept)
            .flatMap { coherentParts($0.sorted().map { Int32(texts[Int($0)]) }, bisection) }
            .map { $0.map(Int.init).sorted() }
            .sorted { $0[0] < $1[0] }
    }

    /// The set, or the parts of it that hold one matter each: a set that links two matters by a few
    /// texts between them splits where its two sides agree least (``GroupBisection``), when that is below
    /// ``splitCoherence``; parts of fewer than ``minimumSize`` texts are left out.
    private func coherentParts(_ set: [Int32], _ bisection: GroupBisection) -> [[Int32]] {
        guard set.count >= minimumSize else { return [] }
        guard let split = bisection.leastCoherentSplit(of: set, minimumSide: 2), split.coherence < splitCoherence else { return [set] }
        let side = Set(split.side)
        return coherentParts(split.side, bisection) + coherentParts(set.filter { !side.contains($0) }, bisection)
    }

    /// The text's vector expanded by its terms' associates, at unit length.
    private func unitExpanded(_ text: Int) -> (ids: [Int32], weights: [Float]) {
        let (ids, weights) = vectors.vector(text)
        let expanded = association.expanded(ids, weights)
        let norm = expanded.weights.reduce(0) { $0 + $1 * $1 }.squareRoot()
        return (expanded.ids, norm > 1e-9 ? expanded.weights.map { $0 / norm } : expanded.weights)
    }

    /// Positions of the ``neighbors`` nearest candidates of the text at `position` that pass both
    /// thresholds, nearest first (ties to the lower position).
    private func nearestNeighbors(of position: Int, texts: [Int], keys: [[Int32]], postings: [Int32: [Int32]],
                                  expanded: [(ids: [Int32], weights: [Float])], mayLink: (Int, Int) -> Bool) -> [Int32] {
        var seen: Set<Int32> = [Int32(position)]
        var scored: [(other: Int32, similarity: Float)] = []
        let plain = vectors.vector(texts[position])
        for term in keys[position] {
            let list = postings[term]!
            let at = Self.lowerBound(of: Int32(position), in: list)
            for other in list[max(0, at - window)..<min(list.count, at + window + 1)] where seen.insert(other).inserted {
                let otherPlain = vectors.vector(texts[Int(other)])
                guard Self.dot(plain.ids, plain.weights, otherPlain.ids, otherPlain.weights) >= cosine,
                      mayLink(texts[position], texts[Int(other)]) else { continue }
                let similarity = Self.dot(expanded[position].ids[...], expanded[position].weights[...],
                                          expanded[Int(other)].ids[...], expanded[Int(other)].weights[...])
                if similarity >= expandedCosine { scored.append((other, similarity)) }
            }
        }
        scored.sort { $0.similarity != $1.similarity ? $0.similarity > $1.similarity : $0.other < $1.other }
        return scored.prefix(neighbors).map(\.other)
    }

    /// Dot product of two sparse vectors with ascending ids, each's weights indexed as its ids.
    static func dot(_ aIDs: ArraySlice<Int32>, _ aWeights: ArraySlice<Float>, _ bIDs: ArraySlice<Int32>, _ bWeights: ArraySlice<Float>) -> Float {
        var (i, j) = (aIDs.startIndex, bIDs.startIndex)
        var dot: Float = 0
        while i < aIDs.endIndex && j < bIDs.endIndex {
            if aIDs[i] == bIDs[j] {
                dot += aWeights[i] * bWeights[j]
                i += 1
                j += 1
            } else if aIDs[i] < bIDs[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return dot
    }

    /// The first index of `list` (ascending) whose value is `value` or more.
    private static func lowerBound(of value: Int32, in list: [Int32]) -> Int {
        var (low, high) = (0, list.count)
        while low < high {
            let middle = (low + high) / 2
            if list[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The positions of the members of a set that stay in it as a concern of one city or district, or
    /// nil when it is none. The set's area is the city or district (a district standing also for its
    /// city) that most of its members name, two or more (ties to the lower key); a member naming areas,
    /// not the set's, is a stray (a one-off from another district, the same question from another
    /// city). Without the strays the set stays when they were at most one in five of it and it keeps
    /// ``minimumSize`` members; questions on one service from across a province have many strays.
    func membersOfOneArea(_ signatures: [PlaceSignature]) -> [Int]? {
        let areas = signatures.map { Set($0.cities + $0.districtCities + $0.districts) }
        var counts: [Int32: Int] = [:]
        for named in areas { for area in named { counts[area, default: 0] += 1 } }
        let main = counts.max { ($0.value, $1.key) < ($1.value, $0.key) }.flatMap { $0.value >= 2 ? $0.key : nil }
        let kept = areas.indices.filter { areas[$0].isEmpty || main.map(areas[$0].contains) == true }
        guard (areas.count - kept.count) * 5 <= areas.count, kept.count >= minimumSize else { return nil }
        return kept
    }

    /// Which nodes stay when nodes with fewer than `core` links to staying nodes are removed, repeatedly.
    static func kCore(_ links: [Set<Int32>], core: Int) -> [Bool] {
        var degree = links.map(\.count)
        var kept = [Bool](repeating: true, count: links.count)
        var pending = links.indices.filter { degree[$0] < core }
        for node in pending { kept[node] = false }
        while let node = pending.popLast() {
            for other in links[node] where kept[Int(other)] {
                degree[Int(other)] -= 1
                if degree[Int(other)] < core {
                    kept[Int(other)] = false
                    pending.append(Int(other))
                }
            }
        }
        return kept
    }

    /// The connected sets of the kept nodes, by links between kept nodes.
    static func connectedSets(_ links: [Set<Int32>], kept: [Bool]) -> [[Int32]] {
        var visited = [Bool](repeating: false, count: links.count)
        var sets: [[Int32]] = []
        for start in links.indices where kept[start] && !visited[start] {
            visited[start] = true
            var set: [Int32] = [Int32(start)]
            var next = 0
            while next < set.count {
                for other in links[Int(set[next])] where kept[Int(other)] && !visited[Int(other)] {
                    visited[Int(other)] = true
                    set.append(other)
                }
                next += 1
            }
            sets.append(set)
        }
        return sets
    }
}
