/// The parts of a section a reader looks at first, shared by the Markdown and HTML renderers.
struct SpeechDigest {
    let section: Section
    let comparison: ConcernComparison?

    /// `砥砺奋进… — 申延军`, or what is known.
    var heading: String {
        let who = [section.speaker?.name, section.speaker?.position].compactMap { $0 }.joined(separator: " · ")
        switch (section.title, who.isEmpty) {
        case (let title?, false): return "\(title) — \(who)"
        case (let title?, true): return title
        case (nil, false): return who
        case (nil, true): return "编者按 / 导语"
        }
    }

    /// Figures that are quantities (dates and periods left out).
    var keyFigures: [Figure] { section.figures.filter { $0.kind != .date && $0.kind != .period } }

    static func value(_ figure: Figure) -> String {
        guard let value = figure.value else { return "" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    static func cells(_ figure: Figure) -> [String] {
        [figure.text, figure.kind.rawValue, value(figure), figure.unit ?? "", figure.qualifier?.rawValue ?? "", figure.change?.rawValue ?? ""]
    }

    static let figureColumns = ["figure", "kind", "value", "unit", "qualifier", "change"]

    var topics: String {
        section.topics.map { "\($0.name) (\($0.department): \($0.terms.joined(separator: "、")))" }.joined(separator: "; ")
    }

    var keywords: String {
        section.keywords.map { "\($0.term)×\($0.count)" }.joined(separator: " ")
    }

    static func concern(_ match: ConcernComparison.Match) -> String {
        let terms = match.matched.isEmpty ? "" : " — \(match.matched.joined(separator: "、"))"
        return "#\(match.rank) \(match.title) (\(match.count))\(terms)"
    }
}
