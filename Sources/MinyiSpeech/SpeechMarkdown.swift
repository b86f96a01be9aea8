/// A readable Markdown digest: per section the speaker, department, topics, key figures as a
/// table, the numbered points and, with a report, the citizens' concerns mentioned and missing.
public enum SpeechMarkdown {
    public static func render(_ speeches: [Speech], comparisons: [[Int: ConcernComparison]]? = nil) -> String {
        var out = ""
        for (number, speech) in speeches.enumerated() {
            out += "# \(speech.title ?? speech.file)\n\n`\(speech.file)` · \(speech.sections.count) sections · \(speech.figures.count) figures\n"
            for (index, section) in speech.sections.enumerated() {
                let digest = SpeechDigest(section: section, comparison: comparisons?[number][index])
                out += "\n## \(index + 1). \(escape(digest.heading))\n\n"
                if let department = section.speaker?.department { out += "- Department: `\(department)`\n" }
                if !section.duties.isEmpty { out += "- Duties spoken about: \(section.duties.map { "`\($0)`" }.joined(separator: ", "))\n" }
                if !section.topics.isEmpty { out += "- Topics: \(escape(digest.topics))\n" }
                if !section.keywords.isEmpty { out += "- Keywords: \(escape(digest.keywords))\n" }
                if !digest.keyFigures.isEmpty {
                    out += "\n| \(SpeechDigest.figureColumns.joined(separator: " | ")) |\n|" + String(repeating: "---|", count: SpeechDigest.figureColumns.count) + "\n"
                    for figure in digest.keyFigures { out += "| \(SpeechDigest.cells(figure).map(escape).joined(separator: " | ")) |\n" }
                }
                let dates = section.figures.filter { $0.kind == .date || $0.kind == .period }.map(\.text)
                if !dates.isEmpty { out += "\nDates: \(escape(dates.joined(separator: "、")))\n" }
                if !section.points.isEmpty {
                    out += "\nPoints:\n"
                    for point in section.points { out += "- \(escape(point.marker)) \(escape(point.text))\n" }
                }
                if let comparison = digest.comparison {
                    out += "\nCitizens' concerns for `\(comparison.department)`:\n"
                    for match in comparison.mentioned { out += "- mentioned: \(escape(SpeechDigest.concern(match)))\n" }
                    for match in comparison.missing { out += "- not mentioned: \(escape(SpeechDigest.concern(match)))\n" }
                    if comparison.mentioned.isEmpty && comparison.missing.isEmpty { out += "- (the report has no concerns for this department)\n" }
                }
            }
            out += "\n"
        }
        return out
    }

    static func escape(_ text: String) -> String {
        text.replacingAll("|", with: "\\|").replacingAll("\n", with: " ")
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        for character in self { if character == target { result += replacement } else { result.append(character) } }
        return result
    }
}
