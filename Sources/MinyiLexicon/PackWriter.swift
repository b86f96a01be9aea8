import Foundation

/// Writes a pack in the YAML format `LexiconPack.load` reads (`pack.yaml` + `departments/<id>.yaml`),
/// in a deterministic order, with comments for the people who review it.
public struct PackWriter {
    /// Comment lines put at the top of every file (without `#`).
    public var header: [String]
    /// A trailing comment for a keyword of a department, if any.
    public var note: (_ department: String, _ term: String) -> String?

    public init(header: [String], note: @escaping (String, String) -> String? = { _, _ in nil }) {
        self.header = header
        self.note = note
    }

    /// Writes `pack` into `directory`; a department id that cannot be a file name is an error.
    public func write(_ pack: LexiconPack, to directory: String) throws {
        let unusable = pack.departments.filter { $0.id.contains("/") || $0.id.hasPrefix(".") || $0.id.contains("\0") }
        guard unusable.isEmpty else {
            throw LexiconError(problems: unusable.map {
                LexiconProblem(.error, $0.location, "department id \"\($0.id)\" cannot be a file name (departments/<id>.yaml)")
            })
        }
        let folder = URL(fileURLWithPath: directory).appendingPathComponent("departments")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var lines = comments
        lines.append("name: \(Self.scalar(pack.name))")
        if !pack.description.isEmpty { lines.append("description: \(Self.scalar(pack.description))") }
        if !pack.version.isEmpty { lines.append("version: \"\(pack.version)\"") }
        lines.append("terms: [\(pack.terms.map(Self.scalar).joined(separator: ", "))]")
        lines.append("negations: [\(pack.negations.map(Self.scalar).joined(separator: ", "))]")
        try (lines.joined(separator: "\n") + "\n").write(to: URL(fileURLWithPath: directory).appendingPathComponent("pack.yaml"), atomically: true, encoding: .utf8)
        for department in pack.departments {
            try (yaml(department).joined(separator: "\n") + "\n")
                .write(to: folder.appendingPathComponent("\(department.id).yaml"), atomically: true, encoding: .utf8)
        }
    }

    private var comments: [String] { header.map { "# \($0)" } }

    func yaml(_ department: Department) -> [String] {
        var lines = comments
        lines.append("id: \(Self.scalar(department.id))")
        lines.append("name: \(Self.scalar(department.name))")
        lines.append("short: \(Self.scalar(department.short))")
        if !department.aliases.isEmpty { lines.append("aliases: [\(department.aliases.map(Self.scalar).joined(separator: ", "))]") }
        lines += weights("keywords", department.keywords, department: department.id, indent: "")
        lines += weights("exclude", department.exclude, department: department.id, indent: "")
        if !department.topics.isEmpty { lines.append("topics:") }
        for topic in department.topics {
            lines.append("  - id: \(Self.scalar(topic.id))")
            lines.append("    name: \(Self.scalar(topic.name))")
            lines += weights("keywords", topic.keywords, department: department.id, indent: "    ")
            if !topic.combos.isEmpty {
                lines.append("    combos:")
                for combo in topic.combos {
                    lines.append("      - {terms: [\(combo.terms.map(Self.scalar).joined(separator: ", "))], weight: \(formatWeight(combo.weight))}")
                }
            }
        }
        return lines
    }

    /// A `term: weight` mapping, heaviest first, then by term.
    private func weights(_ key: String, _ terms: [WeightedTerm], department: String, indent: String) -> [String] {
        guard !terms.isEmpty else { return [] }
        var lines = ["\(indent)\(key):"]
        for term in terms.sorted(by: { ($1.weight, $0.term) < ($0.weight, $1.term) }) {
            let comment = note(department, term.term).map { "  # \($0)" } ?? ""
            lines.append("\(indent)  \(Self.scalar(term.term)): \(formatWeight(term.weight))\(comment)")
        }
        return lines
    }

    /// A plain scalar when YAML reads it back as the same string, else a double-quoted one.
    static func scalar(_ text: String) -> String {
        let special = CharacterSet(charactersIn: ":#{}[],&*?|<>=!%@`\"'\\-~")
        let plain = !text.isEmpty && text.unicodeScalars.allSatisfy { !special.contains($0) && !$0.properties.isWhitespace }
            && !["true", "false", "null", "yes", "no", "on", "off", "y", "n"].contains(text.lowercased())
            && Double(text) == nil
        guard !plain else { return text }
        return "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
