import Foundation
import Testing

@Suite struct SegmentCommandTests {
    @Test func keepsOneOutputLinePerInputLineAndLexiconTermsWhole() throws {
        let path = try CommandRunner.temporaryFile(Array("市人社局和住建局\n\n張店區暖气不热\n".utf8))
        let result = try CommandRunner.run(["segment", path])
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 4)  // three lines and the final newline
        #expect(lines[0].split(separator: " ").contains("人社局"))
        #expect(lines[1].isEmpty)
        #expect(lines[2].hasPrefix("張店區 "))
    }

    @Test func jsonGivesOriginalByteOffsetsAndNormalizedText() throws {
        let text = "關於１．５万元"
        let result = try CommandRunner.run(["segment", "--format", "json"], input: Data((text + "\n").utf8))
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
        let tokens = try #require(object?["tokens"] as? [[String: Any]])
        let bytes = Array(text.utf8)
        for token in tokens {
            let start = try #require(token["start"] as? Int), end = try #require(token["end"] as? Int)
            #expect(start >= 0 && end <= bytes.count && start < end)
        }
        #expect(tokens.first?["text"] as? String == "关于")
        #expect(tokens.last?["text"] as? String == "1.5万元")
        #expect(tokens.last?["kind"] as? String == "quantity")
    }

    @Test func convertsGBKFilesUnderAuto() throws {
        let path = try CommandRunner.temporaryFile([0xC4, 0xE3, 0xBA, 0xC3, 0xCA, 0xC0, 0xBD, 0xE7, 0x0A])  // 你好世界
        let result = try CommandRunner.run(["segment", path])
        #expect(result.status == 0)
        #expect(result.output == "你好 世界\n")
    }

    @Test func rejectsGBKWhenUTF8IsRequiredAndSaysSo() throws {
        let path = try CommandRunner.temporaryFile([0xC4, 0xE3, 0xBA, 0xC3, 0x0A])
        let result = try CommandRunner.run(["segment", "--encoding", "utf8", path])
        #expect(result.status != 0)
        #expect(result.errors.contains(path))
        #expect(result.errors.contains("GBK"))
    }

    @Test func reportsAnInvalidByteWithItsLineAndOffsetButKeepsTheLine() throws {
        let path = try CommandRunner.temporaryFile(Array("第一行\n".utf8) + [0x6F, 0x6B, 0xFF, 0x0A] + Array("第三行\n".utf8))
        let result = try CommandRunner.run(["segment", path])
        #expect(result.status == 1)
        #expect(result.errors.contains("\(path):2:"))
        #expect(result.errors.contains("offset 2"))
        #expect(result.output.split(separator: "\n").count == 3)
        let strict = try CommandRunner.run(["segment", "--strict", path])
        #expect(strict.status != 0)
    }

    @Test func emptyInputGivesEmptyOutput() throws {
        let path = try CommandRunner.temporaryFile([])
        let result = try CommandRunner.run(["segment", path])
        #expect(result.status == 0)
        #expect(result.output.isEmpty)
    }

    @Test func aMissingFileIsAClearError() throws {
        let result = try CommandRunner.run(["segment", "/nonexistent/minyi-input.txt"])
        #expect(result.status != 0)
        #expect(result.errors.contains("/nonexistent/minyi-input.txt"))
    }

    @Test func keepsInputOrderAcrossParallelChunks() throws {
        let lines = (0..<9_000).map { "第\($0) 市民反映小区暖气不热" }
        let path = try CommandRunner.temporaryFile(Array((lines.joined(separator: "\n") + "\n").utf8))
        let result = try CommandRunner.run(["segment", "--threads", "2", path])
        #expect(result.status == 0)
        let output = result.output.split(separator: "\n")
        #expect(output.count == lines.count)
        let outOfOrder = output.indices.filter { output[$0].filter { $0 != " " } != lines[$0].filter { $0 != " " } }
        #expect(outOfOrder.isEmpty)
    }
}
