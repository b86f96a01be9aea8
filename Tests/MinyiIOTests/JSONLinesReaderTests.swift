import Foundation
import Testing
@testable import MinyiIO

@Suite struct JSONLinesReaderTests {
    @Test func recordsErrorsAndValueConversion() throws {
        let jsonl = """
            {"id": 2549, "title": "物业问题", "text": "\\n\\t\\t物业不作为\\n\\t", "likes": 3, "time": "2019/4/25", "tags": ["a", 1], "ok": true, "none": null}
            {"id": "x2", "text": "少了括号"

            {"id": 3, "content": "用 content 字段", "score": 1.5}
            {"id": 4, "title": "没有正文"}
            [1, 2]
            {"id": 5, "text": ""}
            """
        let dir = try TempDir()
        let path = try dir.write("m.jsonl", jsonl)
        let (records, errors) = try readAll(path)
        #expect(records.map(\.id) == ["2549", "3"])
        let first = try #require(records.first)
        #expect(first.text == "物业不作为")
        #expect(first.title == "物业问题")
        #expect(first.likes == 3)
        #expect(first.time == "2019/4/25")
        #expect(first.fields == ["id": "2549", "title": "物业问题", "likes": "3", "time": "2019/4/25",
                                 "tags": "[\"a\",1]", "ok": "true"])
        #expect(first.location.line == 1)
        #expect(records[1].text == "用 content 字段")
        #expect(records[1].fields["score"] == "1.5")
        #expect(records[1].location.line == 4)

        #expect(errors.map(\.line) == [2, 5, 6, 7])
        #expect(errors.map(\.kind) == [.malformed, .missingColumn, .malformed, .emptyText])
        #expect(errors[0].description.hasPrefix("\(path):2: malformed JSON: "))
        #expect(errors[0].message.count > "malformed JSON: ".count)
        #expect(errors[1].message.contains("keys: id, title"))
    }

    @Test func namedKeys() throws {
        let dir = try TempDir()
        let path = try dir.write("m.jsonl", "{\"no\": 7, \"body\": \"正文\", \"text\": \"别的\"}\n")
        let options = RecordReaderOptions(columns: ColumnSelection(text: "body", id: "no", label: "dept"))
        let (records, errors) = try readAll(path, options)
        #expect(errors.isEmpty)
        #expect(records.map(\.id) == ["7"])
        #expect(records.map(\.text) == ["正文"])
        #expect(records.first?.label == nil)
    }

    /// Lines are parsed in batches on several threads: records and errors still come in file order
    /// with their own line numbers, across batch boundaries.
    @Test func batchesKeepFileOrderAndLineNumbers() throws {
        let count = 3 * JSONLinesReader.batchSize + 7
        let broken: Set<Int> = [1, JSONLinesReader.batchSize, JSONLinesReader.batchSize + 1, count]
        let blank: Set<Int> = [2, 2 * JSONLinesReader.batchSize]
        let lines = (1...count).map { line in
            blank.contains(line) ? "" : broken.contains(line) ? "{\"id\": \(line), \"text\": " : "{\"id\": \(line), \"text\": \"第\(line)行\"}"
        }
        let dir = try TempDir()
        let path = try dir.write("m.jsonl", lines.joined(separator: "\n") + "\n")
        let (records, errors) = try readAll(path)
        let good = (1...count).filter { !broken.contains($0) && !blank.contains($0) }
        #expect(records.map(\.id) == good.map(String.init))
        #expect(records.map(\.text) == good.map { "第\($0)行" })
        #expect(records.map(\.location.line) == good)
        #expect(errors.map(\.line) == broken.sorted())
        #expect(errors.allSatisfy { $0.kind == .malformed })
    }
}
