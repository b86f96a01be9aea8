import GRDB

/// The database schema, as migrations applied in order when a store opens.
enum TicketSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: tickets and departments") { db in
            try db.create(table: "departments") { table in
                table.primaryKey("id", .text)
                table.column("name", .text).notNull()
            }
            try db.create(table: "tickets") { table in
                table.primaryKey("id", .text)
                table.column("title", .text)
                table.column("text", .text).notNull()
                table.column("received_at", .datetime).notNull()
                table.column("department", .text)
                table.column("department_name", .text)
                table.column("topic", .text)
                table.column("confidence", .double).notNull()
                table.column("status", .text).notNull()
                    .check { TicketStatus.allCases.map(\.rawValue).contains($0) }
                table.column("evidence", .jsonText).notNull()
                table.column("corrected_department", .text)
                table.column("corrected_at", .datetime)
            }
            try db.create(index: "tickets_by_status", on: "tickets", columns: ["status", "received_at", "id"])
        }
        return migrator
    }
}
