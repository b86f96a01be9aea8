/// What the speech analyzer needs from a lexicon pack: per department, its names, weighted
/// keywords and topics. Built from a `LexiconPack` by the command line, or by hand in tests.
public struct SpeechLexicon: Sendable {
    public struct Term: Sendable, Hashable {
        public var term: String
        public var weight: Double
        public init(_ term: String, weight: Double = 1) {
            self.term = term
            self.weight = weight
        }
    }

    public struct Topic: Sendable {
        public var id: String
        public var name: String
        public var keywords: [Term]
        public init(id: String, name: String, keywords: [Term]) {
            self.id = id
            self.name = name
            self.keywords = keywords
        }
    }

    public struct Department: Sendable {
        public var id: String
        public var name: String
        public var aliases: [String]
        public var keywords: [Term]
        public var topics: [Topic]
        public init(id: String, name: String, aliases: [String], keywords: [Term], topics: [Topic]) {
            self.id = id
            self.name = name
            self.aliases = aliases
            self.keywords = keywords
            self.topics = topics
        }
    }

    public var departments: [Department]

    public init(departments: [Department]) {
        self.departments = departments
    }

    /// Resolves positions by the departments' names and aliases, longest first.
    public var resolver: DepartmentNames {
        var names: [String: [String]] = [:]
        for department in departments { names[department.id, default: []] += [department.name] + department.aliases }
        return DepartmentNames(names)
    }
}
