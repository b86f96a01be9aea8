import MinyiText

/// Feedback grouped into concerns and ranked: the input of every report format and of evaluation.
public struct ConcernAnalysis: Sendable {
    /// The texts in the window, in input order.
    public let feedback: [Feedback]
    /// Their profiles, with the names the gazetteer found.
    public let profiles: [FeedbackProfile]
    public let grouping: ConcernGrouping
    /// Every group, best first.
    public let ranked: [RankedGroup]
    public let measure: RankingMeasure

    /// Analyzes, groups and ranks the texts of `feedback` that fall in `window`.
    public init(feedback: [Feedback], window: ReportWindow = ReportWindow(), analysis: FeedbackAnalysis,
                grouper: ConcernGrouper = ConcernGrouper(), ranker: ConcernRanker = ConcernRanker()) throws {
        let selected = window.isOpen ? feedback : feedback.filter(window.contains)
        self.feedback = selected
        grouping = grouper.group(try analysis.profiles(selected), workers: analysis.workers, commonWords: analysis.dictionary.commonWords)
        profiles = grouping.profiles
        ranked = ranker.rank(grouping.groups, feedback: selected)
        measure = ranker.measure
    }

    /// The report of the `top` best concerns, with personal data masked.
    public func report(top: Int, analyzer: TextAnalyzer, masker: PersonalDataMasker = PersonalDataMasker()) -> ConcernReport {
        let summarizer = ConcernSummarizer(feedback: feedback, profiles: profiles, vectors: grouping.vectors,
                                           shownNames: grouping.shownNames, analyzer: analyzer, masker: masker)
        let concerns = ranked.prefix(max(0, top)).enumerated().map { summarizer.concern($1, rank: $0 + 1) }
        var departments: [String: Int] = [:]
        var topics: [Tally: Int] = [:]
        var manual = 0
        for profile in profiles {
            departments[profile.routing.department ?? "manual", default: 0] += 1
            if profile.routing.isManual { manual += 1 }
            if let department = profile.routing.department, let topic = profile.routing.topic {
                topics[Tally(department: department, topic: topic, count: 0), default: 0] += 1
            }
        }
        let departmentTallies = departments.map { Tally(department: $0.key, topic: nil, count: $0.value) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.department < $1.department }
        let topicTallies = topics.map { Tally(department: $0.key.department, topic: $0.key.topic, count: $0.value) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : ($0.department, $0.topic ?? "") < ($1.department, $1.topic ?? "") }
        let rankedBy: String
        switch measure {
        case .submitters: rankedBy = "submitters"
        case .hotness: rankedBy = "hotness"
        }
        var inTop = [Bool](repeating: false, count: feedback.count)
        for group in ranked.prefix(max(0, top)) { for member in group.members { inTop[member] = true } }
        let timeline = TimelineBuilder().timeline(times: feedback.map(\.time), inTop: inTop)
        return ConcernReport(concerns: concerns, departments: departmentTallies, topics: topicTallies, total: feedback.count,
                             manualShare: feedback.isEmpty ? 0 : Double(manual) / Double(feedback.count), rankedBy: rankedBy,
                             timeline: timeline)
    }
}
