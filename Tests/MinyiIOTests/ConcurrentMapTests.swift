import Testing
@testable import MinyiIO

@Suite struct ConcurrentMapTests {
    @Test(arguments: [0, 1, 511, 512, 513, 5_000])
    func resultsComeInIndexOrder(_ count: Int) {
        let words = (0..<count).map { "词\($0)" }
        for workers in [1, 2, 3] {
            #expect(concurrentMap(count: count, workers: workers) { words[$0] + "!" } == words.map { $0 + "!" })
        }
    }
}
