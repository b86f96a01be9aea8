/// A line that names who speaks, in the forms speeches and transcripts use:
/// - statement: position then name, `淄博市公安局党委书记、局长 申延军`, `——市长 李四`, `市公安局局长张三`,
///   or a byline `张三（市公安局局长）` without colon;
/// - turn: `张三（市城市管理局党组成员、副局长）：`, `主持人 刘静怡（市政府新闻办公室副主任）：`, or a
///   statement before the colon, `委员 张立华：`, `市住房和城乡建设局局长 李国栋：`;
/// - label: `主持人：`, `主持人（晓雨）：` (the host's name), `淄博日报记者：`, a caller `听众李女士：` (role, surname
///   and honorific), or a bare name `赵志刚：` (a known speaker, or a surname and given name).
/// - a label before a statement: `述职人：刘振华（市医疗保障局党组书记、局长）` (a statement).
/// Text after a turn's colon on the same line is the start of the speech (``remainderOffset``), however
/// long. An interview names its interviewee in the text instead (``introduced(in:)``), a news report its
/// speakers at the start of a paragraph (``inline(_:)``) and its host in the lead (``host(in:)``).
public struct SpeakerLine: Sendable, Equatable {
    /// `inline`: a paragraph of prose that names its speaker (``inline(_:)``); it is text, not a line apart.
    public enum Form: Sendable { case statement, turn, label, inline }
    public enum Role: Sendable { case host, reporter }

    public var form: Form
    public var name: String?
    public var position: String?
    public var role: Role?
    /// UTF-8 offset of the speech text that follows on the same line, if any.
    public var remainderOffset: Int?

    /// Parses `line`; `knownNames` are speakers already introduced in the document.
    public static func parse(_ line: String, knownNames: Set<String> = []) -> SpeakerLine? {
        let characters = Array(line)
        guard !characters.isEmpty else { return nil }
        if let turn = turn(characters, knownNames: knownNames) { return turn }
        guard characters.count <= 80 else { return nil }
        return statement(characters)
    }

    /// People an interview introduces after `访`: the subtitle `——访市交通运输局局长王建华` or the lead
    /// `本报记者专访了市交通运输局局长王建华，`. Their later `王建华：` turns take this position.
    public static func introduced(in text: String) -> [SpeakerLine] {
        text.matches(of: introduction).compactMap { match in
            var words = String(match.output.1)
            if let honorific = honorifics.first(where: { words.hasSuffix($0) }) { words.removeLast(honorific.count) }
            guard let line = statement(Array(words)), line.name != nil else { return nil }
            return line
        }
    }

    /// The position running text gives `name` where it introduces the person (`今天做客直播间的是市水务局局长张建国、
    /// 市水务局供水科科长王磊，以及市城市管理局党组成员、副局长刘海燕`): the offices right before the name, back to
    /// the previous clause, connective or person; nil when no occurrence is introduced so.
    public static func introducedPosition(of name: String, in text: String) -> String? {
        var searchStart = text.startIndex
        while let found = text.range(of: name, range: searchStart..<text.endIndex) {
            searchStart = found.upperBound
            let clause = String(text[..<found.lowerBound].reversed().prefix { !clauseEnds.contains($0) && !PageLayout.isSpace($0) }.reversed())
            var pieces: [String] = []
            for piece in clause.split(separator: "、", omittingEmptySubsequences: false).reversed() {
                var piece = String(piece)
                let cut = introductionConnectives.compactMap { piece.range(of: $0, options: .backwards)?.upperBound }.max()
                if let cut { piece = String(piece[cut...]) }
                guard isPosition(piece) else { break }
                pieces.insert(piece, at: 0)
                if cut != nil { break }
            }
            if !pieces.isEmpty { return pieces.joined(separator: "、") }
        }
        return nil
    }

    /// Words before the offices of a person introduced in running text.
    static let introductionConnectives = ["是", "以及", "和", "与", "及", "有", "请", "邀请", "由", "访", "访问", "了", "—"]

    /// A paragraph that opens with who speaks, `职务姓名说，…` (`市人社局局长王立军说，`,
    /// `市自然资源和规划局有关负责人表示，`), or opens with a quote followed by who said it
    /// (`“…，”市教育局副局长李红梅介绍。`). The speaker must hold an office (a position, or an unnamed
    /// `…负责人`); a known name alone (`王立军说，`) counts too. A resident (`家住…的王大爷说`) does not.
    public static func inline(_ paragraph: String, knownNames: Set<String> = []) -> SpeakerLine? {
        let c = Array(paragraph)
        guard let first = c.first else { return nil }
        var clause: ArraySlice<Character>
        if first == "“" || first == "\"" {
            let closing: Character = first == "“" ? "”" : "\""
            guard let close = c.indices.dropFirst().first(where: { c[$0] == closing }) else { return nil }
            clause = c[(close + 1)...].prefix { !clauseEnds.contains($0) }
        } else {
            clause = c.prefix { !clauseEnds.contains($0) }
            guard clause.count < c.count else { return nil }  // a sentence follows the verb
        }
        guard let verb = speechVerbs.first(where: { clause.count > $0.count && String(clause).hasSuffix($0) }) else { return nil }
        var head = String(clause.dropLast(verb.count)).trimmingSpaces
        if head.hasPrefix("据") { head.removeFirst() }  // 据市公安局局长张三介绍
        // 市公安局局长张三在接受采访时说: the occasion between the name and the verb is not part of either.
        if let at = head.lastIndex(of: "在"), let last = head.last, "时上中".contains(last) {
            head = String(head[..<at])
        }
        guard head.count <= 40 else { return nil }
        if knownNames.contains(head) { return SpeakerLine(form: .inline, name: head) }
        if let line = statement(Array(head)), line.name != nil {
            return SpeakerLine(form: .inline, name: line.name, position: line.position)
        }
        if isPosition(head), unnamedOfficials.contains(where: { head.hasSuffix($0) }) {
            return SpeakerLine(form: .inline, position: head)
        }
        return nil
    }

    /// The host a meeting report names in its lead: `会议由市政协副主席刘建国主持`, `市政协副主席刘建国主持会议`.
    public static func host(in text: String) -> SpeakerLine? {
        for pattern in [hostIntroduction, hostLeading] {
            for match in text.matches(of: pattern) {
                if let line = statement(Array(String(match.output.1))), line.name != nil { return line }
            }
        }
        return nil
    }

    // MARK: - Forms

    /// `[主持人] 名（职务）：[text]` or `标签：[text]`.
    private static func turn(_ c: [Character], knownNames: Set<String>) -> SpeakerLine? {
        guard let colon = c.firstIndex(where: { $0 == "：" || $0 == ":" }), colon > 0, colon <= 40 else { return nil }
        var head = Array(c[..<colon])
        let remainder = c[(colon + 1)...].drop(while: PageLayout.isSpace)
        let remainderOffset = remainder.isEmpty ? nil : String(c[..<remainder.startIndex]).utf8.count
        var role: Role? = nil
        if let host = hostWords.first(where: { head.starts(with: Array($0)) }) {
            role = .host
            head = Array(head.dropFirst(host.count).drop(while: PageLayout.isSpace))
        }
        if let open = head.firstIndex(where: { $0 == "（" || $0 == "(" }), head.last == "）" || head.last == ")" {
            let name = String(head[..<open]).trimmingSpaces
            let position = String(head[(open + 1)..<(head.count - 1)]).trimmingSpaces
            // `主持人（晓雨）：`: the parentheses hold the host's name, not a post.
            if role == .host, name.isEmpty, isName(position), !isPosition(position) {
                return SpeakerLine(form: .label, name: position, role: .host, remainderOffset: remainderOffset)
            }
            guard isName(name), isPosition(position) else { return nil }
            return SpeakerLine(form: .turn, name: name, position: position, role: role, remainderOffset: remainderOffset)
        }
        if let line = statement(head), line.name != nil {
            return SpeakerLine(form: .turn, name: line.name, position: line.position, role: role, remainderOffset: remainderOffset)
        }
        let label = String(head).trimmingSpaces
        if role == .host {
            guard label.isEmpty || isName(label) else { return nil }
            return SpeakerLine(form: .label, name: label.isEmpty ? nil : label, role: .host, remainderOffset: remainderOffset)
        }
        guard !label.isEmpty, label.count <= 14, !label.contains(where: { PageLayout.innerPunctuation.contains($0) || $0 == " " }) else { return nil }
        // `述职人：姓名（职务）`: the label names the statement that follows it.
        if (2...4).contains(label.count), label.hasSuffix("人"), !remainder.isEmpty,
           let line = statement(Array(remainder)), line.name != nil {
            return line
        }
        if label.hasSuffix("记者") {
            return SpeakerLine(form: .label, position: label, role: .reporter, remainderOffset: remainderOffset)
        }
        // A citizen by surname and honorific, after a role: `听众李女士：`, `热线听众王先生：`, `市民张师傅：`.
        if let honorific = citizenHonorifics.first(where: { label.hasSuffix($0) }), label.count >= honorific.count + 1 {
            let surnameIndex = label.index(label.endIndex, offsetBy: -(honorific.count + 1))
            let role = String(label[..<surnameIndex])
            if surnames.contains(label[surnameIndex]), role.count <= 6, role.allSatisfy(\.isHan) {
                return SpeakerLine(form: .label, name: String(label[surnameIndex...]), position: role.isEmpty ? nil : role,
                                   remainderOffset: remainderOffset)
            }
        }
        if knownNames.contains(label) || (remainder.isEmpty && isName(label) && surnames.contains(label.first!)) {
            return SpeakerLine(form: .label, name: label, remainderOffset: remainderOffset)
        }
        return nil
    }

    /// `[——]职务 姓名`, `职务姓名` or the byline `姓名（职务）`.
    private static func statement(_ c: [Character]) -> SpeakerLine? {
        let text = String(c.drop(while: { $0 == "—" || $0 == "-" || $0 == "－" })).trimmingSpaces
        guard !text.isEmpty, !text.contains(where: { statementStops.contains($0) }),
              text.prefixMatch(of: introduction) == nil else { return nil }  // `——访…`: an interview subtitle
        if let open = text.firstIndex(where: { $0 == "（" || $0 == "(" }), text.last == "）" || text.last == ")" {
            // A byline `姓名（职务）`.
            let name = String(text[..<open]).trimmingSpaces
            let position = String(text[text.index(after: open)..<text.index(before: text.endIndex)]).trimmingSpaces
            guard isName(name), isPosition(position) else { return nil }
            return SpeakerLine(form: .statement, name: name, position: position)
        }
        if let space = text.lastIndex(where: PageLayout.isSpace) {
            let name = String(text[text.index(after: space)...])
            let position = String(text[..<space]).trimmingSpaces
            guard isName(name), isPosition(position) else { return nil }
            return SpeakerLine(form: .statement, name: name, position: position)
        }
        for length in [3, 2] where text.count >= length + 2 {
            let name = String(text.suffix(length))
            let position = String(text.dropLast(length))
            if isName(name), isPosition(position), surnames.contains(name.first!) {
                return SpeakerLine(form: .statement, name: name, position: position)
            }
        }
        return nil
    }

    // MARK: - Parts

    /// Two to four Han characters (a Chinese personal name).
    static func isName(_ text: String) -> Bool {
        (2...4).contains(text.count) && text.allSatisfy(\.isHan)
    }

    /// Text that ends in an office title (`局长`, `党组成员`, `发言人`, `市长` …).
    static func isPosition(_ text: String) -> Bool {
        guard text.count >= 2, text.count <= 60 else { return false }
        return titles.contains { text.hasSuffix($0) }
    }

    static let hostWords = ["主持人"]
    /// Verbs that end the clause naming an inline speaker, longest first.
    static let speechVerbs = ["告诉记者", "介绍说", "表示", "介绍", "指出", "强调", "建议", "认为", "坦言", "透露", "提出",
                              "回应", "说", "称"]
    /// Where the clause naming an inline speaker ends.
    static let clauseEnds: Set<Character> = ["。", "，", ",", "；", ";", "！", "!", "？", "?", "：", ":", "“", "”", "\""]
    /// Officials quoted without a name: `市自然资源和规划局有关负责人`.
    static let unnamedOfficials = ["负责人", "负责同志"]
    nonisolated(unsafe) static let hostIntroduction = /由([^，。；：,;:！？!?“”"（）()\s]{4,40}?)主持/
    nonisolated(unsafe) static let hostLeading = /([^，。；：,;:！？!?“”"（）()\s由]{4,40}?)主持(?:会议|召开|并)/
    /// `访` (`专访了`, `采访`) and the words up to the next punctuation: who an interview is with.
    nonisolated(unsafe) static let introduction = /(?:专访|采访|访问|访)了?([^，。；：,;:！？!?“”"（）()\s]{4,40})/
    /// Words after a name in running text (`赵六先生`).
    static let honorifics = ["先生", "女士", "同志"]
    /// Words after a surname that name a citizen on air or in a transcript (`李女士`, `张师傅`).
    static let citizenHonorifics = honorifics + ["师傅", "大爷", "大妈", "阿姨", "老师"]
    static let titles = [
        "局长", "书记", "市长", "区长", "县长", "省长", "州长", "镇长", "乡长", "主任", "厅长", "部长", "处长", "科长",
        "主席", "院长", "检察长", "委员", "常委", "成员", "调研员", "巡视员", "发言人", "秘书长", "总经理", "董事长",
        "经理", "负责人", "组长", "队长", "站长", "所长", "校长", "政委", "会长", "理事长", "社长", "总编辑", "主编",
        "总工程师", "总经济师", "总会计师", "专员", "审判长", "庭长", "主持人", "代表", "教授", "研究员",
    ]
    /// Characters that a statement line cannot hold (it is a name line, not a sentence).
    static let statementStops: Set<Character> = ["。", "！", "？", "!", "?", "；", ";", "：", ":", "“", "”", "\""]
    /// Common Chinese surnames, to accept a bare `姓名：` label.
    static let surnames: Set<Character> = Set(
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤申孙"
    )
}

extension String {
    var trimmingSpaces: String {
        String(drop(while: PageLayout.isSpace).reversed().drop(while: PageLayout.isSpace).reversed())
    }
}
