import MinyiLexicon
import MinyiText

/// The pack compiled for matching: one trie over every keyword, alias, exclude and combo term, and
/// for each term what it is evidence for.
struct KeywordIndex: Sendable {
    struct Entry: Sendable {
        let department: Int
        let topic: Int?
        let role: Evidence.Role
        let weight: Double
    }

    struct ComboRule: Sendable {
        let department: Int
        let topic: Int
        let terms: [Int]
        let weight: Double
    }

    private(set) var trie = TermTrie()
    private(set) var terms: [String] = []
    private(set) var entries: [[Entry]] = []
    private(set) var combos: [ComboRule] = []
    private(set) var negations = TermTrie()
    private(set) var requests = TermTrie()

    init(pack: LexiconPack, aliasWeight: Double, requestCues: [String]) {
        for (index, department) in pack.departments.enumerated() {
            for alias in department.aliases { add(alias, Entry(department: index, topic: nil, role: .alias, weight: aliasWeight)) }
            for keyword in department.keywords { add(keyword.term, Entry(department: index, topic: nil, role: .keyword, weight: keyword.weight)) }
            for term in department.exclude { add(term.term, Entry(department: index, topic: nil, role: .exclude, weight: -term.weight)) }
            for (topicIndex, topic) in department.topics.enumerated() {
                for keyword in topic.keywords { add(keyword.term, Entry(department: index, topic: topicIndex, role: .keyword, weight: keyword.weight)) }
                for combo in topic.combos {
                    combos.append(ComboRule(department: index, topic: topicIndex, terms: combo.terms.map { termIndex($0) }, weight: combo.weight))
                }
            }
        }
        for cue in pack.negations where !cue.isEmpty { negations.insert(Array(cue.utf16)) }
        for cue in requestCues where !cue.isEmpty { requests.insert(Array(cue.utf16)) }
    }

    private mutating func termIndex(_ term: String) -> Int {
        let index = trie.insert(Array(term.utf16))
        if index == terms.count {
            terms.append(term)
            entries.append([])
        }
        return index
    }

    private mutating func add(_ term: String, _ entry: Entry) {
        guard !term.isEmpty else { return }
        entries[termIndex(term)].append(entry)
    }
}
