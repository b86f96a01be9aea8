import ArgumentParser
import Foundation
import MinyiIO
import MinyiLexicon
import MinyiRouting
import MinyiText

/// `minyi route`: send each suggestion to the department that owns it.
struct Route: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Route each suggestion to its department, with a topic, a confidence and the evidence.",
        discussion: """
            Reads FILEs (.txt: one suggestion a line; .csv, .tsv, .jsonl, .xlsx: one per record; standard \
            input when none or '-') and streams one output record per input record, in input order, on all \
            cores. A record that cannot be read yields an error record naming its file and line (counted on \
            stderr, exit status 1); --strict stops at the first. status is "routed", or "manual" when the \
            confidence is below --threshold, the runner-up is within --margin, or nothing matched.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case jsonl, csv, table }

    @Argument(help: "Input files; standard input when none or '-'.")
    var files: [String] = []

    @Option(help: "Output format: jsonl, csv or table.")
    var format: Format = .jsonl

    @OptionGroup var lexiconOptions: LexiconOptions
    @OptionGroup var routerFlags: RouterFlags
    @OptionGroup var columns: ColumnOptions
    @OptionGroup var inputOptions: InputOptions
    @OptionGroup var dictionaryOptions: DictionaryOptions

    /// One unit of work: a record, or a problem in its place.
    enum Item: Sendable {
        case record(InputRecord)
        case failure(InputError)
    }

    func run() async throws {
        let pack = try lexiconOptions.load()
        let dictionary = try dictionaryOptions.dictionary(for: pack)
        let router = Router(pack: pack, options: routerFlags.options)
        let renderer = RouteRenderer(format: format)
        let output = OutputStream(handle: .standardOutput)
        let progress = Progress(label: "route")
        var failures = 0
        output.write(renderer.header)
        for file in files.isEmpty ? ["-"] : files {
            let reader: RecordReader
            do {
                reader = try RecordReader(path: file, options: RecordReaderOptions(encoding: inputOptions.encoding, columns: columns.selection(), workers: inputOptions.threads))
            } catch {
                failures += 1
                Diagnostics.report(error.description)
                output.write(renderer.render(error))
                if inputOptions.strict { break }
                continue
            }
            let pipeline = OrderedParallelMap<Item, (String, Int), TextAnalyzer>(
                workers: inputOptions.threads,
                makeState: { try TextAnalyzer(dictionary: dictionary) },
                transform: { analyzer, items in
                    items.map { item in
                        switch item {
                        case let .record(record):
                            let decision = router.route(title: record.title, text: record.text, analyzer: analyzer)
                            return (renderer.render(record, decision), record.text.utf8.count + (record.title?.utf8.count ?? 0))
                        case let .failure(error):
                            return (renderer.render(error), 0)
                        }
                    }
                })
            var stopped = false
            try pipeline.run(
                nextChunk: {
                    guard !stopped else { return nil }
                    var chunk: [Item] = []
                    while chunk.count < 512, let result = reader.next() {
                        switch result {
                        case let .success(record):
                            chunk.append(.record(record))
                        case let .failure(error):
                            failures += 1
                            Diagnostics.report(error.description)
                            chunk.append(.failure(error))
                            if inputOptions.strict {
                                stopped = true
                                return chunk
                            }
                        }
                    }
                    return chunk.isEmpty ? nil : chunk
                },
                emit: { rendered in
                    for (line, _) in rendered { output.write(line) }
                    progress.advance(records: rendered.count, bytes: rendered.reduce(0) { $0 + $1.1 })
                })
            if stopped { break }
        }
        output.flush()
        progress.finish()
        try Diagnostics.failIfSkipped(failures, stopped: inputOptions.strict)
    }
}
