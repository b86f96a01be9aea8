import Foundation
import GRDB
import MinyiIO
import MinyiLexicon
@testable import MinyiRouting
@testable import MinyiStore
import Testing

@Suite struct TicketStoreTests {
    let path: String
    let store: TicketStore

    init() async throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("minyi-store-\(UUID().uuidString).sqlite").path
        store = try TicketStore(path: path)
        try await store.setDepartments([Self.department("housing", "淄博市住房和城乡建设局"), Self.department("police", "淄博市公安局")])
    }

    static func department(_ id: String, _ name: String) -> Department {
        Department(id: id, name: name, short: name, aliases: [], keywords: [], exclude: [], topics: [],
                   location: SourceLocation(file: "\(id).yaml", line: 1))
    }

    static func decision(_ department: String?, _ status: RoutingDecision.Status, confidence: Double = 0.9) -> RoutingDecision {
        let evidence = department.map {
            [Evidence(term: "物业", department: $0, topic: "property", role: .keyword, contribution: 3),
             Evidence(term: "派出所", department: "police", topic: nil, role: .alias, contribution: -1.5)]
        } ?? []
        return RoutingDecision(department: department, departmentName: department.map { "\($0) 局" },
                               topic: department.map { _ in TopicChoice(id: "property", name: "物业管理") },
                               confidence: confidence, status: status, score: 3, evidence: evidence, runnersUp: [])
    }

    static func incoming(_ id: String, minute: Int, text: String = "小区物业不作为") -> IncomingTicket {
        IncomingTicket(id: id, title: "物业", text: text, receivedAt: Date(timeIntervalSince1970: 1_800_000_000 + Double(minute) * 60))
    }

    @Test func migrationsCreateTheSchemaInWALMode() throws {
        let queue = try DatabaseQueue(path: path)
        let (columns, migrations, journal) = try queue.read { db in
            (try db.columns(in: "tickets").map(\.name),
             try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"),
             try String.fetchOne(db, sql: "PRAGMA journal_mode"))
        }
        #expect(columns == ["id", "title", "text", "received_at", "department", "department_name", "topic", "confidence",
                            "status", "evidence", "corrected_department", "corrected_at"])
        #expect(migrations == ["v1: tickets and departments"])
        #expect(journal == "wal")
        // Opening again applies nothing twice.
        _ = try TicketStore(path: path)
        #expect(try queue.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM grdb_migrations") } == 1)
    }

    @Test func savedTicketReadsBack() async throws {
        let incoming = Self.incoming("t1", minute: 0)
        try await store.save(incoming, Self.decision("housing", .routed))
        let ticket = try #require(try await store.ticket(id: "t1"))
        #expect(ticket.title == "物业" && ticket.text == "小区物业不作为")
        #expect(abs(ticket.receivedAt.timeIntervalSince(incoming.receivedAt)) < 0.001)
        #expect(ticket.department == "housing" && ticket.departmentName == "housing 局" && ticket.topic == "property")
        #expect(ticket.confidence == 0.9 && ticket.status == .routed)
        #expect(ticket.evidence == Self.decision("housing", .routed).evidence)
        #expect(ticket.correctedDepartment == nil && ticket.correctedAt == nil)
        #expect(try await store.ticket(id: "missing") == nil)
    }

    @Test func evidenceIsStoredAsJSON() async throws {
        try await store.save(Self.incoming("t1", minute: 0), Self.decision("housing", .routed))
        let json = try await DatabaseQueue(path: path).read { try String.fetchOne($0, sql: "SELECT evidence FROM tickets") }
        let decoded = try JSONSerialization.jsonObject(with: Data(try #require(json).utf8)) as? [[String: Any]]
        #expect(decoded?.first?["term"] as? String == "物业")
        #expect(decoded?.count == 2)
    }

    @Test func manualQueueIsOldestFirstAndPages() async throws {
        try await store.save([
            (Self.incoming("late", minute: 3), Self.decision("housing", .manual)),
            (Self.incoming("routed", minute: 0), Self.decision("housing", .routed)),
            (Self.incoming("early", minute: 1), Self.decision(nil, .manual)),
            (Self.incoming("middle", minute: 2), Self.decision("police", .manual)),
        ])
        #expect(try await store.manualQueue(limit: 10).map(\.id) == ["early", "middle", "late"])
        #expect(try await store.manualQueue(limit: 2).map(\.id) == ["early", "middle"])
        #expect(try await store.manualQueue(limit: 2, offset: 2).map(\.id) == ["late"])
        #expect(try await store.manualQueue(limit: 2, offset: 5).isEmpty)
    }

    @Test func correctionReroutesAndLeavesTheQueue() async throws {
        try await store.save(Self.incoming("t1", minute: 0), Self.decision("housing", .manual, confidence: 0.4))
        let time = Date(timeIntervalSince1970: 1_800_000_600)
        let corrected = try await store.correct(id: "t1", department: "police", at: time)
        #expect(corrected.status == .corrected)
        #expect(corrected.correctedDepartment == "police" && corrected.finalDepartment == "police")
        #expect(corrected.department == "housing")  // the router's choice stays on record
        #expect(abs(try #require(corrected.correctedAt).timeIntervalSince(time)) < 0.001)
        #expect(try await store.manualQueue(limit: 10).isEmpty)
        #expect(try await store.ticket(id: "t1") == corrected)
    }

    @Test func correctionToAnUnknownDepartmentOrTicketFails() async throws {
        try await store.save(Self.incoming("t1", minute: 0), Self.decision("housing", .manual))
        await #expect(throws: TicketStoreError.unknownDepartment("parks", known: ["housing", "police"])) {
            try await store.correct(id: "t1", department: "parks")
        }
        await #expect(throws: TicketStoreError.ticketNotFound(id: "t9")) {
            try await store.correct(id: "t9", department: "police")
        }
        #expect(try await store.ticket(id: "t1")?.status == .manual)
        #expect(TicketStoreError.unknownDepartment("parks", known: ["housing", "police"]).description
            == "unknown department \"parks\" (known: housing, police)")
    }

    @Test func savingAgainReroutesButKeepsArrivalAndCorrection() async throws {
        try await store.save(Self.incoming("t1", minute: 0), Self.decision("housing", .manual))
        try await store.correct(id: "t1", department: "police")
        try await store.save(Self.incoming("t1", minute: 5, text: "新的内容"), Self.decision("housing", .routed, confidence: 0.8))
        let ticket = try #require(try await store.ticket(id: "t1"))
        #expect(ticket.text == "新的内容" && ticket.confidence == 0.8)
        #expect(ticket.status == .corrected && ticket.correctedDepartment == "police")
        #expect(abs(ticket.receivedAt.timeIntervalSince1970 - 1_800_000_000) < 0.001)

        try await store.save(Self.incoming("t2", minute: 0), Self.decision("housing", .manual))
        try await store.save(Self.incoming("t2", minute: 1), Self.decision("police", .routed))
        #expect(try await store.ticket(id: "t2")?.status == .routed)
    }

    @Test func countsPerDepartmentAndStatus() async throws {
        try await store.save([
            (Self.incoming("a", minute: 0), Self.decision("housing", .routed)),
            (Self.incoming("b", minute: 1), Self.decision("housing", .routed)),
            (Self.incoming("c", minute: 2), Self.decision("housing", .manual)),
            (Self.incoming("d", minute: 3), Self.decision(nil, .manual)),
            (Self.incoming("e", minute: 4), Self.decision("police", .routed)),
        ])
        try await store.correct(id: "b", department: "police")
        let counts = try await store.counts()
        #expect(counts.all == StatusCounts([.routed: 2, .manual: 2, .corrected: 1]))
        #expect(counts.all.total == 5)
        #expect(counts.departments.map(\.department) == ["housing", "police", nil])
        #expect(counts.departments[0].tickets == StatusCounts([.routed: 1, .manual: 1]))
        #expect(counts.departments[1].tickets == StatusCounts([.routed: 1, .corrected: 1]))
        #expect(counts.departments[2].tickets == StatusCounts([.manual: 1]))
    }

    @Test func labeledHistoryHoldsFinalDepartments() async throws {
        try await store.save([
            (Self.incoming("routed", minute: 0), Self.decision("housing", .routed)),
            (Self.incoming("waiting", minute: 1), Self.decision("housing", .manual)),
            (Self.incoming("fixed", minute: 2, text: "半夜噪音"), Self.decision("housing", .manual)),
        ])
        try await store.correct(id: "fixed", department: "police")
        let history = try await store.labeledHistory()
        #expect(history == [
            LabeledText(id: "routed", title: "物业", text: "小区物业不作为", label: "housing"),
            LabeledText(id: "fixed", title: "物业", text: "半夜噪音", label: "police"),
        ])
    }

    @Test func concurrentWritesAndReadsAllLand() async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            for number in 0..<40 {
                group.addTask {
                    try await store.save(Self.incoming("c\(number)", minute: number), Self.decision("housing", number.isMultiple(of: 2) ? .routed : .manual))
                    _ = try await store.manualQueue(limit: 5)
                }
            }
            try await group.waitForAll()
        }
        let counts = try await store.counts()
        #expect(counts.all.total == 40 && counts.all.manual == 20)
    }

    @Test func unopenableFileIsAnErrorNamingIt() {
        let bad = "/nonexistent-minyi-folder/tickets.sqlite"
        #expect {
            _ = try TicketStore(path: bad)
        } throws: { error in
            guard case let .cannotOpen(path, _) = error as? TicketStoreError else { return false }
            return path == bad && (error as! TicketStoreError).description.contains(bad)
        }
    }
}
