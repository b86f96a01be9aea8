import Dispatch
import Foundation

/// Maps chunks of input on several threads and hands the results back in input order, with at most
/// `2 × workers` chunks in flight, so memory stays flat however long the input is.
///
/// Each worker thread owns a `State` (e.g. a `TextAnalyzer`, which is not thread-safe) made by
/// `makeState`; states are pooled and reused.
final class OrderedParallelMap<Input: Sendable, Output: Sendable, State>: @unchecked Sendable {
    private let workers: Int
    private let makeState: () throws -> State
    private let transform: (State, [Input]) -> [Output]
    private let lock = NSLock()
    private var pool: [State] = []
    private var finished: [Int: [Output]] = [:]

    init(workers: Int = ProcessInfo.processInfo.activeProcessorCount,
         makeState: @escaping () throws -> State,
         transform: @escaping (State, [Input]) -> [Output]) {
        self.workers = max(1, workers)
        self.makeState = makeState
        self.transform = transform
    }

    /// Pulls chunks from `nextChunk` until it returns nil, and passes each chunk's outputs to `emit`
    /// in input order (on the calling thread).
    func run(nextChunk: () throws -> [Input]?, emit: ([Output]) throws -> Void) throws {
        for _ in 0..<workers { pool.append(try makeState()) }
        let slots = DispatchSemaphore(value: workers * 2)
        // Up to 2 × workers chunks are in flight but only `workers` states exist: a chunk waits for one.
        let states = DispatchSemaphore(value: workers)
        let group = DispatchGroup()
        var submitted = 0
        var emitted = 0

        func drain() throws {
            while true {
                lock.lock()
                let ready = finished.removeValue(forKey: emitted)
                lock.unlock()
                guard let ready else { return }
                try emit(ready)
                emitted += 1
                slots.signal()
            }
        }

        while let chunk = try nextChunk() {
            while slots.wait(timeout: .now() + .milliseconds(2)) == .timedOut { try drain() }
            let index = submitted
            submitted += 1
            group.enter()
            DispatchQueue.global().async { [self] in
                states.wait()
                lock.lock()
                let state = pool.removeLast()
                lock.unlock()
                let output = transform(state, chunk)
                lock.lock()
                pool.append(state)
                finished[index] = output
                lock.unlock()
                states.signal()
                group.leave()
            }
            try drain()
        }
        while emitted < submitted {
            _ = group.wait(timeout: .now() + .milliseconds(2))
            try drain()
        }
    }
}
