/// Maps an office or bureau name to a department id (`市公安局党委书记、局长` → `police`).
public protocol DepartmentResolver: Sendable {
    /// The department named in `text`, by its longest matching name; nil when none is.
    func department(in text: String) -> String?
}

/// A resolver over a fixed list of names: the longest name found in the text wins.
public struct DepartmentNames: DepartmentResolver {
    /// Department id → official names and aliases.
    public let names: [(name: String, id: String)]

    public init(_ names: [String: [String]]) {
        self.names = names.flatMap { id, aliases in aliases.map { (name: $0, id: id) } }
            .sorted { ($0.name.count, $1.id) > ($1.name.count, $0.id) }
    }

    public func department(in text: String) -> String? {
        names.first { text.contains($0.name) }?.id
    }
}
