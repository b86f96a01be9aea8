import Dispatch
import MinyiRouting
import MinyiText
import Synchronization

/// One ticket's text to route.
struct RoutingInput: Sendable {
    let title: String?
    let text: String
}

/// Routes texts on a fixed set of lanes, each a serial dispatch queue that owns one `TextAnalyzer`
/// (which is not thread-safe). The chain never runs on the server's event loops or on Swift's
/// cooperative threads; work goes to the lane with the fewest bytes in flight.
final class RoutingWorkers: Sendable {
    private let router: MinyiRouting.Router
    private let lanes: [Lane]
    private let bytesInFlight: Mutex<[Int]>

    init(router: MinyiRouting.Router, dictionary: SegmentationDictionary, lanes count: Int) throws {
        self.router = router
        lanes = try (0..<max(1, count)).map { Lane(label: "minyi.routing.\($0)", analyzer: try TextAnalyzer(dictionary: dictionary)) }
        bytesInFlight = Mutex([Int](repeating: 0, count: lanes.count))
    }

    var laneCount: Int { lanes.count }

    /// Routes `inputs` one after another on one lane; decisions come back in input order.
    func route(_ inputs: [RoutingInput]) async -> [RoutingDecision] {
        let bytes = inputs.reduce(0) { $0 + $1.text.utf8.count + ($1.title?.utf8.count ?? 0) }
        let index = bytesInFlight.withLock { load in
            let index = load.indices.min { load[$0] < load[$1] }!
            load[index] += bytes
            return index
        }
        defer { bytesInFlight.withLock { $0[index] -= bytes } }
        let lane = lanes[index]
        return await withCheckedContinuation { continuation in
            lane.queue.async { [router] in
                continuation.resume(returning: inputs.map { router.route(title: $0.title, text: $0.text, analyzer: lane.analyzer) })
            }
        }
    }
}

/// A serial queue and the analyzer that only that queue uses.
private final class Lane: @unchecked Sendable {
    let queue: DispatchQueue
    /// Touched only by work running on `queue`, one text at a time.
    let analyzer: TextAnalyzer

    init(label: String, analyzer: TextAnalyzer) {
        queue = DispatchQueue(label: label, qos: .userInitiated)
        self.analyzer = analyzer
    }
}
