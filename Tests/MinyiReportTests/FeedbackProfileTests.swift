import Testing
@testable import MinyiReport

@Suite struct FeedbackProfileTests {
    static let unrouted = RoutingLabel(department: nil, matter: nil)

    func profile(_ text: String) -> FeedbackProfile {
        FeedbackProfile(analyzed: Fixtures.analyzer().analyze(text), routing: Self.unrouted)
    }

    @Test func piecesTheSegmenterLeftAreJoinedIntoFragments() {
        let profile = profile("58车贷平台爆雷已经一年了，案件进展到底如何")
        #expect(profile.fragments == ["58车贷", "爆雷"])
        // The pieces stay terms too, so a text that writes only `车贷` still shares something.
        #expect(profile.terms.contains("车") && profile.terms.contains("贷"))
    }

    @Test func functionWordsPunctuationAndSpacesEndARun() {
        #expect(profile("爆 雷了").fragments.isEmpty)
        #expect(profile("爆，雷").fragments.isEmpty)
    }

    @Test func fragmentsOfAPlaceNameAreNotMatterTerms() {
        let directory = PlaceDirectory(places: [Place(kind: .community, name: "锦苑华庭小区", core: "锦苑华庭")])
        let profile = ConcernGrouper.addingMentions(profile("锦苑华庭3号楼的暖气不热，只有14度"), directory)
        #expect(profile.places.contains { $0.core == "锦苑华庭" })
        #expect(!profile.fragments.contains { $0.contains("锦苑") })
    }
}
