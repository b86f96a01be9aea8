import ArgumentParser
import Logging
import MinyiRouting
import MinyiServer
import MinyiStore

/// `minyi serve`: the HTTP routing service.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve routing over HTTP (POST /route, /route/batch; tickets, manual queue, stats).",
        discussion: """
            Routes each ticket sent to POST /route (or up to 1,000 at once to POST /route/batch) with the \
            lexicon pack, on one routing thread per core, and answers the department, topic, confidence \
            and evidence as JSON, the same decision `minyi route` makes. With --db, routed tickets are kept \
            in a SQLite file: GET /tickets/manual lists those waiting for a person, POST \
            /tickets/{id}/correct re-routes one, GET /stats counts them. Logs one line per request on \
            stderr. SIGINT or SIGTERM stops it after the requests in progress. API: docs/serve.md.
            """
    )

    @Option(help: "Address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on.")
    var port = 8080

    @Option(help: "SQLite file to keep routed tickets in (created when missing). Without it no tickets are kept.")
    var db: String?

    @Option(help: "Log level: trace, debug, info, notice, warning, error or critical.")
    var logLevel = "info"

    @OptionGroup var lexiconOptions: LexiconOptions
    @OptionGroup var routerFlags: RouterFlags
    @OptionGroup var dictionaryOptions: DictionaryOptions

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port must be between 1 and 65535, not \(port)") }
        guard (0...1).contains(routerFlags.threshold) else {
            throw ValidationError("--threshold must be between 0 and 1, not \(routerFlags.threshold)")
        }
        guard Logger.Level(rawValue: logLevel) != nil else { throw ValidationError("unknown --log-level \"\(logLevel)\"") }
    }

    func run() async throws {
        let pack = try lexiconOptions.load()
        var store: TicketStore?
        if let db {
            do { store = try TicketStore(path: db) } catch { throw ExitWithMessage(error.description) }
        }
        let service = try RoutingService(router: Router(pack: pack, options: routerFlags.options),
                                         dictionary: try dictionaryOptions.dictionary(for: pack), store: store)
        var logger = Logger(label: "minyi.serve")
        logger.logLevel = Logger.Level(rawValue: logLevel) ?? .info
        logger.info("serving lexicon \(pack.name) (\(pack.departments.count) departments) on http://\(host):\(port)",
                    metadata: ["db": "\(db ?? "none")"])
        try await service.run(host: host, port: port, logger: logger)
    }
}
