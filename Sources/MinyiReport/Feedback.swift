/// One piece of public feedback as the report sees it: a hotline ticket, a suggestion, a web message.
public struct Feedback: Sendable, Hashable {
    public var id: String
    public var text: String
    public var title: String?
    /// When it was submitted, if known.
    public var time: FeedbackTime?
    /// Who submitted it, if known: concerns count distinct submitters when present.
    public var user: String?
    public var likes: Int?

    public init(id: String, text: String, title: String? = nil, time: FeedbackTime? = nil, user: String? = nil, likes: Int? = nil) {
        self.id = id
        self.text = text
        self.title = title
        self.time = time
        self.user = user
        self.likes = likes
    }

    /// Title and text as one string, the way the analysis reads them.
    var fullText: String {
        guard let title, !title.isEmpty, !text.hasPrefix(title) else { return text }
        return title + "。" + text
    }
}
