import Testing
@testable import MinyiReport

@Suite struct PlacelessSetsTests {
    /// Links as sets of neighbours, both ways.
    static func links(_ count: Int, _ pairs: [(Int32, Int32)]) -> [Set<Int32>] {
        var links = [Set<Int32>](repeating: [], count: count)
        for (a, b) in pairs {
            links[Int(a)].insert(b)
            links[Int(b)].insert(a)
        }
        return links
    }

    @Test func theCoreDropsTailsAndChainsAndKeepsCycles() {
        // 0-1-2 a triangle with a tail 3-4; 5-6-7 a chain.
        let links = Self.links(8, [(0, 1), (1, 2), (2, 0), (2, 3), (3, 4), (5, 6), (6, 7)])
        let kept = PlacelessSets.kCore(links, core: 2)
        #expect(kept == [true, true, true, false, false, false, false, false])
        #expect(PlacelessSets.connectedSets(links, kept: kept).map { Set($0) } == [[0, 1, 2]])
    }

    @Test func twoCyclesJoinedByALinkAreOneConnectedSet() {
        let links = Self.links(6, [(0, 1), (1, 2), (2, 0), (3, 4), (4, 5), (5, 3), (2, 3)])
        let kept = PlacelessSets.kCore(links, core: 2)
        #expect(kept.allSatisfy { $0 })
        #expect(PlacelessSets.connectedSets(links, kept: kept).map { Set($0) } == [[0, 1, 2, 3, 4, 5]])
    }

    @Test func sparseDotAddsTheSharedTermsOnly() {
        let dot = PlacelessSets.dot([1, 3, 7], [0.5, 0.5, 1], [3, 4, 7], [2, 9, 0.25])
        #expect(dot == 0.5 * 2 + 1 * 0.25)
    }

    /// holdout20 (`corpora/report/holdout20`): a rule of the whole city moving rubbish bins to set
    /// points and hours, 43 texts that name no place, among one-offs on rubbish and on other services.
    static let rows = Fixtures.labeledRows("holdout20")

    @Test func aRuleOfTheWholeCityToldInManyWaysIsOneConcern() throws {
        try #require(Self.rows.count == 441)
        let profiles = try Fixtures.analysis().profiles(Fixtures.feedback(Self.rows.map(\.text)))
        let groups = ConcernGrouper().group(profiles).groups
        let rule = try #require(groups.max { a, b in
            a.filter { Self.rows[$0].concern == "R01" }.count < b.filter { Self.rows[$0].concern == "R01" }.count
        })
        let members = rule.filter { Self.rows[$0].concern == "R01" }.count
        #expect(members >= 20, "R01 has 43 texts, its largest group holds \(members)")
        #expect(rule.count - members <= 1, "\(rule.count - members) texts of other concerns joined")
    }

    /// The sets found among holdout20's texts of three matters of the whole city (the rubbish rule,
    /// driving-test slots, a gas valve: R01, R03, R04) and its one-offs at a low bar for links, which
    /// chains the matters; of each set, how many texts it holds of the matter it holds second most of.
    /// `splitCoherence` replaces the finder's own when given.
    static func secondMatters(splitCoherence: Float? = nil) throws -> [Int] {
        let profiles = try Fixtures.analysis().profiles(Fixtures.feedback(rows.map(\.text)))
        let vectors = TermVectors(profiles: profiles)
        var finder = PlacelessSets(vectors: vectors, association: TermAssociation(vectors: vectors))
        finder.expandedCosine = 0.3
        if let splitCoherence { finder.splitCoherence = splitCoherence }
        let matters = ["R01", "R03", "R04"]
        let texts = rows.indices.filter { (matters + [""]).contains(rows[$0].concern) }
        return finder.denseSets(of: texts, workers: 2) { _, _ in true }.map { set in
            matters.map { matter in set.filter { rows[$0].concern == matter }.count }.sorted()[1]
        }
    }

    @Test func aSetLinkingTwoMattersSplitsWhereTheyAgreeLeast() throws {
        try #require(Self.rows.count == 441)
        let split = try Self.secondMatters()
        #expect(split.count >= 3 && split.allSatisfy { $0 <= 1 }, "\(split)")
        let unsplit = try Self.secondMatters(splitCoherence: 0)
        #expect(unsplit.contains { $0 >= 5 }, "unsplit, the matters chain: \(unsplit)")
    }

    @Test func aSetKeepsTheMembersOfItsAreaWhenStraysAreFew() {
        let none = PlaceSignature()
        let city = PlaceSignature(cities: [1])
        let districtOfCity = PlaceSignature(districts: [7], districtCities: [1])
        let otherCity = PlaceSignature(cities: [2])
        let finder = PlacelessSets(vectors: TermVectors(profiles: []), association: TermAssociation(vectors: TermVectors(profiles: [])))
        #expect(finder.membersOfOneArea([none, none, none, none, none]) == [0, 1, 2, 3, 4])
        #expect(finder.membersOfOneArea([city, districtOfCity, none, city, city]) == [0, 1, 2, 3, 4])
        // One stray in six: a one-off from another city leaves the set.
        #expect(finder.membersOfOneArea([city, city, none, otherCity, none, none]) == [0, 1, 2, 4, 5])
        // Areas named once each: no area of the set, and both are strays.
        #expect(finder.membersOfOneArea([city, none, none, none, none, none, none, none, none, otherCity]) == [1, 2, 3, 4, 5, 6, 7, 8])
        // Each county's questions on one service: strays are many.
        #expect(finder.membersOfOneArea([city, none, otherCity, none, districtOfCity]) == nil)
        #expect(finder.membersOfOneArea([city, city, city, otherCity, otherCity, none, none]) == nil)
        // Too few left.
        #expect(finder.membersOfOneArea([city, city, none, otherCity, none]) == nil)
    }
}
