import MinyiReport
import MinyiText

/// One analyzer for the whole test target: the base dictionary is what the CLI uses by default.
enum Fixtures {
    nonisolated(unsafe) static let analyzer: TextAnalyzer = {
        let words = (try? UserDictionaryFile.load(path: repositoryPath("lexicons/base/words.txt"))) ?? []
        let dictionary = SegmentationDictionary(lexiconTerms: [], userWords: [], baseWords: words, normalizer: try! TextNormalizer())
        return try! TextAnalyzer(dictionary: dictionary)
    }()

    static var dictionary: SegmentationDictionary { analyzer.dictionary }

    static func repositoryPath(_ relative: String) -> String {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.appendingPathComponent(relative).path
    }

    /// Place names found in `text`.
    static func places(_ text: String) -> [String] {
        PlaceExtractor().places(in: analyzer.analyze(text)).map(\.place.name)
    }
}

import Foundation
