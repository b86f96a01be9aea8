import Foundation
import Hummingbird
import MinyiRouting
import MinyiStore

extension RoutingService {
    /// `POST /route`: route one ticket, store it, answer the decision with its id.
    func route(_ request: Request) async throws -> Response {
        let body = try await JSONBody.decode(RouteRequest.self, from: request, limit: limits.bodyBytes)
        let ticket = try body.ticket(limits: limits, receivedAt: Date())
        let decision = await workers.route([RoutingInput(title: ticket.title, text: ticket.text)])[0]
        try await save([(ticket, decision)])
        return try JSONBody.response(RoutedTicket(id: ticket.id, decision: decision))
    }

    /// `POST /route/batch`: route up to `limits.batchItems` tickets, split across the lanes; a bad
    /// item gets an error entry at its index and the others are routed and stored.
    func routeBatch(_ request: Request) async throws -> Response {
        let batch = try await JSONBody.decode(BatchRequest.self, from: request, limit: limits.batchBodyBytes)
        guard batch.items.count <= limits.batchItems else {
            throw APIError.badRequest("batch has \(batch.items.count) items; the limit is \(limits.batchItems)")
        }
        let receivedAt = Date()
        var results = [BatchResult?](repeating: nil, count: batch.items.count)
        var accepted: [(index: Int, ticket: IncomingTicket)] = []
        for (index, item) in batch.items.enumerated() {
            switch item {
            case let .request(body):
                do { accepted.append((index, try body.ticket(limits: limits, receivedAt: receivedAt))) } catch {
                    results[index] = .failed(index: index, id: body.id, error: error.message)
                }
            case let .unreadable(id, error):
                results[index] = .failed(index: index, id: id, error: error.message)
            }
        }
        let decisions = await routeInParallel(accepted.map { RoutingInput(title: $0.ticket.title, text: $0.ticket.text) })
        try await save(zip(accepted, decisions).map { ($0.ticket, $1) })
        for ((index, ticket), decision) in zip(accepted, decisions) {
            results[index] = .routed(RoutedTicket(id: ticket.id, decision: decision))
        }
        return try JSONBody.response(["results": results.map { $0! }])
    }

    /// Splits `inputs` into one contiguous chunk per lane and routes the chunks at once.
    private func routeInParallel(_ inputs: [RoutingInput]) async -> [RoutingDecision] {
        guard !inputs.isEmpty else { return [] }
        let chunkSize = (inputs.count + workers.laneCount - 1) / workers.laneCount
        let chunks = stride(from: 0, to: inputs.count, by: chunkSize).map { Array(inputs[$0..<min($0 + chunkSize, inputs.count)]) }
        return await withTaskGroup(of: (Int, [RoutingDecision]).self) { group in
            for (number, chunk) in chunks.enumerated() {
                group.addTask { (number, await workers.route(chunk)) }
            }
            var routed = [[RoutingDecision]](repeating: [], count: chunks.count)
            for await (number, decisions) in group { routed[number] = decisions }
            return routed.flatMap { $0 }
        }
    }

    private func save(_ tickets: [(ticket: IncomingTicket, decision: RoutingDecision)]) async throws {
        guard let store, !tickets.isEmpty else { return }
        do {
            try await store.save(tickets)
        } catch {
            throw APIError(.internalServerError, "routed, but could not store: \(error)")
        }
    }
}
