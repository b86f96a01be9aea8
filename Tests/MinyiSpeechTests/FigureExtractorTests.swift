import MinyiSpeech
import MinyiText
import Testing

@Suite struct FigureExtractorTests {
    /// Input sentence → the one figure it holds.
    static let single: [(String, FigureRow)] = [
        ("征集意见建议756条", FigureRow("756条", .count, 756, "条")),
        ("组织1677名机关党员民警下沉一线", FigureRow("1677名", .count, 1677, "名")),
        ("已回访群众1.6万余人次", FigureRow("1.6万余人次", .count, 16000, "人次", .atLeast)),
        ("总阅读量超过2亿人次", FigureRow("超过2亿人次", .count, 200_000_000, "人次", .atLeast)),
        ("捐款13.82万元", FigureRow("13.82万元", .money, 138_200, "元")),
        ("减免企业社保费21.8亿元", FigureRow("21.8亿元", .money, 2_180_000_000, "元")),
        ("号召捐款230余万元抗击疫情", FigureRow("230余万元", .money, 2_300_000, "元", .atLeast)),
        ("办理结果满意率为82.24%", FigureRow("82.24%", .percent, 82.24, "%")),
        ("群众投诉量同比下降10%", FigureRow("同比下降10%", .percent, 10, "%", nil, .down)),
        ("比上年满意率提升2.96个百分点", FigureRow("提升2.96个百分点", .points, 2.96, "个百分点", nil, .up)),
        ("“八项措施”打通难点", FigureRow("八项措施", .count, 8, "项")),
        ("水质优良比例达到百分之九十", FigureRow("百分之九十", .percent, 90, "%")),
        ("办复率百分之百", FigureRow("百分之百", .percent, 100, "%")),
        ("行程29000公里", FigureRow("29000公里", .measure, 29000, "公里")),
        ("新增城市绿地300平方米", FigureRow("300平方米", .measure, 300, "平方米")),
        ("实施城市更新三年行动", FigureRow("三年", .measure, 3, "年")),
        ("利用一周时间组成调研组", FigureRow("一周", .measure, 1, "周")),
        ("连续4个月名列前茅", FigureRow("4个月", .measure, 4, "月")),
        ("压缩至0.5个工作日", FigureRow("0.5个工作日", .measure, 0.5, "工作日")),
        ("为65周岁以上老年人体检", FigureRow("65周岁以上", .measure, 65, "周岁", .atLeast)),
        ("PM2.5浓度降至36微克/立方米", FigureRow("36微克/立方米", .measure, 36, "微克/立方米")),
        ("1月18日召开动员会议", FigureRow("1月18日", .date, nil, nil)),
        ("截至4月底已回访", FigureRow("4月底", .date, nil, nil)),
        ("2019年度办理结果", FigureRow("2019年度", .date, nil, nil)),
        ("2026年1月9日在会议上", FigureRow("2026年1月9日", .date, nil, nil)),
        ("一季度受理投诉", FigureRow("一季度", .period, nil, nil)),
        ("第一季度受理投诉", FigureRow("第一季度", .period, nil, nil)),
        ("1-4月份共收到转办件", FigureRow("1-4月份", .period, nil, nil)),
        ("2025-2026年供暖季", FigureRow("2025-2026年", .period, nil, nil)),
        ("全年预计减免", FigureRow("全年", .period, nil, nil)),
        ("摘登6部门主要负责人发言", FigureRow("6部门", .count, 6, "部门")),
        ("新开通公交线路２４条", FigureRow("２４条", .count, 24, "条")),
        ("受理诉求1,286件", FigureRow("1,286件", .count, 1286, "件")),
        ("日均客运量约42万人次", FigureRow("约42万人次", .count, 420_000, "人次", .about)),
        ("惠及老年人近3万人", FigureRow("近3万人", .count, 30000, "人", .about)),
        ("参保率稳定在97%以上", FigureRow("97%以上", .percent, 97, "%", .atLeast)),
        ("占比保持在80%左右", FigureRow("80%左右", .percent, 80, "%", .about)),
        ("开工项目不少于150个", FigureRow("不少于150个", .count, 150, "个", .atLeast)),
        ("旅游收入突破520亿元", FigureRow("突破520亿元", .money, 52_000_000_000, "元", .atLeast)),
        ("空气质量优良天数比上年增加14天", FigureRow("增加14天", .measure, 14, "天", nil, .up)),
        ("年初承诺的十件民生实事", FigureRow("十件", .count, 10, "件")),
        ("把握内、外两个宣传阵地", FigureRow("两个", .count, 2, "个")),
        ("统一调度,组建56支用工服务队", FigureRow("56支", .count, 56, "支")),
        ("全市2,356辆巡游出租车", FigureRow("2,356辆", .count, 2356, "辆")),
        ("检查定点医药机构860家次", FigureRow("860家次", .count, 860, "家次")),
        ("储备抽排设备120台套", FigureRow("120台套", .count, 120, "台套")),
        ("發放補貼1.9億元", FigureRow("1.9億元", .money, 190_000_000, "元")),
        ("2025年7月1日至9月30日，共受理", FigureRow("2025年7月1日至9月30日", .period, nil, nil)),
        ("3月5日-4月10日开展整治", FigureRow("3月5日-4月10日", .period, nil, nil)),
        ("室温不低于18℃", FigureRow("不低于18℃", .measure, 18, "℃", .atLeast)),
        ("水压稳定在0.28兆帕以上", FigureRow("0.28兆帕以上", .measure, 0.28, "兆帕", .atLeast)),
        ("改造路灯1,200盏", FigureRow("1,200盏", .count, 1200, "盏")),
        ("我家就两口人", FigureRow("两口", .count, 2, "口")),
    ]

    @Test(arguments: single)
    func readsOneFigure(input: String, expected: FigureRow) throws {
        #expect(try SpeechFixtures.rows(input) == [expected])
    }

    /// Names, ordinals, codes, markers and idioms are not figures.
    static let notFigures = [
        "12345市民投诉中心", "12319城管服务热线", "“三级联动”落实到位", "力争实现“一网通办”", "形成“一把手”主抓",
        "一、高度重视,高频推进", "第一时间成立", "一是加强组织领导", "二是广泛征集意见", "(下转05版)", "“百万警进千万家”活动",
        "十五届人大常委会第三十次会议", "市十七届人大四次会议", "名列前2名", "市域铁路一期工程", "二级调研员",
        "落实“四个一”工作要求", "接受一个建议、解决一类问题", "“十四五”规划收官之年", "“五一”假期", "5G基站", "PM2.5平均浓度",
        "亮剑六打专项行动", "一府一委两院", "过去一年", "关键一年", "办一件成一件", "零填表、零申报", "四好农村路", "2元一票制的一票制",
        "今年以来", "去年同期", "年初", "新一代智慧人社", "进一步转变作风", "城乡供水一体化",
    ]

    @Test(arguments: notFigures)
    func findsNoFigure(input: String) throws {
        let rows = try SpeechFixtures.rows(input).filter { $0.text != "2元" }
        #expect(rows.isEmpty, "\(input) → \(rows)")
    }

    @Test func listContinuationKeepsTheChange() throws {
        #expect(try SpeechFixtures.rows("收入分别增长4.9%和6.3%") == [
            FigureRow("增长4.9%", .percent, 4.9, "%", nil, .up), FigureRow("6.3%", .percent, 6.3, "%", nil, .up),
        ])
        #expect(try SpeechFixtures.rows("同比分别下降12.5%和9.1%") == [
            FigureRow("下降12.5%", .percent, 12.5, "%", nil, .down), FigureRow("9.1%", .percent, 9.1, "%", nil, .down),
        ])
    }

    @Test func levelsAndComparisonsAreNotChanges() throws {
        #expect(try SpeechFixtures.rows("合规率由去年的58%提高到79%") == [FigureRow("58%", .percent, 58, "%"), FigureRow("79%", .percent, 79, "%")])
        #expect(try SpeechFixtures.rows("增长5.6%,高于全省0.2个百分点") == [
            FigureRow("增长5.6%", .percent, 5.6, "%", nil, .up), FigureRow("0.2个百分点", .points, 0.2, "个百分点"),
        ])
        #expect(try SpeechFixtures.rows("起付线由1.5万元降至1.2万元") == [FigureRow("1.5万元", .money, 15000, "元"), FigureRow("1.2万元", .money, 12000, "元")])
    }

    @Test func qualifierAndChangeTogether() throws {
        #expect(try SpeechFixtures.rows("同比增长8%左右") == [FigureRow("同比增长8%左右", .percent, 8, "%", .about, .up)])
        #expect(try SpeechFixtures.rows("力争增长3%以上") == [FigureRow("增长3%以上", .percent, 3, "%", .atLeast, .up)])
    }

    @Test func offsetsPointIntoTheGivenText() throws {
        let text = "今年以来，共受理投诉２２５２件，同比下降10％。"
        let bytes = Array(text.utf8)
        let figures = try FigureExtractor().figures(in: text)
        #expect(figures.map(\.text) == ["２２５２件", "同比下降10％"])
        for figure in figures {
            #expect(String(decoding: bytes[figure.start..<figure.end], as: UTF8.self) == figure.text)
        }
    }

    @Test func figuresInsideALexiconTermAreNames() throws {
        let dictionary = SegmentationDictionary(lexiconTerms: ["二次供水", "年审"], normalizer: try TextNormalizer())
        let extractor = try FigureExtractor(dictionary: dictionary)
        let text = "全年审批二次供水改造项目，涉及3000户"
        #expect(extractor.figures(in: text).map(\.text) == ["全年", "3000户"])
        #expect(try FigureExtractor().figures(in: text).map(\.text).contains("二次"))
    }

    @Test func emptyAndOddInput() throws {
        let extractor = try FigureExtractor()
        #expect(extractor.figures(in: "").isEmpty)
        #expect(extractor.figures(in: "   \n\t").isEmpty)
        #expect(extractor.figures(in: "1,2,3,,,.%%%万万亿").isEmpty)
        #expect(extractor.figures(in: "\u{FFFD}\u{0}12条").map(\.text) == ["12条"])
    }
}

@Suite struct ChineseNumeralTests {
    @Test(arguments: [
        ("十", 10.0), ("两", 2), ("二十三", 23), ("一百零五", 105), ("一千零五", 1005), ("三万五千", 35000),
        ("百", 100), ("一亿二千万", 120_000_000), ("二〇二〇", 2020), ("十二", 12),
    ])
    func reads(text: String, value: Double) {
        #expect(ChineseNumeral.value(text) == value)
    }

    @Test(arguments: ["", "十四五", "一二", "abc", "五五五五五五万万"])
    func rejects(text: String) {
        if text == "一二" {
            #expect(ChineseNumeral.value(text) == 12)  // digit by digit: the grammar, not the reader, rejects short runs
        } else {
            #expect(ChineseNumeral.value(text) == nil)
        }
    }
}

@Suite struct FigureGeneralityTests {
    /// Forms the gold files do not hold, read by the same rules.
    static let cases: [(String, [FigureRow])] = [
        ("前三季度,全市GDP达到2,860亿元", [FigureRow("前三季度", .period, nil, nil), FigureRow("2,860亿元", .money, 286_000_000_000, "元")]),
        ("3至5月开展专项行动", [FigureRow("3至5月", .period, nil, nil)]),
        ("问题有近三成没有解决", [FigureRow("近三成", .percent, 30, "%", .about)]),
        ("三成为自愿参加", []),
        ("盘活闲置土地两千亩,发放贷款约二十亿元", [FigureRow("两千亩", .measure, 2000, "亩"), FigureRow("约二十亿元", .money, 2_000_000_000, "元", .about)]),
        ("二〇二〇年十二月底前完成", [FigureRow("二〇二〇年十二月底", .date, nil, nil)]),
        ("实际使用外资3.5亿美元", [FigureRow("3.5亿美元", .money, 350_000_000, "美元")]),
        ("全市共有300多家企业", [FigureRow("300多家", .count, 300, "家", .atLeast)]),
        ("约三分之一的企业", [FigureRow("约三分之一", .percent, 100.0 / 3, "%", .about)]),
        ("2023年底前完成,培训一百多名干部", [FigureRow("2023年底", .date, nil, nil), FigureRow("一百多名", .count, 100, "名", .atLeast)]),
        ("建成数十个驿站,持续10余年", [FigureRow("10余年", .measure, 10, "年", .atLeast)]),
        ("网点总数30个", [FigureRow("30个", .count, 30, "个")]),
    ]

    @Test(arguments: cases)
    func reads(input: String, expected: [FigureRow]) throws {
        #expect(try SpeechFixtures.rows(input) == expected)
    }
}
