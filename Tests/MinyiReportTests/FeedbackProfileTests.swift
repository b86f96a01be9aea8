import Testing
@testable import MinyiReport
import MinyiText

@Suite struct FeedbackProfileTests {
    static let unrouted = RoutingLabel(department: nil, matter: nil)

    func profile(_ text: String) -> FeedbackProfile {
        FeedbackProfile(analyzed: Fixtures.analyzer().analyze(text), routing: Self.unrouted)
    }

    @Test func piecesTheSegmenterLeftAreJoinedIntoFragments() {
        let profile = profile("半夜咣咣咣地响，在禾盛小铺下单一直不发货")
        #expect(profile.fragments == ["咣咣咣", "禾盛小铺"])
        // The pieces stay terms too, so a text that writes only `禾盛` still shares something.
        #expect(profile.terms.contains("禾") && profile.terms.contains("盛"))
        // A brand with a letter among its characters is a place, not a fragment.
        let brand = self.profile("在禾盛e购下单一直不发货")
        #expect(brand.fragments.isEmpty && brand.places.map(\.name) == ["禾盛e购"])
    }

    @Test func aBuildingNamedByNumberIsOneTerm() {
        #expect(FeedbackProfile.buildings(Fixtures.analyzer().analyze("蔚岚府7栋屋顶，7号楼电梯，3幢，12号楼，1单元").tokens) == ["7栋", "7栋", "3栋", "12栋"])
        // In Chinese numerals before `号楼` only: `一栋楼`, `三栋` count.
        #expect(FeedbackProfile.buildings(Fixtures.analyzer().analyze("九号楼二门，十二号楼，整整一栋楼，三栋都停水").tokens) == ["9栋", "12栋"])
        #expect(profile("7号楼的电梯又坏了").terms.contains("7栋"))
    }

    @Test func anOperatorsFormulasAreNoMatterTerms() {
        let terms = profile("市民来电称：诉求人反映，工单内容：村民家中停水").terms
        #expect(!terms.contains { ["来电", "诉求", "工单", "内容", "称", "村民"].contains($0) })
        #expect(terms.contains("停水"))
    }

    @Test func variantsOfAMatterWordAreReadAsItsStandardWord() {
        func terms(_ text: String) -> Set<String> {
            Set(FeedbackProfile(analyzed: Fixtures.analyzer().analyze(text), routing: Self.unrouted, synonyms: Fixtures.synonyms).terms)
        }
        let colloquial = terms("电马儿不准带人了，巴士又少")
        #expect(colloquial.isSuperset(of: ["电动车", "载人", "公交"]))
        #expect(colloquial.isDisjoint(with: ["电马儿", "带人", "巴士"]))
        #expect(terms("電瓶車搭人被罚").intersection(terms("电动车载人被罚款")).isSuperset(of: ["电动车", "载人"]))
        // Without the list each keeps its own word.
        #expect(profile("电瓶车带人被罚").terms.contains("电瓶车"))
    }

    @Test func aSynonymListIsNormalizedAndNamesItsBadLine() throws {
        let normalizer = try TextNormalizer()
        let synonyms = try MatterSynonyms.parse("# 注释\n电动车 電瓶車 电驴\n\n载人 带人\n", file: "synonyms.txt", normalizer: normalizer)
        #expect(synonyms.words == ["带人", "电动车", "电瓶车", "电驴", "载人"].sorted())
        #expect(synonyms.standard(of: "电瓶车") == "电动车" && synonyms.standard(of: "头盔") == "头盔")
        for (text, line, problem) in [("电动车 电瓶车\n电驴\n", 2, "expected a standard word"),
                                      ("电动车 电瓶车\n载人 电瓶车\n", 2, "listed already on line 1")] {
            #expect {
                try MatterSynonyms.parse(text, file: "synonyms.txt", normalizer: normalizer)
            } throws: { error in
                guard let error = error as? UserDictionaryError else { return false }
                return error.line == line && error.description.hasPrefix("synonyms.txt:\(line): ") && error.problem.contains(problem)
            }
        }
    }

    @Test func functionWordsPunctuationAndSpacesEndARun() {
        #expect(profile("咣 咣了").fragments.isEmpty)
        #expect(profile("咣，咣").fragments.isEmpty)
    }

    @Test func fragmentsOfAPlaceNameAreNotMatterTerms() {
        let directory = PlaceDirectory(places: [Place(kind: .community, name: "锦苑华府小区", core: "锦苑华府")])
        let profile = ConcernGrouper.addingMentions(profile("锦苑华府3号楼的暖气不热，只有14度"), directory)
        #expect(profile.places.contains { $0.core == "锦苑华府" })
        #expect(!profile.fragments.contains { $0.contains("锦苑") })
    }

    @Test func aPlusOneSecondsOthers() {
        #expect(profile("+1 澹园小区").secondsOthers)
        #expect(profile("云栖苑＋1，我家客厅13度").secondsOthers)
        #expect(!profile("1+1的优惠活动").secondsOthers)
        #expect(!profile("气温+12度").secondsOthers)
        #expect(!profile("澹园小区晚上太吵").secondsOthers)
    }

    @Test func aReplysWordsSecondOthers() {
        #expect(profile("同问，还没解决？").secondsOthers)
        #expect(profile("同上，我家也收到了换表通知").secondsOthers)
        #expect(profile("我们3组也是，苍蝇多得吃不成饭").secondsOthers)
        #expect(profile("我也是！同一个订单两次扣款").secondsOthers)
        #expect(profile("同感，现在进电梯先看看手机有没有信号").secondsOthers)
        #expect(!profile("这也是没办法的事").secondsOthers)
        #expect(!profile("同事问我怎么办").secondsOthers)
    }

    @Test func aStopWordBetweenTwoPiecesOfAnUnknownNameIsATerm() {
        // `沛|能|充`: the gazetteer looks for `沛能充` in the terms.
        #expect(profile("沛能充的客服打不通").terms.starts(with: ["沛", "能", "充"]))
        #expect(profile("沛能充的客服打不通").fragments.contains("沛能充"))
        // Not a particle between two words, nor a stop word after another.
        #expect(!profile("车的钱还没退").terms.contains("的"))
        #expect(!profile("我能去哪里办").terms.contains("能"))
    }
}
