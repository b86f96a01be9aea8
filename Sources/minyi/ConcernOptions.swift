import ArgumentParser
import Foundation
import MinyiIO
import MinyiLexicon
import MinyiReport
import MinyiRouting
import MinyiText

/// Options shared by `minyi report` and `minyi evaluate report`: routing, ranking, time window.
struct ConcernOptions: ParsableArguments {
    enum RankBy: String, ExpressibleByArgument, CaseIterable { case count, hotness }

    @Option(help: "Lexicon pack for routing (default: lexicons/zibo; 'none' sends every text to manual).")
    var lexicon: String?

    @Option(name: .customLong("rank-by"), help: "count: distinct submitters (texts when there is no user field); hotness: recency-weighted submitters plus ln(1 + likes), see docs/report.md.")
    var rankBy: RankBy = .count

    @Option(name: .customLong("half-life"), help: "Half-life in days of a submission's weight under --rank-by hotness.")
    var halfLife: Double = 30

    @Option(help: "First day to include (yyyy-MM-dd); texts without a time are left out when set.")
    var from: String?

    @Option(help: "Last day to include (yyyy-MM-dd), inclusive.")
    var to: String?

    @Option(help: "Synonym list read before texts are compared (default: lexicons/base/synonyms.txt; 'none' for none).")
    var synonyms: String?

    @OptionGroup var dictionaryOptions: DictionaryOptions
    @OptionGroup var inputOptions: InputOptions

    func validate() throws {
        for (name, value) in [("--from", from), ("--to", to)] {
            if let value, FeedbackTime(parsing: value) == nil { throw ValidationError("\(name) '\(value)' is not a date (yyyy-MM-dd)") }
        }
        if halfLife <= 0 { throw ValidationError("--half-life must be positive, found \(halfLife)") }
    }

    var window: ReportWindow { ReportWindow(from: from.flatMap(FeedbackTime.init(parsing:)), to: to.flatMap(FeedbackTime.init(parsing:))) }

    var ranker: ConcernRanker { ConcernRanker(measure: rankBy == .count ? .submitters : .hotness(halfLifeDays: halfLife)) }

    /// The dictionary (base words and the pack's terms) and the routing the report uses.
    func analysis() throws -> FeedbackAnalysis {
        let pack = try lexiconPack()
        let synonyms = try matterSynonyms()
        let dictionary = try dictionaryOptions.dictionary(lexiconTerms: (pack?.segmentationTerms ?? []) + synonyms.words)
        let routing: any FeedbackRouting = pack.map { Router(pack: $0) } ?? ManualRouting()
        return FeedbackAnalysis(dictionary: dictionary, routing: routing, nameStops: try nameStops(), synonyms: synonyms,
                                workers: inputOptions.threads)
    }

    /// The synonym list of `--synonyms` (`lexicons/base/synonyms.txt` by default).
    private func matterSynonyms() throws -> MatterSynonyms {
        if synonyms == "none" { return MatterSynonyms() }
        guard let path = synonyms ?? DataDirectory.locate("lexicons/base/synonyms.txt") else {
            throw ValidationError("cannot find lexicons/base/synonyms.txt; set MINYI_HOME to the minyi folder or pass --synonyms none")
        }
        return try MatterSynonyms.load(path: path, normalizer: TextNormalizer())
    }

    /// The words that end a place name (`lexicons/base/name-stops.txt`).
    private func nameStops() throws -> NameStops {
        guard let path = DataDirectory.locate("lexicons/base/name-stops.txt") else {
            throw ValidationError("cannot find lexicons/base/name-stops.txt; set MINYI_HOME to the minyi folder")
        }
        return try NameStops.load(path: path)
    }

    private func lexiconPack() throws -> LexiconPack? {
        switch lexicon {
        case "none": return nil
        case let path?: return try LexiconPack.load(directory: path)
        case nil: return try DataDirectory.locate("lexicons/zibo/pack.yaml").map { try LexiconPack.load(directory: String($0.dropLast("/pack.yaml".count))) }
        }
    }

    /// Reads every record of `files` (standard input when empty); bad records are reported with their
    /// file and line and skipped (or stop the run under --strict) and counted in `skipped`, which the
    /// command turns into a failing exit status once its output is written. `extra` reads one more field.
    func readFeedback(_ files: [String], extra: String? = nil) throws -> (feedback: [Feedback], extra: [String], skipped: Int) {
        var feedback: [Feedback] = []
        var extras: [String] = []
        var skipped = 0
        for file in files.isEmpty ? ["-"] : files {
            let reader: RecordReader
            do {
                reader = try RecordReader(path: file, options: RecordReaderOptions(encoding: inputOptions.encoding, workers: inputOptions.threads))
            } catch {
                throw ExitWithMessage(error.description)
            }
            for result in reader {
                switch result {
                case .success(let record):
                    feedback.append(Feedback(id: record.id, text: record.text, title: record.title,
                                             time: record.time.flatMap(FeedbackTime.init(parsing:)), user: record.user, likes: record.likes))
                    if let extra { extras.append(record.fields[extra] ?? "") }
                case .failure(let error):
                    if inputOptions.strict || error.kind == .unreadable { throw ExitWithMessage(error.description) }
                    Diagnostics.report(error.description)
                    skipped += 1
                }
            }
        }
        return (feedback, extras, skipped)
    }
}
