import GRDB
import Synchronization

/// Writes saved tickets. Saves that arrive while a transaction is being committed wait and go into
/// the next transaction together, so under load many tickets share one commit (and one fsync); each
/// caller returns once its own tickets are committed.
final class TicketWriter: Sendable {
    /// Inserts a ticket, or routes a stored one anew keeping its arrival time and a correction.
    static let upsert = """
        INSERT INTO tickets (id, title, text, received_at, department, department_name, topic, confidence, status, evidence)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (id) DO UPDATE SET
            title = excluded.title, text = excluded.text, department = excluded.department,
            department_name = excluded.department_name, topic = excluded.topic,
            confidence = excluded.confidence, evidence = excluded.evidence,
            status = CASE tickets.status WHEN 'corrected' THEN 'corrected' ELSE excluded.status END
        """

    private typealias Waiter = (rows: [StatementArguments], done: CheckedContinuation<Result<Void, TicketStoreError>, Never>)

    private struct Queue {
        var waiting: [Waiter] = []
        var committing = false
    }

    private let pool: DatabasePool
    private let path: String
    private let queue = Mutex(Queue())

    init(pool: DatabasePool, path: String) {
        self.pool = pool
        self.path = path
    }

    /// Commits `rows` (arguments of `upsert`), with whatever else is waiting.
    func save(_ rows: [StatementArguments]) async throws(TicketStoreError) {
        try await withCheckedContinuation { done in
            let startsCommitting = queue.withLock { queue in
                queue.waiting.append((rows, done))
                defer { queue.committing = true }
                return !queue.committing
            }
            if startsCommitting { Task { await commitWaiting() } }
        }.get()
    }

    /// Commits the waiting saves, group after group, until none is left.
    private func commitWaiting() async {
        while true {
            let group: [Waiter] = queue.withLock { queue in
                defer { queue.waiting.removeAll() }
                if queue.waiting.isEmpty { queue.committing = false }
                return queue.waiting
            }
            guard !group.isEmpty else { return }
            let rows = group.flatMap(\.rows)
            let result: Result<Void, TicketStoreError>
            do {
                try await pool.write { db in
                    let statement = try db.cachedStatement(sql: Self.upsert)
                    for row in rows { try statement.execute(arguments: row) }
                }
                result = .success(())
            } catch {
                result = .failure(TicketStoreError(error, path: path, operation: "save \(rows.count) ticket(s)"))
            }
            for waiter in group { waiter.done.resume(returning: result) }
        }
    }
}
