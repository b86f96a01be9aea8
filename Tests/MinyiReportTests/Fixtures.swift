import Foundation
import MinyiLexicon
import MinyiReport
import MinyiRouting
import MinyiText

/// Shared test data: the base dictionary and the default lexicon pack, loaded once; analyzers are
/// made per test because they are not thread-safe.
enum Fixtures {
    static let pack: LexiconPack = try! LexiconPack.load(directory: repositoryPath("lexicons/zibo"))

    static let dictionary: SegmentationDictionary = {
        let words = (try? UserDictionaryFile.load(path: repositoryPath("lexicons/base/words.txt"))) ?? []
        return SegmentationDictionary(lexiconTerms: pack.segmentationTerms, userWords: [], baseWords: words, normalizer: try! TextNormalizer())
    }()

    static let nameStops: NameStops = try! NameStops.load(path: repositoryPath("lexicons/base/name-stops.txt"))

    static func analyzer() -> TextAnalyzer { try! TextAnalyzer(dictionary: dictionary) }

    static func analysis(routed: Bool = true) -> FeedbackAnalysis {
        FeedbackAnalysis(dictionary: dictionary, routing: routed ? Router(pack: pack) : ManualRouting(), nameStops: nameStops, workers: 2)
    }

    static func repositoryPath(_ relative: String) -> String {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.appendingPathComponent(relative).path
    }

    /// Feedback from texts, ids `t1`, `t2`, … in order.
    static func feedback(_ texts: [String]) -> [Feedback] {
        texts.enumerated().map { Feedback(id: "t\($0.offset + 1)", text: $0.element) }
    }
}
