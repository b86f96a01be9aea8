import Dispatch

/// `transform` of every index in `0..<count`, computed in chunks on up to `workers` threads, in
/// index order. `transform` must only read shared state.
func concurrentMap<T>(count: Int, workers: Int, chunkSize: Int = 512, _ transform: (Int) -> T) -> [T] {
    let chunks = (count + chunkSize - 1) / chunkSize
    guard chunks > 1, workers > 1 else { return (0..<count).map(transform) }
    return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
        let results = UnsafeResults(buffer.baseAddress!)
        withoutActuallyEscaping(transform) { transform in
            let work = UnsafeTransform(transform)
            DispatchQueue.concurrentPerform(iterations: min(workers, chunks)) { worker in
                for chunk in stride(from: worker, to: chunks, by: workers) {
                    for index in (chunk * chunkSize)..<min(count, (chunk + 1) * chunkSize) {
                        (results.base + index).initialize(to: work.transform(index))
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

/// A transform that only reads shared state, called from several threads.
private struct UnsafeTransform<T>: @unchecked Sendable {
    let transform: (Int) -> T
    init(_ transform: @escaping (Int) -> T) { self.transform = transform }
}
