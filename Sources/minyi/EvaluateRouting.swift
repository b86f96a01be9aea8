import ArgumentParser
import Foundation
import MinyiLexicon
import MinyiRouting
import MinyiText

/// `minyi evaluate routing`: routing accuracy against gold labels, or k-fold cross-validation of
/// `lexicon learn`.
struct EvaluateRouting: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "routing",
        abstract: "Score routing against gold labels: accuracy, macro-F1, per-label P/R/F1, confusion, abstention.",
        discussion: """
            Each item counts with its top department, routed or not; abstention is reported beside \
            (its rate, and accuracy on the routed items). Gold labels may be department ids or names. \
            With --learn, runs k-fold cross-validation: learn a pack on k-1 folds, route the held-out \
            fold; folds come from a seeded shuffle that scripts/routing_baseline.py reproduces.
            """
    )

    @Argument(help: "Gold file (jsonl, csv, tsv or xlsx) with a text and a label.")
    var gold: String

    @Option(name: [.customLong("label-field"), .customLong("label-column")], help: "Column or JSON key of the gold label.")
    var labelField = "label"

    @OptionGroup var columns: ColumnOptions
    @OptionGroup var lexiconOptions: LexiconOptions
    @OptionGroup var routerFlags: RouterFlags
    @OptionGroup var dictionaryOptions: DictionaryOptions

    @Flag(help: "Cross-validate `lexicon learn` instead of routing with --lexicon.")
    var learn = false

    @Option(help: "Number of folds for --learn.")
    var folds = 5

    @Option(help: "Seed of the fold shuffle.")
    var seed: UInt64 = 42

    @OptionGroup var learning: LearnerOptions

    @Option(help: "Print up to N misrouted items with their evidence.")
    var errors = 0

    func run() async throws {
        let examples = try LabeledInput.read(path: gold, columns: columns.selection(label: labelField))
        if learn {
            try crossValidate(examples)
        } else {
            let pack = try lexiconOptions.load()
            let analyzer = try TextAnalyzer(dictionary: dictionaryOptions.dictionary(for: pack))
            let router = Router(pack: pack, options: routerFlags.options)
            var resolved: [String: String] = [:]
            let labels = examples.map { example in
                if let known = resolved[example.label] { return known }
                let id = pack.department(named: example.label)?.id ?? example.label
                resolved[example.label] = id
                return id
            }
            let decisions = examples.map { router.route(title: $0.title, text: $0.text, analyzer: analyzer) }
            print(RoutingReport(metrics: RoutingMetrics(gold: labels, predicted: decisions.map(\.department), abstained: decisions.map { $0.status == .manual })).text)
            printErrors(examples, labels: labels, decisions: decisions)
        }
    }

    private func crossValidate(_ examples: [LabeledText]) throws {
        guard folds >= 2, folds <= examples.count else { throw ValidationError("--folds must be between 2 and the number of items (\(examples.count))") }
        let assignment = FoldAssignment.folds(count: examples.count, folds: folds, seed: seed)
        let learningAnalyzer = try TextAnalyzer(dictionary: dictionaryOptions.dictionary())
        var predicted = [String?](repeating: nil, count: examples.count)
        var abstained = [Bool](repeating: false, count: examples.count)
        var decisions: [RoutingDecision?] = Array(repeating: nil, count: examples.count)
        var foldScores: [Double] = []
        for fold in 0..<folds {
            let training = examples.indices.filter { assignment[$0] != fold }.map { examples[$0] }
            let held = examples.indices.filter { assignment[$0] == fold }
            let pack = try LexiconLearner(options: learning.options).learn(training, name: "fold\(fold)", analyzer: learningAnalyzer).pack
            let router = Router(pack: pack, options: routerFlags.options)
            let analyzer = try TextAnalyzer(dictionary: dictionaryOptions.dictionary(for: pack))
            for index in held {
                let decision = router.route(title: examples[index].title, text: examples[index].text, analyzer: analyzer)
                decisions[index] = decision
                predicted[index] = decision.department
                abstained[index] = decision.status == .manual
            }
            let metrics = RoutingMetrics(gold: held.map { examples[$0].label }, predicted: held.map { predicted[$0] }, abstained: held.map { abstained[$0] })
            foldScores.append(metrics.macroF1)
            print(String(format: "fold %d: %d items, accuracy %.4f, macro-F1 %.4f", fold, held.count, metrics.accuracy, metrics.macroF1))
        }
        let mean = foldScores.reduce(0, +) / Double(folds)
        let deviation = (foldScores.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(folds - 1)).squareRoot()
        print(String(format: "%d-fold cross-validation (seed %llu, fold checksum %@): mean macro-F1 %.4f ± %.4f", folds, seed,
                     FoldAssignment.checksum(assignment), mean, deviation))
        print("pooled over all folds:")
        print(RoutingReport(metrics: RoutingMetrics(gold: examples.map(\.label), predicted: predicted, abstained: abstained)).text)
        printErrors(examples, labels: examples.map(\.label), decisions: decisions.map { $0! })
    }

    private func printErrors(_ examples: [LabeledText], labels: [String], decisions: [RoutingDecision]) {
        guard errors > 0 else { return }
        print("misrouted:")
        for index in examples.indices where decisions[index].department != labels[index] {
            let decision = decisions[index]
            let evidence = decision.evidence.prefix(6).map { String(format: "%@→%@ %+.1f", $0.term, $0.department, $0.contribution) }
            print("\(examples[index].id)\tgold \(labels[index])\tgot \(decision.department ?? "-") (\(decision.status.rawValue), \(String(format: "%.2f", decision.confidence)))\t\(evidence.joined(separator: ", "))\t\((examples[index].title.map { $0 + " | " } ?? "") + examples[index].text.prefix(60))")
        }
    }
}
