import Foundation
import MinyiIO
import MinyiText

/// Analyzes feedback on all cores: one `TextAnalyzer` per worker, results in input order.
public struct FeedbackAnalysis: Sendable {
    public var dictionary: SegmentationDictionary
    public var routing: any FeedbackRouting
    /// Words that end a place name (``NameStops``).
    public var nameStops: NameStops
    /// Words read as one matter's standard word (``MatterSynonyms``); the dictionary must keep them whole.
    public var synonyms: MatterSynonyms
    public var workers: Int

    public init(dictionary: SegmentationDictionary, routing: any FeedbackRouting = ManualRouting(), nameStops: NameStops = NameStops(),
                synonyms: MatterSynonyms = MatterSynonyms(), workers: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.dictionary = dictionary
        self.routing = routing
        self.nameStops = nameStops
        self.synonyms = synonyms
        self.workers = max(1, workers)
    }

    /// Profiles of `feedback`, in the same order. Routing reads title and text apart, the profile
    /// both as one (``Feedback/fullText``): the text is analyzed once when that is all of it.
    public func profiles(_ feedback: [Feedback]) throws -> [FeedbackProfile] {
        let analyzers = try (0..<workers).map { _ in try TextAnalyzer(dictionary: dictionary) }
        let extractor = PlaceExtractor(matterPhrases: routing.matterPhrases, stops: nameStops)
        return concurrentMap(count: feedback.count, states: analyzers, chunkSize: 256) { analyzer, index in
            let item = feedback[index]
            let fullText = item.fullText
            var profile: FeedbackProfile
            if routing.readsTexts {
                let text = analyzer.analyze(item.text)
                let title = item.title.flatMap { $0.isEmpty ? nil : analyzer.analyze($0) }
                let label = routing.label(title: title, text: text)
                profile = FeedbackProfile(analyzed: fullText == item.text ? text : analyzer.analyze(fullText), routing: label, extractor: extractor,
                                          synonyms: synonyms)
            } else {
                let analyzed = analyzer.analyze(fullText)
                profile = FeedbackProfile(analyzed: analyzed, routing: routing.label(title: nil, text: analyzed), extractor: extractor,
                                          synonyms: synonyms)
            }
            profile.day = item.time?.day
            if FeedbackProfile.opensAsReply(item.text) { profile.secondsOthers = true }
            profile.thread = FeedbackProfile.Thread(title: item.title)
            return profile
        }
    }
}
