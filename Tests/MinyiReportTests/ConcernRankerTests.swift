import Testing
@testable import MinyiReport

@Suite struct ConcernRankerTests {
    /// Group 0: four texts by two users; group 1: three texts by three users.
    static func feedback(users: Bool) -> [Feedback] {
        let owners = ["a", "a", "a", "b", "c", "d", "e"]
        return owners.enumerated().map { index, user in
            Feedback(id: "t\(index)", text: "x", time: FeedbackTime(parsing: "2026-11-\(10 + index)"), user: users ? user : nil)
        }
    }
    static let groups = [[0, 1, 2, 3], [4, 5, 6]]

    @Test func distinctSubmittersRankFirstWhenUsersExist() {
        let ranked = ConcernRanker().rank(Self.groups, feedback: Self.feedback(users: true))
        #expect(ranked.map(\.members) == [[4, 5, 6], [0, 1, 2, 3]])
        #expect(ranked.map(\.count) == [3, 2])
    }

    @Test func textsCountWithoutUsers() {
        let ranked = ConcernRanker().rank(Self.groups, feedback: Self.feedback(users: false))
        #expect(ranked.map(\.members) == [[0, 1, 2, 3], [4, 5, 6]])
        #expect(ranked.map(\.count) == [4, 3])
    }

    @Test func aTieGoesToTheLargerThenTheMoreLikedThenTheEarlierGroup() {
        var feedback = (0..<6).map { Feedback(id: "t\($0)", text: "x", user: "u\($0)") }
        let groups = [[0, 1], [2, 3], [4, 5]]
        #expect(ConcernRanker().rank(groups, feedback: feedback).map(\.members) == groups)
        feedback[4].likes = 3
        feedback[2].likes = 1
        #expect(ConcernRanker().rank(groups, feedback: feedback).map(\.members) == [[4, 5], [2, 3], [0, 1]])
        #expect(ConcernRanker().rank(groups, feedback: feedback).map(\.likes) == [3, 1, 0])
    }

    @Test func hotnessWeighsRecencyAndLikes() {
        var feedback = Self.feedback(users: false)
        // Group 0 is old, group 1 recent: with a one-day half-life, recency wins over size.
        for index in 0..<4 { feedback[index].time = FeedbackTime(parsing: "2026-01-0\(index + 1)") }
        let ranked = ConcernRanker(measure: .hotness(halfLifeDays: 1)).rank(Self.groups, feedback: feedback)
        #expect(ranked.map(\.members) == [[4, 5, 6], [0, 1, 2, 3]])
        // Likes add ln(1 + likes).
        feedback[0].likes = 1_000_000
        let liked = ConcernRanker(measure: .hotness(halfLifeDays: 1)).rank(Self.groups, feedback: feedback)
        #expect(liked.first?.members == [0, 1, 2, 3])
        let hot = ConcernRanker.hotness(of: [4], in: feedback, reference: feedback[6].time, halfLifeDays: 1)
        #expect(abs(hot - 0.25) < 1e-9)
    }
}

@Suite struct FeedbackTimeTests {
    @Test(arguments: [
        ("2019/4/25 9:32:09", "2019-04-25 09:32:09"),
        ("2026-11-29", "2026-11-29 00:00:00"),
        ("2026-11-29T08:05:00+08:00", "2026-11-29 08:05:00"),
        ("2026年2月28日 23:59", "2026-02-28 23:59:00"),
        ("1970-01-01 00:00:00", "1970-01-01 00:00:00"),
    ])
    func parses(_ input: String, _ expected: String) {
        #expect(FeedbackTime(parsing: input)?.description == expected)
    }

    @Test(arguments: ["", "昨天", "2026-02-30", "2026-13-01", "12:30"])
    func rejects(_ input: String) {
        #expect(FeedbackTime(parsing: input) == nil)
    }
}
