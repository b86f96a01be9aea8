import ArgumentParser
import MinyiLexicon
import MinyiText

/// `--lexicon DIR`: the pack to route with, and the segmentation dictionary that keeps its terms whole.
struct LexiconOptions: ParsableArguments {
    @Option(help: "Lexicon pack folder (pack.yaml + departments/). Default: lexicons/zibo.")
    var lexicon: String?

    /// `given`, else the default pack found beside the working directory or the executable.
    static func directory(_ given: String?) throws -> String {
        if let given { return given }
        guard let found = DataDirectory.locate("lexicons/zibo/pack.yaml") else {
            throw ValidationError("cannot find lexicons/zibo; pass --lexicon DIR or set MINYI_HOME")
        }
        return String(found.dropLast("/pack.yaml".count))
    }

    func load() throws -> LexiconPack {
        let directory = try Self.directory(lexicon)
        do {
            return try LexiconPack.load(directory: directory)
        } catch let error as LexiconError {
            throw ExitWithMessage("\(error)")
        }
    }
}

extension DictionaryOptions {
    /// The dictionary for routing with `pack`: its terms, plus `--terms-from`, user and base words.
    func dictionary(for pack: LexiconPack) throws -> SegmentationDictionary {
        try dictionary(lexiconTerms: pack.segmentationTerms + (termsFrom == nil ? [] : lexiconTerms()))
    }
}
