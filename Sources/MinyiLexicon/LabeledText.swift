/// A text with its gold label (a department id or name), for learning and evaluation.
public struct LabeledText: Sendable, Hashable {
    public let id: String
    public let title: String?
    public let text: String
    public let label: String

    public init(id: String, title: String? = nil, text: String, label: String) {
        self.id = id
        self.title = title
        self.text = text
        self.label = label
    }
}
