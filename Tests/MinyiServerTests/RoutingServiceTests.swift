import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import MinyiLexicon
import MinyiRouting
import MinyiServer
import MinyiStore
import MinyiText
import Testing

/// The service over a real loopback connection (`.live` binds localhost on a free port).
@Suite struct RoutingServiceTests {
    let pack: LexiconPack

    init() throws {
        pack = try ServicePack.load()
    }

    func service(store: TicketStore? = nil, limits: ServiceLimits = ServiceLimits()) throws -> RoutingService {
        try RoutingService(router: MinyiRouting.Router(pack: pack), store: store, limits: limits)
    }

    static var logger: Logger {
        var logger = Logger(label: "minyi.serve.test")
        logger.logLevel = .warning
        return logger
    }

    static func temporaryStore() throws -> TicketStore {
        try TicketStore(path: FileManager.default.temporaryDirectory.appendingPathComponent("minyi-serve-\(UUID().uuidString).sqlite").path)
    }

    @Test func healthNamesTheLexicon() async throws {
        try await service().application(logger: Self.logger).test(.live) { client in
            let response = try await client.execute(uri: "/health", method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/json; charset=utf-8")
            #expect(String(buffer: response.body) == #"{"departments":3,"lexicon":"serve-test","status":"ok"}"#)
        }
    }

    @Test func clearCaseIsRoutedWithEvidence() async throws {
        try await service().application(logger: Self.logger).test(.live) { client in
            let response = try await post(client, "/route", #"{"id": "a1", "title": "物业费", "text": "小区物业不作为，物业费却年年涨"}"#)
            #expect(response.status == .ok)
            let decision = try JSONDecoder().decode(RoutingDecision.self, from: Data(buffer: response.body))
            #expect(decision.department == "housing")
            #expect(decision.departmentName == "淄博市住房和城乡建设局")
            #expect(decision.topic?.id == "property")
            #expect(decision.status == .routed)
            #expect(decision.evidence.contains { $0.term == "物业费" && $0.department == "housing" && $0.contribution > 0 })
            #expect(try json(response)["id"] as? String == "a1")
        }
    }

    @Test func textWithoutEvidenceGoesToAPerson() async throws {
        try await service().application(logger: Self.logger).test(.live) { client in
            let response = try await post(client, "/route", #"{"text": "今天天气很好，谢谢"}"#)
            #expect(response.status == .ok)
            let body = try json(response)
            #expect(body["status"] as? String == "manual")
            #expect(body["department"] == nil)
            #expect((body["evidence"] as? [Any])?.isEmpty == true)
            #expect(body["confidence"] as? Double == 0)
            // An id is assigned when none is given.
            #expect(UUID(uuidString: try #require(body["id"] as? String)) != nil)
        }
    }

    @Test(arguments: [
        (#"{"text": "公交"#, "request body is not valid JSON"),
        ("", "request body is empty; expected a JSON object"),
        (#"["公交"]"#, "request body must be an object"),
        (#"{"title": "公交"}"#, #"missing field "text""#),
        (#"{"text": 12}"#, #"field "text" must be a string"#),
        (#"{"text": null}"#, #"field "text" must not be null"#),
        (#"{"text": "   "}"#, "text is empty"),
        (#"{"id": "", "text": "公交"}"#, "id is empty; omit it to have one assigned"),
    ])
    func badRequestsGetAClearError(body: String, message: String) async throws {
        try await service().application(logger: Self.logger).test(.live) { client in
            let response = try await post(client, "/route", body)
            #expect(response.status == .badRequest)
            let error = try #require(try json(response)["error"] as? String)
            #expect(error.hasPrefix(message), "\(error)")
        }
    }

    @Test func oversizedTextAndBodyAreRefused() async throws {
        var limits = ServiceLimits()
        limits.textBytes = 300
        limits.bodyBytes = 1_000
        try await service(limits: limits).application(logger: Self.logger).test(.live) { client in
            let long = String(repeating: "公交", count: 60)  // 360 bytes
            let tooLong = try await post(client, "/route", #"{"text": "\#(long)"}"#)
            #expect(tooLong.status == .badRequest)
            #expect(try json(tooLong)["error"] as? String == "text is 360 bytes; the limit is 300")
            let huge = try await post(client, "/route", #"{"text": "\#(String(repeating: "公交", count: 200))"}"#)
            #expect(huge.status == .contentTooLarge)
            #expect(try json(huge)["error"] as? String == "request body is over the limit of 1000 bytes")
            // The server keeps answering.
            #expect(try await post(client, "/route", #"{"text": "公交晚点"}"#).status == .ok)
        }
    }

    @Test func unknownEndpointIsAJSONNotFound() async throws {
        try await service().application(logger: Self.logger).test(.live) { client in
            let response = try await client.execute(uri: "/nowhere", method: .get)
            #expect(response.status == .notFound)
            #expect(try json(response)["error"] as? String == "no such endpoint: GET /nowhere")
        }
    }

    @Test func batchRoutesInOrderWithErrorsAtTheirIndex() async throws {
        let store = try Self.temporaryStore()
        try await service(store: store).application(logger: Self.logger).test(.live) { client in
            let response = try await post(client, "/route/batch", #"""
                {"items": [
                    {"id": "b0", "text": "小区物业不作为"},
                    {"id": "b1", "title": "没有正文"},
                    {"text": 5},
                    {"id": "b3", "text": "公交车晚点，班次太少"},
                    {"id": "b4", "text": ""},
                    "不是对象",
                    {"id": "b6", "text": "楼下广场舞音响太吵"}
                ]}
                """#)
            #expect(response.status == .ok)
            let results = try #require(try json(response)["results"] as? [[String: Any]])
            #expect(results.count == 7)
            #expect(results.map { $0["id"] as? String } == ["b0", "b1", nil, "b3", "b4", nil, "b6"])
            #expect(results.map { $0["department"] as? String } == ["housing", nil, nil, "transport", nil, nil, "police"])
            #expect(results.map { $0["index"] as? Int } == [nil, 1, 2, nil, 4, 5, nil])
            #expect(results[1]["error"] as? String == #"missing field "items[1].text""#)
            #expect(results[2]["error"] as? String == #"field "items[2].text" must be a string"#)
            #expect(results[4]["error"] as? String == "text is empty")
            #expect(results[5]["error"] as? String == #"field "items[5]" must be an object"#)
            // Only the good items are stored.
            #expect(try await store.counts().all.total == 3)
            #expect(try await store.ticket(id: "b3")?.department == "transport")
        }
    }

    @Test func batchOverTheLimitIsRefused() async throws {
        var limits = ServiceLimits()
        limits.batchItems = 2
        try await service(limits: limits).application(logger: Self.logger).test(.live) { client in
            let response = try await post(client, "/route/batch", #"{"items": [{"text": "公交"}, {"text": "公交"}, {"text": "公交"}]}"#)
            #expect(response.status == .badRequest)
            #expect(try json(response)["error"] as? String == "batch has 3 items; the limit is 2")
            let missing = try await post(client, "/route/batch", #"{"tickets": []}"#)
            #expect(try json(missing)["error"] as? String == #"missing field "items""#)
        }
    }

    @Test func ticketIsStoredQueuedAndCorrectedThroughTheAPI() async throws {
        let store = try Self.temporaryStore()
        try await service(store: store).application(logger: Self.logger).test(.live) { client in
            #expect(try await post(client, "/route", #"{"id": "t1", "text": "物业 报警"}"#).status == .ok)
            #expect(try await post(client, "/route", #"{"id": "t2", "text": "公交车晚点"}"#).status == .ok)

            let stored = try await client.execute(uri: "/tickets/t1", method: .get)
            #expect(stored.status == .ok)
            let ticket = try json(stored)
            #expect(ticket["status"] as? String == "manual")
            #expect(ticket["text"] as? String == "物业 报警")
            #expect((ticket["evidence"] as? [Any])?.count == 2)
            #expect((ticket["receivedAt"] as? String).flatMap { ISO8601DateFormatter().date(from: $0) } != nil)

            let queue = try json(try await client.execute(uri: "/tickets/manual?limit=10", method: .get))
            #expect((queue["tickets"] as? [[String: Any]])?.map { $0["id"] as? String } == ["t1"])
            #expect(queue["limit"] as? Int == 10 && queue["offset"] as? Int == 0)

            let corrected = try await post(client, "/tickets/t1/correct", #"{"department": "police"}"#)
            #expect(corrected.status == .ok)
            #expect(try json(corrected)["correctedDepartment"] as? String == "police")
            #expect(try json(corrected)["status"] as? String == "corrected")
            let emptied = try json(try await client.execute(uri: "/tickets/manual", method: .get))
            #expect((emptied["tickets"] as? [Any])?.isEmpty == true)

            let stats = try await client.execute(uri: "/stats", method: .get)
            let counts = try JSONDecoder().decode(TicketCounts.self, from: Data(buffer: stats.body))
            let all: [Int] = [counts.all.routed, counts.all.manual, counts.all.corrected, counts.all.total]
            #expect(all == [1, 0, 1, 2])
            #expect(counts.departments.map(\.department) == ["police", "transport"])
            #expect(counts.departments.map(\.tickets.total) == [1, 1])
        }
    }

    @Test func ticketErrorsAre404Or400() async throws {
        let store = try Self.temporaryStore()
        try await service(store: store).application(logger: Self.logger).test(.live) { client in
            #expect(try await post(client, "/route", #"{"id": "t1", "text": "公交车晚点"}"#).status == .ok)

            let missing = try await client.execute(uri: "/tickets/nope", method: .get)
            #expect(missing.status == .notFound)
            #expect(try json(missing)["error"] as? String == #"no ticket with id "nope""#)

            let unknownTicket = try await post(client, "/tickets/nope/correct", #"{"department": "police"}"#)
            #expect(unknownTicket.status == .notFound)

            let unknownDepartment = try await post(client, "/tickets/t1/correct", #"{"department": "parks"}"#)
            #expect(unknownDepartment.status == .badRequest)
            #expect(try json(unknownDepartment)["error"] as? String == #"unknown department "parks" (known: housing, police, transport)"#)

            let noDepartment = try await post(client, "/tickets/t1/correct", #"{"dept": "police"}"#)
            #expect(try json(noDepartment)["error"] as? String == #"missing field "department""#)

            for query in ["limit=0", "limit=abc", "limit=501", "offset=-1"] {
                let response = try await client.execute(uri: "/tickets/manual?\(query)", method: .get)
                #expect(response.status == .badRequest, "\(query)")
            }
            #expect(try await store.ticket(id: "t1")?.status == .routed)
        }
    }

    @Test func withoutAStoreTicketEndpointsSaySo() async throws {
        try await service().application(logger: Self.logger).test(.live) { client in
            for uri in ["/tickets/manual", "/tickets/t1", "/stats"] {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .notFound)
                #expect(try json(response)["error"] as? String == "this server keeps no tickets; start it with --db FILE")
            }
        }
    }

    @Test func fiftyParallelRequestsAreAllAnsweredCorrectly() async throws {
        let texts = ["小区物业不作为，物业费年年涨", "公交车晚点，班次太少", "楼下广场舞音响噪音扰民", "今天天气很好", "物业 报警"]
        let router = MinyiRouting.Router(pack: pack)
        let analyzer = try TextAnalyzer(dictionary: pack.dictionary)
        let expected = texts.map { router.route(text: $0, analyzer: analyzer) }
        let store = try Self.temporaryStore()
        try await service(store: store).application(logger: Self.logger).test(.live) { client in
            let port = try #require(client.port)
            let answers = try await withThrowingTaskGroup(of: (Int, String?, RoutingDecision).self) { group in
                for number in 0..<50 {
                    group.addTask {
                        try await TestClient.withClient(host: "localhost", port: port) { connection in
                            let body = #"{"id": "p\#(number)", "text": "\#(texts[number % texts.count])"}"#
                            let response = try await connection.post("/route", headers: [.contentType: "application/json"], body: ByteBuffer(string: body))
                            let data = Data(buffer: try #require(response.body))
                            let id = (try JSONSerialization.jsonObject(with: data) as? [String: Any])?["id"] as? String
                            return (number, id, try JSONDecoder().decode(RoutingDecision.self, from: data))
                        }
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(answers.count == 50)
            for (number, id, decision) in answers {
                #expect(id == "p\(number)")
                #expect(decision == expected[number % texts.count])
            }
            #expect(try await store.counts().all.total == 50)
        }
    }
}

private func post(_ client: some TestClientProtocol, _ uri: String, _ body: String) async throws -> TestResponse {
    try await client.execute(uri: uri, method: .post, headers: [.contentType: "application/json"], body: ByteBuffer(string: body))
}

private func json(_ response: TestResponse) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
}

private extension Data {
    init(buffer: ByteBuffer) { self.init(buffer.readableBytesView) }
}
