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
}
