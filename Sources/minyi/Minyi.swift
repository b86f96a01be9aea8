import ArgumentParser

@main
struct Minyi: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "minyi",
        abstract: "民意 — analyze Chinese public feedback: segment, route, report, speeches.",
        subcommands: [Segment.self, Evaluate.self, Serve.self]
    )
}

/// `minyi evaluate …`: accuracy measurements against gold data.
struct Evaluate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure accuracy against gold data.",
        subcommands: [EvaluateSegmentation.self]
    )
}
