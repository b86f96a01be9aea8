import Dispatch

/// `transform` of every index in `0..<count`, computed in chunks on up to `workers` threads, in
/// index order (parsing a batch of input lines, analyzing texts). `transform` must only read shared state.
public func concurrentMap<T>(count: Int, workers: Int, chunkSize: Int = 512, _ transform: (Int) -> T) -> [T] {
    concurrentMap(count: count, states: Array(repeating: (), count: max(1, workers)), chunkSize: chunkSize) { _, index in transform(index) }
}

/// `transform` of every index in `0..<count`, in index order, computed in chunks on one thread per
/// state: each thread passes its own state (a `TextAnalyzer`, which is not thread-safe), and
/// `transform` must only read shared state besides it.
public func concurrentMap<State, T>(count: Int, states: [State], chunkSize: Int = 512, _ transform: (State, Int) -> T) -> [T] {
    let chunks = (count + chunkSize - 1) / chunkSize
    let workers = min(states.count, chunks)
    guard chunks > 1, workers > 1 else { return (0..<count).map { transform(states[0], $0) } }
    return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
        let results = UnsafeResults(buffer.baseAddress!)
        withoutActuallyEscaping(transform) { transform in
            let work = UnsafeTransform(transform, states)
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                for chunk in stride(from: worker, to: chunks, by: workers) {
                    for index in (chunk * chunkSize)..<min(count, (chunk + 1) * chunkSize) {
                        (results.base + index).initialize(to: work.transform(work.states[worker], index))
                    }
                }
            }
        }
        initialized = count
    }
}

/// The result buffer that workers write disjoint slots of.
private struct UnsafeResults<T>: @unchecked Sendable {
    let base: UnsafeMutablePointer<T>
    init(_ base: UnsafeMutablePointer<T>) { self.base = base }
}

/// A transform that only reads shared state besides its worker's own, called from several threads.
private struct UnsafeTransform<State, T>: @unchecked Sendable {
    let transform: (State, Int) -> T
    let states: [State]
    init(_ transform: @escaping (State, Int) -> T, _ states: [State]) {
        self.transform = transform
        self.states = states
    }
}
