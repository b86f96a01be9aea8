import Foundation
import Testing
import MinyiLexicon
import MinyiText
@testable import MinyiRouting

@Suite struct RouterTests {
    let router: Router
    let analyzer: TextAnalyzer

    init() throws {
        let pack = try RoutingPack.load()
        router = Router(pack: pack)
        analyzer = try TextAnalyzer(dictionary: pack.dictionary)
    }

    func route(_ text: String, title: String? = nil) -> RoutingDecision {
        router.route(title: title, text: text, analyzer: analyzer)
    }

    @Test(arguments: [
        ("小区旁边建筑工地夜间施工，噪音扰民严重", "housing", "construction-noise"),
        ("每天晚上广场舞音响噪音太大，夜间扰民", "police", "noise"),
        ("学校门口流动摊贩占道经营，影响通行", "urban-management", "vendors"),
        ("路口交警乱开罚单，违停处罚不合理", "police", "traffic-violation"),
        ("12路公交车经常晚点，班次太少", "transport", "bus"),
        ("家里暖气不热，室温只有十几度", "urban-management", "heating"),
        ("小区物业不作为，物业费却年年涨", "housing", "property"),
        ("物业公司拖欠工资三个月，农民工讨薪无门", "hrss", "wages"),
    ])
    func hardCases(text: String, department: String, topic: String) {
        let decision = route(text)
        #expect(decision.department == department, "\(text): \(decision.evidence.map { "\($0.term)→\($0.department) \($0.contribution)" })")
        #expect(decision.topic?.id == topic)
        #expect(decision.status == .routed)
    }

    @Test func explanationListsContributionsThatSumToTheScore() {
        let decision = route("小区旁边建筑工地夜间施工，噪音扰民严重")
        let own = decision.evidence.filter { $0.department == "housing" }
        #expect(Set(own.map(\.term)) == ["建筑工地", "夜间施工"] || Set(own.map(\.term)).isSuperset(of: ["建筑工地"]))
        #expect(abs(own.map(\.contribution).reduce(0, +) - decision.score) < 1e-6)
        // Police lose by their exclude terms, which show as negative evidence.
        let police = decision.evidence.filter { $0.department == "police" && $0.role == .exclude }
        #expect(police.contains { $0.term == "建筑工地" && $0.contribution == -3 })
        #expect(decision.runnersUp.first?.department == "police")
    }

    @Test func aliasIsEvidenceAndTheAddresseeCountsDouble() {
        let mentioned = route("昨晚派出所来人看了看")
        #expect(mentioned.department == "police")
        #expect(mentioned.evidence == [Evidence(term: "派出所", department: "police", topic: nil, role: .alias, contribution: 3)])
        let addressed = route("建议派出所加强巡逻")
        #expect(addressed.evidence == [Evidence(term: "派出所", department: "police", topic: nil, role: .addressee, contribution: 6)])
        // The citizen asks 城管 to act: that outweighs the 公交 (4) the text is about.
        #expect(route("公交站旁边乱糟糟，请城管来处理").department == "urban-management")
        #expect(route("公交站旁边乱糟糟，城管来处理过").department == "transport")
    }

    @Test func negationCueSuppressesTheKeywordThatFollows() {
        #expect(route("反映的不是公交问题，是暖气不热").department == "urban-management")
        let negated = route("这不是噪音问题")
        #expect(negated.department == nil)
        #expect(negated.status == .manual)
        // Beyond four characters, or after punctuation, the cue no longer applies.
        #expect(route("这不是我们小区的事情噪音太大").department == "police")
        #expect(route("不是，噪音太大").department == "police")
    }

    @Test func titleWeighsMoreThanBody() {
        let withTitle = route("公交", title: "暖气")
        #expect(withTitle.department == "urban-management")
        #expect(withTitle.score == 4 * 1.5)
        #expect(route("公交车晚点", title: "暖气").department == "transport")
        #expect(route("公交车 暖气").department == "transport")  // a tie without the title, broken by id
    }

    @Test func termFrequencyIsSublinear() {
        let once = route("公交")
        let thrice = route("公交，公交，公交")
        #expect(abs(thrice.score - 4 * (1 + log(3.0))) < 1e-5)
        #expect(thrice.score < 3 * once.score)
    }

    @Test func abstainsWithoutEvidenceOrWhenTooClose() {
        let nothing = route("今天天气很好")
        #expect(nothing.department == nil && nothing.status == .manual && nothing.confidence == 0)
        // 工资 (3, hrss) against 物业 (3, housing): a tie, broken by id but sent to a person.
        let tie = route("物业 工资")
        #expect(tie.department == "housing")
        #expect(tie.status == .manual)
        #expect(tie.runnersUp.map(\.department) == ["hrss"])
    }

    @Test func thresholdDecidesStatus() throws {
        var options = RouterOptions()
        options.threshold = 0.99
        let strict = Router(pack: router.pack, options: options)
        let decision = strict.route(title: nil, text: "建议派出所加强巡逻", analyzer: analyzer)
        #expect(decision.department == "police")
        #expect(decision.status == .manual)
        #expect(route("建议派出所加强巡逻").status == .routed)
    }

    @Test func confidenceIsSoftmaxWithANullAlternative() {
        #expect(abs(Router.confidence(top: 2, others: [], temperature: 2) - exp(1) / (1 + exp(1))) < 1e-12)
        #expect(abs(Router.confidence(top: 2, others: [2], temperature: 2) - exp(1) / (1 + 2 * exp(1))) < 1e-12)
        #expect(Router.confidence(top: 20, others: [1], temperature: 2) > 0.99)
    }

    @Test func deterministicAcrossRuns() {
        let text = "物业公司拖欠工资，暖气不热，公交晚点，广场舞噪音"
        #expect(route(text) == route(text))
    }
}
