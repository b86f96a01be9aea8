import MinyiText
import Yams

/// Turns the YAML files of a pack into `Department`s and the pack header, normalizing every term like
/// analyzed text; problems of form (unknown keys, bad weights, missing ids, empty topics) are collected.
struct PackParser {
    let normalizer: TextNormalizer

    struct Header {
        var name = ""
        var description = ""
        var version = ""
        var terms: [String] = []
        var negations: [String] = []
    }

    /// Terms as the router compares them: normalized, spaces removed.
    func normalize(_ term: String) -> String {
        let units = normalizer.normalize(term).units.filter { $0 != 0x20 }
        return units.elementsEqual(term.utf16) ? term : String(decoding: units, as: UTF16.self)
    }

    func parseHeader(file: String) -> (Header?, [LexiconProblem]) {
        let reader = NodeReader(file: file)
        guard let root = reader.compose(),
              let fields = reader.mapping(root, what: "pack.yaml", allowed: ["name", "description", "version", "terms", "negations"], required: ["name"])
        else { return (nil, reader.problems) }
        var header = Header()
        header.name = reader.string(fields["name"], what: "name") ?? ""
        header.description = reader.string(fields["description"], what: "description") ?? ""
        header.version = reader.string(fields["version"], what: "version") ?? ""
        header.terms = reader.strings(fields["terms"], what: "terms").map { normalize($0.0) }
        header.negations = reader.strings(fields["negations"], what: "negations").map { normalize($0.0) }
        return (header, reader.problems)
    }

    func parseDepartment(file: String, expectedID: String) -> (Department?, [LexiconProblem]) {
        let reader = NodeReader(file: file)
        guard let root = reader.compose(),
              let fields = reader.mapping(root, what: "a department", allowed: ["id", "name", "short", "aliases", "keywords", "exclude", "topics"], required: ["id", "name"])
        else { return (nil, reader.problems) }
        let id = reader.string(fields["id"], what: "id") ?? ""
        if let idNode = fields["id"], !id.isEmpty, id != expectedID {
            reader.error(idNode, "unknown id \"\(id)\": a department's id must be its file name (\"\(expectedID)\")")
        }
        let name = reader.string(fields["name"], what: "name") ?? ""
        var topics: [Topic] = []
        if let topicsNode = fields["topics"] {
            if let sequence = topicsNode.sequence {
                topics = sequence.compactMap { parseTopic($0, reader: reader) }
            } else {
                reader.error(topicsNode, "topics must be a list")
            }
        }
        let department = Department(
            id: id.isEmpty ? expectedID : id,
            name: name,
            short: reader.string(fields["short"], what: "short") ?? name,
            aliases: reader.strings(fields["aliases"], what: "aliases").map { normalize($0.0) },
            keywords: weightedTerms(fields["keywords"], what: "keywords", reader: reader),
            exclude: weightedTerms(fields["exclude"], what: "exclude", reader: reader),
            topics: topics,
            location: reader.location(root))
        if ["keywords", "aliases", "topics"].allSatisfy({ entryCount(fields[$0]) == 0 }) {
            reader.error(root, "department \"\(department.id)\" has no keywords, aliases or topics")
        }
        return (department, reader.problems)
    }

    private func parseTopic(_ node: Node, reader: NodeReader) -> Topic? {
        guard let fields = reader.mapping(node, what: "a topic", allowed: ["id", "name", "keywords", "combos"], required: ["id", "name"]) else { return nil }
        let id = reader.string(fields["id"], what: "topic id") ?? ""
        let name = reader.string(fields["name"], what: "topic name") ?? id
        let keywords = weightedTerms(fields["keywords"], what: "keywords of topic \"\(id)\"", reader: reader)
        var combos: [Combo] = []
        if let combosNode = fields["combos"] {
            if let sequence = combosNode.sequence {
                combos = sequence.compactMap { parseCombo($0, reader: reader) }
            } else {
                reader.error(combosNode, "combos must be a list")
            }
        }
        if entryCount(fields["keywords"]) == 0 && entryCount(fields["combos"]) == 0 {
            reader.error(node, "topic \"\(id)\" is empty: it has no keywords or combos")
        }
        guard !id.isEmpty else { return nil }
        return Topic(id: id, name: name, keywords: keywords, combos: combos, location: reader.location(node))
    }

    /// Entries written in a list or mapping, valid or not (so a bad entry does not also make its parent "empty").
    private func entryCount(_ node: Node?) -> Int {
        node?.mapping?.count ?? node?.sequence?.count ?? 0
    }

    private func parseCombo(_ node: Node, reader: NodeReader) -> Combo? {
        guard let fields = reader.mapping(node, what: "a combo", allowed: ["terms", "weight"], required: ["terms", "weight"]) else { return nil }
        let terms = reader.strings(fields["terms"], what: "combo terms").map { normalize($0.0) }
        if let termsNode = fields["terms"], terms.count < 2 {
            reader.error(termsNode, "a combo needs at least two terms")
            return nil
        }
        guard let weightNode = fields["weight"], let weight = reader.weight(weightNode, what: "combo weight") else { return nil }
        return Combo(terms: terms, weight: weight, location: reader.location(node))
    }

    private func weightedTerms(_ node: Node?, what: String, reader: NodeReader) -> [WeightedTerm] {
        reader.weightedTerms(node, what: what).compactMap { term, weight, keyNode in
            let normalized = normalize(term)
            guard !normalized.isEmpty else {
                reader.error(keyNode, "the term \"\(term)\" is empty after normalization")
                return nil
            }
            return WeightedTerm(term: normalized, weight: weight, location: reader.location(keyNode))
        }
    }
}
