import Testing
@testable import MinyiReport

/// Two matters at one place that routing files under one topic: only matter agreement tells them apart.
@Suite struct SharedPlaceMatterTests {
    static let road = Place(kind: .road, name: "凤凰山路", core: "凤凰山")
    static let compound = Place(kind: .community, name: "金桥花园", core: "金桥")

    static func profile(_ terms: [String], at place: Place?, matter: String) -> FeedbackProfile {
        FeedbackProfile(terms: terms, places: place.map { [$0] } ?? [], routing: RoutingLabel(department: nil, matter: matter))
    }

    /// Unplaced texts of other matters, so that no matter term is in every text.
    static let background: [FeedbackProfile] = (0..<12).map {
        profile(["公交", "发车", "间隔", "等车\($0 % 4)"], at: nil, matter: "transport/bus")
    }

    @Test func differentObjectsAtOnePlaceWithOneTopicStayApart() {
        let lights = [["路灯", "不亮", "晚上", "黑"], ["路灯", "坏", "修复", "晚上"], ["路灯", "不亮", "漆黑"],
                      ["晚上", "漆黑", "路灯", "修复"], ["路灯", "坏", "不亮"], ["路灯", "黑", "修复"]]
        let manholes = [["井盖", "丢失", "窟窿"], ["井盖", "破损", "下陷"], ["井盖", "丢失", "补上"], ["窟窿", "井盖", "补上"]]
        let profiles = lights.map { Self.profile($0, at: Self.road, matter: "urban/facilities") }
            + manholes.map { Self.profile($0, at: Self.road, matter: "urban/facilities") } + Self.background
        let groups = ConcernGrouper().group(profiles).groups
        for group in groups {
            let light = group.contains { $0 < lights.count }
            let manhole = group.contains { $0 >= lights.count && $0 < lights.count + manholes.count }
            #expect(!(light && manhole), "street lights and manhole covers of one road merged: \(group)")
        }
        #expect(groups.contains { Set($0) == Set(0..<lights.count) })
    }

    @Test func paraphrasesAtOnePlaceMergeThroughAssociatedTerms() {
        // `供暖` and `室温` never share a text with the first wording, but both go with `暖气` elsewhere.
        let heating = [["暖气", "不热"], ["供暖", "不达标", "冷"], ["室温", "低", "冷"], ["暖气", "不热", "冷"],
                       ["供暖", "暖气", "不达标"], ["室温", "暖气", "低"], ["供暖", "室温", "暖气"], ["暖气", "冷"]]
        let profiles = heating.map { Self.profile($0, at: Self.compound, matter: "urban/heating") } + Self.background
        let groups = ConcernGrouper().group(profiles).groups
        #expect(groups.contains { Set($0) == Set(0..<heating.count) }, "\(groups)")
    }

    @Test func compoundsShareTheirHeadAndTail() {
        #expect(TermVectors.features(["暖气片"]) == ["暖气片", "暖气"])
        #expect(TermVectors.features(["半夜施工"]) == ["半夜施工", "半夜", "施工"])
        #expect(TermVectors.features(["12路", "公交"]) == ["12路", "公交"])
    }

    @Test func longTermsHoldTheWordsOtherTextsWrite() {
        #expect(TermVectors.features(["涨物业费"], words: ["物业费", "物业", "涨"]) == ["涨物业费", "涨物", "业费", "物业费", "物业"])
        #expect(TermVectors.features(["半夜施工"], words: ["施工", "半夜"]) == ["半夜施工", "半夜", "施工"])
        #expect(TermVectors.features(["涨物业费"]) == ["涨物业费", "涨物", "业费"])
    }

    @Test func termsSharedInTextsAreAssociated() {
        let profiles = [["暖气", "室温"], ["暖气", "室温"], ["暖气", "不热"], ["井盖", "丢失"], ["井盖", "丢失"], ["公交", "发车"]]
            .map { Self.profile($0, at: nil, matter: "m") }
        let vectors = TermVectors(profiles: profiles)
        let association = TermAssociation(vectors: vectors)
        let id = { (term: String) in Int32(vectors.terms.firstIndex(of: term)!) }
        let associates = association.associates(of: id("暖气")).terms
        #expect(associates.contains(id("室温")))
        #expect(!associates.contains(id("井盖")))
    }
}
