import Hummingbird
import MinyiStore

extension RoutingService {
    /// `GET /tickets/manual?limit=&offset=`: the tickets waiting for a person, oldest first.
    func manualQueue(_ request: Request) async throws -> Response {
        let store = try requireStore()
        let limit = try Self.integer("limit", in: request, default: 50, range: 1...limits.pageSize)
        let offset = try Self.integer("offset", in: request, default: 0, range: 0...Int.max)
        struct Page: Encodable {
            let tickets: [Ticket]
            let limit: Int
            let offset: Int
        }
        return try JSONBody.response(Page(tickets: try await storeCall { try await store.manualQueue(limit: limit, offset: offset) },
                                          limit: limit, offset: offset))
    }

    /// `GET /tickets/{id}`
    func ticket(id: String) async throws -> Response {
        let store = try requireStore()
        guard let ticket = try await storeCall({ try await store.ticket(id: id) }) else {
            throw APIError(.notFound, TicketStoreError.ticketNotFound(id: id).description)
        }
        return try JSONBody.response(ticket)
    }

    /// `POST /tickets/{id}/correct` `{"department": "housing"}`: a person re-routes a ticket.
    func correct(_ request: Request, id: String) async throws -> Response {
        let store = try requireStore()
        let correction = try await JSONBody.decode(CorrectionRequest.self, from: request, limit: limits.bodyBytes)
        return try JSONBody.response(try await storeCall { try await store.correct(id: id, department: correction.department) })
    }

    /// `GET /stats`: tickets per department and status.
    func stats() async throws -> Response {
        let store = try requireStore()
        return try JSONBody.response(try await storeCall { try await store.counts() })
    }

    private func requireStore() throws -> TicketStore {
        guard let store else { throw APIError(.notFound, "this server keeps no tickets; start it with --db FILE") }
        return store
    }

    /// Runs a store call, answering its errors: unknown ticket 404, unknown department 400, else 500.
    private func storeCall<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as TicketStoreError {
            switch error {
            case .ticketNotFound: throw APIError(.notFound, error.description)
            case .unknownDepartment: throw APIError.badRequest(error.description)
            case .cannotOpen, .database: throw APIError(.internalServerError, error.description)
            }
        }
    }

    private static func integer(_ name: String, in request: Request, default value: Int, range: ClosedRange<Int>) throws -> Int {
        guard let text = request.uri.queryParameters.get(name) else { return value }
        guard let number = Int(text), range.contains(number) else {
            throw APIError.badRequest("\(name) must be an integer in \(range.lowerBound)…\(range.upperBound == Int.max ? "" : "\(range.upperBound)"), not \"\(text)\"")
        }
        return number
    }
}
