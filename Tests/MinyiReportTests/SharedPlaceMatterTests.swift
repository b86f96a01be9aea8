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

    @Test func oneGuessedMatterAmongTextsWithoutOneDoesNotSetThemApart() {
        // Texts on cold flats that name no heating word: routing places none of them, but guesses a
        // matter for one (`羽绒服`). That one guess is no matter of their group.
        let heating = [["暖气", "不热", "冷"], ["供暖", "不达标", "室温"], ["暖气", "不热", "室温"], ["供暖", "暖气", "冷"],
                       ["暖气", "不热", "温度"], ["供暖", "温度", "不达标"], ["暖气", "室温", "温度"], ["暖气", "不热"]]
        let cold = [["冷", "毛衣", "睡觉", "鼻子", "零下", "三九天"], ["毛衣", "棉袄", "挨冻", "邻居", "刚搬来"],
                    ["冷", "羽绒服", "老伴", "挨冻", "儿女"], ["毛衣", "羽绒服", "睡觉", "挨冻", "八十岁"]]
        let profiles = heating.map { Self.profile($0, at: Self.compound, matter: "urban/heating") }
            + cold.enumerated().map { index, terms in
                FeedbackProfile(terms: terms, places: [Self.compound],
                                routing: RoutingLabel(department: nil, matter: index == 2 ? "market/quality" : nil))
            }
            + Self.background
        let groups = ConcernGrouper().group(profiles).groups
        #expect(groups.contains { Set($0) == Set(0..<(heating.count + cold.count)) }, "\(groups)")
    }

    @Test func aSmallSideOfOneMatterJoinsItButAnotherMatterStaysApart() {
        // Sixteen texts on an estate's lifts; three on paying for new lifts from the maintenance fund,
        // which routing files elsewhere; three on its parking, which share no words with the lifts.
        let lifts = (0..<16).map { ["电梯", ["停运", "困人", "故障", "坏"][$0 % 4], ["老人", "爬楼", "维保", "一周"][$0 / 4]] }
        let fund = [["维修资金", "更换", "电梯", "停运"], ["维修资金", "老旧", "电梯", "故障"], ["维修资金", "申请", "电梯", "困人"]]
        let parking = [["车位", "外来车辆", "停车"], ["停车", "车位", "收费"], ["外来车辆", "停车", "乱停"]]
        let profiles = lifts.map { Self.profile($0, at: Self.compound, matter: "housing/elevator") }
            + fund.map { Self.profile($0, at: Self.compound, matter: "housing/maintenance-fund") }
            + parking.map { Self.profile($0, at: Self.compound, matter: "urban/parking") } + Self.background
        let groups = ConcernGrouper().group(profiles).groups
        let liftGroup = groups.first { $0.contains(0) } ?? []
        #expect(Set(liftGroup) == Set(0..<(lifts.count + fund.count)), "\(groups)")
        #expect(groups.contains { Set($0) == Set((lifts.count + fund.count)..<(lifts.count + fund.count + parking.count)) }, "\(groups)")
    }

    @Test func aSideAThirdTheSizeOfItsMatterJoinsIt() {
        // Twelve texts on an estate's lifts and four on paying for them from the maintenance fund, which
        // routing files elsewhere and which agree with the lifts too little to merge (but more than two
        // matters do, as two name the lifts' faults): three times as many is enough to take the side in,
        // four times would not be.
        let lifts = (0..<12).map { ["电梯", ["停运", "困人", "故障"][$0 % 3], ["老人", "爬楼", "维保", "一周"][$0 / 3]] }
        let fund = [["维修资金", "申请", "电梯", "停运"], ["维修资金", "老旧", "电梯", "签字"], ["维修资金", "审批", "申请", "电梯"], ["维修资金", "故障", "签字", "电梯"]]
        let profiles = lifts.map { Self.profile($0, at: Self.compound, matter: "housing/elevator") }
            + fund.map { Self.profile($0, at: Self.compound, matter: "housing/maintenance-fund") } + Self.background
        let groups = ConcernGrouper().group(profiles).groups
        #expect(groups.contains { Set($0) == Set(0..<(lifts.count + fund.count)) }, "\(groups)")
        var fourTimes = ConcernGrouper.Options()
        fourTimes.satelliteRatio = 4
        let apart = ConcernGrouper(options: fourTimes).group(profiles).groups
        #expect(apart.contains { Set($0) == Set(0..<lifts.count) }, "\(apart)")
    }

    @Test func aSmallGroupOfAnotherMatterAtThePlaceIsNoSatellite() {
        // Fifteen texts on an estate's missing deeds and four on its yellow tap water; both blame the
        // developer, so their centroids agree a little, but the water texts agree with the deeds' far
        // less than the deeds agree among themselves: below the coherence that would split a group.
        let deeds = (0..<15).map { ["房产证", ["契税", "办证", "逾期"][$0 % 3], ["开发商", "入库", "两年"][$0 / 5]] }
        let water = [["自来水", "发黄", "水箱"], ["黄水", "水箱", "清洗"], ["自来水", "铁锈", "黄水"], ["发黄", "水箱", "开发商"]]
        let profiles = deeds.map { Self.profile($0, at: Self.compound, matter: "housing/deeds") }
            + water.map { Self.profile($0, at: Self.compound, matter: "urban/water") } + Self.background
        let waterTexts = Set(deeds.count..<(deeds.count + water.count))
        var unsplit = ConcernGrouper.Options()
        unsplit.ownWordShare = 2
        let groups = ConcernGrouper(options: unsplit).group(profiles).groups
        #expect(groups.contains { Set($0) == waterTexts }, "\(groups)")
        unsplit.splitCoherence = 0
        let absorbed = ConcernGrouper(options: unsplit).group(profiles).groups
        #expect(absorbed.contains { Set($0).isSuperset(of: waterTexts) && $0.contains(0) }, "\(absorbed)")
    }

    @Test func twoMattersOfOnePlaceWithOneTopicSplitWhileParaphrasesStay() {
        // Twelve texts on a hospital's appointments and six on its bills: one place, one topic, and the
        // hospital's staff and system named on both sides, so texts find one group; the bills hardly
        // share a word with the appointments.
        let hospital = Place(kind: .organization, name: "第二医院", core: "第二医院")
        let appointments = (0..<12).map { ["预约", ["挂号", "放号", "约满", "专家号"][$0 % 4], ["系统", "小程序", "黄牛"][$0 % 3], "医院"] }
        let bills = (0..<6).map { ["住院", ["收费", "清单", "退费"][$0 % 3], ["医保", "多收"][$0 % 2], ["系统", "医院"][$0 % 2]] }
        let profiles = (appointments + bills).map { Self.profile($0, at: hospital, matter: "health/hospital") } + Self.background
        var unsplit = ConcernGrouper.Options()
        unsplit.splitCoherence = 0
        unsplit.ownWordShare = 2
        Self.expectApartOnlyByDefault(profiles, 0..<appointments.count, appointments.count..<(appointments.count + bills.count), togetherWith: unsplit)
    }

    @Test func twoMattersOfOnePlaceEachWithAWordOfItsOwnSplitThoughTheyAgreeSomewhat() {
        // Twelve texts on a hospital's emergency room and six on its car park: both queue and wait
        // there, so their sides agree above the plain split's bar, but every parking text says `停车`
        // and every emergency text `急诊`, and neither side writes the other's word.
        let hospital = Place(kind: .organization, name: "博济医院", core: "博济")
        let waits = ["排队", "等号", "半夜", "三个小时", "看病", "老人"]
        let care = ["儿科", "发烧", "分诊", "医生"], cars = ["车位", "停车场", "贴条"]
        let emergency = (0..<12).map { (i: Int) -> [String] in ["急诊", care[i % 4], care[(i + 1) % 4], waits[i % 6]] }
        let parking = (0..<6).map { (i: Int) -> [String] in ["停车", cars[i % 3], cars[(i + 1) % 3], waits[i % 6]] }
        let profiles = (emergency + parking).map { Self.profile($0, at: hospital, matter: "health/hospital") } + Self.background
        var withoutOwnWords = ConcernGrouper.Options()
        withoutOwnWords.ownWordShare = 2
        Self.expectApartOnlyByDefault(profiles, 0..<emergency.count, emergency.count..<(emergency.count + parking.count),
                                      togetherWith: withoutOwnWords)
    }

    @Test func sidesThatShareTheirWordsHaveNoneOfTheirOwn() {
        let profiles = [["暖气", "不热"], ["暖气", "冷"], ["暖气", "室温"], ["供暖", "暖气", "冷"], ["供暖", "冷"], ["供暖", "室温"],
                        ["停车", "车位"], ["停车", "收费"], ["停车", "车位", "贴条"],
                        ["暖气", "冷"], ["暖气", "冷"], ["暖气", "热"], ["暖气", "热"]]
            .map { Self.profile($0, at: Self.compound, matter: "m") }
        let bisection = GroupBisection(vectors: TermVectors(profiles: profiles))
        // The first side's word `暖气` is written by a third of the `供暖` side.
        #expect(!bisection.eachSideHasItsOwnWord([0, 1, 2], [3, 4, 5], ownShare: 0.8, foreignShare: 0.15))
        #expect(bisection.eachSideHasItsOwnWord([0, 1, 2], [6, 7, 8], ownShare: 0.8, foreignShare: 0.15))
        // One character is no word of its own.
        #expect(!bisection.eachSideHasItsOwnWord([9, 10], [11, 12], ownShare: 0.8, foreignShare: 0.15))
    }

    @Test func aWordAndItsAbbreviationAreNoWordsOfTheirOwn() {
        let profiles = [["电动自行车", "登记"], ["电动自行车", "上牌"], ["电动自行车", "登记"],
                        ["电动车", "上牌"], ["电动车", "上牌"], ["电动车", "登记"],
                        ["物业费", "上调"], ["物业费", "上调"], ["物业", "电梯"], ["物业", "电梯"]]
            .map { Self.profile($0, at: Self.compound, matter: "m") }
        let bisection = GroupBisection(vectors: TermVectors(profiles: profiles))
        #expect(!bisection.eachSideHasItsOwnWord([0, 1, 2], [3, 4, 5], ownShare: 0.8, foreignShare: 0.15))
        // A word that only begins the longer one is another word.
        #expect(bisection.eachSideHasItsOwnWord([6, 7], [8, 9], ownShare: 0.8, foreignShare: 0.15))
        #expect(GroupBisection.isAbbreviation("社保", of: "社会保险") && GroupBisection.isAbbreviation("新农合", of: "新型农村合作医疗"))
        #expect(!GroupBisection.isAbbreviation("物业", of: "物业费") && !GroupBisection.isAbbreviation("保险", of: "社会保险"))
    }

    @Test func twoLargeGroupsOfTwoTopicsAtOnePlaceNeedMoreAgreementToMerge() {
        // Sixteen texts on an estate's lifts and ten on its fee rise, routed to two topics. Both name the
        // manager and the owners, and four fee texts add that the lifts break too: the two groups agree
        // at a coherence between 0.35 and 0.40, enough for a side of one matter, not for two groups of
        // eight or more (nor for two that routing tells apart, as every fee text is under its topic and
        // no lift text there).
        let lifts = (0..<16).map { ["电梯", ["停运", "困人", "故障", "坏"][$0 % 4], ["老人", "爬楼", "维保", "一周"][$0 / 4], "物业", ["业主", "不管"][$0 % 2]] }
        let fees = (0..<10).map { (i: Int) -> [String] in
            let rise: [String] = ["物业费", ["涨价", "上涨"][i % 2], ["公示", "服务", "业主大会", "标准", "翻倍"][i % 5], "物业", ["业主", "不管"][i % 2]]
            return rise + (i % 3 == 0 ? ["电梯", "坏"] : [])
        }
        let profiles = lifts.map { Self.profile($0, at: Self.compound, matter: "housing/elevator") }
            + fees.map { Self.profile($0, at: Self.compound, matter: "housing/property-fee") } + Self.background
        var lenient = ConcernGrouper.Options()
        lenient.establishedMergeCoherence = lenient.mergeCoherence
        lenient.unanimousTopicShare = .infinity
        Self.expectApartOnlyByDefault(profiles, 0..<lifts.count, lifts.count..<(lifts.count + fees.count), togetherWith: lenient)
    }

    @Test func groupsUnderOneTopicNeedLessAgreementToMergeThanGroupsUnderTwo() {
        let options = ConcernGrouper.Options()
        let same = GroupingState.leastCoherence(.same, smallerSize: 10, settled: true, options: options)
        let small = GroupingState.leastCoherence(.different, smallerSize: 7, settled: false, options: options)
        let established = GroupingState.leastCoherence(.different, smallerSize: 8, settled: false, options: options)
        let settled = GroupingState.leastCoherence(.different, smallerSize: 8, settled: true, options: options)
        #expect(same < small && small < established && established < settled)
        // A venue's plain complaints and its formal ones, two groups of 28 and 7 under one topic, agree at 0.34.
        #expect(same <= 0.34 && small > 0.34)
    }

    /// Expects the profiles `first` and `second` to be one group under `options` and two groups, exactly
    /// these, under the default options.
    static func expectApartOnlyByDefault(_ profiles: [FeedbackProfile], _ first: Range<Int>, _ second: Range<Int>,
                                         togetherWith options: ConcernGrouper.Options, sourceLocation: SourceLocation = #_sourceLocation) {
        let merged = ConcernGrouper(options: options).group(profiles).groups
        #expect(merged.contains { Set($0) == Set(first).union(second) }, "\(merged)", sourceLocation: sourceLocation)
        let groups = ConcernGrouper().group(profiles).groups
        #expect(groups.contains { Set($0) == Set(first) }, "\(groups)", sourceLocation: sourceLocation)
        #expect(groups.contains { Set($0) == Set(second) }, "\(groups)", sourceLocation: sourceLocation)
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

/// Districts and cities tell two places of one name apart, but one member's stray area does not
/// define a group.
@Suite struct AreaEvidenceTests {
    static let school = Place(kind: .organization, name: "松雅湖中学", core: "松雅湖")
    static let county = Place(kind: .district, name: "A7县", core: "A7")

    static func profile(_ terms: [String], _ places: [Place]) -> FeedbackProfile {
        FeedbackProfile(terms: terms, places: places, routing: RoutingLabel(department: nil, matter: "transport/bus"))
    }

    static let background: [FeedbackProfile] = (0..<12).map {
        FeedbackProfile(terms: ["公积金", "贷款", "提取\($0 % 4)"], places: [], routing: RoutingLabel(department: nil, matter: "housing/fund"))
    }

    @Test func oneMembersCityDoesNotSetTheGroupApart() {
        // The board's anonymization left a city code inside a word (`投J11市业`) in one text.
        let stray = Place(kind: .city, name: "J11市", core: "J11")
        let city = Place(kind: .city, name: "A市", core: "A")
        let texts = [Self.profile(["公交车", "上学", "学生"], [Self.school, Self.county]),
                     Self.profile(["公交", "出行", "学生", "投资"], [Self.school, stray]),
                     Self.profile(["公交车", "班次", "上学"], [Self.school, Self.county]),
                     Self.profile(["公交车", "学生", "拥挤"], [Self.school]),
                     Self.profile(["公交车", "上学", "班次", "学生"], [Self.school, city, Self.county])]
        let groups = ConcernGrouper().group(texts + Self.background).groups
        #expect(groups.contains { Set($0) == Set(0..<texts.count) }, "\(groups)")
    }

    @Test func aTownIsThePlaceOfTextsThatNameNothingMoreSpecific() {
        let town = Place(kind: .town, name: "禾丰镇", core: "禾丰")
        let other = Place(kind: .town, name: "石门镇", core: "石门")
        func water(_ terms: [String], _ places: [Place]) -> FeedbackProfile {
            FeedbackProfile(terms: terms, places: places, routing: RoutingLabel(department: nil, matter: "utilities/water"))
        }
        let texts = [water(["自来水", "发黄", "泥沙"], [town]), water(["自来水", "浑浊", "停水"], [town]),
                     water(["水质", "发黄", "桶装水"], [town]), water(["自来水", "泥沙", "检测"], [town]),
                     water(["自来水", "发黄", "浑浊"], [other]), water(["自来水", "发黄", "停水"], [other])]
        let groups = ConcernGrouper().group(texts + Self.background).groups
        #expect(groups.contains { Set($0) == [0, 1, 2, 3] } && groups.contains { Set($0) == [4, 5] }, "\(groups)")
    }

    @Test func oneNameInTwoCountiesIsTwoHospitals() {
        let hospital = Place(kind: .organization, name: "人民医院", core: "人民")
        let other = Place(kind: .district, name: "G3县", core: "G3")
        let texts = [Self.profile(["医院", "搬迁", "新院"], [hospital, Self.county]),
                     Self.profile(["医院", "搬迁", "新院", "交通"], [hospital, Self.county]),
                     Self.profile(["医院", "搬迁", "投入使用"], [hospital, other]),
                     Self.profile(["医院", "搬迁", "新院", "投入使用"], [hospital, other])]
        let groups = ConcernGrouper().group(texts + Self.background).groups
        #expect(groups.contains { Set($0) == [0, 1] } && groups.contains { Set($0) == [2, 3] }, "\(groups)")
    }
}
