import Testing
@testable import MinyiText

/// Shared helper: analyze `text` and return (normalized token, kind) pairs, whitespace dropped.
func tokens(_ text: String, terms: [String] = [], userWords: [String] = []) throws -> [String] {
    let normalizer = try TextNormalizer()
    let dictionary = SegmentationDictionary(lexiconTerms: terms, userWords: userWords.map { UserWord($0) }, normalizer: normalizer)
    return try TextAnalyzer(dictionary: dictionary).analyze(text).tokens.filter { $0.kind != .whitespace }.map(\.text)
}

@Suite struct NormalizerTests {
    @Test(arguments: [
        ("１２３ＡＢＣ，", "123ABC,"),
        ("關於噪音擾民", "关于噪音扰民"),
        ("<p>你好&amp;再见</p>", "你好&再见"),
        ("  a \t\n\u{3000} b  ", "a b"),
        ("控\u{0007}制\u{200B}符", "控制符"),
        ("&#20013;&#x6587;", "中文"),
        ("1 < 2 且 3>2", "1 < 2 且 3>2"),
    ])
    func normalizes(input: String, expected: String) throws {
        #expect(try TextNormalizer().normalize(input).string == expected)
    }

    /// Token texts are transcoded from UTF-16 by hand unless surrogates are present: every width of
    /// character, and unpaired surrogates, come out as the standard library decodes them.
    @Test(arguments: ["", "a", "ABC123", "é ü ß", "暖气不热", "ｆｕｌｌ，中文", "😀表情", "𠀀字", "a\u{0800}b\u{07FF}c\u{FFFF}"])
    func slicesDecodeLikeTheStandardLibrary(_ text: String) {
        let units = Array(text.utf16)
        for range in [0..<units.count, 0..<units.count / 2, (units.count / 2)..<units.count] {
            let slice = Array(units[range])
            #expect(slice.withUnsafeBufferPointer(NormalizedText.string) == String(decoding: slice, as: UTF16.self))
        }
    }

    @Test func mapsEveryUnitBackToTheOriginal() throws {
        let original = "市<b>人社局</b>１２３"
        let normalized = try TextNormalizer().normalize(original)
        #expect(normalized.string == "市人社局123")
        let bytes = Array(original.utf8)
        let range = normalized.originalRange(1..<4)
        #expect(String(decoding: bytes[range], as: UTF8.self) == "人社局")
        let digits = normalized.originalRange(4..<7)
        #expect(String(decoding: bytes[digits], as: UTF8.self) == "１２３")
    }

    @Test func replacesInvalidUTF8WithReplacementCharacters() throws {
        let bytes: [UInt8] = [0xE4, 0xBD, 0xA0, 0xFF, 0x41]
        var normalized = NormalizedText()
        bytes.withUnsafeBufferPointer { try! TextNormalizer().normalize(utf8: $0, into: &normalized) }
        #expect(normalized.string == "你\u{FFFD}A")
        #expect(normalized.originalRange(1..<2) == 3..<4)
    }
}

@Suite struct SegmentationTests {
    @Test(arguments: [
        ("满意率达82.24%。", "82.24%"),
        ("服务1.6万余人次", "1.6万余"),
        ("补贴13.82万元", "13.82万元"),
        ("提升2.96个百分点", "2.96个百分点"),
        ("二○○一年新年贺词", "二○○一年"),
        ("1-4月份共受理", "1-4月份"),
        ("2001年新年钟声", "2001年"),
        ("第十七届", "第十七"),
    ])
    func keepsQuantitiesWhole(text: String, quantity: String) throws {
        #expect(try tokens(text).contains(quantity))
    }

    @Test func quantitiesHaveTheQuantityKind() throws {
        let analyzed = try TextAnalyzer().analyze("达到82.24%")
        let kinds = analyzed.tokens.map(\.kind)
        #expect(kinds.last == .quantity)
    }

    @Test func lexiconTermsComeOutWhole() throws {
        let terms = ["人社局", "不动产登记", "交警支队", "淄博", "12345", "一网通办"]
        let result = try tokens("淄博市人社局和交警支队的不动产登记通过12345和一网通办", terms: terms)
        for term in terms { #expect(result.contains(term), "\(term) in \(result)") }
        let kinds = try TextAnalyzer(dictionary: SegmentationDictionary(lexiconTerms: terms, normalizer: TextNormalizer()))
            .analyze("市人社局").tokens.map(\.kind)
        #expect(kinds.contains(.term))
    }

    @Test func aTermThatWouldCutICUWordsApartLoses() throws {
        #expect(!(try tokens("办公交流会", terms: ["公交"])).contains("公交"))
    }

    @Test func userWordsDefineTheStandard() throws {
        #expect(try tokens("社会主义建设") == ["社会", "主义", "建设"])
        #expect(try tokens("社会主义建设", userWords: ["社会主义", "建设"]) == ["社会主义", "建设"])
    }

    @Test func traditionalTextIsSegmentedAsSimplified() throws {
        #expect(try tokens("噪音擾民", terms: ["噪音扰民"]) == ["噪音扰民"])
    }

    @Test func offsetsPointIntoTheOriginalText() throws {
        let original = "😀市公安局１２３"
        let analyzed = try TextAnalyzer().analyze(original)
        let bytes = Array(original.utf8)
        let surfaces = analyzed.spans.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
        #expect(surfaces.joined() == original)
        #expect(surfaces.last == "１２３")
    }

    @Test func expandedCharactersStayOneToken() throws {
        let original = "温度3℃"
        let analyzed = try TextAnalyzer().analyze(original)
        let bytes = Array(original.utf8)
        let surfaces = analyzed.spans.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
        #expect(surfaces.joined() == original)
        #expect(surfaces.filter { $0 == "℃" }.count <= 1)
    }

    @Test func emptyAndWhitespaceOnlyTextGiveNoWords() throws {
        #expect(try tokens("").isEmpty)
        #expect(try tokens(" \t\u{3000} ").isEmpty)
    }

    @Test func aHugeLineIsSegmentedCompletely() throws {
        let sentence = "市民反映小区暖气不热，希望尽快解决。"
        let text = String(repeating: sentence, count: 20_000)
        let analyzed = try TextAnalyzer().analyze(text)
        #expect(analyzed.spans.last?.end == text.utf8.count)
        #expect(analyzed.tokens.filter { $0.text == "暖气" }.count == 20_000)
    }

    @Test func doubledDashesAreOneToken() throws {
        #expect(try tokens("新年——贺词").contains("——"))
    }
}

@Suite struct ScoreAndDictionaryFileTests {
    @Test func scoresWordSpans() {
        var score = SegmentationScore()
        score.add(gold: ["我们", "在", "北京"], predicted: ["我们", "在北", "京"])
        #expect(score.correctWords == 1)
        #expect(abs(score.precision - 1.0 / 3) < 1e-9)
        #expect(abs(score.recall - 1.0 / 3) < 1e-9)
        score.add(gold: ["好"], predicted: ["好"])
        #expect(score.correctWords == 2)
        #expect(abs(score.f1 - 0.5) < 1e-9)
    }

    @Test func aLineWithChangedCharactersCountsAsWrong() {
        var score = SegmentationScore()
        score.add(gold: ["你好"], predicted: ["你", "们"])
        #expect(score.correctWords == 0)
        #expect(score.mismatchedLines == 1)
    }

    @Test func readsJiebaStyleLines() throws {
        let words = try UserDictionaryFile.parse("# comment\n不动产登记 100 n\n\n一网通办\n", file: "d.txt")
        #expect(words == [UserWord("不动产登记", frequency: 100), UserWord("一网通办")])
    }

    @Test func reportsABadFrequencyWithItsLine() {
        let error = #expect(throws: UserDictionaryError.self) { try UserDictionaryFile.parse("好词\n坏词 abc\n", file: "d.txt") }
        #expect(error?.line == 2)
        #expect(error?.description.hasPrefix("d.txt:2:") == true)
    }
}

@Suite struct LearnedStandardTests {
    @Test func aDictionaryWordNeverCutsANumberApart() throws {
        // `4台` is a user word; `14台` must not become `1 | 4台`.
        let result = try tokens("共有14台设备", userWords: ["4台", "1", "台", "共有", "设备"])
        #expect(!result.contains("4台"))
        #expect(result.contains { $0.hasPrefix("14") })
    }

    @Test func unitsGluedToNumbersInTheUserDictionaryAreLearned() throws {
        let words = ["20余条", "47笔", "3笔", "8笔", "5条", "9条", "12条", "一", "条", "提出", "建议"].map { UserWord($0) }
        let dictionary = SegmentationDictionary(lexiconTerms: [], userWords: words, normalizer: try TextNormalizer())
        #expect(dictionary.quantityUnits.contains(Array("条".utf16)))
        #expect(dictionary.quantityUnits.contains(Array("笔".utf16)))
        let analyzed = try TextAnalyzer(dictionary: dictionary).analyze("办理了35笔业务")
        #expect(analyzed.tokens.map(\.text).contains("35笔"))
        // Learned after digits only: Chinese numerals keep their own standard.
        #expect(!(try TextAnalyzer(dictionary: dictionary).analyze("提出一条建议").tokens.map(\.text).contains("一条")))
    }

    /// A user dictionary that writes names whole: surname-initial three-character words that are no
    /// general word, some of them sharing given-name characters.
    private static func nameWords() -> [UserWord] {
        let surnames = Array("王李张刘陈杨黄赵吴周")
        let given = Array("英华明玉军平林国建秀")
        var words: [UserWord] = []
        for (index, surname) in surnames.enumerated() {
            for offset in 0..<24 {
                let first = given[(index + offset) % given.count], second = given[(index + 3 * offset + 1) % given.count]
                words.append(UserWord(String([surname, first, second])))
            }
        }
        return words + (["提出", "问题", "表示", "同意", "的", "说", "玉", "英", "明"]).map { UserWord($0) }
    }

    @Test func personNamesAreWholeWhenTheUserWordsWriteThemSo() throws {
        let dictionary = SegmentationDictionary(lexiconTerms: [], userWords: Self.nameWords(), normalizer: try TextNormalizer())
        #expect(dictionary.personNames != nil)
        let analyzer = try TextAnalyzer(dictionary: dictionary)
        // `孙` and `卢` start no user word; `玉英`/`明` are given-name characters the user words show.
        #expect(analyzer.analyze("孙玉英表示同意").tokens.map(\.text) == ["孙玉英", "表示", "同意"])
        #expect(analyzer.analyze("卢明表示同意").tokens.map(\.text).first == "卢明")
        // A surname-like character before a word is no name.
        #expect(!analyzer.analyze("王提出问题").tokens.map(\.text).contains { $0.count > 2 && $0.hasPrefix("王") })
    }

    @Test func namesStaySplitWithoutSuchUserWords() throws {
        let words = ["提出", "问题", "表示", "同意", "玉", "英", "孙"].map { UserWord($0) }
        let dictionary = SegmentationDictionary(lexiconTerms: [], userWords: words, normalizer: try TextNormalizer())
        #expect(dictionary.personNames == nil)
        #expect(try TextAnalyzer(dictionary: dictionary).analyze("孙玉英表示同意").tokens.map(\.text).prefix(3) == ["孙", "玉", "英"])
    }

    @Test func userWordsBreakTiesByTheBaseWordsFrequencies() throws {
        // `方面|的` and `方|面的` are both two user words; the base frequencies prefer the first.
        let base = [UserWord("方面", frequency: 50_000), UserWord("的", frequency: 300_000),
                    UserWord("方", frequency: 2_000), UserWord("面的", frequency: 20)]
        let user = ["方面", "的", "方", "面的", "这", "问题"].map { UserWord($0) }
        let dictionary = SegmentationDictionary(lexiconTerms: [], userWords: user, baseWords: base, normalizer: try TextNormalizer())
        #expect(try TextAnalyzer(dictionary: dictionary).analyze("这方面的问题").tokens.map(\.text) == ["这", "方面", "的", "问题"])
    }

    @Test func commonWordsAreTheFrequentBaseWords() throws {
        let base = [UserWord("阳光", frequency: 3_451), UserWord("博济", frequency: 36), UserWord("锦江", frequency: 162),
                    UserWord("臺灣", frequency: 500)]
        let dictionary = SegmentationDictionary(lexiconTerms: [], userWords: [UserWord("人民")], baseWords: base, normalizer: try TextNormalizer())
        // Normalized like the text; user words carry no frequency of the general vocabulary; a name the
        // vocabulary holds at a low frequency (`锦江`) is no common word.
        #expect(dictionary.commonWords == ["阳光", "台湾"])
    }

    @Test func wholeDatesAreGluedOnlyWhenTheDictionaryWritesThemSo() throws {
        let dates = (1...25).map { UserWord("\($0 % 12 + 1)月\($0)日") }
        let glued = SegmentationDictionary(lexiconTerms: [], userWords: dates, normalizer: try TextNormalizer())
        #expect(glued.gluesDates)
        #expect(try TextAnalyzer(dictionary: glued).analyze("1997年4月29日开通").tokens.map(\.text).contains("1997年4月29日"))
        #expect(try tokens("1997年4月29日开通").contains("1997年"))
    }
}
