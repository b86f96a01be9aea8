import Foundation
import Testing
@testable import MinyiIO

@Suite struct DelimitedReaderTests {
    @Test func quotedFieldsShortRowsAndColumnDetection() throws {
        let csv = "编号,标题,留言详情,点赞数,部门\r\n"
            + "A1,停车难,\"小区停车难,\n晚上没有车位\",12,住建局\r\n"
            + "A2,噪音,\"他说\"\"太吵了\"\"\",1024,环保局\r\n"
            + "A3,短行\r\n"
            + "\r\n"
            + "A4,路灯,路灯坏了,abc,城管局"
        let dir = try TempDir()
        let path = try dir.write("messages.csv", csv)
        let reader = try RecordReader(path: path)
        #expect(reader.columns == ColumnSelection(text: "留言详情", id: "编号", title: "标题", likes: "点赞数", label: "部门"))
        var records: [InputRecord] = []
        var errors: [InputError] = []
        for result in reader {
            switch result {
            case .success(let record): records.append(record)
            case .failure(let error): errors.append(error)
            }
        }
        #expect(records.map(\.id) == ["A1", "A2", "A4"])
        #expect(records[0].text == "小区停车难,\n晚上没有车位")
        #expect(records[0].location.line == 2)
        #expect(records[0].title == "停车难")
        #expect(records[0].likes == 12)
        #expect(records[0].label == "住建局")
        #expect(records[0].fields == ["编号": "A1", "标题": "停车难", "点赞数": "12", "部门": "住建局"])
        #expect(records[1].text == "他说\"太吵了\"")
        #expect(records[1].location.line == 4)
        #expect(records[2].location.line == 7)
        #expect(records[2].likes == nil)
        #expect(records[2].fields["点赞数"] == "abc")
        #expect(errors.count == 1)
        #expect(errors.first?.description == "\(path):5: row has 2 fields; the header has 5")
    }

    @Test func emptyTextIsAnErrorAndTheRestContinue() throws {
        let dir = try TempDir()
        let path = try dir.write("a.csv", "id,content\n1,  \n2,有内容\n,,\n")
        let (records, errors) = try readAll(path)
        #expect(records.map(\.id) == ["2"])
        #expect(errors.map(\.kind) == [.emptyText])
        #expect(errors.first?.description == "\(path):2: empty text in 'content'")
    }

    @Test func missingTextColumnIsFatalAndNamesTheColumns() throws {
        let dir = try TempDir()
        let path = try dir.write("a.csv", "编号,标题,时间\n1,停车,2024-01-01\n")
        #expect {
            _ = try RecordReader(path: path)
        } throws: { error in
            let error = error as! InputError
            return error.kind == .missingColumn && error.line == nil
                && error.description.hasPrefix("\(path): no text column")
                && error.message.contains("columns: 编号, 标题, 时间")
        }
    }

    @Test func namedColumnsWinAndMustExist() throws {
        let dir = try TempDir()
        let path = try dir.write("a.csv", "text,正文,ID\n旧,新内容,7\n")
        let options = RecordReaderOptions(columns: ColumnSelection(text: "正文", id: "id"))
        let (records, _) = try readAll(path, options)
        #expect(records.map(\.text) == ["新内容"])
        #expect(records.map(\.id) == ["7"])
        #expect(records.first?.fields == ["text": "旧", "ID": "7"])

        // A column given for one role is not also detected for another.
        let titles = try dir.write("b.csv", "标题,内容\n停车难,小区停车难\n")
        let (byTitle, _) = try readAll(titles, RecordReaderOptions(columns: ColumnSelection(text: "标题")))
        #expect(byTitle.map(\.text) == ["停车难"])
        #expect(byTitle.map(\.title) == [nil])

        let missing = RecordReaderOptions(columns: ColumnSelection(title: "主题"))
        #expect(throws: InputError.self) { try RecordReader(path: path, options: missing) }
    }

    @Test func tsvWithChineseHeader() throws {
        let dir = try TempDir()
        let path = try dir.write("a.tsv", "留言编号\t留言用户\t留言主题\t留言时间\t留言详情\n2549\tA0001\t物业问题\t2019/4/25 9:32:09\t物业, 不作为\n")
        let (records, errors) = try readAll(path)
        #expect(errors.isEmpty)
        let record = try #require(records.first)
        #expect(record.id == "2549")
        #expect(record.user == "A0001")
        #expect(record.title == "物业问题")
        #expect(record.time == "2019/4/25 9:32:09")
        #expect(record.text == "物业, 不作为")
    }

    @Test func gbkCSVIsDecoded() throws {
        let dir = try TempDir()
        let path = try dir.write("gbk.csv", gbkBytes("id,内容\n1,你好世界\n"))
        let reader = try RecordReader(path: path)
        #expect(reader.map { try? $0.get().text } == ["你好世界"])
        #expect(reader.encoding == .gb18030)
    }

    @Test func unterminatedQuoteIsReportedAtTheRecordStart() throws {
        let dir = try TempDir()
        let path = try dir.write("a.csv", "id,text\n1,好\n2,\"未闭合\n3,后面\n")
        let (records, errors) = try readAll(path)
        #expect(records.map(\.id) == ["1"])
        #expect(errors.map(\.line) == [3])
        #expect(errors.first?.message.hasPrefix("unterminated quoted field") == true)
    }

    @Test func strayQuotesAndBareCarriageReturnsAreErrors() throws {
        let dir = try TempDir()
        let path = try dir.write("a.csv", "id,text\n1,\"好\"坏\"\n2,a\rb\n3,正常\n")
        let (records, errors) = try readAll(path)
        #expect(records.map(\.id) == ["3"])
        #expect(errors.map(\.line) == [2, 3])
        #expect(errors.map(\.kind) == [.malformed, .malformed])
    }
}
