import ArgumentParser
import Foundation
import MinyiText

/// `minyi evaluate segmentation`: SIGHAN-style P/R/F1 of word spans.
struct EvaluateSegmentation: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segmentation",
        abstract: "Score segmentation against a gold file (words separated by spaces, one line per text).",
        discussion: "The raw text is the gold line without its spaces. A word is correct when its character span equals a gold word's span. Lexicon terms are left out unless --terms-from names a pack: a bakeoff's standard is not the domain's."
    )

    @Option(help: "Gold segmentation file (UTF-8, words separated by spaces).")
    var gold: String

    @OptionGroup var dictionaryOptions: DictionaryOptions

    private static func isSeparator(_ character: Character) -> Bool {
        character.isWhitespace
    }

    func run() async throws {
        let terms = dictionaryOptions.termsFrom == nil ? [] : try dictionaryOptions.lexiconTerms()
        let analyzer = try TextAnalyzer(dictionary: dictionaryOptions.dictionary(lexiconTerms: terms))
        var score = SegmentationScore()
        var lineNumber = 0
        let contents = try String(contentsOfFile: gold, encoding: .utf8)
        for line in contents.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            lineNumber += 1
            let goldWords = line.split(whereSeparator: Self.isSeparator).map(String.init)
            if goldWords.isEmpty { continue }
            let raw = goldWords.joined()
            let predicted = analyzer.analyze(raw).spans.compactMap { span -> String? in
                span.kind == .whitespace ? nil : String(decoding: Array(raw.utf8)[span.start..<span.end], as: UTF8.self)
            }
            score.add(gold: goldWords, predicted: predicted)
        }
        print(String(format: "lines %d  gold words %d  predicted %d  correct %d", lineNumber, score.goldWords, score.predictedWords, score.correctWords))
        print(String(format: "P %.4f  R %.4f  F1 %.4f", score.precision, score.recall, score.f1))
        if score.mismatchedLines > 0 { print("lines whose characters changed in analysis: \(score.mismatchedLines)") }
    }
}
