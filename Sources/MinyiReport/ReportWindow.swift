/// The days a report covers; both ends inclusive, either may be open.
public struct ReportWindow: Sendable, Hashable {
    public var from: FeedbackTime?
    public var to: FeedbackTime?

    public init(from: FeedbackTime? = nil, to: FeedbackTime? = nil) {
        self.from = from
        self.to = to
    }

    public var isOpen: Bool { from == nil && to == nil }

    /// Whether `feedback` falls in the window; with any bound set, texts without a time are out.
    public func contains(_ feedback: Feedback) -> Bool {
        if isOpen { return true }
        guard let time = feedback.time else { return false }
        if let from, time.day < from.day { return false }
        if let to, time.day > to.day { return false }
        return true
    }
}
