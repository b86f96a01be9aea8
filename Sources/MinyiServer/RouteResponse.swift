import MinyiRouting

/// A routed ticket as answered: the `RoutingDecision`'s fields plus `id`.
struct RoutedTicket: Encodable, Sendable {
    let id: String
    let decision: RoutingDecision

    private enum CodingKeys: String, CodingKey { case id }

    func encode(to encoder: any Encoder) throws {
        try decision.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
    }
}

/// One entry of a batch answer: a routed ticket, or the error of the item at `index`.
enum BatchResult: Encodable, Sendable {
    case routed(RoutedTicket)
    case failed(index: Int, id: String?, error: String)

    private enum CodingKeys: String, CodingKey { case index, id, error }

    func encode(to encoder: any Encoder) throws {
        switch self {
        case let .routed(ticket):
            try ticket.encode(to: encoder)
        case let .failed(index, id, error):
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(index, forKey: .index)
            try container.encodeIfPresent(id, forKey: .id)
            try container.encode(error, forKey: .error)
        }
    }
}
