/// Scores a grouping and ranking against gold concern labels.
///
/// Texts with an empty label are one-offs (each its own gold class). A gold concern of the gold top
/// ten is *found* when the predicted group holding most of its texts is in the predicted top ten and
/// mostly made of it; its count is *close* when within 10 % of the gold count (both counted as the
/// ranking counts: distinct submitters).
public struct ConcernEvaluation: Sendable {
    /// One gold concern of the top ten and the predicted concern matched to it.
    public struct Match: Sendable, Hashable {
        public var label: String
        public var goldCount: Int
        /// Rank (1-based) of the predicted group holding most of its texts.
        public var predictedRank: Int
        public var predictedCount: Int
        /// Texts shared by the two.
        public var overlap: Int
        public var found: Bool
        public var countClose: Bool
    }

    public var texts: Int
    public var goldConcerns: Int
    public var matches: [Match]
    /// Σ over predicted groups of their largest gold share, over all texts.
    public var purity: Double
    /// Σ over gold classes of their largest predicted share, over all texts.
    public var inversePurity: Double
    /// Purity of the predicted top ten alone.
    public var topPurity: Double
    public var bCubedPrecision: Double
    public var bCubedRecall: Double
    public var bCubedF1: Double { bCubedPrecision + bCubedRecall > 0 ? 2 * bCubedPrecision * bCubedRecall / (bCubedPrecision + bCubedRecall) : 0 }
    public var found: Int { matches.filter(\.found).count }
    public var countsClose: Int { matches.filter(\.countClose).count }

    /// Scores `ranked` (best first) against `labels` (one per text; "" for one-offs).
    public init(ranked: [RankedGroup], labels: [String], feedback: [Feedback], top: Int = 10) {
        texts = labels.count
        // Gold classes: labeled concerns by label, one-offs one each.
        var classOf = [Int](repeating: 0, count: labels.count)
        var classIDs: [String: Int] = [:]
        var classMembers: [[Int]] = []
        for (index, label) in labels.enumerated() {
            if label.isEmpty {
                classOf[index] = classMembers.count
                classMembers.append([index])
            } else if let id = classIDs[label] {
                classOf[index] = id
                classMembers[id].append(index)
            } else {
                classIDs[label] = classMembers.count
                classOf[index] = classMembers.count
                classMembers.append([index])
            }
        }
        goldConcerns = classIDs.count
        var groupOf = [Int](repeating: 0, count: labels.count)
        for (rank, group) in ranked.enumerated() { for member in group.members { groupOf[member] = rank } }

        // Contingency counts n(group, class).
        var cells: [Int: [Int: Int]] = [:]
        for index in 0..<labels.count { cells[groupOf[index], default: [:]][classOf[index], default: 0] += 1 }
        var pure = 0, topPure = 0, topTotal = 0, precisionSum = 0.0, recallSum = 0.0
        var bestGroupOfClass: [Int: (group: Int, overlap: Int)] = [:]
        for (group, row) in cells {
            let size = ranked[group].members.count
            let largest = row.values.max() ?? 0
            pure += largest
            if group < top {
                topPure += largest
                topTotal += size
            }
            for (goldClass, count) in row {
                precisionSum += Double(count * count) / Double(size)
                recallSum += Double(count * count) / Double(classMembers[goldClass].count)
                if let best = bestGroupOfClass[goldClass], best.overlap > count || (best.overlap == count && best.group < group) { continue }
                bestGroupOfClass[goldClass] = (group, count)
            }
        }
        let n = Double(max(1, labels.count))
        purity = Double(pure) / n
        inversePurity = Double(bestGroupOfClass.values.reduce(0) { $0 + $1.overlap }) / n
        topPurity = topTotal > 0 ? Double(topPure) / Double(topTotal) : 1
        bCubedPrecision = precisionSum / n
        bCubedRecall = recallSum / n

        let goldTop = classIDs.map { (label: $0.key, id: $0.value, count: ConcernRanker.submitters(classMembers[$0.value], feedback)) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.label < $1.label }
            .prefix(top)
        matches = goldTop.map { gold in
            let best = bestGroupOfClass[gold.id]!
            let predicted = ranked[best.group]
            return Match(label: gold.label, goldCount: gold.count, predictedRank: best.group + 1, predictedCount: predicted.count,
                         overlap: best.overlap, found: best.group < top && best.overlap * 2 > predicted.members.count,
                         countClose: abs(predicted.count - gold.count) * 10 <= gold.count)
        }
    }
}
