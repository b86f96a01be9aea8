import Foundation
import Testing
import ZIPFoundation

/// `minyi route` as a user runs it: every input format, one output record per input record, an error
/// record (file and line) in place of each bad one, `--strict`.
@Suite struct RouteCommandTests {
    static let executable = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("minyi")

    struct Run {
        let status: Int32
        let records: [[String: Any]]
        let errors: String
    }

    let pack: String
    let folder: URL

    init() throws {
        pack = try RoutingPack.write()
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("minyi-route-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func file(_ name: String, _ text: String) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func route(_ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = ["route", "--lexicon", pack, "--base-dict", "none"] + arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let records = String(decoding: outputData, as: UTF8.self).split(separator: "\n").map {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8))) as? [String: Any] ?? ["unparsed": String($0)]
        }
        return Run(status: process.terminationStatus, records: records, errors: String(decoding: errorData, as: UTF8.self))
    }

    @Test func textLinesInInputOrder() throws {
        let path = try file("tickets.txt", "家里暖气不热\n建议派出所加强巡逻\n今天天气很好\n")
        let run = try route([path])
        #expect(run.status == 0)
        #expect(run.records.map { $0["id"] as? String } == ["tickets.txt:1", "tickets.txt:2", "tickets.txt:3"])
        #expect(run.records.map { $0["department"] as? String } == ["urban-management", "police", nil])
        #expect(run.records.map { $0["status"] as? String } == ["routed", "routed", "manual"])
        let evidence = try #require(run.records[1]["evidence"] as? [[String: Any]])
        #expect(evidence.first?["term"] as? String == "派出所")
        #expect(evidence.first?["role"] as? String == "addressee")
        #expect(run.errors.contains("route: 3 records"))
    }

    @Test func csvWithAMalformedRowYieldsAnErrorRecordAndExitStatusOne() throws {
        let path = try file("tickets.csv", "编号,标题,内容\nA1,供暖,家里暖气不热\nA2,物业,物业费太贵,多余的一列\nA3,,公交车晚点\n")
        let run = try route([path, "--format", "jsonl"])
        #expect(run.status == 1)
        let ids = run.records.map { $0["id"] as? String }
        let lines = run.records.map { $0["line"] as? Int }
        #expect(ids.first == "A1")
        #expect(ids.last == "A3")
        #expect(ids == ["A1", nil, "A3"])
        #expect(lines == [2, 3, 4])
        #expect(run.records[1]["file"] as? String == path)
        #expect((run.records[1]["error"] as? String)?.contains("4 fields") == true)
        #expect(run.errors.contains("\(path):"))
        #expect(run.errors.contains("record(s) could not be read"))
    }

    @Test func strictStopsAtTheFirstBadRow() throws {
        let path = try file("tickets.jsonl", """
            {"id": "j1", "text": "家里暖气不热"}
            {"id": "j2", "text": 
            {"id": "j3", "text": "公交车晚点"}
            """)
        let lenient = try route([path])
        #expect(lenient.status == 1)
        #expect(lenient.records.map { $0["id"] as? String } == ["j1", nil, "j3"])
        #expect(lenient.records[1]["line"] as? Int == 2)
        let strict = try route([path, "--strict"])
        #expect(strict.status == 1)
        #expect(strict.records.map { $0["id"] as? String } == ["j1", nil])
    }

    @Test func tsvWithTitleColumnAndCSVOutput() throws {
        let path = try file("tickets.tsv", "id\ttitle\ttext\nt1\t暖气\t公交\nt2\t\t小区物业不作为\n")
        let process = try route([path, "--format", "csv"])
        #expect(process.status == 0)
        let lines = process.records.compactMap { $0["unparsed"] as? String }
        #expect(lines.first == "id,file,line,status,department,department_name,topic,topic_name,confidence,evidence,runners_up,error")
        #expect(lines.count == 3)
        #expect(lines[1].hasPrefix("t1,\(path),2,routed,urban-management,淄博市城市管理局,"))  // the title outweighs the body
        #expect(lines[2].hasPrefix("t2,\(path),3,"))
    }

    @Test func xlsxRowsAndAnEmptyTextRow() throws {
        let path = folder.appendingPathComponent("tickets.xlsx")
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        func cell(_ reference: String, _ text: String) -> String { #"<c r="\#(reference)" t="inlineStr"><is><t>\#(text)</t></is></c>"# }
        let parts = [
            "xl/workbook.xml": #"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="\#(main)" xmlns:r="\#(relationships)"><sheets><sheet name="工单" sheetId="1" r:id="rId1"/></sheets></workbook>"#,
            "xl/_rels/workbook.xml.rels": #"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="\#(relationships)/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#,
            "xl/worksheets/sheet1.xml": #"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="\#(main)"><sheetData>"#
                + #"<row r="1">\#(cell("A1", "编号"))\#(cell("B1", "内容"))</row>"#
                + #"<row r="2">\#(cell("A2", "x1"))\#(cell("B2", "物业公司拖欠工资"))</row>"#
                + #"<row r="3">\#(cell("A3", "x2"))</row>"#
                + #"<row r="4">\#(cell("A4", "x3"))\#(cell("B4", "流动摊贩占道经营"))</row>"#
                + "</sheetData></worksheet>",
        ]
        let archive = try Archive(url: path, accessMode: .create)
        for (name, xml) in parts.sorted(by: { $0.key < $1.key }) {
            let data = Data(xml.utf8)
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        let run = try route([path.path])
        #expect(run.status == 1)
        #expect(run.records.map { $0["id"] as? String } == ["x1", nil, "x3"])
        #expect(run.records.map { $0["department"] as? String } == ["hrss", nil, "urban-management"])
        #expect(run.records[1]["line"] as? Int == 3)
        #expect(run.records[1]["error"] != nil)
    }

    @Test func unreadableFileIsAnErrorRecordAndTheNextFileStillRuns() throws {
        let good = try file("good.txt", "家里暖气不热\n")
        let run = try route([folder.appendingPathComponent("missing.txt").path, good])
        #expect(run.status == 1)
        #expect(run.records.count == 2)
        #expect(run.records[0]["error"] != nil)
        #expect(run.records[1]["department"] as? String == "urban-management")
    }
}
