import Foundation
import MinyiIO

/// A three-level category tree (`level1` / `level2` / `level3`) read from JSONL, used to seed the
/// topics of a learned pack: level-2 names become topics under their level-1 label.
public struct Taxonomy: Sendable {
    public struct Row: Sendable, Hashable {
        public let level1: String
        public let level2: String
        public let level3: String
    }

    public let rows: [Row]

    public init(rows: [Row]) {
        self.rows = rows
    }

    /// Reads `{"level1": …, "level2": …, "level3": …}` lines; a bad line is an error naming it.
    public static func load(path: String) throws -> Taxonomy {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var rows: [Row] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let level1 = object["level1"] as? String, let level2 = object["level2"] as? String else {
                throw LexiconError(problems: [LexiconProblem(.error, SourceLocation(file: path, line: number + 1), "expected a JSON object with level1 and level2")])
            }
            rows.append(Row(level1: level1, level2: level2, level3: object["level3"] as? String ?? ""))
        }
        return Taxonomy(rows: rows)
    }

    /// Level-2 names under `level1` in file order, each with its level-3 names.
    public func topics(under level1: String) -> [(name: String, subtopics: [String])] {
        var order: [String] = []
        var subtopics: [String: [String]] = [:]
        for row in rows where row.level1 == level1 {
            if subtopics[row.level2] == nil { order.append(row.level2) }
            subtopics[row.level2, default: []].append(row.level3)
        }
        return order.map { ($0, subtopics[$0]!) }
    }
}
