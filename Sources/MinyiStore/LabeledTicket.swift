/// A ticket's text with its final department, for learning lexicons from the routing history.
public struct LabeledTicket: Sendable, Hashable {
    public let id: String
    public let title: String?
    public let text: String
    /// A person's correction, else the router's department of a routed ticket.
    public let department: String
}
