import ArgumentParser
import MinyiLexicon
import MinyiText

/// Options that add words to the segmenter's dictionary.
struct DictionaryOptions: ParsableArguments {
    @Option(name: .customLong("user-dict"), help: "User dictionary: one word a line, optional frequency (jieba's format). Its words define the segmentation standard.")
    var userDictionary: String?

    @Option(name: .customLong("base-dict"), help: "General dictionary behind ICU (default: lexicons/base/words.txt; 'none' for ICU alone).")
    var baseDictionary: String?

    @Option(name: .customLong("terms-from"), help: "Lexicon pack whose terms, keywords and aliases stay whole (default: lexicons/zibo; 'none' for none).")
    var termsFrom: String?

    /// Terms of the lexicon pack named by `--terms-from` (or the default pack when it is found).
    func lexiconTerms() throws -> [String] {
        switch termsFrom {
        case "none": return []
        case let path?: return try LexiconPack.load(directory: path).segmentationTerms
        case nil: return try DataDirectory.locate("lexicons/zibo/pack.yaml").map {
            try LexiconPack.load(directory: String($0.dropLast("/pack.yaml".count))).segmentationTerms } ?? []
        }
    }

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
