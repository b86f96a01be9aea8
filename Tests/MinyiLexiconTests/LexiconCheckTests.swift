import Testing
@testable import MinyiLexicon

/// Each kind of problem `minyi lexicon check` reports, with its file and line.
@Suite struct LexiconCheckTests {
    func problems(_ departments: [String: String], pack: String = "name: test\n") throws -> (TemporaryPack, [String]) {
        let files = try TemporaryPack(pack: pack, departments: departments)
        let found = LexiconPack.check(directory: files.directory).map { "\($0)".replacingOccurrences(of: files.directory + "/", with: "") }
        return (files, found)
    }

    @Test func yamlSyntaxErrorHasItsLine() throws {
        let (_, found) = try problems(["police": "id: police\nname: 公安\nkeywords: {报警: 3\naliases: [公安]\n"])
        #expect(found.count == 1)
        #expect(found[0].hasPrefix("departments/police.yaml:4: YAML syntax error"))
    }

    @Test func sameTermTwiceInOneFileIsAnError() throws {
        let yaml = "id: police\nname: 公安\nkeywords: {报警: 3}\ntopics:\n  - id: a\n    name: 甲\n    keywords: {報警: 2}\n"
        let (_, found) = try problems(["police": yaml])
        #expect(found == ["departments/police.yaml:7: duplicate keyword \"报警\" in one file (first at line 3)"])
    }

    @Test func duplicateKeyInOneMappingIsAnError() throws {
        let (_, found) = try problems(["police": "id: police\nname: 公安\nkeywords:\n  报警: 3\n  报警: 4\n"])
        #expect(found == ["departments/police.yaml:4: duplicate key \"报警\" in one mapping"])
    }

    @Test func sameTopWeightInTwoDepartmentsIsAWarning() throws {
        let (files, found) = try problems([
            "housing": "id: housing\nname: 住建\nkeywords: {噪音: 3}\n",
            "police": "id: police\nname: 公安\nkeywords: {噪音: 3, 报警: 5}\n",
            "ecology": "id: ecology\nname: 生态\nkeywords: {报警: 2}\n",
        ])
        #expect(found == ["departments/police.yaml:3: warning: ambiguous keyword \"噪音\": same top weight 3 in police and housing (departments/housing.yaml:3)"])
        #expect(throws: Never.self) { try LexiconPack.load(directory: files.directory) }
    }

    @Test func unknownAndMissingIDs() throws {
        let (_, found) = try problems([
            "police": "id: polizei\nname: 公安\nkeywords: {报警: 3}\n",
            "water": "name: 水务\nkeywords: {停水: 3}\n",
        ])
        #expect(found == [
            "departments/police.yaml:1: unknown id \"polizei\": a department's id must be its file name (\"police\")",
            "departments/water.yaml:1: a department has no \"id\"",
        ])
    }

    @Test func emptyTopicAndTopicWithoutID() throws {
        let yaml = "id: police\nname: 公安\ntopics:\n  - id: empty\n    name: 空\n  - name: 无名\n    keywords: {报警: 3}\n"
        let (_, found) = try problems(["police": yaml])
        #expect(found == [
            "departments/police.yaml:4: topic \"empty\" is empty: it has no keywords or combos",
            "departments/police.yaml:6: a topic has no \"id\"",
        ])
    }

    @Test func weightsOutOfRange() throws {
        let yaml = "id: police\nname: 公安\nkeywords: {报警: 0, 110: 10}\nexclude:\n  工地: 12\ntopics:\n  - id: t\n    name: 甲\n    combos: [{terms: [夜间, 噪音], weight: -1}]\n"
        let (_, found) = try problems(["police": yaml])
        #expect(found == [
            "departments/police.yaml:3: the weight of \"报警\" 0 is out of range (0 < weight <= 10)",
            "departments/police.yaml:5: the weight of \"工地\" 12 is out of range (0 < weight <= 10)",
            "departments/police.yaml:9: combo weight -1 is out of range (0 < weight <= 10)",
        ])
    }

    @Test func unknownKeys() throws {
        let (_, found) = try problems(["police": "id: police\nname: 公安\nkeyword: {报警: 3}\naliases: [公安局]\n"], pack: "name: t\nnegation: [不是]\n")
        #expect(found == [
            "departments/police.yaml:3: unknown key \"keyword\" in a department (allowed: id, name, short, aliases, keywords, exclude, topics)",
            "pack.yaml:2: unknown key \"negation\" in pack.yaml (allowed: name, description, version, terms, negations)",
        ])
    }
}
