import ArgumentParser
import Foundation
import MinyiIO
import MinyiLexicon
import MinyiSpeech

/// `minyi speech FILE...`: sections, speakers, points, figures and topics of published speeches.
struct SpeechCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "speech",
        abstract: "Analyze published speeches, reports and press-conference transcripts.",
        discussion: """
        Splits each file into sections (editor's note, one per speech or transcript turn) with title, \
        speaker, position and department; finds numbered points and every figure (count, money, percent, \
        points, measure, date, period) with value, unit, qualifier and change. With --against, lines up each \
        department's section with the concerns citizens raised for that department in a `minyi report` JSON.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case md, json, html }

    @Argument(help: "Speech text files (UTF-8, or GBK/GB18030 converted).")
    var files: [String]

    @Option(help: "Output format: md, json or html.")
    var format: Format = .md

    @OptionGroup var lexicon: SpeechLexiconOption

    @Option(help: "A `minyi report --format json` file: which citizens' concerns each department's speech mentions.")
    var against: String?

    func run() async throws {
        let pack = try lexicon.pack()
        let analyzer = try SpeechAnalyzer(pack: pack)
        let report = try against.map { try ReportedConcerns.load(path: $0) }
        var speeches: [Speech] = []
        for file in files {
            speeches.append(analyzer.analyze(try SpeechFile.read(file), file: (file as NSString).lastPathComponent))
        }
        let comparisons = try report.map { report in
            try speeches.map { try ConcernComparison.compare($0, with: report) { pack?.department(named: $0)?.id } }
        }
        let output: String
        switch format {
        case .json: output = try SpeechJSON.render(speeches, comparisons: comparisons)
        case .md: output = SpeechMarkdown.render(speeches, comparisons: comparisons)
        case .html: output = SpeechHTML.render(speeches, comparisons: comparisons)
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}

/// `--lexicon DIR`: the pack that names departments and gives keywords and topics.
struct SpeechLexiconOption: ParsableArguments {
    @Option(name: .customLong("lexicon"), help: "Lexicon pack folder (default: lexicons/zibo; 'none' for no departments, keywords or topics).")
    var directory: String?

    func pack() throws -> LexiconPack? {
        switch directory {
        case "none": return nil
        case let path?: return try LexiconPack.load(directory: path)
        case nil:
            guard let header = DataDirectory.locate("lexicons/zibo/pack.yaml") else {
                Diagnostics.report("no lexicon pack found (lexicons/zibo); sections get no departments or topics. Pass --lexicon DIR.")
                return nil
            }
            return try LexiconPack.load(directory: (header as NSString).deletingLastPathComponent)
        }
    }
}

/// Reading a speech file, with the file named in errors: UTF-8 as it is (figure offsets are the file's
/// bytes), a GBK/GB18030 file converted line by line (offsets then refer to the UTF-8 text, said on
/// stderr); a byte that is valid in neither stops with its line and offset.
enum SpeechFile {
    static func read(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ExitWithMessage("\(path): cannot read file")
        }
        if let text = String(data: data, encoding: .utf8) { return text }
        var lines: [String] = []
        do {
            let reader = try TextLineReader(path: path, policy: .auto)
            while let line = try reader.next() {
                if let error = line.error { throw error }
                lines.append(line.text)
            }
            if reader.encoding == .gb18030 {
                Diagnostics.report("\(path): read as GB18030 (GBK); figure offsets refer to the text converted to UTF-8")
            }
        } catch {
            throw ExitWithMessage("\(error)")
        }
        return lines.joined(separator: "\n")
    }
}
