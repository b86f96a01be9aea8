import Foundation
import Testing

@Suite struct ReportCommandTests {
    @Test func badRecordIsReportedSkippedAndFailsTheRunAfterTheReport() throws {
        let lines = """
        {"id": "a1", "text": "张店区银泰城小区暖气不热，家里只有十五度"}
        {"id": "a2", "text":
        {"id": "a3", "text": "银泰城小区暖气一直不热，室温十五度"}

        """
        let input = try CommandRunner.temporaryFile(Array(lines.utf8), name: "input.jsonl")
        let output = (input as NSString).deletingLastPathComponent + "/report.json"
        let result = try CommandRunner.run(["report", input, "--format", "json", "-o", output])
        #expect(result.status == 1)
        #expect(result.errors.contains("input.jsonl:2: malformed JSON"))
        #expect(result.errors.contains("1 record(s) could not be read"))
        let data = try #require(FileManager.default.contents(atPath: output))
        let report = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let concerns = try #require(report["concerns"] as? [[String: Any]])
        #expect(Set(concerns.flatMap { $0["ids"] as? [String] ?? [] }) == ["a1", "a3"])
    }

    @Test func aBadSynonymListStopsTheRunNamingItsLine() throws {
        let input = try CommandRunner.temporaryFile(Array(#"{"id": "a1", "text": "电瓶车带人被罚"}"#.utf8), name: "input.jsonl")
        let synonyms = try CommandRunner.temporaryFile(Array("电动车 电瓶车\n电驴\n".utf8), name: "synonyms.txt")
        let result = try CommandRunner.run(["report", input, "--synonyms", synonyms])
        #expect(result.status == 1)
        #expect(result.errors.contains("synonyms.txt:2: expected a standard word and its variants"))
    }
}
