/// Finds the two matters a group may hold: the split of its members into two sides that agree least
/// with each other, by ``GroupingState/coherence(_:_:dot:)``. A hospital's appointment texts and its
/// billing texts share the hospital and routing's topic but hardly a word.
///
/// Candidate splits are seeded by the group's heaviest terms (the members with the term against the
/// rest) and refined by two-means over cosines, so the result is deterministic and costs a few
/// passes over the members per seed.
struct GroupBisection {
    let vectors: TermVectors
    /// Heaviest centroid terms tried as seeds.
    var seeds = 8
    /// Rounds of two-means per seed.
    var rounds = 10

    /// The smaller side of the least coherent split whose sides both have `minimumSide` members or more,
    /// with that split's coherence; nil when there is none.
    func leastCoherentSplit(of members: [Int32], minimumSide: Int) -> (side: [Int32], coherence: Float)? {
        let whole = summary(members)
        let terms = whole.centroid.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(seeds).map(\.key)
        var best: (side: [Int32], coherence: Float)? = nil
        for term in terms {
            let seeded = members.map { vectors.vector(Int($0)).ids.contains(term) }
            guard let (side, rest) = refine(members, inFirst: seeded), side.count >= minimumSide, rest.members.count >= minimumSide else { continue }
            let first = summary(side)
            guard let coherence = GroupingState.coherence(first, rest, dot: first.centroidDot(rest)) else { continue }
            if best == nil || coherence < best!.coherence { best = (side, coherence) }
        }
        return best
    }

    /// Whether each side has a word of its own: one that `ownShare` of its members write and at most
    /// `foreignShare` of the other side's (`停车` of a hospital's parking texts, `急诊` of its emergency
    /// room's). Words of two characters or more; a single character says too little. A word whose
    /// abbreviation or full form the other side writes (``isAbbreviation(_:of:)``) is no word of its
    /// own: `电动自行车` beside `电动车`, `社会保险` beside `社保` name one thing.
    func eachSideHasItsOwnWord(_ side: [Int32], _ rest: [Int32], ownShare: Float, foreignShare: Float) -> Bool {
        let (sideShares, restShares) = (wordShares(side), wordShares(rest))
        func hasOwn(_ own: [Int32: Float], _ other: [Int32: Float]) -> Bool {
            own.contains { term, share in
                let word = vectors.terms[Int(term)]
                guard share >= ownShare, (other[term] ?? 0) <= foreignShare, word.count >= 2 else { return false }
                return !other.contains { otherTerm, otherShare in
                    let otherWord = vectors.terms[Int(otherTerm)]
                    return otherShare > foreignShare && (Self.isAbbreviation(otherWord, of: word) || Self.isAbbreviation(word, of: otherWord))
                }
            }
        }
        return hasOwn(sideShares, restShares) && hasOwn(restShares, sideShares)
    }

    /// Whether `short` abbreviates `long` as Chinese abbreviations do: it begins with the same
    /// character and its characters follow in `long` in order, with some left out between them
    /// (`电动车` of `电动自行车`, `社保` of `社会保险`, `新农合` of `新型农村合作医疗`); not a word that only
    /// begins the longer one (`物业` of `物业费`), which may name another matter.
    static func isAbbreviation(_ short: String, of long: String) -> Bool {
        short.count >= 2 && long.count > short.count && short.first == long.first && !long.hasPrefix(short)
            && Abbreviation.keepsOrder(short, in: long)
    }

    /// The share of `members` holding each term.
    private func wordShares(_ members: [Int32]) -> [Int32: Float] {
        var counts: [Int32: Float] = [:]
        for member in members {
            for term in vectors.vector(Int(member)).ids { counts[term, default: 0] += 1 }
        }
        return counts.mapValues { $0 / Float(members.count) }
    }

    /// Two-means from a first assignment: the smaller side's members and the larger side's summary.
    private func refine(_ members: [Int32], inFirst: [Bool]) -> ([Int32], GroupingState.Group)? {
        var inFirst = inFirst
        for _ in 0..<rounds {
            let first = summary(zip(members, inFirst).filter(\.1).map(\.0))
            let second = summary(zip(members, inFirst).filter { !$0.1 }.map(\.0))
            guard !first.members.isEmpty, !second.members.isEmpty else { return nil }
            let next = members.map { member in
                let (ids, weights) = vectors.vector(Int(member))
                return first.cosine(ids, weights) > second.cosine(ids, weights)
            }
            if next == inFirst { break }
            inFirst = next
        }
        let first = zip(members, inFirst).filter(\.1).map(\.0)
        let second = zip(members, inFirst).filter { !$0.1 }.map(\.0)
        guard !first.isEmpty, !second.isEmpty else { return nil }
        return first.count <= second.count ? (first, summary(second)) : (second, summary(first))
    }

    /// The members' centroid sums and norms, as a group holds them.
    func summary(_ members: [Int32]) -> GroupingState.Group {
        var group = GroupingState.Group()
        group.members = members
        for member in members {
            let (ids, weights) = vectors.vector(Int(member))
            group.addVector(ids, weights)
        }
        return group
    }
}
