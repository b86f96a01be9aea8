import Foundation
import Testing
@testable import MinyiIO

@Suite struct PlainTextAndFormatTests {
    @Test func eachNonBlankLineIsARecordWithAFileLineID() throws {
        let dir = try TempDir()
        let path = try dir.write("tickets.txt", " \t 小区噪音扰民\u{3000}\r\n\n   \n路灯不亮")
        let (records, errors) = try readAll(path)
        #expect(errors.isEmpty)
        #expect(records.map(\.text) == ["小区噪音扰民", "路灯不亮"])
        #expect(records.map(\.id) == ["tickets.txt:1", "tickets.txt:4"])
        #expect(records.map(\.location) == [SourceLocation(file: path, line: 1), SourceLocation(file: path, line: 4)])
    }

    @Test func emptyFileHasNoRecords() throws {
        let dir = try TempDir()
        for name in ["e.txt", "e.csv", "e.tsv", "e.jsonl"] {
            let (records, errors) = try readAll(try dir.write(name, ""))
            #expect(records.isEmpty && errors.isEmpty)
        }
    }

    @Test func textKeepsNulBytesAndReportsEncodingErrorsAsRecords() throws {
        let dir = try TempDir()
        let path = try dir.write("mixed.txt", Array("第一条\n".utf8) + [0x61, 0x00, 0x62, 0x0A, 0x63, 0xFF, 0x0A] + Array("第三条".utf8))
        let (records, errors) = try readAll(path)
        #expect(records.map(\.text) == ["第一条", "a\u{0}b", "第三条"])
        #expect(errors.map(\.line) == [3])
        #expect(errors.first?.byteOffset == 15)
    }

    @Test func gbkTextIsConvertedUnderAutoAndRejectedUnderUTF8() throws {
        let dir = try TempDir()
        let path = try dir.write("gbk.txt", gbkBytes("你好\n世界\n"))
        let reader = try RecordReader(path: path)
        #expect(reader.map { try? $0.get().text } == ["你好", "世界"])
        #expect(reader.encoding == .gb18030)
        #expect(throws: InputError.self) { try RecordReader(path: path, options: RecordReaderOptions(encoding: .utf8)) }
    }

    @Test func formatComesFromTheExtension() throws {
        #expect(try InputFormat(path: "a/b.CSV") == .csv)
        #expect(try InputFormat(path: "x.ndjson") == .jsonl)
        #expect(try InputFormat(path: "-") == .txt)
        #expect(throws: InputError.self) { try InputFormat(path: "notes.dat") }
        do {
            _ = try InputFormat(path: "old.xls")
            Issue.record("xls accepted")
        } catch {
            #expect(error.message.contains("save it as .xlsx or .csv"))
        }
    }

    @Test func anExplicitFormatOverridesTheExtension() throws {
        let dir = try TempDir()
        let path = try dir.write("data.dat", "{\"text\": \"你好\"}\n")
        let (records, _) = try readAll(path, RecordReaderOptions(format: .jsonl))
        #expect(records.map(\.text) == ["你好"])
    }

    @Test func missingFileIsThrown() throws {
        #expect(throws: InputError.self) { try RecordReader(path: "/nonexistent/a.csv") }
    }
}
