import Foundation
import GRDB
import MinyiLexicon
import MinyiRouting

/// Routed tickets in a SQLite database (WAL, so reads run beside the single writer): the manual
/// queue, people's corrections, counts, and the labeled history that lexicons learn from.
public final class TicketStore: Sendable {
    /// The database file.
    public let path: String
    private let pool: DatabasePool
    private let writer: TicketWriter

    /// Opens the database at `path`, creating it and applying pending migrations.
    public init(path: String) throws(TicketStoreError) {
        let pool = try Self.open(path)
        self.path = path
        self.pool = pool
        writer = TicketWriter(pool: pool, path: path)
    }

    private static func open(_ path: String) throws(TicketStoreError) -> DatabasePool {
        var configuration = Configuration()
        configuration.busyMode = .timeout(5)
        do {
            let pool = try DatabasePool(path: path, configuration: configuration)
            try TicketSchema.migrator.migrate(pool)
            return pool
        } catch {
            throw .cannotOpen(path: path, reason: TicketStoreError.reason(error))
        }
    }

    /// Replaces the departments that tickets may be corrected to (the serving lexicon pack's).
    public func setDepartments(_ departments: [Department]) async throws(TicketStoreError) {
        let rows = departments.map { ($0.id, $0.name) }
        try await write("set departments") { db in
            try db.execute(sql: "DELETE FROM departments")
            for (id, name) in rows {
                try db.execute(sql: "INSERT INTO departments (id, name) VALUES (?, ?)", arguments: [id, name])
            }
        }
    }

    /// Stores routed tickets. A ticket already stored is routed anew, but keeps its first arrival
    /// time and a person's correction. Returns once the tickets are committed.
    public func save(_ tickets: [(ticket: IncomingTicket, decision: RoutingDecision)]) async throws(TicketStoreError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var rows: [StatementArguments] = []
        for (ticket, decision) in tickets {
            let evidence: String
            do { evidence = String(decoding: try encoder.encode(decision.evidence), as: UTF8.self) } catch {
                throw TicketStoreError(error, path: path, operation: "encode the evidence of ticket \(ticket.id)")
            }
            rows.append([ticket.id, ticket.title, ticket.text, ticket.receivedAt, decision.department, decision.departmentName,
                         decision.topic?.id, decision.confidence, decision.status.rawValue, evidence])
        }
        try await writer.save(rows)
    }

    /// Stores one routed ticket (see `save(_:)`).
    public func save(_ ticket: IncomingTicket, _ decision: RoutingDecision) async throws(TicketStoreError) {
        try await save([(ticket, decision)])
    }

    /// The ticket with `id`, or nil.
    public func ticket(id: String) async throws(TicketStoreError) -> Ticket? {
        try await read("read ticket \(id)") { db in try Ticket.fetchOne(db, key: id) }
    }

    /// Tickets waiting for a person, oldest first.
    public func manualQueue(limit: Int, offset: Int = 0) async throws(TicketStoreError) -> [Ticket] {
        try await read("read the manual queue") { db in
            try Ticket.filter(Column("status") == TicketStatus.manual.rawValue)
                .order(Column("received_at"), Column("id"))
                .limit(max(0, limit), offset: max(0, offset))
                .fetchAll(db)
        }
    }

    /// A person sends ticket `id` to `department` (an id set by `setDepartments`); returns the ticket.
    @discardableResult
    public func correct(id: String, department: String, at time: Date = Date()) async throws(TicketStoreError) -> Ticket {
        try await write("correct ticket \(id)") { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM departments WHERE id = ?", arguments: [department]) == true else {
                throw TicketStoreError.unknownDepartment(department, known: try String.fetchAll(db, sql: "SELECT id FROM departments ORDER BY id"))
            }
            try db.execute(sql: "UPDATE tickets SET status = 'corrected', corrected_department = ?, corrected_at = ? WHERE id = ?",
                           arguments: [department, time, id])
            guard db.changesCount == 1, let ticket = try Ticket.fetchOne(db, key: id) else {
                throw TicketStoreError.ticketNotFound(id: id)
            }
            return ticket
        }
    }

    /// Tickets per final department and status.
    public func counts() async throws(TicketStoreError) -> TicketCounts {
        let rows = try await read("count tickets") { db in
            try Row.fetchAll(db, sql: """
                SELECT CASE status WHEN 'corrected' THEN corrected_department ELSE department END AS department,
                       status, COUNT(*) AS count
                FROM tickets GROUP BY 1, 2
                """).map { row in (department: row["department"] as String?, status: row["status"] as String, count: row["count"] as Int) }
        }
        var all: [TicketStatus: Int] = [:]
        var byDepartment: [String?: [TicketStatus: Int]] = [:]
        for row in rows {
            guard let status = TicketStatus(rawValue: row.status) else { continue }
            all[status, default: 0] += row.count
            byDepartment[row.department, default: [:]][status, default: 0] += row.count
        }
        let departments = byDepartment.map { DepartmentCounts(department: $0.key, tickets: StatusCounts($0.value)) }
            .sorted { ($0.department ?? "\u{10FFFF}") < ($1.department ?? "\u{10FFFF}") }
        return TicketCounts(all: StatusCounts(all), departments: departments)
    }

    /// Texts labeled with their final department id, oldest first, for `LexiconLearner`: people's
    /// corrections and the router's own routed decisions (manual tickets nobody corrected have no label).
    public func labeledHistory() async throws(TicketStoreError) -> [LabeledText] {
        try await read("read the labeled history") { db in
            try Row.fetchAll(db, sql: """
                SELECT id, title, text, CASE status WHEN 'corrected' THEN corrected_department ELSE department END AS label
                FROM tickets
                WHERE status = 'corrected' OR (status = 'routed' AND department IS NOT NULL)
                ORDER BY received_at, id
                """).map { LabeledText(id: $0["id"], title: $0["title"], text: $0["text"], label: $0["label"]) }
        }
    }

    // MARK: Access

    private func read<T: Sendable>(_ operation: String, _ body: @Sendable @escaping (Database) throws -> T) async throws(TicketStoreError) -> T {
        do { return try await pool.read(body) } catch { throw TicketStoreError(error, path: path, operation: operation) }
    }

    private func write<T: Sendable>(_ operation: String, _ body: @Sendable @escaping (Database) throws -> T) async throws(TicketStoreError) -> T {
        do { return try await pool.write(body) } catch { throw TicketStoreError(error, path: path, operation: operation) }
    }
}

extension Ticket: FetchableRecord, TableRecord {
    public static let databaseTableName = "tickets"
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
}
