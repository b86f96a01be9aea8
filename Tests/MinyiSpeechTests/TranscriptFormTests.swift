import MinyiSpeech
import Testing

/// Interviews and inquiry transcripts: turns `职务 姓名：` with the answer on the same line, people
/// introduced by `访`, and text taken from a PDF (wrapped lines, page numbers, indentation).
@Suite struct TranscriptFormTests {
    /// Turn line → name and position.
    static let turns: [(String, String, String)] = [
        ("委员 张立华：我的问题是关于老旧小区改造进度的。", "张立华", "委员"),
        ("市人大代表 孙志勇：", "孙志勇", "市人大代表"),
        ("市住房和城乡建设局局长 李国栋：感谢张委员的提问。" + String(repeating: "全市计划改造老旧小区218个。", count: 8),
         "李国栋", "市住房和城乡建设局局长"),
        ("市政府副秘书长李明：", "李明", "市政府副秘书长"),
    ]

    @Test(arguments: turns)
    func turnWithAStatementBeforeTheColon(line: String, name: String, position: String) {
        let parsed = SpeakerLine.parse(line)
        #expect(parsed?.form == .turn && parsed?.name == name && parsed?.position == position)
    }

    @Test(arguments: ["市委书记张三指出：要抓好落实。", "各位领导、同志们：", "主要指标如下：", "听众朋友们："])
    func proseWithAColonIsNotATurn(line: String) {
        #expect(SpeakerLine.parse(line) == nil)
    }

    /// A caller's turn → name (surname and honorific) and role.
    static let callers: [(String, String, String?)] = [
        ("听众李女士：主持人好！我住在华光路附近。", "李女士", "听众"),
        ("热线听众王先生：你好！", "王先生", "热线听众"),
        ("市民张师傅：", "张师傅", "市民"),
        ("赵女士：我想问问水费的事。", "赵女士", nil),
    ]

    @Test(arguments: callers)
    func callerTurns(line: String, name: String, role: String?) {
        let parsed = SpeakerLine.parse(line)
        #expect(parsed?.form == .label && parsed?.name == name && parsed?.position == role)
    }

    @Test func hostNamedInParentheses() {
        let parsed = SpeakerLine.parse("主持人（晓雨）：各位听众朋友，上午好！")
        #expect(parsed?.role == .host && parsed?.name == "晓雨" && parsed?.position == nil)
        let named = SpeakerLine.parse("主持人 刘静怡（市政府新闻办公室副主任）：")
        #expect(named?.name == "刘静怡" && named?.position == "市政府新闻办公室副主任")
    }

    /// Running text → the offices it gives a person it introduces.
    static let runningIntroductions: [(String, String, String?)] = [
        ("今天做客直播间的是市水务局局长张建国、市水务局供水科科长王磊，以及市城市管理局党组成员、副局长刘海燕。", "张建国", "市水务局局长"),
        ("今天做客直播间的是市水务局局长张建国、市水务局供水科科长王磊，以及市城市管理局党组成员、副局长刘海燕。", "王磊", "市水务局供水科科长"),
        ("今天做客直播间的是市水务局局长张建国、市水务局供水科科长王磊，以及市城市管理局党组成员、副局长刘海燕。", "刘海燕", "市城市管理局党组成员、副局长"),
        ("——访市交通运输局局长王建华", "王建华", "市交通运输局局长"),
        ("王建华说，今年要新增公交车。", "王建华", nil),
    ]

    @Test(arguments: runningIntroductions)
    func positionsGivenInRunningText(text: String, name: String, position: String?) {
        #expect(SpeakerLine.introducedPosition(of: name, in: text) == position)
    }

    @Test func callInProgramTurns() throws {
        let program = """
        《政风行风热线》第36期直播实录
        主持人（晓雨）：欢迎收听。今天做客直播间的是市交通运输局局长张建国、市城市管理局副局长刘海燕。
        张建国：上半年全市改造老旧供水管网86.5公里。
        主持人：谢谢张局长。这位听众您好，请讲。
        听众李女士：我们小区水压特别低，已经持续十多天了。
        张建国：我们3天内更换2台变频泵。
        刘海燕：夜市整改将在7月31日前全部完成。
        """
        let speech = try SpeechAnalyzer(pack: try SpeechFixtures.pack()).analyze(program, file: "radio.txt")
        #expect(speech.sections.map { $0.speaker?.name } == ["晓雨", "张建国", "晓雨", "李女士", "张建国", "刘海燕"])
        #expect(speech.sections.map { $0.speaker?.position } == [nil, "市交通运输局局长", nil, "听众", "市交通运输局局长", "市城市管理局副局长"])
        #expect(speech.sections.map { $0.speaker?.department } == [nil, "transport", nil, nil, "transport", "urban-management"])
        #expect(speech.sections.allSatisfy { $0.title == "《政风行风热线》第36期直播实录" })
    }

    /// Text → people introduced in it.
    static let introductions: [(String, [String])] = [
        ("——访市交通运输局局长王建华", ["王建华 市交通运输局局长"]),
        ("岁末，本报记者专访了市公安局党委书记、局长张三，请他谈谈。", ["张三 市公安局党委书记、局长"]),
        ("记者采访了市城市管理局局长赵六先生。", ["赵六 市城市管理局局长"]),
        ("走访了群众200余户。", []),
    ]

    @Test(arguments: introductions)
    func peopleIntroducedByAnInterview(text: String, expected: [String]) {
        #expect(SpeakerLine.introduced(in: text).map { "\($0.name ?? "") \($0.position ?? "")" } == expected)
    }

    @Test func interviewTurnsTakeTheIntroducedPosition() throws {
        let interview = """
        让群众出行更便捷
        ——访市交通运输局局长王建华

        本报记者 刘晓

        岁末，本报记者专访了市交通运输局局长王建华。

        记者：今年有哪些亮点？

        王建华：前三季度，全市完成交通投资98.6亿元，同比增长12.3%。

        记者：明年有什么打算？

        王建华：新增公交车200辆左右。
        """
        let speech = try SpeechAnalyzer(pack: try SpeechFixtures.pack()).analyze(interview, file: "i.txt")
        #expect(speech.sections.map { $0.speaker?.name } == [nil, "王建华", nil, "王建华"])
        #expect(speech.sections.map { $0.speaker?.position } == ["记者", "市交通运输局局长", "记者", "市交通运输局局长"])
        #expect(speech.sections.map { $0.speaker?.department } == [nil, "transport", nil, "transport"])
        #expect(speech.sections.allSatisfy { $0.title == "让群众出行更便捷" })
        #expect(speech.sections[1].figures.map(\.text) == ["前三季度", "98.6亿元", "同比增长12.3%"])
    }

    @Test func wrappedInquiryWithPageNumbers() throws {
        let transcript = """
        某市人大常委会专题询问实录

        　　市人大常委会副主任 王德明：下面，开始询问。
        　　委员 张立华：据了解,全市老旧小区共1,126个,今年计划
        改造的项目中,截至9月底开工率为87%。请问原因是什
        么?
        　　市住房和城乡建设局局长 李国栋：感谢张委员的提
        问。全市计划改造老旧小区218个,涉及居民3.46万户,其

        - 2 -

        中已开工190个。
        　　王德明：询问到此结束。
        """
        let speech = try SpeechAnalyzer(pack: try SpeechFixtures.pack()).analyze(transcript, file: "q.txt")
        #expect(speech.sections.map { $0.speaker?.name } == ["王德明", "张立华", "李国栋", "王德明"])
        #expect(speech.sections.map { $0.speaker?.position } == ["市人大常委会副主任", "委员", "市住房和城乡建设局局长", "市人大常委会副主任"])
        #expect(speech.sections[2].speaker?.department == "housing")
        #expect(speech.sections.allSatisfy { $0.title == "某市人大常委会专题询问实录" })
        #expect(speech.sections[1].text.contains("今年计划改造的项目中"))
        #expect(speech.sections[2].text.contains("其中已开工190个。") && !speech.sections[2].text.contains("- 2 -"))
        #expect(speech.sections[2].figures.map(\.text) == ["218个", "3.46万户", "190个"])
    }

    @Test(arguments: ["- 2 -", "—３—", "第2页", "第 2 页 共 5 页", "  - 12 -  "])
    func pageNumberLinesAreCut(line: String) {
        #expect(PageLayout.paragraphs(of: "收到建议120条,其\n\(line)\n中采纳80条。").map(\.text) == ["收到建议120条,其中采纳80条。"])
    }
}
