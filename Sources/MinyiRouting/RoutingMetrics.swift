/// Accuracy, macro-F1, per-label precision/recall/F1 and the confusion matrix of routing decisions.
///
/// Every item counts with its top department, routed or not (so the numbers compare with a classifier
/// that never abstains); an item without any evidence is predicted as `noPrediction`. Macro-F1
/// averages over the gold labels. Abstention is reported beside: its rate, and the accuracy on the
/// items that were routed.
public struct RoutingMetrics: Sendable {
    public static let noPrediction = "(none)"

    public struct LabelScore: Sendable, Hashable {
        public let label: String
        public let precision: Double
        public let recall: Double
        public let f1: Double
        public let support: Int
    }

    /// Gold labels, sorted.
    public let labels: [String]
    /// Prediction columns: the gold labels, then any other predicted label (and `noPrediction`).
    public let columns: [String]
    /// `confusion[gold][predicted]` in `labels` × `columns` order.
    public let confusion: [[Int]]
    public let count: Int
    public let accuracy: Double
    public let macroF1: Double
    public let perLabel: [LabelScore]
    public let abstentionRate: Double
    /// Accuracy on the items that were not abstained (nil when all were).
    public let routedAccuracy: Double?

    public init(gold: [String], predicted: [String?], abstained: [Bool]) {
        precondition(gold.count == predicted.count && gold.count == abstained.count)
        let predictions = predicted.map { $0 ?? Self.noPrediction }
        labels = Array(Set(gold)).sorted()
        columns = labels + Array(Set(predictions).subtracting(labels)).sorted()
        let row = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        let column = Dictionary(uniqueKeysWithValues: columns.enumerated().map { ($1, $0) })
        var confusion = Array(repeating: Array(repeating: 0, count: columns.count), count: labels.count)
        for (label, prediction) in zip(gold, predictions) { confusion[row[label]!][column[prediction]!] += 1 }
        self.confusion = confusion
        count = gold.count
        let correct = zip(gold, predictions).filter { $0 == $1 }.count
        accuracy = count == 0 ? 0 : Double(correct) / Double(count)
        perLabel = labels.enumerated().map { index, label in
            let truePositives = Double(confusion[index][index])
            let predictedCount = Double(confusion.reduce(0) { $0 + $1[index] })
            let support = confusion[index].reduce(0, +)
            let precision = predictedCount == 0 ? 0 : truePositives / predictedCount
            let recall = support == 0 ? 0 : truePositives / Double(support)
            let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
            return LabelScore(label: label, precision: precision, recall: recall, f1: f1, support: support)
        }
        macroF1 = perLabel.isEmpty ? 0 : perLabel.map(\.f1).reduce(0, +) / Double(perLabel.count)
        let abstainedCount = abstained.filter { $0 }.count
        abstentionRate = count == 0 ? 0 : Double(abstainedCount) / Double(count)
        let routed = zip(zip(gold, predictions), abstained).filter { !$0.1 }.map(\.0)
        routedAccuracy = routed.isEmpty ? nil : Double(routed.filter { $0 == $1 }.count) / Double(routed.count)
    }
}
