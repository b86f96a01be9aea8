import Foundation
import MinyiStore

/// `POST /route` body, and one item of `POST /route/batch`: `{"id"?, "title"?, "text"}`.
struct RouteRequest: Decodable, Sendable {
    let id: String?
    let title: String?
    let text: String

    /// The ticket to route, received now; an absent id gets a new UUID. Throws a 400 for an empty or
    /// oversized text, title or id.
    func ticket(limits: ServiceLimits, receivedAt: Date) throws(APIError) -> IncomingTicket {
        if let id {
            guard !id.isEmpty else { throw .badRequest("id is empty; omit it to have one assigned") }
            guard id.utf8.count <= limits.idBytes else { throw .badRequest("id is \(id.utf8.count) bytes; the limit is \(limits.idBytes)") }
        }
        guard text.contains(where: { !$0.isWhitespace }) else { throw .badRequest("text is empty") }
        guard text.utf8.count <= limits.textBytes else {
            throw .badRequest("text is \(text.utf8.count) bytes; the limit is \(limits.textBytes)")
        }
        if let title, title.utf8.count > limits.titleBytes {
            throw .badRequest("title is \(title.utf8.count) bytes; the limit is \(limits.titleBytes)")
        }
        let title = title.flatMap { $0.contains { !$0.isWhitespace } ? $0 : nil }
        return IncomingTicket(id: id ?? UUID().uuidString.lowercased(), title: title, text: text, receivedAt: receivedAt)
    }
}

/// `POST /route/batch` body: `{"items": [...]}`. Each item decodes on its own, so one bad item
/// does not fail the others.
struct BatchRequest: Decodable, Sendable {
    /// One item, or why it could not be read (with its id when that much was readable).
    enum Item: Decodable, Sendable {
        case request(RouteRequest)
        case unreadable(id: String?, error: APIError)

        private enum CodingKeys: String, CodingKey { case id }

        init(from decoder: any Decoder) {
            do {
                self = .request(try RouteRequest(from: decoder))
            } catch {
                let id = try? decoder.container(keyedBy: CodingKeys.self).decodeIfPresent(String.self, forKey: .id)
                let message = (error as? DecodingError).map(JSONBody.describe) ?? "\(error)"
                self = .unreadable(id: id ?? nil, error: .badRequest(message))
            }
        }
    }

    let items: [Item]
}

/// `POST /tickets/{id}/correct` body: `{"department": "housing"}`.
struct CorrectionRequest: Decodable, Sendable {
    let department: String
}
