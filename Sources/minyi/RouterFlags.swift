import ArgumentParser
import MinyiRouting

/// The router's decision thresholds, shared by `route` and `evaluate routing`.
struct RouterFlags: ParsableArguments {
    @Option(help: "Minimum confidence (0…1) to route; below it the decision is manual.")
    var threshold = RouterOptions().threshold

    @Option(help: "Minimum score lead over the runner-up department; within it the decision is manual.")
    var margin = RouterOptions().margin

    @Option(help: "Divide scores of texts longer than this many terms by √(terms / N); 0 disables.")
    var referenceLength = RouterOptions().referenceLength

    @Option(help: "α in 1 + α·ln(n) for a term seen n times (1: sublinear term frequency, 0: once per text).")
    var frequencyDamping = RouterOptions().frequencyDamping

    var options: RouterOptions {
        var options = RouterOptions()
        options.threshold = threshold
        options.margin = margin
        options.referenceLength = referenceLength
        options.frequencyDamping = frequencyDamping
        return options
    }
}
