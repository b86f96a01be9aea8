import Foundation
import Testing
import ZIPFoundation
@testable import MinyiIO

/// Writes an xlsx (a ZIP of XML parts) into `dir`.
private func makeXLSX(_ dir: TempDir, _ name: String, parts: [String: String]) throws -> String {
    let url = dir.url.appendingPathComponent(name)
    let archive = try Archive(url: url, accessMode: .create)
    for (path, xml) in parts.sorted(by: { $0.key < $1.key }) {
        let data = Data(xml.utf8)
        try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) {
            position, size in data.subdata(in: Int(position)..<Int(position) + size)
        }
    }
    return url.path
}

private let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
private let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
private let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"

private func workbook(sheets: [(name: String, rid: String)]) -> String {
    let list = sheets.enumerated().map { #"<sheet name="\#($1.name)" sheetId="\#($0 + 1)" r:id="\#($1.rid)"/>"# }
    return #"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="\#(main)" xmlns:r="\#(relationships)"><sheets>\#(list.joined())</sheets></workbook>"#
}

private func rels(_ targets: [(id: String, type: String, target: String)]) -> String {
    let list = targets.map { #"<Relationship Id="\#($0.id)" Type="\#(relationships)/\#($0.type)" Target="\#($0.target)"/>"# }
    return #"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="\#(packageRelationships)">\#(list.joined())</Relationships>"#
}

private func sheet(_ rows: String) -> String {
    #"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="\#(main)"><sheetData>\#(rows)</sheetData></worksheet>"#
}

@Suite struct XLSXReaderTests {
    /// The first sheet (resolved through the workbook's relationships) holds: an empty row, a header
    /// in row 2, shared, rich-text, inline, formula-string, date and plain number cells, gaps, a cell
    /// right of the header, an empty text, an all-empty row and a bad shared-string index.
    @Test func tinyWorkbook() throws {
        let dir = try TempDir()
        let shared = #"""
            <?xml version="1.0" encoding="UTF-8"?><x:sst xmlns:x="\#(main)" count="5" uniqueCount="5">\#
            <x:si><x:t>编号</x:t></x:si>\#
            <x:si><x:t>内容</x:t><x:phoneticPr fontId="1"/></x:si>\#
            <x:si><x:t>时间</x:t></x:si>\#
            <x:si><x:r><x:rPr><x:b/></x:rPr><x:t>停车</x:t></x:r><x:r><x:t xml:space="preserve">难</x:t></x:r>\#
            <x:rPh sb="0" eb="2"><x:t>tingche</x:t></x:rPh></x:si>\#
            <x:si><x:t>小区_x000D_停车 &amp; 充电</x:t></x:si>\#
            </x:sst>
            """#
        let styles = #"""
            <?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="\#(main)">\#
            <numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>\#
            <cellStyleXfs count="1"><xf numFmtId="22"/></cellStyleXfs>\#
            <cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="22"/><xf numFmtId="176"/></cellXfs></styleSheet>
            """#
        let first = sheet(#"""
            <row r="1"/>\#
            <row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="inlineStr"><is><t>标题</t></is></c>\#
            <c r="C2" t="s"><v>1</v></c><c r="D2" t="s"><v>2</v></c><c r="E2" t="inlineStr"><is><t>点赞</t></is></c></row>\#
            <row r="3"><c r="A3"><v>101</v></c><c r="B3" t="s"><v>3</v></c><c r="C3" t="s"><v>4</v></c>\#
            <c r="D3" s="1"><v>43563.359259259261</v></c><c r="E3"><v>12</v></c></row>\#
            <row r="5"><c r="A5" t="str"><f>"10"&amp;"2"</f><v>102</v></c>\#
            <c r="C5" t="inlineStr"><is><r><t xml:space="preserve">  路灯</t></r><r><t>坏了 </t></r></is></c>\#
            <c r="D5" s="2"><v>45292</v></c><c r="F5" t="b"><v>1</v></c></row>\#
            <row r="6"><c r="A6"><v>103</v></c><c r="E6"><v>0.5</v></c></row>\#
            <row r="7"><c r="A7" s="1"/><c r="C7" s="1"/></row>\#
            <row r="8"><c r="A8"><v>104</v></c><c r="C8" t="s"><v>99</v></c></row>
            """#)
        let other = sheet(#"<row r="1"><c r="A1" t="inlineStr"><is><t>无关</t></is></c></row>"#)
        let path = try makeXLSX(dir, "tiny.xlsx", parts: [
            "xl/workbook.xml": workbook(sheets: [("反馈", "rId7"), ("其他", "rId1")]),
            "xl/_rels/workbook.xml.rels": rels([("rId1", "worksheet", "worksheets/sheet1.xml"),
                                                ("rId7", "worksheet", "/xl/worksheets/feedback.xml"),
                                                ("rId3", "sharedStrings", "strings.xml"),
                                                ("rId4", "styles", "styles.xml")]),
            "xl/worksheets/sheet1.xml": other,
            "xl/worksheets/feedback.xml": first,
            "xl/strings.xml": shared,
            "xl/styles.xml": styles,
        ])

        let reader = try RecordReader(path: path)
        #expect(reader.encoding == nil)
        #expect(reader.columns == ColumnSelection(text: "内容", id: "编号", title: "标题", time: "时间", likes: "点赞"))
        var records: [InputRecord] = []
        var errors: [InputError] = []
        for result in reader {
            switch result {
            case .success(let record): records.append(record)
            case .failure(let error): errors.append(error)
            }
        }
        #expect(records == [
            InputRecord(id: "101", text: "小区\r停车 & 充电", title: "停车难", time: "2019-04-08 08:37:20", likes: 12,
                        fields: ["编号": "101", "标题": "停车难", "时间": "2019-04-08 08:37:20", "点赞": "12"],
                        location: SourceLocation(file: path, line: 3)),
            InputRecord(id: "102", text: "路灯坏了", time: "2024-01-01",
                        fields: ["编号": "102", "标题": "", "时间": "2024-01-01", "点赞": "", "F": "TRUE"],
                        location: SourceLocation(file: path, line: 5)),
        ])
        #expect(errors.map(\.line) == [6, 8])
        #expect(errors.map(\.kind) == [.emptyText, .malformed])
        #expect(errors.last?.description == "\(path):8: cell C8 refers to a missing shared string '99'")
    }

    @Test func missingTextColumnNamesTheSheetAndColumns() throws {
        let dir = try TempDir()
        let path = try makeXLSX(dir, "no-text.xlsx", parts: [
            "xl/workbook.xml": workbook(sheets: [("Sheet1", "rId1")]),
            "xl/_rels/workbook.xml.rels": rels([("rId1", "worksheet", "worksheets/sheet1.xml")]),
            "xl/worksheets/sheet1.xml": sheet(#"<row r="1"><c r="A1" t="inlineStr"><is><t>编号</t></is></c><c r="C1" t="inlineStr"><is><t>标题</t></is></c></row>"#),
        ])
        #expect {
            _ = try RecordReader(path: path)
        } throws: { error in
            let error = error as! InputError
            return error.kind == .missingColumn
                && error.description.hasPrefix("\(path): sheet 'Sheet1': no text column")
                && error.message.contains("columns: 编号, B, 标题")
        }
    }

    @Test func malformedSheetXMLNamesThePart() throws {
        let dir = try TempDir()
        let path = try makeXLSX(dir, "broken.xlsx", parts: [
            "xl/workbook.xml": workbook(sheets: [("Sheet1", "rId1")]),
            "xl/_rels/workbook.xml.rels": rels([("rId1", "worksheet", "worksheets/sheet1.xml")]),
            "xl/worksheets/sheet1.xml": #"<worksheet xmlns="\#(main)"><sheetData><row r="1"><c r="A1">"#,
        ])
        #expect {
            _ = try RecordReader(path: path)
        } throws: { error in
            let error = error as! InputError
            return error.kind == .malformed && error.message.hasPrefix("malformed XML in xl/worksheets/sheet1.xml")
        }
    }

    @Test func aFileThatIsNotAZipArchive() throws {
        let dir = try TempDir()
        let path = try dir.write("fake.xlsx", "编号,内容\n")
        #expect {
            _ = try RecordReader(path: path)
        } throws: { error in
            (error as! InputError).message == "not an xlsx file (not a ZIP archive)"
        }
    }

    static let tipdm = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/data/tipdm2020")
    static let hasTipdm = FileManager.default.fileExists(atPath: tipdm.appendingPathComponent("messages-with-replies.xlsx").path)

    /// The shared TipDM messages: every xlsx row matches the JSON Lines export beside it.
    @Test(.enabled(if: hasTipdm, "needs ../shared/data/tipdm2020"))
    func realWorkbookMatchesItsJSONLines() throws {
        let (rows, rowErrors) = try readAll(Self.tipdm.appendingPathComponent("messages-with-replies.xlsx").path)
        let (lines, lineErrors) = try readAll(Self.tipdm.appendingPathComponent("messages-with-replies.jsonl").path)
        #expect(rowErrors.isEmpty && lineErrors.isEmpty)
        #expect(rows.count == 2816)
        #expect(rows.count == lines.count)
        #expect(rows.first?.location.line == 2)
        #expect(rows.first?.id == "2549")
        #expect(rows.first?.title == "A2区景蓉华苑物业管理有问题")
        #expect(rows.first?.text.hasPrefix("2019年4月以来") == true)
        // The JSON Lines export kept OOXML's `_x000D_` escape for carriage returns; the reader resolves it.
        func unescaped(_ text: String?) -> String? {
            text?.replacingOccurrences(of: "_x000D_", with: "\r").trimmingNoise()
        }
        #expect(lines.contains { $0.text.contains("_x000D_") })
        for (row, line) in zip(rows, lines) {
            #expect(row.id == line.id)
            #expect(row.text == unescaped(line.text))
            #expect(row.title == line.title)
            #expect(row.user == line.user)
            #expect(row.time == line.time)
            #expect(row.fields["答复意见"] == unescaped(line.fields["reply"]))
        }
    }
}
