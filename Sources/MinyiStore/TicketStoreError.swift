import GRDB

/// What went wrong in the ticket store, with the database file and the operation.
public enum TicketStoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The database file could not be opened or migrated.
    case cannotOpen(path: String, reason: String)
    case ticketNotFound(id: String)
    /// A correction named a department the store does not know; `known` lists the valid ids.
    case unknownDepartment(String, known: [String])
    /// SQLite failed during `operation`.
    case database(path: String, operation: String, reason: String)

    /// `error` as it happened during `operation` on the database at `path` (kept as is when it
    /// already is a `TicketStoreError`).
    init(_ error: any Error, path: String, operation: String) {
        self = (error as? TicketStoreError) ?? .database(path: path, operation: operation, reason: Self.reason(error))
    }

    static func reason(_ error: any Error) -> String {
        (error as? DatabaseError).map { $0.message ?? "\($0.resultCode)" } ?? "\(error)"
    }

    public var description: String {
        switch self {
        case let .cannotOpen(path, reason): "cannot open ticket database \(path): \(reason)"
        case let .ticketNotFound(id): "no ticket with id \"\(id)\""
        case let .unknownDepartment(id, known): "unknown department \"\(id)\" (known: \(known.joined(separator: ", ")))"
        case let .database(path, operation, reason): "ticket database \(path): \(operation) failed: \(reason)"
        }
    }
}
