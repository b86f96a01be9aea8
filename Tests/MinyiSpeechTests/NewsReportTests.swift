import MinyiSpeech
import Testing

/// News reports and meeting reports: speakers named at the start of a paragraph, a host named in the
/// lead, a `述职人：` label, web-page figures (`2025-07-16`, `2025年上半年`, `翻了一番`, `约占六成`).
@Suite struct NewsReportTests {
    /// Input sentence → the figures it holds.
    static let figureCases: [(String, [FigureRow])] = [
        // A year with a period is one period.
        ("2024年下半年完成改造", [FigureRow("2024年下半年", .period, nil, nil)]),
        ("2023年前三季度增长", [FigureRow("2023年前三季度", .period, nil, nil)]),
        ("2026年第二季度开工", [FigureRow("2026年第二季度", .period, nil, nil)]),
        ("2025年1-9月受理", [FigureRow("2025年1-9月", .period, nil, nil)]),
        ("2025年3月开工", [FigureRow("2025年3月", .date, nil, nil)]),
        // Dates in digits; a clock time is not a figure.
        ("发布时间：2024-11-03 16:20", [FigureRow("2024-11-03", .date, nil, nil)]),
        ("更新于2023/9/1", [FigureRow("2023/9/1", .date, nil, nil)]),
        ("2022.12.30发布", [FigureRow("2022.12.30", .date, nil, nil)]),
        ("咨询电话0533-3182345", []),
        // Doubling.
        ("客流量翻了一番", [FigureRow("翻了一番", .percent, 100, "%", nil, .up)]),
        ("收入翻两番", [FigureRow("翻两番", .percent, 300, "%", nil, .up)]),
        ("推动翻番", []),
        // A qualifier before 占 belongs to the share.
        ("其中女性约占七成", [FigureRow("约占七成", .percent, 70, "%", .about)]),
        ("小微企业近占40%", [FigureRow("近占40%", .percent, 40, "%", .about)]),
        ("位于附近占三成", [FigureRow("三成", .percent, 30, "%")]),
        // Other web-news forms.
        ("配套补贴不低于8万元", [FigureRow("不低于8万元", .money, 80000, "元", .atLeast)]),
        ("基准价每平方米3100元", [FigureRow("3100元", .money, 3100, "元")]),
        ("引入企业二百三十余家", [FigureRow("二百三十余家", .count, 230, "家", .atLeast)]),
        ("《二〇二四年实施方案》", [FigureRow("二〇二四年", .date, nil, nil)]),
        ("第4季度集中开工", [FigureRow("第4季度", .period, nil, nil)]),
        ("合同期限一般为3至6年", [FigureRow("3至6年", .measure, 3, "年", .atLeast)]),
        ("占比较去年同期减少1.8个百分点", [FigureRow("减少1.8个百分点", .points, 1.8, "个百分点", nil, .down)]),
        ("打造“10分钟就业服务圈”", [FigureRow("10分钟", .measure, 10, "分钟")]),
        ("住了几十年的老房子", []),
    ]

    @Test(arguments: figureCases)
    func reads(input: String, expected: [FigureRow]) throws {
        #expect(try SpeechFixtures.rows(input) == expected)
    }

    /// Paragraph → the speaker it names (`name|position`), or nil.
    static let inlineCases: [(String, String?)] = [
        ("市交通运输局局长张明说，今年新开公交线路20条。", "张明|市交通运输局局长"),
        ("市城市管理局党组书记、局长吴刚表示，将整治背街小巷。", "吴刚|市城市管理局党组书记、局长"),
        ("“全年办结率达到99%，”市公安局副局长郑浩介绍。", "郑浩|市公安局副局长"),
        ("市人力资源和社会保障局有关负责人介绍，今年发放补贴3000万元。", "|市人力资源和社会保障局有关负责人"),
        ("据市医疗保障局局长冯雪介绍，集采药品降价五成。", "冯雪|市医疗保障局局长"),
        ("市住房和城乡建设局局长马林在接受采访时说，改造已完工。", "马林|市住房和城乡建设局局长"),
        ("山东大学教授杨帆建议，加强监测。", "杨帆|山东大学教授"),
        // Not speakers: a resident, narration, a pronoun, a verb that is part of a word.
        ("“以前上楼要歇三回。”家住周村区的刘大爷说。", nil),
        ("记者从市公安局获悉，今年破案率提高。", nil),
        ("她表示，下一步将新增专业8个。", nil),
        ("市公安局局长张三说明了情况，群众表示满意。", nil),
    ]

    @Test(arguments: inlineCases)
    func inlineSpeaker(paragraph: String, expected: String?) {
        let line = SpeakerLine.inline(paragraph)
        #expect(line.map { "\($0.name ?? "")|\($0.position ?? "")" } == expected)
        #expect(line == nil || line?.form == .inline)
    }

    @Test(arguments: [
        ("12月3日，市人大常委会召开座谈会。会议由市人大常委会副主任高峰主持。", "高峰|市人大常委会副主任"),
        ("市政协主席钱进主持会议并讲话。", "钱进|市政协主席"),
        ("市政协召开协商会，委员踊跃发言。", nil),
    ] as [(String, String?)])
    func hostNamedInTheLead(text: String, expected: String?) {
        #expect(SpeakerLine.host(in: text).map { "\($0.name ?? "")|\($0.position ?? "")" } == expected)
    }

    @Test func labelBeforeAByline() {
        let line = SpeakerLine.parse("述职人：周岚（市城市管理局党组书记、局长）")
        #expect(line?.form == .statement && line?.name == "周岚" && line?.position == "市城市管理局党组书记、局长")
        #expect(SpeakerLine.parse("主任、各位副主任、秘书长、各位委员：") == nil)
        #expect(SpeakerLine.parse("联系人：请与办公室联系") == nil)
    }

    @Test func meetingReportWithInlineSpeakersHostAndQuestions() throws {
        let page = """
        聚焦交通出行 市人大召开座谈会
        发布时间：2024-11-03 16:20　来源：某市人大网

        11月2日，市人大常委会召开座谈会。会议由市人大常委会副主任高峰主持。

        市交通运输局局长张明说，今年新开公交线路20条，公交分担率提高2个百分点。

        “占道经营投诉同比下降15%，”市城市管理局副局长吴刚介绍。他表示，将继续整治背街小巷。

        互动交流环节，代表与部门面对面交流。

        主持人：请代表提问。

        代表 黄丽：夜班公交能否延长？

        张明：今年已延长末班车时间30分钟。

        主持人：座谈会到此结束。

        （责任编辑：李雷）
        """
        let speech = try SpeechAnalyzer(pack: try SpeechFixtures.pack()).analyze(page, file: "m.txt")
        #expect(speech.sections.map { $0.speaker?.name } == ["张明", "吴刚", "高峰", "黄丽", "张明", "高峰"])
        #expect(speech.sections.map { $0.speaker?.position } == [
            "市交通运输局局长", "市城市管理局副局长", "市人大常委会副主任", "代表", "市交通运输局局长", "市人大常委会副主任",
        ])
        #expect(speech.sections.map { $0.speaker?.department } == ["transport", "urban-management", nil, nil, "transport", nil])
        #expect(speech.sections.allSatisfy { $0.title == "聚焦交通出行 市人大召开座谈会" })
        // The lead belongs to the first section; an inline speaker's paragraph keeps its figures.
        #expect(speech.sections[0].figures.map(\.text) == ["2024-11-03", "11月2日", "20条", "提高2个百分点"])
        #expect(speech.sections[1].figures.map(\.text) == ["同比下降15%"])
        #expect(speech.sections[1].text.contains("互动交流环节"))
    }

    @Test func newsArticleWithUnnamedOfficialAndResidentQuote() throws {
        let page = """
        某市加装电梯数量翻了一番
        本报讯（记者 王芳）记者从市住房和城乡建设局获悉，2024年上半年全市加装电梯160部。

        “我们简化了审批流程，”市住房和城乡建设局副局长马林说。

        “以前上楼要歇三回。”家住周村区的刘大爷说。

        马林介绍，全市已有物业企业九十余家。

        市人力资源和社会保障局有关负责人表示，今年发放补贴3000万元。
        """
        let speech = try SpeechAnalyzer(pack: try SpeechFixtures.pack()).analyze(page, file: "n.txt")
        #expect(speech.sections.map { $0.speaker?.name } == ["马林", nil])
        #expect(speech.sections.map { $0.speaker?.department } == ["housing", "hrss"])
        #expect(speech.sections[1].speaker?.position == "市人力资源和社会保障局有关负责人")
        #expect(speech.sections[0].figures.map(\.text) == ["翻了一番", "2024年上半年", "160部", "九十余家"])
    }

    @Test func aSpeechQuotingSomeoneIsNotSplit() throws {
        let page = """
        扎实做好就业工作
        市人力资源和社会保障局局长　孙悦

        今年以来，全市新增就业5万人。

        市委书记张强指出，就业是最大的民生。我们认真落实，新增岗位2万个。
        """
        let speech = try SpeechAnalyzer(pack: try SpeechFixtures.pack()).analyze(page, file: "s.txt")
        #expect(speech.sections.map { $0.speaker?.name } == ["孙悦"])
        #expect(speech.sections[0].speaker?.department == "hrss")
    }
}
