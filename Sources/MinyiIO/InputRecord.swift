/// One piece of feedback read from the input.
public struct InputRecord: Sendable, Hashable {
    /// The id column's value, or `<file basename>:<line>` when the input has none.
    public var id: String
    /// The feedback text, with whitespace trimmed at both ends.
    public var text: String
    public var title: String?
    public var time: String?
    public var user: String?
    public var likes: Int?
    public var label: String?
    /// Every column (or JSON key) other than the text one, by name, trimmed.
    public var fields: [String: String]
    public var location: SourceLocation

    public init(id: String, text: String, title: String? = nil, time: String? = nil, user: String? = nil,
                likes: Int? = nil, label: String? = nil, fields: [String: String] = [:],
                location: SourceLocation) {
        self.id = id
        self.text = text
        self.title = title
        self.time = time
        self.user = user
        self.likes = likes
        self.label = label
        self.fields = fields
        self.location = location
    }
}

extension String {
    /// The string without the whitespace, zero-width spaces and BOMs that web forms leave at both ends.
    func trimmingNoise() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isNoise }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.isNoise })!
        if first == scalars.startIndex && last == scalars.index(before: scalars.endIndex) { return self }
        return String(scalars[first...last])
    }
}

extension String {
    /// Whether the string is empty or only whitespace (as `trimmingNoise` counts it).
    var isBlank: Bool { unicodeScalars.allSatisfy(\.isNoise) }
}

extension Unicode.Scalar {
    /// White space (Unicode's White_Space property), zero-width space or BOM.
    fileprivate var isNoise: Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
            true
        default:
            false
        }
    }
}
