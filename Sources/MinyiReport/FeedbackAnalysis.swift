import Foundation
import MinyiText

/// Analyzes feedback on all cores: one `TextAnalyzer` per worker, results in input order.
public struct FeedbackAnalysis: Sendable {
    public var dictionary: SegmentationDictionary
    public var routing: any FeedbackRouting
    /// Words that end a place name (``NameStops``).
    public var nameStops: NameStops
    public var workers: Int

    public init(dictionary: SegmentationDictionary, routing: any FeedbackRouting = ManualRouting(), nameStops: NameStops = NameStops(),
                workers: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.dictionary = dictionary
        self.routing = routing
        self.nameStops = nameStops
        self.workers = max(1, workers)
    }

    /// Profiles of `feedback`, in the same order.
    public func profiles(_ feedback: [Feedback]) throws -> [FeedbackProfile] {
        let chunkSize = 256
        let chunkCount = (feedback.count + chunkSize - 1) / chunkSize
        let slots = Slots(chunks: chunkCount)
        let (dictionary, routing, workers) = (dictionary, routing, workers)
        let extractor = PlaceExtractor(matterPhrases: routing.matterPhrases, stops: nameStops)
        DispatchQueue.concurrentPerform(iterations: min(workers, max(1, chunkCount))) { worker in
            let analyzer: TextAnalyzer
            do { analyzer = try TextAnalyzer(dictionary: dictionary) } catch {
                slots.fail(error)
                return
            }
            for chunk in stride(from: worker, to: chunkCount, by: workers) {
                let range = (chunk * chunkSize)..<min(feedback.count, (chunk + 1) * chunkSize)
                slots.store(chunk, range.map { index in
                    let item = feedback[index]
                    let label = routing.label(title: item.title, text: item.text, analyzer: analyzer)
                    return FeedbackProfile(analyzed: analyzer.analyze(item.fullText), routing: label, extractor: extractor)
                })
            }
        }
        return try slots.joined(capacity: feedback.count)
    }
}

/// Per-chunk results written by concurrent workers.
private final class Slots: @unchecked Sendable {
    private var chunks: [[FeedbackProfile]]
    private var error: (any Error)?
    private let lock = NSLock()

    init(chunks: Int) { self.chunks = Array(repeating: [], count: chunks) }

    func store(_ chunk: Int, _ profiles: [FeedbackProfile]) { lock.withLock { chunks[chunk] = profiles } }

    func fail(_ error: any Error) { lock.withLock { self.error = error } }

    func joined(capacity: Int) throws -> [FeedbackProfile] {
        if let error { throw error }
        var all: [FeedbackProfile] = []
        all.reserveCapacity(capacity)
        for chunk in chunks { all += chunk }
        return all
    }
}
