import ArgumentParser
import MinyiText

/// Options that add words to the segmenter's dictionary.
struct DictionaryOptions: ParsableArguments {
    @Option(name: .customLong("user-dict"), help: "User dictionary: one word a line, optional frequency (jieba's format). Its words define the segmentation standard.")
    var userDictionary: String?

    @Option(name: .customLong("base-dict"), help: "General dictionary behind ICU (default: lexicons/base/words.txt; 'none' for ICU alone).")
    var baseDictionary: String?

    func dictionary(lexiconTerms: [String] = []) throws -> SegmentationDictionary {
        let userWords = try userDictionary.map { try UserDictionaryFile.load(path: $0) } ?? []
        let baseWords = try baseDictionaryPath().map { try UserDictionaryFile.load(path: $0) } ?? []
        return SegmentationDictionary(lexiconTerms: lexiconTerms, userWords: userWords, baseWords: baseWords, normalizer: try TextNormalizer())
    }

    private func baseDictionaryPath() throws -> String? {
        switch baseDictionary {
        case "none": return nil
        case let path?: return path
        case nil:
            guard let path = DataDirectory.locate("lexicons/base/words.txt") else {
                throw ValidationError("cannot find lexicons/base/words.txt; set MINYI_HOME to the minyi folder or pass --base-dict none")
            }
            return path
        }
    }
}
