import Foundation

/// How concerns are ordered.
public enum RankingMeasure: Sendable, Hashable {
    /// Number of distinct submitters (texts without a user count one each).
    case submitters
    /// Submitters weighted by recency plus a likes term; see ``ConcernRanker/hotness(of:in:reference:)``.
    case hotness(halfLifeDays: Double)
}

/// A group of texts with the numbers it is ranked by.
public struct RankedGroup: Sendable, Hashable {
    public var members: [Int]
    /// Distinct submitters; texts without a user count one each.
    public var count: Int
    /// Recency-weighted submitters plus ln(1 + likes), when ranking by hotness.
    public var hotness: Double?
    /// The members' likes together.
    public var likes: Int
}

/// Orders groups by submitters or hotness; ties go to the larger, then the more liked (the concern
/// more people support), then the earlier group.
public struct ConcernRanker: Sendable {
    public var measure: RankingMeasure

    public init(measure: RankingMeasure = .submitters) { self.measure = measure }

    /// All groups, best first.
    public func rank(_ groups: [[Int]], feedback: [Feedback]) -> [RankedGroup] {
        let reference = feedback.compactMap(\.time).max()
        let ranked = groups.map { members -> RankedGroup in
            var group = RankedGroup(members: members, count: Self.submitters(members, feedback), hotness: nil,
                                    likes: members.reduce(0) { $0 + max(0, feedback[$1].likes ?? 0) })
            if case .hotness(let halfLife) = measure {
                group.hotness = Self.hotness(of: members, in: feedback, reference: reference, halfLifeDays: halfLife)
            }
            return group
        }
        return ranked.sorted { a, b in
            if let ha = a.hotness, let hb = b.hotness, ha != hb { return ha > hb }
            if a.count != b.count { return a.count > b.count }
            if a.members.count != b.members.count { return a.members.count > b.members.count }
            if a.likes != b.likes { return a.likes > b.likes }
            return a.members[0] < b.members[0]
        }
    }

    static func submitters(_ members: [Int], _ feedback: [Feedback]) -> Int {
        var users = Set<String>()
        var anonymous = 0
        for member in members {
            if let user = feedback[member].user, !user.isEmpty { users.insert(user) } else { anonymous += 1 }
        }
        return users.count + anonymous
    }

    /// hot = Σ over distinct submitters of 2^(−age / halfLife) + ln(1 + total likes), where age is the
    /// days from the submitter's newest text in the group to the newest text of the whole input.
    /// Texts without a time have age 0; texts without a user count as their own submitter.
    public static func hotness(of members: [Int], in feedback: [Feedback], reference: FeedbackTime?, halfLifeDays: Double) -> Double {
        var newestByUser: [String: Int] = [:]
        var decayed = 0.0
        var likes = 0
        func weight(_ time: FeedbackTime?) -> Double {
            guard let time, let reference, halfLifeDays > 0 else { return 1 }
            let ageDays = Double(reference.seconds - time.seconds) / 86_400
            return pow(2, -max(0, ageDays) / halfLifeDays)
        }
        for member in members {
            let item = feedback[member]
            likes += max(0, item.likes ?? 0)
            guard let user = item.user, !user.isEmpty else {
                decayed += weight(item.time)
                continue
            }
            let seconds = item.time?.seconds ?? Int.max
            if let previous = newestByUser[user], previous >= seconds { continue }
            newestByUser[user] = seconds
        }
        for seconds in newestByUser.values { decayed += weight(seconds == Int.max ? nil : FeedbackTime(seconds: seconds)) }
        return decayed + log1p(Double(likes))
    }
}
