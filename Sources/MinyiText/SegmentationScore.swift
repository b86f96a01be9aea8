/// Word-segmentation scoring as in the SIGHAN bakeoffs: a predicted word is correct when its
/// character span equals a gold word's span; precision, recall and F1 over all words.
public struct SegmentationScore: Sendable, Equatable {
    public private(set) var goldWords = 0
    public private(set) var predictedWords = 0
    public private(set) var correctWords = 0
    /// Lines whose predicted characters did not match the gold characters (scored as all wrong).
    public private(set) var mismatchedLines = 0

    public init() {}

    /// Adds one line: the gold words and the predicted words (whitespace-free strings).
    public mutating func add(gold: [String], predicted: [String]) {
        goldWords += gold.count
        predictedWords += predicted.count
        guard gold.joined() == predicted.joined() else {
            mismatchedLines += 1
            return
        }
        var goldSpans = Set<Int>()
        var offset = 0
        for word in gold {
            let length = word.unicodeScalars.count
            goldSpans.insert(offset << 24 | length)
            offset += length
        }
        offset = 0
        for word in predicted {
            let length = word.unicodeScalars.count
            if goldSpans.contains(offset << 24 | length) { correctWords += 1 }
            offset += length
        }
    }

    public var precision: Double { predictedWords == 0 ? 0 : Double(correctWords) / Double(predictedWords) }
    public var recall: Double { goldWords == 0 ? 0 : Double(correctWords) / Double(goldWords) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
}
