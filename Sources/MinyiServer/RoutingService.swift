import Foundation
import Hummingbird
import Logging
import MinyiLexicon
import MinyiRouting
import MinyiStore
import MinyiText

/// The HTTP routing service: intake systems send tickets one at a time or in batches and get the
/// department, topic, confidence and evidence back; with a `TicketStore`, routed tickets are kept
/// for the manual queue, corrections and statistics. See docs/serve.md for the API.
public struct RoutingService: Sendable {
    public let pack: LexiconPack
    public let limits: ServiceLimits
    let store: TicketStore?
    let workers: RoutingWorkers

    /// - Parameters:
    ///   - router: the router and its options.
    ///   - dictionary: the segmentation dictionary (default: the pack's terms only).
    ///   - store: where routed tickets are kept; without one the ticket endpoints answer 404.
    ///   - lanes: how many texts are routed at once (default: one per core).
    public init(router: MinyiRouting.Router, dictionary: SegmentationDictionary? = nil, store: TicketStore? = nil,
                limits: ServiceLimits = ServiceLimits(), lanes: Int = ProcessInfo.processInfo.activeProcessorCount) throws {
        pack = router.pack
        self.limits = limits
        self.store = store
        workers = try RoutingWorkers(router: router, dictionary: dictionary ?? router.pack.dictionary, lanes: lanes)
    }

    /// The application serving on `host:port`; before it listens, the store learns the pack's
    /// departments (the ones tickets may be corrected to).
    public func application(host: String = "127.0.0.1", port: Int = 8080, logger: Logger) -> some ApplicationProtocol {
        var application = Application(router: httpRouter(), configuration: .init(address: .hostname(host, port: port), serverName: "minyi"),
                                      logger: logger)
        if let store {
            application.beforeServerStarts { [pack] in try await store.setDepartments(pack.departments) }
        }
        return application
    }

    /// Serves until SIGINT or SIGTERM, then finishes the requests in progress and stops.
    public func run(host: String, port: Int, logger: Logger) async throws {
        try await application(host: host, port: port, logger: logger).runService()
    }

    func httpRouter() -> Hummingbird.Router<BasicRequestContext> {
        let router = Hummingbird.Router()
        router.add(middleware: RequestLogMiddleware())
        router.add(middleware: ErrorResponseMiddleware())
        router.get("health") { _, _ in try health() }
        router.post("route") { request, _ in try await route(request) }
        router.post("route/batch") { request, _ in try await routeBatch(request) }
        router.get("tickets/manual") { request, _ in try await manualQueue(request) }
        router.get("tickets/:id") { _, context in try await ticket(id: context.parameters.require("id")) }
        router.post("tickets/:id/correct") { request, context in try await correct(request, id: context.parameters.require("id")) }
        router.get("stats") { _, _ in try await stats() }
        return router
    }

    /// `GET /health`
    func health() throws -> Response {
        struct Health: Encodable {
            let status: String
            let lexicon: String
            let departments: Int
        }
        return try JSONBody.response(Health(status: "ok", lexicon: pack.name, departments: pack.departments.count))
    }
}
