import Foundation
import MinyiText
import Testing
@testable import MinyiLexicon

@Suite struct LexiconLearnerTests {
    /// Two labels, each with its own vocabulary, and words shared by both.
    static let examples: [LabeledText] = (0..<12).flatMap { index in [
        LabeledText(id: "h\(index)", title: index % 2 == 0 ? "暖气问题" : nil, text: "我们小区暖气不热，供暖公司不管，希望解决", label: "供热"),
        LabeledText(id: "w\(index)", text: "公司拖欠工资三个月，老板不管，希望解决\(index % 3 == 0 ? "，去劳动局也没用" : "")", label: "劳动"),
    ] }

    func learn(_ examples: [LabeledText] = examples, taxonomy: Taxonomy? = nil) throws -> LexiconLearner.Result {
        try LexiconLearner().learn(examples, name: "test", analyzer: TextAnalyzer(), taxonomy: taxonomy)
    }

    @Test func keepsDistinctiveTermsForTheirLabelOnly() throws {
        let result = try learn()
        let heating = try #require(result.pack.departments.first { $0.id == "供热" })
        let labour = try #require(result.pack.departments.first { $0.id == "劳动" })
        let heatingTerms = Set(heating.keywords.map(\.term))
        let labourTerms = Set(labour.keywords.map(\.term))
        #expect(heatingTerms.contains("暖气"))
        #expect(labourTerms.contains("工资"))
        // Shared words are not evidence for either label.
        for shared in ["希望", "解决", "不管"] {
            #expect(!heatingTerms.contains(shared) && !labourTerms.contains(shared))
        }
        #expect(heatingTerms.isDisjoint(with: labourTerms))
        let weights = (heating.keywords + labour.keywords).map(\.weight)
        #expect(weights.allSatisfy { $0 > 0 && $0 <= 10 })
        #expect(weights.max() == 10)
        // The strongest term of a label is one found in all of its texts, and the comments say so.
        let statistics = try #require(result.statistics["劳动"])
        let strongest = try #require(statistics.values.max { $0.z < $1.z })
        #expect(strongest.documents == 12 && strongest.labelDocuments == 12)
    }

    @Test func taxonomyNamesBecomeTopics() throws {
        let taxonomy = Taxonomy(rows: [
            .init(level1: "劳动", level2: "劳动报酬", level3: "拖欠工资"),
            .init(level1: "劳动", level2: "社会保险", level3: "养老保险"),
            .init(level1: "供热", level2: "供暖", level3: "暖气不热"),
        ])
        let labour = try #require(try learn(taxonomy: taxonomy).pack.departments.first { $0.id == "劳动" })
        #expect(labour.topics.map(\.id) == ["劳动报酬"])  // 社会保险 shares no learned term: no empty topic
        #expect(labour.topics[0].keywords.map(\.term).contains("工资"))
        #expect(!labour.keywords.map(\.term).contains("工资"))
    }

    @Test func writtenPackLoadsBackIdenticallyAndDeterministically() throws {
        let result = try learn()
        let writer = PackWriter(header: ["test pack"]) { department, term in
            result.statistics[department]?[term].map { String(format: "z %.1f", $0.z) }
        }
        let first = FileManager.default.temporaryDirectory.appendingPathComponent("minyi-learned-\(UUID().uuidString)").path
        let second = first + "-again"
        try writer.write(result.pack, to: first)
        try writer.write(try learn().pack, to: second)
        let loaded = try LexiconPack.load(directory: first)
        #expect(loaded.departments.map(\.id) == result.pack.departments.map(\.id))
        for (read, learned) in zip(loaded.departments, result.pack.departments) {
            #expect(Set(read.keywords.map { "\($0.term)=\($0.weight)" }) == Set(learned.keywords.map { "\($0.term)=\($0.weight)" }))
        }
        for name in ["pack.yaml", "departments/供热.yaml", "departments/劳动.yaml"] {
            #expect(FileManager.default.contents(atPath: "\(first)/\(name)") == FileManager.default.contents(atPath: "\(second)/\(name)"))
        }
        let text = try String(contentsOfFile: "\(first)/departments/劳动.yaml", encoding: .utf8)
        #expect(text.hasPrefix("# test pack\nid: 劳动\n"))
        #expect(text.contains("  工资: 10  # z "))
    }

    @Test func labelThatCannotBeAFileNameIsAnError() throws {
        let examples = Self.examples.map { LabeledText(id: $0.id, text: $0.text, label: $0.label == "劳动" ? "劳动/社保" : $0.label) }
        let pack = try learn(examples).pack
        let error = try #require(throws: LexiconError.self) {
            try PackWriter(header: []).write(pack, to: FileManager.default.temporaryDirectory.appendingPathComponent("minyi-bad-\(UUID().uuidString)").path)
        }
        #expect(error.problems.map(\.message) == ["department id \"劳动/社保\" cannot be a file name (departments/<id>.yaml)"])
    }

    @Test func yamlScalarsAreQuotedOnlyWhenNeeded() {
        #expect(PackWriter.scalar("暖气不热") == "暖气不热")
        #expect(PackWriter.scalar("12345") == "\"12345\"")
        #expect(PackWriter.scalar("yes") == "\"yes\"")
        #expect(PackWriter.scalar("a: b") == "\"a: b\"")
    }
}
