import Foundation

/// The JSON form of analyzed speeches: `{"file","title","sections":[{"title","speaker","position",
/// "department","start","end","points","figures","keywords","topics","duties"[,"against"]}]}`.
/// Absent values are null; offsets are UTF-8 bytes in the original file; keys are sorted so the
/// same input gives byte-identical output.
public enum SpeechJSON {
    /// One object for one speech, an array for several; `comparisons[i]` holds speech i's `--against` results.
    public static func render(_ speeches: [Speech], comparisons: [[Int: ConcernComparison]]? = nil) throws -> String {
        let documents = speeches.enumerated().map { Document(speech: $1, comparisons: comparisons?[$0]) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = documents.count == 1 ? try encoder.encode(documents[0]) : try encoder.encode(documents)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    struct Document: Encodable {
        var speech: Speech
        var comparisons: [Int: ConcernComparison]?

        enum Keys: String, CodingKey { case file, title, sections }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(speech.file, forKey: .file)
            try container.encode(speech.title, forKey: .title)
            try container.encode(speech.sections.enumerated().map { SectionDocument(section: $1, against: comparisons?[$0]) }, forKey: .sections)
        }
    }

    struct SectionDocument: Encodable {
        var section: Section
        var against: ConcernComparison?

        enum Keys: String, CodingKey {
            case title, speaker, position, department, start, end, points, figures, keywords, topics, duties, against
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(section.title, forKey: .title)
            try container.encode(section.speaker?.name, forKey: .speaker)
            try container.encode(section.speaker?.position, forKey: .position)
            try container.encode(section.speaker?.department, forKey: .department)
            try container.encode(section.start, forKey: .start)
            try container.encode(section.end, forKey: .end)
            try container.encode(section.points, forKey: .points)
            try container.encode(section.figures, forKey: .figures)
            try container.encode(section.keywords, forKey: .keywords)
            try container.encode(section.topics, forKey: .topics)
            try container.encode(section.duties, forKey: .duties)
            if let against { try container.encode(against, forKey: .against) }
        }
    }
}
