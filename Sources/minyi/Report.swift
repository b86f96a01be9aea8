import ArgumentParser
import Foundation
import MinyiReport
import MinyiText

extension ReportFormat: ExpressibleByArgument {}

/// `minyi report`: the most-raised concerns of a body of feedback.
struct Report: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Group texts that raise the same concern and report the most-raised ones.",
        discussion: """
            Reads FILEs (txt, csv, tsv, jsonl, xlsx; standard input when none) with the fields id, text, \
            title, time, user, likes where present. Texts about the same concrete matter (the same \
            community's heating, the same bus route, the same company's wages) form one concern; concerns \
            are ranked by distinct submitters (or hotness) and shown with title, department and topic, \
            keywords, places, first and last time, the three most central texts and all member ids. \
            Phone numbers, ID-card numbers and e-mail addresses are masked in every format. \
            See docs/report.md for the method and the JSON schema.
            """
    )

    @Argument(help: "Input files; standard input when none or '-'.")
    var files: [String] = []

    @Option(help: "Number of concerns to report.")
    var top: Int = 10

    @Option(help: "Output format: md, json, csv or html (one self-contained page).")
    var format: ReportFormat = .md

    @Option(name: .shortAndLong, help: "Write the report to this file instead of standard output.")
    var output: String?

    @OptionGroup var options: ConcernOptions

    func validate() throws {
        if top < 1 { throw ValidationError("--top must be at least 1, found \(top)") }
    }

    func run() async throws {
        let started = Date()
        let analysis = try options.analysis()
        let (feedback, _, skipped) = try options.readFeedback(files)
        let read = Date()
        let concerns = try ConcernAnalysis(feedback: feedback, window: options.window, analysis: analysis, ranker: options.ranker)
        let report = concerns.report(top: top, analyzer: try TextAnalyzer(dictionary: analysis.dictionary))
        let rendered = format.renderer.render(report)
        if let output {
            do {
                try rendered.write(toFile: output, atomically: true, encoding: .utf8)
            } catch {
                throw ExitWithMessage("\(output): cannot write the report: \(error.localizedDescription)")
            }
        } else {
            FileHandle.standardOutput.write(Data(rendered.utf8))
        }
        let done = Date()
        Diagnostics.report(String(format: "report: %d texts (%d in window), %d concerns; read %.1f s, analyzed and grouped %.1f s",
                                  feedback.count, concerns.feedback.count, concerns.ranked.count,
                                  read.timeIntervalSince(started), done.timeIntervalSince(read)))
        try Diagnostics.failIfSkipped(skipped)
    }
}
