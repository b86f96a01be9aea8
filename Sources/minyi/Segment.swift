import ArgumentParser
import Foundation
import MinyiIO
import MinyiText

/// `minyi segment`: tokenize text line by line.
struct Segment: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Segment Chinese text into words, one output line per input line.",
        discussion: """
            Reads FILEs (or standard input) line by line and streams the result in input order, using \
            all cores. text: tokens separated by one space, whitespace dropped, the line count kept. \
            json: JSON Lines, {"line", "tokens": [{"text", "kind", "start", "end"}]} where text is the \
            normalized token (simplified, NFKC) and start/end are UTF-8 byte offsets in the input line. \
            Lines with invalid bytes are reported on stderr (file, line, byte offset), segmented with \
            U+FFFD in place of the bad bytes, and make the exit status 1 (--strict stops at the first).
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "Input files (UTF-8 or GBK/GB18030); standard input when none or '-'.")
    var files: [String] = []

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Flag(help: "In text output, print normalized tokens (simplified, half-width) instead of the input's own characters.")
    var normalized = false

    @OptionGroup var dictionaryOptions: DictionaryOptions
    @OptionGroup var inputOptions: InputOptions

    func run() async throws {
        let dictionary = try dictionaryOptions.dictionary(lexiconTerms: try dictionaryOptions.lexiconTerms())
        let output = OutputStream(handle: .standardOutput)
        let progress = Progress(label: "segment")
        var failures = 0
        for file in files.isEmpty ? ["-"] : files {
            let reader: TextLineReader
            do {
                reader = try TextLineReader(path: file, policy: inputOptions.encoding)
            } catch {
                throw ExitWithMessage(error.description)
            }
            // Each output line comes with its input's size, so the throughput counts input bytes.
            let pipeline = OrderedParallelMap<TextLine, (String, Int), TextAnalyzer>(
                workers: inputOptions.threads,
                makeState: { try TextAnalyzer(dictionary: dictionary) },
                transform: { [format, normalized] analyzer, lines in
                    lines.map { (Self.render($0, analyzer: analyzer, format: format, normalized: normalized), $0.text.utf8.count) }
                })
            var readError: InputError?
            try pipeline.run(
                nextChunk: {
                    var chunk: [TextLine] = []
                    var bytes = 0
                    while chunk.count < 4096, bytes < 1 << 20 {
                        let line: TextLine?
                        do throws(InputError) { line = try reader.next() } catch { readError = error; return chunk.isEmpty ? nil : chunk }
                        guard let line else { break }
                        if let error = line.error {
                            failures += 1
                            Diagnostics.report(error.description)
                            if inputOptions.strict { throw ExitCode.failure }
                        }
                        bytes += line.text.utf8.count
                        chunk.append(line)
                    }
                    return chunk.isEmpty ? nil : chunk
                },
                emit: { rendered in
                    for (line, _) in rendered { output.write(line) }
                    progress.advance(records: rendered.count, bytes: rendered.reduce(0) { $0 + $1.1 })
                })
            if let readError { throw ExitWithMessage(readError.description) }
        }
        output.flush()
        progress.finish()
        if failures > 0 { throw ExitCode.failure }
    }

    private static func render(_ line: TextLine, analyzer: TextAnalyzer, format: Format, normalized: Bool) -> String {
        let analyzed = analyzer.analyze(line.text)
        let utf8 = Array(line.text.utf8)
        switch format {
        case .text:
            let words = analyzed.spans.compactMap { span -> String? in
                guard span.kind != .whitespace else { return nil }
                return normalized ? analyzed.text(of: span) : String(decoding: utf8[span.start..<span.end], as: UTF8.self)
            }
            return words.joined(separator: " ") + "\n"
        case .json:
            var json = "{\"line\":\(line.number),\"tokens\":["
            var first = true
            for span in analyzed.spans where span.kind != .whitespace {
                if !first { json += "," }
                first = false
                json += "{\"text\":\(JSONText.quote(analyzed.text(of: span))),\"kind\":\"\(span.kind.rawValue)\",\"start\":\(span.start),\"end\":\(span.end)}"
            }
            return json + "]}\n"
        }
    }
}
