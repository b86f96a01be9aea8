import Foundation
import MinyiSpeech
import Testing

@Suite struct ComparisonAndOutputTests {
    static let speechText = """
    某市交通运输局党组书记、局长 钱七
    一、优化公交线路。新开通公交线路24条,缩短发车间隔。
    二、规范出租车。全市出租车接入监管平台。
    """

    static func temporaryFile(_ contents: String, name: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("minyi-speech-\(UUID().uuidString)-\(name)").path
        try contents.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func againstAReport() throws {
        let report = """
        {"concerns": [
          {"rank": 2, "title": "网约车乱停", "count": 5, "department": "transport", "topic": null, "keywords": ["网约车", "乱停", "线"], "extra": 1},
          {"rank": 1, "title": "公交发车间隔长", "count": 9, "department": "transport", "topic": "bus", "keywords": ["公交", "发车间隔"]},
          {"rank": 3, "title": "噪音扰民", "count": 4, "department": "police", "topic": "noise", "keywords": ["噪音"]},
          {"rank": 4, "title": "出租车拒载", "count": 3, "department": "市交通运输局", "topic": null, "keywords": ["出租车", "拒载"]}
        ], "departments": [{"id": "transport"}]}
        """
        let path = try Self.temporaryFile(report, name: "report.json")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let concerns = try ReportedConcerns.load(path: path)
        let speech = try SpeechAnalyzer(pack: try SpeechFixtures.pack()).analyze(Self.speechText, file: "s.txt")
        let pack = try SpeechFixtures.pack()
        let comparison = try #require(try ConcernComparison.compare(speech, with: concerns) { pack.department(named: $0)?.id }[0])
        #expect(comparison.department == "transport")
        #expect(comparison.mentioned.map(\.title) == ["公交发车间隔长", "出租车拒载"])
        #expect(comparison.mentioned.first?.matched == ["公交", "发车间隔"])
        #expect(comparison.missing.map(\.title) == ["网约车乱停"])
        let json = try SpeechJSON.render([speech], comparisons: [[0: comparison]])
        #expect(json.contains("\"against\""))
        #expect(SpeechMarkdown.render([speech], comparisons: [[0: comparison]]).contains("not mentioned: #2 网约车乱停"))
    }

    @Test func malformedReportNamesTheFile() throws {
        let path = try Self.temporaryFile(#"{"concerns": [{"rank": "first"}]}"#, name: "bad.json")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let error = try #require(throws: SpeechError.self) { try ReportedConcerns.load(path: path) }
        #expect(error.description.hasPrefix(path))
        #expect(error.description.contains("concerns"))
        #expect(throws: SpeechError.self) { try SpeechGold.load(path: "/nonexistent/gold.json") }
    }

    @Test func jsonShape() throws {
        let speech = try SpeechAnalyzer(pack: try SpeechFixtures.pack()).analyze(Self.speechText, file: "s.txt")
        let json = try SpeechJSON.render([speech])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["file"] as? String == "s.txt")
        let section = try #require((object["sections"] as? [[String: Any]])?.first)
        #expect(Set(section.keys) == ["title", "speaker", "position", "department", "start", "end", "points", "figures", "keywords", "topics", "duties"])
        #expect(section["title"] is NSNull)
        #expect(section["department"] as? String == "transport")
        let figure = try #require((section["figures"] as? [[String: Any]])?.first)
        #expect(Set(figure.keys) == ["text", "kind", "value", "unit", "qualifier", "change", "start", "end"])
        #expect(figure["text"] as? String == "24条" && figure["qualifier"] is NSNull)
        // Deterministic: the same input renders byte-identical output.
        #expect(try SpeechJSON.render([speech]) == json)
    }

    @Test func htmlIsSelfContainedAndEscaped() throws {
        let speech = try SpeechAnalyzer(pack: nil).analyze("某市公安局局长 张三\n一、<b>受理</b>投诉2252件。", file: "s.txt")
        let html = SpeechHTML.render([speech])
        #expect(html.contains("<style>") && !html.contains("<script") && !html.contains("http"))
        #expect(html.contains("&lt;b&gt;受理&lt;/b&gt;"))
        #expect(html.contains("<td>2252件</td>"))
    }
}

@Suite struct ContentTests {
    @Test func keywordsTopicsAndDuties() throws {
        let text = """
        某市公安局党委书记、局长 张三
        一、公安机关全力处置交通事故,民警接到报警后及时出警,交通事故同比下降。强化治安防控。
        二、配合做好就业工作。
        """
        let section = try #require(try SpeechAnalyzer(pack: try SpeechFixtures.pack()).analyze(text, file: "s.txt").sections.first)
        #expect(section.duties == ["police"])
        #expect(section.topics.map(\.topic) == ["traffic-accident"])
        #expect(section.topics.first?.score == 8)
        let top = try #require(section.keywords.first)
        #expect(top.term == "交通事故" && top.count == 2 && top.score == 8 && top.department == "police")
        #expect(section.keywords.contains { $0.term == "就业" && $0.department == "hrss" })
    }

    @Test func oneWordIsNotADuty() throws {
        // 就业 three times scores 9 for hrss but is a single term.
        let section = try #require(try SpeechAnalyzer(pack: try SpeechFixtures.pack()).analyze("就业、就业、就业。", file: "s.txt").sections.first)
        #expect(section.duties.isEmpty)
        #expect(section.keywords.first?.count == 3)
    }
}
