import ArgumentParser
import Foundation
import MinyiLexicon
import MinyiText

/// `minyi lexicon learn`: learn a routing pack from labeled texts.
struct LexiconLearn: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "learn",
        abstract: "Learn a lexicon pack from labeled texts (each label becomes a department).",
        discussion: """
            Candidate terms are the analysis chain's tokens. For each label, a term's weight is its \
            weighted log-odds ratio against the other labels with an informative Dirichlet prior \
            (Monroe et al. 2008); terms with z >= --min-z found in >= --min-df texts are kept. The pack \
            is written in the YAML format of lexicons/, with comments giving each keyword's z-score and \
            document count. With --seed-taxonomy, level-2 names of the taxonomy become topics under \
            their level-1 label.
            """
    )

    @Argument(help: "Labeled texts (jsonl, csv, tsv or xlsx).")
    var train: String

    @Option(name: [.customLong("label-field"), .customLong("label-column")], help: "Column or JSON key of the label.")
    var labelField = "label"

    @OptionGroup var columns: ColumnOptions

    @Option(name: .shortAndLong, help: "Output pack folder.")
    var output: String

    @Option(help: "Taxonomy JSONL (level1, level2, level3) whose level-2 names become topics.")
    var seedTaxonomy: String?

    @Option(help: "Pack name (default: the output folder's name).")
    var name: String?

    @OptionGroup var learning: LearnerOptions
    @OptionGroup var dictionaryOptions: DictionaryOptions

    func run() async throws {
        let examples = try LabeledInput.read(path: train, columns: columns.selection(label: labelField))
        let taxonomy = try seedTaxonomy.map { try Taxonomy.load(path: $0) }
        let analyzer = try TextAnalyzer(dictionary: dictionaryOptions.dictionary())
        let packName = name ?? URL(fileURLWithPath: output).lastPathComponent
        let result = try LexiconLearner(options: learning.options).learn(examples, name: packName, analyzer: analyzer, taxonomy: taxonomy)
        try learning.writer(for: result, source: train, labelField: labelField).write(result.pack, to: output)
        let keywords = result.pack.departments.reduce(0) { $0 + $1.keywords.count + $1.topics.reduce(0) { $0 + $1.keywords.count } }
        Diagnostics.report("learned \(result.pack.departments.count) departments, \(keywords) keywords from \(examples.count) texts into \(output)")
    }
}

/// The learner's statistics options, shared by `lexicon learn` and `evaluate routing --learn`.
struct LearnerOptions: ParsableArguments {
    @Option(help: "Strength of the informative Dirichlet prior, as a share of all term counts.")
    var prior = LexiconLearner.Options().priorShare

    @Option(help: "Minimum z-score of a kept term.")
    var minZ = LexiconLearner.Options().minimumZ

    @Option(help: "Minimum number of texts a kept term occurs in.")
    var minDf = LexiconLearner.Options().minimumDocumentFrequency

    @Option(help: "At most this many keywords per label.")
    var maxTerms = LexiconLearner.Options().maximumTermsPerLabel

    var options: LexiconLearner.Options {
        var options = LexiconLearner.Options()
        options.priorShare = prior
        options.minimumZ = minZ
        options.minimumDocumentFrequency = minDf
        options.maximumTermsPerLabel = maxTerms
        return options
    }

    /// A writer whose comments say how the pack was learned and why each keyword was kept.
    func writer(for result: LexiconLearner.Result, source: String, labelField: String) -> PackWriter {
        let header = [
            "Learned by `minyi lexicon learn` from \(result.exampleCount) texts of \(URL(fileURLWithPath: source).lastPathComponent) (label: \(labelField)).",
            "Weight = weighted log-odds ratio (informative Dirichlet prior, α0 = \(prior) × all term counts, Monroe et al. 2008), scaled so the largest is 10;",
            "kept when z >= \(minZ) and in >= \(minDf) texts, at most \(maxTerms) per label. Review before use: edit, do not regenerate blindly.",
        ]
        return PackWriter(header: header) { department, term in
            result.statistics[department]?[term].map { String(format: "z %.1f, in %d of %d texts", $0.z, $0.documents, $0.labelDocuments) }
        }
    }
}
