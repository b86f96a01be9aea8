import ArgumentParser
import Foundation
import MinyiSpeech

/// `minyi evaluate speech GOLD.json...`: sections, speakers, departments and figure P/R against gold.
struct EvaluateSpeech: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "speech",
        abstract: "Score `minyi speech` against gold annotations (corpora/speeches/gold/*.json).",
        discussion: """
        Each gold file names its text file; it is looked up in --text-dir, else beside the gold folder, \
        else in ../shared/corpora/speeches. A predicted figure matches a gold one when their spans overlap \
        and the texts are equal or kind and value agree; a value is right within 0.5 %.
        """
    )

    @Argument(help: "Gold files.")
    var gold: [String]

    @Option(name: .customLong("text-dir"), help: "Folder holding the speech texts.")
    var textDirectory: String?

    @Flag(help: "List missed, extra and differing figures.")
    var details = false

    @OptionGroup var lexicon: SpeechLexiconOption

    func run() async throws {
        let analyzer = try SpeechAnalyzer(pack: try lexicon.pack())
        var total = (gold: 0, predicted: 0, matched: 0, values: 0)
        for path in gold {
            let annotation = try SpeechGold.load(path: path)
            let textPath = try locate(annotation.file, gold: path)
            let text = try SpeechFile.read(textPath)
            let score = SpeechScore(speech: analyzer.analyze(text, file: annotation.file), text: text, gold: annotation)
            print(score.file)
            print("  sections gold \(score.goldSections) predicted \(score.predictedSections) aligned \(score.alignedSections) all-right \(score.sectionsRight)"
                + "  titles \(score.titlesRight) speakers \(score.speakersRight) positions \(score.positionsRight) departments \(score.departmentsRight)")
            print(String(format: "  figures gold %d predicted %d matched %d  P %.4f  R %.4f  values right %d (%.4f)  kinds right %d",
                         score.goldFigures, score.predictedFigures, score.matchedFigures, score.precision, score.recall,
                         score.valuesRight, score.valueAccuracy, score.kindsRight))
            if details {
                for figure in score.missed { print("  missed   \(describe(figure))") }
                for figure in score.extra { print("  extra    \(describe(figure))") }
                for (expected, found) in score.different { print("  differs  gold \(describe(expected))  got \(describe(found))") }
            }
            total.gold += score.goldFigures
            total.predicted += score.predictedFigures
            total.matched += score.matchedFigures
            total.values += score.valuesRight
        }
        if gold.count > 1 {
            let precision = total.predicted == 0 ? 0 : Double(total.matched) / Double(total.predicted)
            let recall = total.gold == 0 ? 0 : Double(total.matched) / Double(total.gold)
            let values = total.matched == 0 ? 0 : Double(total.values) / Double(total.matched)
            print(String(format: "all figures gold %d predicted %d matched %d  P %.4f  R %.4f  values right %.4f",
                         total.gold, total.predicted, total.matched, precision, recall, values))
        }
    }

    private func locate(_ file: String, gold: String) throws -> String {
        let goldFolder = (gold as NSString).deletingLastPathComponent
        var candidates: [String] = []
        if let textDirectory { candidates.append(textDirectory) }
        candidates += [goldFolder, (goldFolder as NSString).deletingLastPathComponent]
        candidates += ["../shared/corpora/speeches"] + (DataDirectory.locate("../shared/corpora/speeches").map { [$0] } ?? [])
        let name = (file as NSString).lastPathComponent
        for folder in candidates {
            let path = (folder as NSString).appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: path) { return path }
        }
        throw ExitWithMessage("\(gold): text file \(name) not found (looked in \(candidates.joined(separator: ", "))); pass --text-dir")
    }

    private func describe(_ figure: SpeechGold.Figure) -> String {
        "\(figure.text) \(figure.kind.rawValue) \(figure.value.map { "\($0)" } ?? "-") \(figure.unit ?? "-") \(figure.qualifier?.rawValue ?? "") \(figure.change?.rawValue ?? "")"
    }

    private func describe(_ figure: Figure) -> String {
        "\(figure.text) \(figure.kind.rawValue) \(figure.value.map { "\($0)" } ?? "-") \(figure.unit ?? "-") \(figure.qualifier?.rawValue ?? "") \(figure.change?.rawValue ?? "") @\(figure.start)"
    }
}
