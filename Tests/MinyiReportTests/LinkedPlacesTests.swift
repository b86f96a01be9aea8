import Testing
@testable import MinyiReport

/// A matter's source and the estates around it: texts name the estate they live in, the factory, or both.
@Suite struct LinkedPlacesTests {
    static let factory = Place(kind: .organization, name: "鹏程橡胶制品厂", core: "鹏程橡胶制品")
    static let estate = Place(kind: .community, name: "阳光新城", core: "阳光新城")
    static let otherEstate = Place(kind: .community, name: "桂园小区", core: "桂园")

    static func profile(_ terms: [String], at places: [Place], matter: String) -> FeedbackProfile {
        FeedbackProfile(terms: terms, places: places, routing: RoutingLabel(department: nil, matter: matter))
    }

    static let background: [FeedbackProfile] = (0..<12).map {
        profile(["公交", "发车", "间隔", "等车\($0 % 4)"], at: [], matter: "transport/bus")
    }

    /// Smell texts at the factory and at the estate; the estate's parking; two texts naming both (the
    /// factory's lorries at the estate's gate).
    static func corpus() -> (profiles: [FeedbackProfile], smell: Range<Int>, parking: Range<Int>) {
        let words = ["异味", "橡胶味", "夜间", "刺鼻", "烧轮胎", "嗓子疼"]
        let atFactory = (0..<6).map { profile(["异味", words[$0 % 6], words[($0 + 1) % 6], "排放"], at: [factory], matter: "environment/air") }
        let atEstate = (0..<4).map { profile(["橡胶味", words[($0 + 2) % 6], words[($0 + 3) % 6], "开窗"], at: [estate], matter: "environment/air") }
        let parking = (0..<4).map { profile(["车位", "停车", ["收费", "外来车辆", "物业", "涨价"][$0]], at: [estate], matter: "urban/parking") }
        let lorries = (0..<2).map { profile(["货车", "门口", ["堵路", "鸣笛"][$0]], at: [factory, estate], matter: "transport/traffic") }
        let smell = atFactory + atEstate
        return (smell + parking + lorries + background, 0..<smell.count, smell.count..<(smell.count + parking.count))
    }

    @Test func groupsAtPlacesNamedTogetherMergeWhenTheyAgreeAsAtOnePlace() {
        let (profiles, smell, parking) = Self.corpus()
        let groups = ConcernGrouper().group(profiles).groups
        #expect(groups.contains { Set(smell).isSubset(of: Set($0)) && !$0.contains(where: parking.contains) }, "\(groups)")
        // Named together fewer times than the options ask, the estate and the factory are two places.
        var three = ConcernGrouper.Options()
        three.linkedPlaceTexts = 3
        let apart = ConcernGrouper(options: three).group(profiles).groups
        #expect(!apart.contains { Set(smell).isSubset(of: Set($0)) }, "\(apart)")
    }

    @Test func onlyPointPlacesNamedTogetherOftenAndNotALandmarkAreLinked() {
        func signature(_ keys: [(Place.Kind, Int32)]) -> PlaceSignature {
            PlaceSignature(specific: keys.map { PlaceSignature.Entry(kind: $0.0, key: $0.1) })
        }
        let factoryAndEstate = signature([(.organization, 1), (.community, 2)])
        let roads = signature([(.road, 3), (.road, 4)])
        var linked = GroupingState.placesNamedTogether([factoryAndEstate, factoryAndEstate, roads, roads], least: 2)
        #expect(linked == [GroupingState.pairKey(2, 1)])
        // A lake named beside five estates is where they are, not a source of theirs.
        let lake = (10..<15).flatMap { estate in Array(repeating: signature([(.organization, 9), (.community, Int32(estate))]), count: 2) }
        linked = GroupingState.placesNamedTogether(lake + [factoryAndEstate, factoryAndEstate], least: 2)
        #expect(linked == [GroupingState.pairKey(1, 2)])
        // An estate named beside its old name, its developer, its heating firm and the works it housed is
        // linked with each: three firms and one estate.
        let names = [(Place.Kind.community, Int32(21)), (.organization, 22), (.organization, 23), (.organization, 24)]
        let estate = names.flatMap { other in Array(repeating: signature([(.community, 20), other]), count: 2) }
        linked = GroupingState.placesNamedTogether(estate, least: 2)
        #expect(linked.count == 4 && linked.contains(GroupingState.pairKey(20, 21)))
    }
}
