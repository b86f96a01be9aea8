import MinyiSpeech
import Testing

@Suite struct StructureTests {
    /// An editor's note and two speeches in two speaker-line forms, with every point marker form and
    /// print-layout noise: a page mark, a sentence broken across lines, ASCII commas.
    static let page = """
    全面发力 共促发展
    ——某市人大常委会评议会发言摘要

    编者按

    3月2日,市人大常委会听取6部门汇报。

    稳中求进 守护平安

    某市公安局党委书记、局长 张三

    一、加强组织领导。成立5个工作组,走访群众2.3万余人次,整改工

    作已初见成效。
    二、广泛征集意见
    (一)上门走访。收到建议120条(下转05版)。
    (二)电话回访。满意率达到95.5%。
    三、强化宣传。一是开设专栏。二是编发简报12期。

    李四(某市交通运输局党组成员、副局长):
    1.公交线路新增8条。
    2.出租车全部接入平台。
    第一,优化线路;第二,减少换乘。
    """

    @Test func sectionsSpeakersAndTitles() throws {
        let speech = try SpeechAnalyzer(pack: try SpeechFixtures.pack()).analyze(Self.page, file: "page.txt")
        #expect(speech.title == "全面发力 共促发展")
        #expect(speech.sections.count == 3)
        let note = speech.sections[0]
        #expect(note.title == nil && note.speaker == nil)
        #expect(note.figures.map(\.text) == ["3月2日", "6部门"])
        let police = speech.sections[1]
        #expect(police.title == "稳中求进 守护平安")
        #expect(police.speaker == Speaker(name: "张三", position: "某市公安局党委书记、局长", department: "police"))
        let transport = speech.sections[2]
        #expect(transport.title == nil)
        #expect(transport.speaker == Speaker(name: "李四", position: "某市交通运输局党组成员、副局长", department: "transport"))
    }

    @Test func pointsOfEveryMarkerForm() throws {
        let speech = try SpeechAnalyzer(pack: nil).analyze(Self.page, file: "page.txt")
        let police = speech.sections[1].points
        #expect(police.map(\.marker) == ["一、", "二、", "(一)", "(二)", "三、", "一是", "二是"])
        #expect(police.map(\.text) == ["加强组织领导", "广泛征集意见", "上门走访", "电话回访", "强化宣传", "开设专栏", "编发简报12期"])
        let transport = speech.sections[2].points
        #expect(transport.map(\.marker) == ["1.", "2.", "第一", "第二"])
        #expect(transport.map(\.text) == ["公交线路新增8条", "出租车全部接入平台", "优化线路", "减少换乘"])
        // 二、 runs over its sub-points up to 三、.
        let bytes = Array(Self.page.utf8)
        let second = String(decoding: bytes[police[1].start..<police[1].end], as: UTF8.self)
        #expect(second.hasPrefix("二、广泛征集意见") && second.hasSuffix("满意率达到95.5%。"))
    }

    @Test func layoutNoise() throws {
        let speech = try SpeechAnalyzer(pack: nil).analyze(Self.page, file: "page.txt")
        let police = speech.sections[1]
        // The broken line is joined; the page mark is gone but offsets still point into the original.
        #expect(police.text.contains("整改工作已初见成效。"))
        #expect(!police.text.contains("下转"))
        #expect(police.text.contains("收到建议120条。"))
        #expect(police.figures.map(\.text) == ["5个", "2.3万余人次", "120条", "95.5%", "12期"])
        let bytes = Array(Self.page.utf8)
        for figure in speech.figures {
            #expect(String(decoding: bytes[figure.start..<figure.end], as: UTF8.self) == figure.text)
        }
        #expect(speech.figures.allSatisfy { $0.kind != .count || $0.value != 5 || $0.text == "5个" })
    }

    @Test func transcriptTurnsReuseSpeakers() throws {
        let transcript = """
        某市新闻发布会实录

        主持人 王五（市政府新闻办公室副主任）：
        请赵局长介绍情况。
        赵六（市城市管理局局长）：
        清理占道经营1,200处。
        主持人：
        请记者提问。
        某某日报记者：
        城管有什么新举措？
        赵六：谢谢。新增便民摊点34处。
        """
        let speech = try SpeechAnalyzer(pack: try SpeechFixtures.pack()).analyze(transcript, file: "t.txt")
        #expect(speech.sections.map { $0.speaker?.name } == ["王五", "赵六", "王五", nil, "赵六"])
        #expect(speech.sections.map { $0.speaker?.position } == ["市政府新闻办公室副主任", "市城市管理局局长", "市政府新闻办公室副主任", "某某日报记者", "市城市管理局局长"])
        #expect(speech.sections.map { $0.speaker?.department } == [nil, "urban-management", nil, nil, "urban-management"])
        #expect(speech.sections.allSatisfy { $0.title == "某市新闻发布会实录" })
        #expect(speech.sections[4].figures.map(\.text) == ["34处"])
    }

    @Test func statementFormsWithDashAndWithoutSpace() throws {
        let report = """
        政府工作报告
        ——2026年1月9日在市人民代表大会上
        ——市长 周明远
        各位代表：
        一、过去一年工作回顾
        地区生产总值增长5.6%。
        """
        let speech = try SpeechAnalyzer(pack: nil).analyze(report, file: "r.txt")
        #expect(speech.sections.count == 1)
        #expect(speech.sections[0].title == "政府工作报告")
        #expect(speech.sections[0].speaker?.name == "周明远")
        #expect(speech.sections[0].speaker?.position == "市长")
        #expect(speech.figures.map(\.text) == ["2026年1月9日", "增长5.6%"])
        let mayor = SpeakerLine.parse("市长李明")
        #expect(mayor?.name == "李明" && mayor?.position == "市长" && mayor?.form == .statement)
        let compact = try SpeechAnalyzer(pack: try SpeechFixtures.pack()).analyze("市公安局局长张三\n全年接警1万起。", file: "c.txt")
        #expect(compact.sections.first?.speaker == Speaker(name: "张三", position: "市公安局局长", department: "police"))
    }

    @Test func bylineAboveTheTitle() throws {
        let page = """
        张三（某市公安局局长）
        坚持人民至上 守护一方平安
        一、破获案件120起。
        李四（某市交通运输局局长）
        二、新开公交线路6条。
        """
        let speech = try SpeechAnalyzer(pack: try SpeechFixtures.pack()).analyze(page, file: "b.txt")
        #expect(speech.sections.map { $0.speaker?.name } == ["张三", "李四"])
        #expect(speech.sections.map(\.title) == ["坚持人民至上 守护一方平安", nil])
        #expect(speech.sections.map { $0.speaker?.department } == ["police", "transport"])
    }

    @Test func salutationsAndMetadataAreNotSpeakers() {
        #expect(SpeakerLine.parse("各位代表：") == nil)
        #expect(SpeakerLine.parse("发布时间：2026年4月16日") == nil)
        #expect(SpeakerLine.parse("砥砺奋进 守护平安 全面推动公安工作高质量发展") == nil)
        #expect(SpeakerLine.parse("今年以来,市公安局局长带队走访群众。") == nil)
    }

    @Test func documentNumberStandsAboveTheTitle() throws {
        let bulletin = """
        淄12345办〔2025〕8号

        关于2025年第三季度全市12345热线诉求办理情况的通报

        各区县人民政府，市政府各部门：
        　　2025年第三季度，热线共受理群众诉求38.62万件，同比增长6.8%。
        """
        let speech = try SpeechAnalyzer(pack: try SpeechFixtures.pack()).analyze(bulletin, file: "b.txt")
        #expect(speech.sections.map(\.title) == ["关于2025年第三季度全市12345热线诉求办理情况的通报"])
        #expect(!speech.sections.flatMap(\.figures).map(\.text).contains("8号"))
    }

    @Test func emptyAndMalformedInput() throws {
        let analyzer = try SpeechAnalyzer(pack: nil)
        #expect(analyzer.analyze("", file: "empty.txt").sections.isEmpty)
        #expect(analyzer.analyze(" \n\u{3000}\n\r\n", file: "blank.txt").sections.isEmpty)
        let prose = analyzer.analyze("没有讲话人的一段话,共3条意见。", file: "prose.txt")
        #expect(prose.sections.count == 1 && prose.sections[0].speaker == nil)
        #expect(prose.figures.map(\.text) == ["3条"])
        let marksOnly = analyzer.analyze("(下转05版)\n(上接01版)", file: "marks.txt")
        #expect(marksOnly.sections.isEmpty)
        let crlf = analyzer.analyze("某市公安局局长 张三\r\n一、受理投诉2252件。\r\n", file: "crlf.txt")
        #expect(crlf.sections.first?.speaker?.name == "张三")
        #expect(crlf.sections.first?.points.map(\.text) == ["受理投诉2252件"])
    }
}
