import Foundation
import MinyiLexicon
import MinyiReport
import MinyiRouting
import MinyiText

/// Shared test data: the base dictionary and the default lexicon pack, loaded once; analyzers are
/// made per test because they are not thread-safe.
enum Fixtures {
    static let pack: LexiconPack = try! LexiconPack.load(directory: repositoryPath("lexicons/zibo"))

    /// The shipped synonym list, whose words the dictionary keeps whole, as `minyi report` does.
    static let synonyms: MatterSynonyms = try! MatterSynonyms.load(path: repositoryPath("lexicons/base/synonyms.txt"), normalizer: TextNormalizer())

    static let dictionary: SegmentationDictionary = {
        let words = (try? UserDictionaryFile.load(path: repositoryPath("lexicons/base/words.txt"))) ?? []
        return SegmentationDictionary(lexiconTerms: pack.segmentationTerms + synonyms.words, userWords: [], baseWords: words, normalizer: try! TextNormalizer())
    }()

    static let nameStops: NameStops = try! NameStops.load(path: repositoryPath("lexicons/base/name-stops.txt"))

    static func analyzer() -> TextAnalyzer { try! TextAnalyzer(dictionary: dictionary) }

    static func analysis(routed: Bool = true) -> FeedbackAnalysis {
        FeedbackAnalysis(dictionary: dictionary, routing: routed ? Router(pack: pack) : ManualRouting(), nameStops: nameStops,
                         synonyms: synonyms, workers: 2)
    }

    static func repositoryPath(_ relative: String) -> String {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.appendingPathComponent(relative).path
    }

    /// The texts (title and text) and gold concerns of a hand-labeled corpus, `corpora/report/NAME/concerns.jsonl`.
    static func labeledRows(_ name: String) -> [(text: String, concern: String)] {
        let path = repositoryPath("corpora/report/\(name)/concerns.jsonl")
        let lines = (try? String(contentsOfFile: path, encoding: .utf8))?.split(separator: "\n") ?? []
        return lines.compactMap { line in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { return nil }
            let text = [object["title"] as? String, object["text"] as? String].compactMap { $0 }.joined(separator: "\n")
            return (text, object["concern"] as? String ?? "")
        }
    }

    /// The texts and gold concerns of a hand-labeled corpus as feedback with the time each was written.
    static func labeledFeedback(_ name: String) -> (feedback: [Feedback], concerns: [String]) {
        let path = repositoryPath("corpora/report/\(name)/concerns.jsonl")
        let lines = (try? String(contentsOfFile: path, encoding: .utf8))?.split(separator: "\n") ?? []
        let rows = lines.compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        let feedback = rows.enumerated().map { index, row in
            Feedback(id: "t\(index + 1)", text: row["text"] as? String ?? "", title: row["title"] as? String,
                     time: (row["time"] as? String).flatMap(FeedbackTime.init(parsing:)))
        }
        return (feedback, rows.map { $0["concern"] as? String ?? "" })
    }

    /// Feedback from texts, ids `t1`, `t2`, … in order.
    static func feedback(_ texts: [String]) -> [Feedback] {
        texts.enumerated().map { Feedback(id: "t\($0.offset + 1)", text: $0.element) }
    }
}
