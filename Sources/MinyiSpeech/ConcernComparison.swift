import Foundation
import MinyiText

/// Citizens' concerns from `minyi report --format json` (only the fields the comparison reads).
public struct ReportedConcerns: Sendable, Decodable {
    public struct Concern: Sendable, Decodable, Hashable {
        public var rank: Int
        public var title: String
        public var count: Int
        public var department: String?
        public var topic: String?
        public var keywords: [String]
    }

    public var concerns: [Concern]

    /// Reads a report file; errors name the file and, for malformed JSON, what was wrong.
    public static func load(path: String) throws -> ReportedConcerns {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw SpeechError(file: path, message: "cannot read report: \(error.localizedDescription)")
        }
        do { return try JSONDecoder().decode(ReportedConcerns.self, from: data) } catch {
            throw SpeechError(file: path, message: "not a minyi report JSON: \(SpeechError.describe(error))")
        }
    }
}

/// What a department's speech says about the concerns citizens raised for that department.
public struct ConcernComparison: Sendable, Encodable {
    public struct Match: Sendable, Encodable {
        public var rank: Int
        public var title: String
        public var count: Int
        public var topic: String?
        /// The concern's keywords that the section uses (empty when not mentioned).
        public var matched: [String]
    }

    public var department: String
    /// Concerns of the department whose keywords the section uses, by rank.
    public var mentioned: [Match]
    /// Concerns of the department the section does not speak about, by rank.
    public var missing: [Match]

    /// Compares each section that has a department with that department's concerns. A concern's
    /// `department` may be an id (`transport`) or a name (`市交通运输局`), resolved by `departmentNamed`.
    public static func compare(_ speech: Speech, with report: ReportedConcerns,
                               departmentNamed: (String) -> String? = { _ in nil }) throws -> [Int: ConcernComparison] {
        let normalizer = try TextNormalizer()
        func normalize(_ text: String) -> String { normalizer.normalize(text).string.replacingOccurrences(of: " ", with: "") }
        var result: [Int: ConcernComparison] = [:]
        for (index, section) in speech.sections.enumerated() {
            guard let department = section.speaker?.department else { continue }
            let text = normalize(section.text)
            var comparison = ConcernComparison(department: department, mentioned: [], missing: [])
            let concerns = report.concerns.filter { concern in
                guard let named = concern.department else { return false }
                return named == department || departmentNamed(named) == department
            }
            for concern in concerns.sorted(by: { $0.rank < $1.rank }) {
                // One character (`发`, `热`) is part of too many words to show a mention.
                let matched = concern.keywords.filter { normalize($0).count >= 2 && text.contains(normalize($0)) }
                let match = Match(rank: concern.rank, title: concern.title, count: concern.count, topic: concern.topic, matched: matched)
                if matched.isEmpty { comparison.missing.append(match) } else { comparison.mentioned.append(match) }
            }
            result[index] = comparison
        }
        return result
    }
}
