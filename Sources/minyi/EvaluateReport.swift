import ArgumentParser
import Foundation
import MinyiReport

/// `minyi evaluate report`: concern grouping and ranking against gold concern labels.
struct EvaluateReport: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Score concern grouping and the top-ten ranking against gold concern labels.",
        discussion: """
            GOLD holds records whose CONCERN field names the gold concern ("" for one-offs). Prints how \
            many of the gold top ten are found in the reported top ten (as the main part of one reported \
            concern), how many counts are within 10 %, cluster purity, inverse purity and B-cubed F1.
            """
    )

    @Argument(help: "Gold file (jsonl, csv, tsv or xlsx) with a concern field.")
    var gold: String

    @Option(name: .customLong("concern-field"), help: "Field holding the gold concern id.")
    var concernField: String = "concern"

    @Option(help: "Size of the top list compared.")
    var top: Int = 10

    @OptionGroup var options: ConcernOptions

    func run() async throws {
        let (feedback, labels, skipped) = try options.readFeedback([gold], extra: concernField)
        guard !feedback.isEmpty else { throw ExitWithMessage("\(gold): no records") }
        guard labels.contains(where: { !$0.isEmpty }) else { throw ExitWithMessage("\(gold): no record has a '\(concernField)' value") }
        let analysis = try ConcernAnalysis(feedback: feedback, analysis: try options.analysis(), ranker: options.ranker)
        let evaluation = ConcernEvaluation(ranked: analysis.ranked, labels: labels, feedback: feedback, top: top)
        print("texts \(evaluation.texts)  gold concerns \(evaluation.goldConcerns)  predicted groups \(analysis.ranked.count)")
        print("| gold concern | gold count | predicted rank | predicted count | overlap | found | count ±10% |")
        print("|---|---|---|---|---|---|---|")
        for match in evaluation.matches {
            print("| \(match.label) | \(match.goldCount) | \(match.predictedRank) | \(match.predictedCount) | \(match.overlap) | \(match.found ? "yes" : "no") | \(match.countClose ? "yes" : "no") |")
        }
        print("top \(top) found \(evaluation.found)/\(evaluation.matches.count)  counts within 10% \(evaluation.countsClose)/\(evaluation.matches.count)")
        print(String(format: "purity %.4f  inverse purity %.4f  top-%d purity %.4f  B-cubed P %.4f R %.4f F1 %.4f",
                     evaluation.purity, evaluation.inversePurity, top, evaluation.topPurity,
                     evaluation.bCubedPrecision, evaluation.bCubedRecall, evaluation.bCubedF1))
        try Diagnostics.failIfSkipped(skipped)
    }
}
