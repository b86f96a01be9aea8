import Foundation
import Testing
@testable import MinyiReport

@Suite struct PersonalDataMaskerTests {
    @Test(arguments: [
        ("电话13812345678联系", "电话138****5678联系"),
        ("手机 138-1234-5678。", "手机 138****5678。"),
        ("座机0533-2345678", "座机0533-******78"),
        ("身份证370303199001011234", "身份证370303********1234"),
        ("身份证号37032119791108332X", "身份证号370321********332X"),
        ("邮箱 zhangsan@example.com 谢谢", "邮箱 z***@example.com 谢谢"),
        ("2026年11月29日，82.24%，编号20261129", "2026年11月29日，82.24%，编号20261129"),
    ])
    func masks(_ input: String, _ expected: String) {
        #expect(PersonalDataMasker().mask(input) == expected)
    }
}

@Suite struct ReportTests {
    static let personal = ["13812345678", "0533-2345678", "370303199001011234", "zhangsan@example.com"]

    static func feedback() -> [Feedback] {
        let texts = [
            ("金桥花园暖气不热，联系电话13812345678", "2026-11-02 08:00:00", "u1"),
            ("金桥花园供暖温度不达标，座机0533-2345678", "2026-11-03 09:00:00", "u2"),
            ("金桥花园暖气片冰凉，身份证370303199001011234", "2026-11-20 10:00:00", "u3"),
            ("金桥花园家里太冷，暖气不热，邮箱zhangsan@example.com", "2026-11-21 11:00:00", "u3"),
            ("5路公交车发车间隔太长，等了四十分钟", "2026-10-01 07:00:00", "u4"),
            ("5路公交一小时才来一趟，上班天天迟到", "2026-10-02 07:30:00", "u5"),
        ]
        return texts.enumerated().map { index, row in
            Feedback(id: "t\(index + 1)", text: row.0, time: FeedbackTime(parsing: row.1), user: row.2, likes: index)
        }
    }

    static func report(window: ReportWindow = ReportWindow(), feedback: [Feedback] = feedback()) throws -> ConcernReport {
        try ConcernAnalysis(feedback: feedback, window: window, analysis: Fixtures.analysis()).report(top: 10, analyzer: Fixtures.analyzer())
    }

    @Test(arguments: ReportFormat.allCases)
    func masksPersonalDataInEveryFormat(_ format: ReportFormat) throws {
        let rendered = format.renderer.render(try Self.report())
        for value in Self.personal { #expect(!rendered.contains(value), "\(format): \(value)") }
        #expect(rendered.contains("138****5678"))
        #expect(rendered.contains("z***@example.com"))
    }

    @Test func concernsCountSubmittersAndKeepEvidence() throws {
        let report = try Self.report()
        let heating = try #require(report.concerns.first)
        #expect(heating.texts == 4)
        #expect(heating.count == 3)
        #expect(heating.ids == ["t1", "t2", "t3", "t4"])
        #expect(heating.places.contains("金桥花园"))
        #expect(heating.examples.count == 3)
        #expect(heating.firstSeen == "2026-11-02 08:00:00" && heating.lastSeen == "2026-11-21 11:00:00")
        #expect(heating.title.hasPrefix("金桥花园"))
        #expect(report.concerns.map(\.rank) == Array(1...report.concerns.count))
        #expect(report.total == 6)
    }

    /// One-offs of other matters and places, so that a concern's texts stand out.
    static let background = ["张店区华光路路灯不亮", "临淄区齐园小区暖气不热", "博山区农贸市场占道经营", "高青县实验学校门口交通拥堵",
                             "桓台县一家饭店油烟扰民", "咨询公积金提取需要哪些材料"]

    /// The first concern of `texts` among the background one-offs.
    static func topConcern(_ texts: [String]) throws -> Concern {
        let feedback = (texts + background).enumerated().map { Feedback(id: "e\($0.offset)", text: $0.element) }
        return try #require(try report(feedback: feedback).concerns.first)
    }

    @Test func titlesDoNotRepeatThePlace() throws {
        let title = try Self.topConcern(["周村区丽景花园电梯坏了，周村这边电梯经常停运", "周村区丽景花园电梯又停运了，周村的老人下不了楼",
                                         "周村区丽景花园电梯停运一周，周村区没人管吗", "丽景花园电梯停运，周村区的老人出不了门"]).title
        #expect(title.hasPrefix("周村区丽景花园 "))
        let matter = title.dropFirst("周村区丽景花园 ".count)
        #expect(!matter.isEmpty && !matter.contains("周村") && !matter.contains("丽景"), "\(title)")
    }

    @Test func buildingNumbersAreNoKeywords() throws {
        let lifts = try Self.topConcern(["丽景花园5栋电梯又停运了", "丽景花园9栋电梯困人", "丽景花园3栋1单元电梯停运一周", "丽景花园12栋电梯停运没人修"])
        #expect(lifts.keywords.contains("电梯"))
        #expect(!lifts.keywords.contains("栋") && !lifts.keywords.contains("单元") && !lifts.title.contains("栋"), "\(lifts.title) \(lifts.keywords)")
    }

    @Test func charactersOfAKeywordAreNoKeywords() throws {
        // The segmenter leaves `泉|塘` in characters; the fragment `泉塘` is the keyword, not its pieces.
        let bus = try Self.topConcern(["泉塘的公交车太少了", "泉塘公交线路希望延长", "泉塘到星沙没有公交车", "希望泉塘增加公交车班次"])
        #expect(bus.keywords.contains("泉塘"), "\(bus.keywords)")
        #expect(!bus.keywords.contains("泉") && !bus.keywords.contains("塘"), "\(bus.keywords)")
    }

    @Test func keywordsAreWordsTheTextsWrote() throws {
        // Vectors also hold each long term's head and tail (`独生子女证` → `独生`, `女证`) to match
        // wordings; those are not words anyone wrote.
        let certificates = try Self.topConcern(["独生子女证丢了怎么补办", "独生子女证补办需要什么材料", "独生子女证遗失能否补办",
                                                "补办独生子女证要去哪里"])
        #expect(certificates.keywords.contains("独生子女证"), "\(certificates.keywords)")
        #expect(!certificates.keywords.contains("女证") && !certificates.keywords.contains("独生"), "\(certificates.keywords)")
    }

    @Test func titlesSayWhatNotWhen() throws {
        let odour = try Self.topConcern(["润丰化工晚上偷排废气，气味刺鼻", "润丰化工一到晚上就有异味，请环保部门查一查", "晚上润丰化工那边臭得睡不着",
                                         "润丰化工晚上异味太大，环保局管不管"])
        #expect(odour.keywords.contains("晚上"), "\(odour.keywords)")
        #expect(!odour.title.contains("晚上"), "\(odour.title) \(odour.keywords)")
    }

    @Test func phrasesReadSplitNamesWhole() throws {
        // The segmenter splits `长|赣`; the title's phrase holds the fragment whole, not `赣高铁`.
        let railway = try Self.topConcern(["长赣高铁从绿地海外滩小区旁边经过，距离太近", "绿地海外滩小区离长赣高铁只有三十米",
                                           "绿地海外滩小区业主反对长赣高铁线路", "长赣高铁离绿地海外滩小区太近了"])
        #expect(railway.title.contains("长赣高铁"), "\(railway.title) \(railway.keywords)")
    }

    @Test func wordsComeBeforeSingleCharacters() {
        #expect(ConcernSummarizer.keywords(["地铁", "榔", "梨", "八字", "市区"]) == ["地铁", "八字", "市区", "榔", "梨"])
        #expect(ConcernSummarizer.keywords(["泉塘", "泉", "公交", "臭"]) == ["泉塘", "公交", "臭"])
    }

    @Test func jsonHasTheDocumentedFields() throws {
        let json = JSONReportRenderer().render(try Self.report())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        for key in ["concerns", "departments", "topics", "total", "manual_share", "ranked_by", "timeline"] {
            #expect(object[key] != nil, "missing \(key)")
        }
        let concern = try #require((object["concerns"] as? [[String: Any]])?.first)
        for key in ["rank", "title", "count", "texts", "department", "topic", "keywords", "places", "examples", "ids", "first_seen", "last_seen"] {
            #expect(concern[key] != nil, "missing concern.\(key)")
        }
        let example = try #require((concern["examples"] as? [[String: Any]])?.first)
        #expect(example["id"] is String && example["text"] is String)
        #expect((object["departments"] as? [[String: Any]])?.first?["department"] is String)
        // Stable: rendering twice gives the same bytes.
        #expect(json == JSONReportRenderer().render(try Self.report()))
    }

    @Test func timeWindowKeepsOnlyItsDays() throws {
        let window = ReportWindow(from: FeedbackTime(parsing: "2026-11-01"), to: FeedbackTime(parsing: "2026-11-03"))
        let report = try Self.report(window: window)
        #expect(report.total == 2)
        #expect(report.concerns.flatMap(\.ids).sorted() == ["t1", "t2"])
        var undated = Self.feedback()
        undated[0].time = nil
        #expect(try Self.report(window: window, feedback: undated).total == 1)
    }

    @Test(arguments: ReportFormat.allCases)
    func emptyInputGivesAnEmptyReport(_ format: ReportFormat) throws {
        let report = try Self.report(feedback: [])
        #expect(report.concerns.isEmpty && report.total == 0 && report.manualShare == 0 && report.timeline == nil)
        #expect(!format.renderer.render(report).isEmpty)
    }

    @Test func htmlIsSelfContained() throws {
        let html = HTMLReportRenderer().render(try Self.report())
        #expect(html.contains("<svg") && html.contains("<style>"))
        #expect(!html.contains("http://") || html.components(separatedBy: "http://").dropFirst().allSatisfy { $0.hasPrefix("www.w3.org/2000/svg") })
        #expect(!html.contains("https://") && !html.contains("<script") && !html.contains("<link"))
    }

    @Test func csvQuotesFieldsWithCommas() {
        #expect(CSVReportRenderer.quote("a,b") == "\"a,b\"")
        #expect(CSVReportRenderer.quote("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVReportRenderer.quote("plain") == "plain")
    }
}

@Suite struct ConcernEvaluationTests {
    @Test func perfectGroupingScoresOne() {
        let feedback = (0..<6).map { Feedback(id: "t\($0)", text: "x") }
        let ranked = ConcernRanker().rank([[0, 1, 2], [3, 4], [5]], feedback: feedback)
        let evaluation = ConcernEvaluation(ranked: ranked, labels: ["a", "a", "a", "b", "b", ""], feedback: feedback, top: 2)
        #expect(evaluation.found == 2 && evaluation.countsClose == 2)
        #expect(evaluation.purity == 1 && evaluation.inversePurity == 1 && evaluation.bCubedF1 == 1)
    }

    @Test func mergedConcernsLowerPurityAndAreNotFound() {
        let feedback = (0..<6).map { Feedback(id: "t\($0)", text: "x") }
        let ranked = ConcernRanker().rank([[0, 1, 2, 3, 4], [5]], feedback: feedback)
        let evaluation = ConcernEvaluation(ranked: ranked, labels: ["a", "a", "a", "b", "b", ""], feedback: feedback, top: 2)
        #expect(abs(evaluation.purity - 4.0 / 6) < 1e-9)
        #expect(evaluation.matches.map(\.found) == [true, false])
        #expect(evaluation.matches.map(\.countClose) == [false, false])
    }
}
