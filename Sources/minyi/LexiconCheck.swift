import ArgumentParser
import Foundation
import MinyiLexicon

/// `minyi lexicon check [DIR]`: validate a lexicon pack.
struct LexiconCheck: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate a lexicon pack; print each problem as file:line: problem.",
        discussion: "Errors: YAML syntax, unknown keys, missing or unknown ids, empty topics, weights outside 0 < w <= 10, a term twice in one file. Warnings: a keyword with the same top weight in two departments, an alias of two departments. Exit status 1 when there is any error."
    )

    @Argument(help: "Pack folder (default: lexicons/zibo).")
    var directory: String?

    func run() async throws {
        let directory = try LexiconOptions.directory(self.directory)
        let problems = LexiconPack.check(directory: directory)
        for problem in problems { print(problem) }
        let errors = problems.filter { $0.severity == .error }.count
        if errors > 0 {
            Diagnostics.report("\(directory): \(errors) error(s), \(problems.count - errors) warning(s)")
            throw ExitCode.failure
        }
        let clock = ContinuousClock()
        var loaded: LexiconPack?
        let elapsed = clock.measure { loaded = try? LexiconPack.load(directory: directory) }
        if let pack = loaded {
            let keywords = pack.departments.reduce(0) { $0 + $1.keywords.count + $1.topics.reduce(0) { $0 + $1.keywords.count } }
            print("\(directory): ok — \(pack.departments.count) departments, \(pack.departments.reduce(0) { $0 + $1.topics.count }) topics, \(keywords) keywords, \(problems.count) warning(s); loaded in \(String(format: "%.1f", Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000)) ms")
        }
    }
}
