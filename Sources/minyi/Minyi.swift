import ArgumentParser

@main
struct Minyi: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "minyi",
        abstract: "民意 — analyze Chinese public feedback: segment, route, report, speeches.",
        subcommands: [Segment.self, Route.self, Report.self, SpeechCommand.self, Lexicon.self, Serve.self, Evaluate.self]
    )
}

/// `minyi evaluate …`: accuracy measurements against gold data.
struct Evaluate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure accuracy against gold data.",
        subcommands: [EvaluateSegmentation.self, EvaluateRouting.self, EvaluateReport.self, EvaluateSpeech.self]
    )
}

/// `minyi lexicon …`: check and learn lexicon packs.
struct Lexicon: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check or learn lexicon packs.",
        subcommands: [LexiconCheck.self, LexiconLearn.self]
    )
}
