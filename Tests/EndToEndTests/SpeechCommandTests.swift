import Foundation
import Testing

@Suite struct SpeechCommandTests {
    static let page = """
    稳中求进 守护平安

    淄博市公安局党委书记、局长 张三

    一、广征意见。截至4月底,已回访群众1.6万余人次,征集意见建议756条,群众投诉量同比下降10%。
    (下转05版)
    """

    @Test func jsonWithTheDefaultPack() throws {
        let path = try CommandRunner.temporaryFile(Array(Self.page.utf8), name: "page.txt")
        let result = try CommandRunner.run(["speech", path, "--format", "json"])
        #expect(result.status == 0, "\(result.errors)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(object["file"] as? String == "page.txt")
        let section = try #require((object["sections"] as? [[String: Any]])?.first)
        #expect(section["speaker"] as? String == "张三")
        #expect(section["department"] as? String == "police")
        let figures = try #require(section["figures"] as? [[String: Any]])
        #expect(figures.compactMap { $0["text"] as? String } == ["4月底", "1.6万余人次", "756条", "同比下降10%"])
        let bytes = Array(Self.page.utf8)
        for figure in figures {
            let start = try #require(figure["start"] as? Int), end = try #require(figure["end"] as? Int)
            #expect(String(decoding: bytes[start..<end], as: UTF8.self) == figure["text"] as? String)
        }
    }

    @Test func markdownAndHTMLDigests() throws {
        let path = try CommandRunner.temporaryFile(Array(Self.page.utf8), name: "page.txt")
        let markdown = try CommandRunner.run(["speech", path])
        #expect(markdown.status == 0)
        #expect(markdown.output.contains("| 1.6万余人次 | count | 16000 | 人次 | at_least |  |"))
        let html = try CommandRunner.run(["speech", path, "--format", "html", "--lexicon", "none"])
        #expect(html.status == 0)
        #expect(html.output.hasPrefix("<!DOCTYPE html>") && html.output.contains("<td>756条</td>"))
    }

    @Test func evaluateOwnSpeeches() throws {
        let result = try CommandRunner.run(["evaluate", "speech", "corpora/speeches/gold/zibo-2026-press-conference.json"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("speakers 18"))
        #expect(result.output.contains("R 1.0000"))
    }

    @Test func gbkFileIsConvertedAndSaidSo() throws {
        // `市公安局局长 张三` / `截至4月底，回访群众1.6万余人次。` in GBK.
        let hex = "cad0b9abb0b2bed6bed6b3a420d5c5c8fd0a0abdd8d6c134d4c2b5d7a3acbbd8b7c3c8bad6da312e36cdf2d3e0c8cbb4cea1a30a"
        let bytes = stride(from: 0, to: hex.count, by: 2).map { UInt8(hex.dropFirst($0).prefix(2), radix: 16)! }
        let path = try CommandRunner.temporaryFile(bytes, name: "gbk.txt")
        let result = try CommandRunner.run(["speech", path, "--format", "json"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.errors.contains("GB18030"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let section = try #require((object["sections"] as? [[String: Any]])?.first)
        #expect(section["speaker"] as? String == "张三")
        #expect((section["figures"] as? [[String: Any]])?.compactMap { $0["text"] as? String } == ["4月底", "1.6万余人次"])
    }

    @Test func invalidBytesStopWithLineAndOffset() throws {
        let path = try CommandRunner.temporaryFile(Array("第一行\n".utf8) + [0x61, 0xFF, 0xFE, 0x80, 0x0A], name: "broken.txt")
        let result = try CommandRunner.run(["speech", path])
        #expect(result.status != 0)
        #expect(result.errors.contains("broken.txt:2:") && result.errors.contains("0xFF"))
    }

    @Test func missingFileFailsWithItsName() throws {
        let result = try CommandRunner.run(["speech", "/nonexistent/speech.txt"])
        #expect(result.status != 0)
        #expect(result.errors.contains("/nonexistent/speech.txt"))
    }
}
