import Foundation
import MinyiIO
@testable import MinyiLexicon
import Testing

@Suite struct LexiconPackTests {
    static let police = """
        id: police
        name: 淄博市公安局
        short: 市公安局
        aliases: [公安局, 派出所]
        keywords: {報警: 3}
        exclude: {建筑工地: 2}
        topics:
          - id: traffic-violation
            name: 交通违法
            keywords: {闯红灯: 4, 违停: 3}
            combos: [{terms: [夜间, 噪音], weight: 3}]
        """
    static let housing = """
        id: housing
        name: 淄博市住房和城乡建设局
        short: 市住建局
        aliases: [住建局]
        keywords: {物业: 3}
        """

    @Test func loadsDepartmentsTopicsAndLocations() throws {
        let files = try TemporaryPack(pack: "name: zibo\nversion: \"2026.11\"\nterms: [一网通办]\nnegations: [不是, 並非]\n",
                                      departments: ["police": Self.police, "housing": Self.housing])
        let pack = try LexiconPack.load(directory: files.directory)
        #expect(pack.name == "zibo")
        #expect(pack.version == "2026.11")
        #expect(pack.negations == ["不是", "并非"])  // normalized to simplified
        #expect(pack.departments.map(\.id) == ["housing", "police"])
        let police = try #require(pack.departments.last)
        #expect(police.keywords == [WeightedTerm(term: "报警", weight: 3, location: SourceLocation(file: files.path("police"), line: 5))])
        #expect(police.exclude.first?.location.line == 6)
        let topic = try #require(police.topics.first)
        #expect(topic.keywords.map(\.term) == ["闯红灯", "违停"])
        #expect(topic.keywords.map(\.location.line) == [10, 10])
        #expect(topic.combos == [Combo(terms: ["夜间", "噪音"], weight: 3, location: SourceLocation(file: files.path("police"), line: 11))])
        #expect(Set(pack.segmentationTerms).isSuperset(of: ["一网通办", "报警", "建筑工地", "闯红灯", "夜间", "派出所"]))
        #expect(pack.dictionary.count == pack.segmentationTerms.count)
    }

    @Test func resolvesOfficialNamesAndAliases() throws {
        let files = try TemporaryPack(departments: ["police": Self.police, "housing": Self.housing])
        let pack = try LexiconPack.load(directory: files.directory)
        #expect(pack.department(named: "淄博市住房和城乡建设局")?.id == "housing")
        #expect(pack.department(named: "市公安局")?.id == "police")
        #expect(pack.department(named: "张店区派出所")?.id == "police")
        #expect(pack.department(named: "housing")?.id == "housing")
        #expect(pack.department(named: "市教育局") == nil)
    }

    @Test func loadThrowsEveryError() throws {
        let files = try TemporaryPack(departments: ["police": "id: police\nname: 公安\naliases: [公安局]\nkeywords: {报警: 11}\ncolour: blue\n"])
        let error = try #require(throws: LexiconError.self) { try LexiconPack.load(directory: files.directory) }
        #expect(error.problems.map(\.location.line) == [4, 5])
    }

    @Test func loadsTwentyThousandTerms() throws {
        var departments: [String: String] = [:]
        for index in 0..<10 {
            var yaml = "id: d\(index)\nname: 部门\(index)\nkeywords:\n"
            for term in 0..<2000 { yaml += "  词\(index)项\(term): \(1 + term % 9)\n" }
            departments["d\(index)"] = yaml
        }
        let files = try TemporaryPack(departments: departments)
        // Load time is measured in release builds (docs/routing.md), not here.
        let pack = try LexiconPack.load(directory: files.directory)
        #expect(pack.departments.flatMap(\.keywords).count == 20_000)
        #expect(pack.dictionary.count >= 20_000)
    }
}
