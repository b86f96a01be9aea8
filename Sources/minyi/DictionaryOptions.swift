import ArgumentParser
import MinyiText

/// Options that add words to the segmenter's dictionary.
struct DictionaryOptions: ParsableArguments {
    @Option(name: .customLong("user-dict"), help: "User dictionary: one word a line, optional frequency (jieba's format).")
    var userDictionary: String?

    func dictionary() throws -> SegmentationDictionary {
        let words = try userDictionary.map { try UserDictionaryFile.load(path: $0) } ?? []
        return SegmentationDictionary(lexiconTerms: [], userWords: words, normalizer: try TextNormalizer())
    }
}
