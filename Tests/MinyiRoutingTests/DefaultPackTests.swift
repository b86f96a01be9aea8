import Foundation
import MinyiLexicon
import MinyiText
import Testing
@testable import MinyiRouting

/// The shipped pack (`lexicons/zibo`) loads cleanly and settles the boundary cases it was written for.
@Suite struct DefaultPackTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("lexicons/zibo").path

    @Test func loadsWithoutErrorsAndHasTheMunicipalDepartments() throws {
        let pack = try LexiconPack.load(directory: Self.directory)
        #expect(pack.departments.map(\.id) == ["ecology", "education", "health", "housing", "hrss", "market", "medical-insurance",
                                                "natural-resources", "police", "transport", "urban-management", "water"])
        #expect(pack.departments.allSatisfy { $0.topics.count >= 5 })
        #expect(pack.department(named: "淄博市住房和城乡建设局")?.id == "housing")
    }

    @Test(arguments: [
        ("小区旁边建筑工地夜间施工，噪音扰民严重", "housing"),
        ("每天晚上广场舞音响噪音太大，夜间扰民", "police"),
        ("学校门口流动摊贩占道经营，影响通行", "urban-management"),
        ("路口交警乱开罚单，违停处罚不合理", "police"),
        ("12路公交车经常晚点，班次太少", "transport"),
        ("家里暖气不热，室温只有十几度", "urban-management"),
        ("小区物业不作为，物业费却年年涨", "housing"),
        ("物业公司拖欠工资三个月，保安讨薪无门", "hrss"),
        ("这不是物业的问题，是暖气不热", "urban-management"),
    ])
    func boundaryCases(text: String, department: String) throws {
        let decision = try Self.route(text)
        #expect(decision.department == department)
        #expect(decision.status == .routed)
    }

    /// A lending platform that stopped paying out is one case for the police, whatever aspect a
    /// lender writes about; the report groups its texts by this topic.
    @Test(arguments: [
        "平台暴雷半年了，出借人的本金什么时候能追赃挽损？",
        "请问经侦对这个网贷平台的实控人立案了吗，什么时候清退",
    ])
    func lendingPlatformCollapseIsIllegalFundraising(text: String) throws {
        let decision = try Self.route(text)
        #expect(decision.department == "police")
        #expect(decision.topic?.id == "illegal-fundraising")
    }

    /// A school's canteen and the traffic at its gate are two matters, under two topics, so the report
    /// keeps them apart at one school.
    @Test(arguments: [
        ("实验中学学校食堂的饭菜质量太差，孩子吃不饱", "school-meals-facilities"),
        ("放学时校门口家长接送的车堵成一团，太危险了", "school-safety"),
    ])
    func aSchoolsCanteenAndItsGateAreTwoTopics(text: String, topic: String) throws {
        let decision = try Self.route(text)
        #expect(decision.department == "education")
        #expect(decision.topic?.id == topic)
    }

    /// Routes `text` with the shipped pack.
    static func route(_ text: String) throws -> RoutingDecision {
        let pack = try LexiconPack.load(directory: directory)
        return Router(pack: pack).route(text: text, analyzer: try TextAnalyzer(dictionary: pack.dictionary))
    }
}
