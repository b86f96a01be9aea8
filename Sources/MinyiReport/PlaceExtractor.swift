import MinyiText

/// Finds place and organization names in analyzed text with generic patterns over tokens: a run of
/// name-like Han tokens (or letters and digits) ending in a place suffix (`小区`, `路`, `公司`, `区` …).
///
/// The segmenter splits unknown names into single characters (`银/泰/城/小区`), so the name is the
/// run of tokens before the suffix, stopped by punctuation, function words and another place.
public struct PlaceExtractor: Sendable {
    /// A place with the range of tokens it covers.
    public struct Match: Sendable, Hashable {
        public var place: Place
        public var tokens: Range<Int>
    }

    /// Longest characters a name may have before its suffix: company and school names run longer.
    static func maximumCoreLength(_ kind: Place.Kind) -> Int { kind == .organization ? 10 : 6 }
    /// Most tokens a name may have before its suffix.
    static let maximumNameTokens = 6

    /// Lexicon phrases of a matter: a name read right to left does not start with one (`暖气不热|金澜苑小区`).
    public let matterPhrases: Set<String>
    /// Words that end a name read right to left once two characters of it are read.
    public let stops: NameStops

    public init(matterPhrases: Set<String> = [], stops: NameStops = NameStops()) {
        self.matterPhrases = matterPhrases
        self.stops = stops
    }

    /// Places in order of appearance; a match's `tokens` are the given tokens it covers whole.
    public func places(in tokens: [Token]) -> [Match] {
        let (split, origin) = splitting(tokens)
        return placesInSplit(split).map { match in
            var match = match
            let (start, end) = (match.tokens.lowerBound, match.tokens.upperBound)
            // A part of a token split in two covers no whole token.
            let lower = start > 0 && origin[start - 1] == origin[start] ? origin[start].upperBound : origin[start].lowerBound
            let upper = end < split.count && origin[end] == origin[end - 1] ? origin[end - 1].lowerBound : origin[end - 1].upperBound
            match.tokens = lower..<max(lower, upper)
            match.place.isPhonetic = Self.isMarkedPhonetic(tokens, after: match.tokens.upperBound)
            return match
        }
    }

    /// Whether a hotline operator's mark of a name only heard follows position `index`: `（音）`,
    /// `（来电人表述）` and their like.
    private static func isMarkedPhonetic(_ tokens: [Token], after index: Int) -> Bool {
        guard index < tokens.count, tokens[index].text == "(" else { return false }
        var mark = ""
        for token in tokens[(index + 1)...].prefix(longestPhoneticMark) {
            if token.text == ")" { return phoneticMarks.contains(mark) }
            mark += token.text
        }
        return false
    }

    /// What operators write in brackets after a name they only heard.
    private static let phoneticMarks: Set<String> = ["音", "谐音", "同音", "音同", "来电人表述", "来电人所述", "来电人口述", "市民表述", "市民所述"]
    /// Most tokens a mark is read over before its closing bracket.
    private static let longestPhoneticMark = 6

    /// Tokens that glue a place suffix to a position word (`学校门口`, `小区内`) or to the matter after
    /// a name (`实验|学校乱收费`) split in two, a suffix split into characters joined, and the original
    /// tokens each resulting token comes from.
    private func splitting(_ tokens: [Token]) -> ([Token], [Range<Int>]) {
        var split: [Token] = []
        var origin: [Range<Int>] = []
        split.reserveCapacity(tokens.count)
        origin.reserveCapacity(tokens.count)
        for (index, token) in tokens.enumerated() {
            // A suffix the segmenter split (`星|耀|职|院`, `蒿|坪|填埋|场`) is one token again.
            if let last = split.last, last.kind == .word, token.kind == .word, PlaceSuffixes.isSuffix(last.text + token.text) {
                split[split.count - 1] = Token(text: last.text + token.text, kind: .word, start: last.start, end: token.end)
                origin[origin.count - 1] = origin[origin.count - 1].lowerBound..<(index + 1)
                continue
            }
            if token.kind == .word || token.kind == .term,
               let (head, tail) = roadGluedToOnOrUnder(token, after: split.suffix(3))
                ?? gluedSuffix(token, after: split.last) ?? townGluedToVillage(token, after: split.last, before: tokens[(index + 1)...].prefix(2)) {
                split.append(Token(text: head, kind: .word, start: token.start, end: token.end))
                split.append(Token(text: tail, kind: token.kind, start: token.end, end: token.end))
                origin += [index..<(index + 1), index..<(index + 1)]
                continue
            }
            split.append(token)
            origin.append(index..<(index + 1))
        }
        return (split, origin)
    }

    /// A road's suffix glued to `上` or `下` after a name of one word (`反映|通达|路上`, `兰山区|通达|路上`,
    /// `民生|街上`, `芙蓉|路下|穿`) or of two single characters, a name the segmenter split (`就在|梓|墨|路上`,
    /// `雁|栖|路下|穿`): not after a verb or a single character (`上班|路上`, `马|路上`), nor after a longer
    /// run of name parts, where the word may be the end of a phrase (`学生|创业|路上`).
    private func roadGluedToOnOrUnder(_ token: Token, after preceding: ArraySlice<Token>) -> (String, String)? {
        guard token.text.unicodeScalars.count >= 2, let position = token.text.last, position == "上" || position == "下",
              let previous = preceding.last, isNamePart(previous) else { return nil }
        // The name: one word that is no verb, or two single characters.
        let name: ArraySlice<Token>
        if previous.text.unicodeScalars.count > 1 {
            guard !stops.verbs.contains(previous.text) else { return nil }
            name = preceding.suffix(1)
        } else {
            name = preceding.suffix(2)
            guard name.count == 2, name.allSatisfy({ $0.text.unicodeScalars.count == 1 && isNamePart($0) }) else { return nil }
        }
        // Nothing of a name before it, unless a place ends there.
        if let before = preceding.dropLast(name.count).last, isNamePart(before), PlaceSuffixes.suffix(of: before.text) == nil { return nil }
        let road = String(token.text.dropLast())
        guard let (suffix, kind) = PlaceSuffixes.suffix(of: road), kind == .road, suffix == road else { return nil }
        return (road, String(position))
    }

    /// A town's suffix glued to the first character of a village's name after it (`暮|云|镇南|塘|村`,
    /// `柏树|镇长|岭|村`): the town, then the village. Only when `村` follows within two tokens, since
    /// `镇长` and `镇上` are words of their own.
    private func townGluedToVillage(_ token: Token, after previous: Token?, before next: ArraySlice<Token>) -> (String, String)? {
        // One scalar comparison rejects almost every token.
        guard let first = token.text.unicodeScalars.first, Self.townCharacters.contains(first), token.text.unicodeScalars.count == 2,
              let previous, isNamePart(previous),
              next.contains(where: { PlaceSuffixes.suffix(of: $0.text).map { $0.1 == .village } ?? false }) else { return nil }
        return (String(first), String(token.text.unicodeScalars.dropFirst()))
    }

    /// Town suffixes of one character (`镇`, `乡`).
    private static let townCharacters = Set(PlaceSuffixes.table.filter { $0.kind == .town && $0.suffix.unicodeScalars.count == 1 }
        .map { $0.suffix.unicodeScalars.first! })

    private func gluedSuffix(_ token: Token, after previous: Token?) -> (String, String)? {
        let text = token.text
        // After a road's name, `路口` is its junction (`北大街|路口`, `向阳|路|路口`), no longer road; after
        // a word for any road it may be (`金|马路|路口`).
        func continuesRoad(_ suffix: String) -> Bool {
            guard PlaceSuffixes.suffix(of: suffix)?.1 == .road, let previous, let (own, kind) = PlaceSuffixes.suffix(of: previous.text) else { return false }
            return kind == .road && !PlaceSuffixes.genericWords.contains(previous.text) && (previous.text != own || own == suffix)
        }
        if let position = PlaceSuffixes.trailingPosition(of: text) {
            let head = String(text.unicodeScalars.dropLast(position.unicodeScalars.count))
            if PlaceSuffixes.suffix(of: head) != nil, !continuesRoad(head) { return (head, position) }
        }
        // A suffix of its own is whole: `悦|动力|健身房` is no `健身` with `房` after it. `里` ends a
        // neighbourhood's name (`槐|荫|里|小区改造`).
        guard let previous, let suffix = PlaceSuffixes.leadingSuffix(of: text), !PlaceSuffixes.isSuffix(text),
              !PlaceSuffixes.wholeOnlySuffixes.contains(suffix), isNamePart(previous) || previous.text == "里",
              !continuesRoad(suffix) else { return nil }
        return (suffix, String(text.unicodeScalars.dropFirst(suffix.unicodeScalars.count)))
    }

    private func placesInSplit(_ tokens: [Token]) -> [Match] {
        var matches: [Match] = []
        var index = 0
        // First token after the last match: names never reach into an earlier place.
        var floor = 0
        while index < tokens.count {
            // A suffix right after a place makes one longer name of both (`金|桥` + `花园`), unless it names a site
            // there (`银泰小区|工地`, `海川路|工地`). A river is named on its own (`龙泉河|县医院`, `青禾路|滨河`)
            // but for an estate's or an area's suffix alone after it: the estate or area is named after the
            // river (`伊|景园|滨河|苑`, `七里|河|区`, `沙|河|村`), unless the area's suffix begins an
            // organization's name (`龙泉河|县|医院`).
            if let last = matches.last, last.tokens.upperBound == index, last.place.kind.isSpecific,
               last.place.kind != .river || PlaceSuffixes.isEstateSuffix(tokens[index].text)
                   || PlaceSuffixes.isLoneAreaSuffix(tokens[index].text) && !Self.beginsOrganization(after: index, tokens),
               !PlaceSuffixes.siteWords.contains(tokens[index].text), !PlaceSuffixes.endsInRiver(tokens[index].text),
               let longer = [match(endingAt: index, tokens, floor: last.tokens.lowerBound), Self.estate(named: last, endingAt: index, tokens)]
                   .lazy.compactMap({ $0 }).first(where: { $0.tokens.lowerBound <= last.tokens.lowerBound }) {
                matches[matches.count - 1] = longer
                floor = index + 1
            } else if let match = match(endingAt: index, tokens, floor: floor) ?? letterBrand(endingAt: index, tokens, floor: floor) {
                matches.append(match)
                floor = index + 1
            }
            index += 1
        }
        return matches
    }

    /// Whether the token after `index` is an organization's suffix (`县|医院`).
    private static func beginsOrganization(after index: Int, _ tokens: [Token]) -> Bool {
        index + 1 < tokens.count && PlaceSuffixes.suffix(of: tokens[index + 1].text)?.1 == .organization
    }

    /// An estate's suffix alone right after an estate's name that ends in a suffix of one character
    /// (`融|泰|江湾` + `府`): one estate of the whole name, which the name words before that suffix keep
    /// ``match(endingAt:_:floor:)`` from reading (`张店区|银泰城小区` is two places).
    private static func estate(named last: Match, endingAt index: Int, _ tokens: [Token]) -> Match? {
        let suffix = tokens[index].text
        guard last.place.kind == .community, PlaceSuffixes.isEstateSuffix(suffix) else { return nil }
        let name = last.place.name + suffix
        return Match(place: Place(kind: .community, name: name, core: PlaceSuffixes.nameSuffixes.contains(suffix) ? name : last.place.name),
                     tokens: last.tokens.lowerBound..<(index + 1))
    }

    /// Places of analyzed text.
    public func places(in analyzed: AnalyzedText) -> [Match] { places(in: analyzed.tokens) }

    /// A brand written as characters with a lowercase letter among them and no suffix, an app or a
    /// platform the segmenter split (`泊|e|通`, `智|e|家`): an organization, when one to three characters
    /// come before the letter and one or two after it, and no suffix follows (`禾|信|e|贷` is read with
    /// its suffix). A longer run is a brand with words after it (`泊|e|通|免|密`), whose end cannot be
    /// told; a capital is a code (`A|栋`, `C|证`). The gazetteer finds the brand in both (`泊E通`).
    private func letterBrand(endingAt index: Int, _ tokens: [Token], floor: Int) -> Match? {
        func isCharacter(_ token: Token) -> Bool {
            token.kind == .word && token.text.unicodeScalars.count == 1 && isNamePart(token) && !PlaceSuffixes.isSuffix(token.text)
        }
        func isLetter(_ token: Token) -> Bool { token.kind == .letters && token.text.utf8.count == 1 && token.text.utf8.allSatisfy { (0x61...0x7A).contains($0) } }
        // The letter, one or two tokens back, is looked for first: letters are rare.
        guard index - 1 > floor else { return nil }
        let letter = isLetter(tokens[index - 1]) ? index - 1 : index - 2
        guard letter > floor, isLetter(tokens[letter]), isCharacter(tokens[index]), letter == index - 1 || isCharacter(tokens[index - 1]),
              index + 1 == tokens.count || !isCharacter(tokens[index + 1]) && !PlaceSuffixes.isSuffix(tokens[index + 1].text)
        else { return nil }
        var start = letter
        while start > floor, start > letter - 3, isCharacter(tokens[start - 1]) { start -= 1 }
        guard start < letter, start == floor || !isCharacter(tokens[start - 1]) else { return nil }
        let name = tokens[start...index].map(\.text).joined()
        return Match(place: Place(kind: .organization, name: name, core: name), tokens: start..<(index + 1))
    }

    private func match(endingAt index: Int, _ tokens: [Token], floor: Int) -> Match? {
        var token = tokens[index]
        // A suffix in letters (`金马|KTV`) reads like one in characters.
        if token.kind == .letters, let suffix = PlaceSuffixes.letterSuffix(token.text) { token = Token(text: suffix, kind: .word, start: token.start, end: token.end) }
        if token.kind == .number, let route = riddenBusRoute(at: index, tokens, floor: floor) { return route }
        guard token.kind == .word || token.kind == .term else { return nil }
        if token.text == "路", index > floor, let route = busRoute(endingAt: index, tokens, floor: floor) { return route }
        if token.text.hasSuffix("路"), let route = spokenBusRoute(endingAt: index, tokens, floor: floor) { return route }
        // Not a clock's minutes (`21:30|末班车`).
        if Self.busWords.contains(token.text), index > floor, var route = busRoute(endingAt: index, tokens, floor: floor), route.place.core.count >= 2,
           route.tokens.lowerBound == floor || !Self.timeSeparators.contains(tokens[route.tokens.lowerBound - 1].text) {
            route.tokens = route.tokens.lowerBound..<index
            return route
        }
        if let numbered = numberedInstitution(endingAt: index, tokens, floor: floor) { return numbered }
        guard let (suffix, kind) = PlaceSuffixes.suffix(of: token.text) else { return nil }
        let ownName = String(token.text.unicodeScalars.dropLast(suffix.unicodeScalars.count))
        // `公交线路`, `高速公路` name no road; district names (`博山区`, `高新区`) may end like `山区`, `新区`.
        if !ownName.isEmpty && (kind.isSpecific ? PlaceSuffixes.endsInGenericWord(token.text) : PlaceSuffixes.genericWords.contains(token.text)),
           !(PlaceSuffixes.nameEndingVillageWords.contains(token.text) && namesAfterArea(endingAt: index, tokens, floor: floor)) {
            return nil
        }
        if kind == .province && !ownName.isEmpty && !PlaceSuffixes.provinces.contains(ownName) { return nil }
        var start = index
        var core = ownName
        var nameTokens = 0
        let isBrand = PlaceSuffixes.brandSuffixes.contains(suffix)
        // A school's trade word before more of an organization's name is part of that name
        // (`学|优|教育|科技有限公司`, `博|睿|教育|培训|学校`).
        if PlaceSuffixes.unknownBrandSuffixes.contains(suffix) {
            let following = tokens[(index + 1)...].prefix(Self.maximumNameTokens)
            let name = following.prefix(while: isNamePart)
            if following.prefix(name.count + 1).contains(where: { PlaceSuffixes.suffix(of: $0.text)?.1 == .organization }) { return nil }
        }
        let isApp = PlaceSuffixes.appSuffixes.contains(suffix)
        if isApp && !ownName.isEmpty { return nil }
        // A firm's or factory's name may hold its trade, a verb (`大汉|起重|科技有限公司`, `丰收|饲料厂`);
        // a park's, market's or site's does not (`协调|港北物流园`, `重建|工地`).
        let holdsNoTrade = kind == .organization && !PlaceSuffixes.mayHoldTrade(suffix)
        // An anonymized area (`A7县`, `K9县`) is its code alone: what comes before is another word
        // (`祝|A7县`) or another name (`五矿万境|K9县`).
        let isCode = !kind.isSpecific && ownName.isEmpty && index > floor && Self.isCodePart(tokens[index - 1])
        if isApp { (core, start) = appName(before: index, tokens, floor: floor) }
        while !isApp && start > floor {
            let previous = tokens[start - 1]
            if isCode && !Self.isCodePart(previous) { break }
            // A floor the segmenter left in pieces (`华晟广场|三|楼|铂|力|健身`) says where, and ends the name.
            if start - 1 > floor, PlaceSuffixes.isFloor(tokens[start - 2].text, previous.text) { break }
            // A brand's name is single characters, letters and digits (a word before them is not part of
            // it: `处置|禾|信|e|贷`), maybe with a space between two of them (`禾信 e贷`).
            if isBrand && previous.kind == .whitespace {
                guard start < index, start - 1 > floor, Self.isBrandPart(tokens[start - 2]), isNamePart(tokens[start - 2]) else { break }
                start -= 1
                continue
            }
            // A road, village or area suffix of one character ends an eatery's or school's name:
            // `涑|河|街|烧烤` is the street's barbecue stalls.
            if PlaceSuffixes.unknownBrandSuffixes.contains(suffix), let (_, previousKind) = PlaceSuffixes.suffix(of: previous.text),
               previous.text.unicodeScalars.count == 1,
               previousKind != .community && previousKind != .organization { break }
            if isBrand && !Self.isBrandPart(previous) {
                // A brand may also be one word standing alone before the trade word (`燃点|健身`, `万科|地产`;
                // not `华|宇|新型|建材`), unless the word says what kind, not whose (`全民|健身`, `小额|贷`),
                // or is a verb (`购买|地产`).
                if start == index, ownName.isEmpty, !PlaceSuffixes.unknownBrandSuffixes.contains(suffix), previous.kind == .word,
                   (2...3).contains(previous.text.unicodeScalars.count), isNamePart(previous),
                   start - 1 == floor || !isNamePart(tokens[start - 2]),
                   !stops.ends(kind, at: previous.text), !stops.verbs.contains(previous.text),
                   !PlaceSuffixes.genericCores.contains(previous.text), !PlaceSuffixes.brandModifiers.contains(previous.text) {
                    core = previous.text
                    start -= 1
                }
                break
            }
            // A space typed between a name and its suffix (`锦绣 家园 小区`, `蓝山 郡`); a space before a
            // name already read ends it (`地址 阳光小区`).
            if previous.kind == .whitespace {
                guard core.isEmpty || PlaceSuffixes.isSuffix(core), start - 1 > floor, isNamePart(tokens[start - 2]) else { break }
                start -= 1
                continue
            }
            // `里` right before the suffix ends the name of a neighbourhood (`和平|里|小区`, `幸福|里|市场`),
            // after a word that is no place of its own (`村|里|小学` is the village's school).
            if kind.isSpecific, start == index, previous.text == "里", start - 1 > floor, isNamePart(tokens[start - 2]),
               PlaceSuffixes.suffix(of: tokens[start - 2].text) == nil {
                core = previous.text + core
                nameTokens += 1
                start -= 1
                continue
            }
            // A position character right before `村` ends the village's name after a character of its own
            // (`塅|下|村`, `岭|前|村`), which the segmenter leaves apart; alone it is where (`村|里`).
            if kind == .village, start == index, PlaceSuffixes.villageNameEndings.contains(previous.text), start - 1 > floor,
               tokens[start - 2].text.count == 1, isNamePart(tokens[start - 2]), !PlaceSuffixes.isSuffix(tokens[start - 2].text) {
                core = previous.text + core
                nameTokens += 1
                start -= 1
                continue
            }
            // A verb said twice around `一` (`管一管|禹衡置业`, `查一查`) is no part of the name after it.
            if previous.text == "一", start < index, start - 1 > floor, tokens[start].text.unicodeScalars.count == 1,
               tokens[start - 2].text == tokens[start].text {
                core.removeFirst(tokens[start].text.count)
                start += 1
                break
            }
            // `和` or `都` between a character of an unknown name and its suffix is part of the name
            // (`星|和|公馆`, `滨河|名|都|小区`), not after a word (`学校|和|小区`, `大家|都|小区`) nor before an
            // area's suffix (`国家|和|县`). An estate's `新` follows the word of the name it is the new one
            // of, a river's or another's (`汝|河|新|苑`, `金河|新|苑`, `枣园|新|苑`).
            if kind.isSpecific, start == index, PlaceSuffixes.nameEndingFunctionWords.contains(previous.text), start - 1 > floor,
               tokens[start - 2].kind == .word, isNamePart(tokens[start - 2]),
               tokens[start - 2].text.unicodeScalars.count == 1 && PlaceSuffixes.suffix(of: tokens[start - 2].text) == nil
                   || kind == .community && previous.text == "新" && tokens[start - 2].text.unicodeScalars.count <= 2
                       && PlaceSuffixes.suffix(of: tokens[start - 2].text).map({ $0.1 == .river || $0.1 == .community }) ?? true {
                core = previous.text + core
                nameTokens += 1
                start -= 1
                continue
            }
            // A firm's trade that is also a verb, right before the suffix, is part of its name after a
            // word of the name: two characters, or one with more before it (`宏泰|建设|有限公司`,
            // `鑫|泰|建设|集团`, `教育|咨询|有限公司`; not `找|建设|公司`, nor inside a trade,
            // `城市|建设|投资|有限公司`).
            if kind == .organization, start == index, PlaceSuffixes.mayHoldTrade(suffix), PlaceSuffixes.firmTradeVerbs.contains(previous.text),
               start - 1 > floor, isNamePart(tokens[start - 2]), tokens[start - 2].text.unicodeScalars.count >= 2 || start - 2 > floor,
               !stops.ends(kind, at: tokens[start - 2].text), !stops.verbs.contains(tokens[start - 2].text) {
                core = previous.text + core
                nameTokens += 1
                start -= 1
                continue
            }
            // A function word that begins names before a name of one character begins it (`和|兴|小区`,
            // `和|顺|路`); not before a suffix of one character that may end a word (`和|长|郡`).
            if kind.isSpecific, start == index - 1, core.unicodeScalars.count == 1,
               suffix.unicodeScalars.count >= 2 || kind == .road || kind == .village,
               PlaceSuffixes.nameBeginningFunctionWords.contains(previous.text) {
                core = previous.text + core
                nameTokens += 1
                start -= 1
                break
            }
            // A word that names roads in most cities before the bare suffix is the road's name, though it
            // names nothing elsewhere: `建设|大道`, `建设|北路` (``PlaceSuffixes/roadNameWords``).
            if kind == .road, start == index, core.count <= 1, PlaceSuffixes.roadNameWords.contains(previous.text) {
                core = previous.text + core
                nameTokens += 1
                start -= 1
                continue
            }
            // A verb or adverb before two characters of a name is no part of it: `增加|营盘路`, `难道|财智小区`.
            // A river's name is no verb at all: `排入|河`, `流进|河`.
            if core.unicodeScalars.count >= 2 || kind == .river, previous.text.unicodeScalars.count >= 2,
               stops.ends(kind, at: previous.text) || (holdsNoTrade && stops.verbs.contains(previous.text)) || stops.endsFirmName(previous.text) { break }
            guard isNamePart(previous), core.unicodeScalars.count + previous.text.unicodeScalars.count <= Self.maximumCoreLength(kind),
                  nameTokens < Self.maximumNameTokens else { break }
            // Another place's name ends here: `张店区|银泰城小区`; an area's name holds no road or estate
            // (`北海|路|高新区` is a road, then a district). A word of one character and a suffix that
            // begins the name is part of it (`新桥|家园`), not after a name (`东|环路|化工厂`).
            // Staff housing is named by the works whose staff it houses (`纺织厂|宿舍`).
            let housesStaffOf = start == index && PlaceSuffixes.staffHousingSuffixes.contains(suffix)
            if let (previousSuffix, previousKind) = PlaceSuffixes.suffix(of: previous.text), previousKind != .river,
               previous.text.unicodeScalars.count > previousSuffix.unicodeScalars.count,
               !PlaceSuffixes.genericWords.contains(previous.text), !(housesStaffOf && previousKind == .organization) {
                let beginsName = previous.text.unicodeScalars.count == previousSuffix.unicodeScalars.count + 1
                    && (start - 1 == floor || !isNamePart(tokens[start - 2]))
                if !beginsName { break }
            }
            // `河` may be read inside an area's name (`双|河|镇`, `清|河|区`).
            if !kind.isSpecific, PlaceSuffixes.isSuffix(previous.text), !PlaceSuffixes.endsInRiver(previous.text) { break }
            // A lone town suffix ends the town's name before this one (`石桥|镇|杨柳|村`); `市|人民医院` and
            // `县|一中` say whose hospital and school it is.
            if let (areaSuffix, areaKind) = PlaceSuffixes.suffix(of: previous.text), areaSuffix == previous.text, areaKind == .town { break }
            if !PlaceSuffixes.nameJoiners.contains(previous.text) {
                core = previous.text + core
                nameTokens += 1
            }
            start -= 1
        }
        // A suffix written as a word of its own after a word that names nothing is no name (`确保|小区`,
        // `列入|县`; ``NameStops/namesNothing(_:_:)``), whatever was read before that word: the suffix is
        // its object (`来电|人|怀疑|学校`). A factory's or firm's trade may be a verb (`金鑫|回收|厂`).
        if ownName.isEmpty, start < index, stops.namesNothing(kind, tokens[index - 1].text),
           start == index - 1 || !(PlaceSuffixes.mayHoldTrade(suffix) && stops.verbs.contains(tokens[index - 1].text)) { return nil }
        // Nor right after a word for a whole city or district: `我市|路|内停车`, `S1|市区|路|内` is on-street parking;
        // so is `路|内` after a city's name (`重庆|路|内|停车`).
        if kind.isSpecific, ownName.isEmpty, start < index, PlaceSuffixes.wholeAreaWords.contains(tokens[index - 1].text) { return nil }
        if token.text == "路", index + 1 < tokens.count, tokens[index + 1].text == "内" { return nil }
        // An area suffix after a word of its own makes a generic word (`洽谈|区`, `服务|区`), not an area.
        if !kind.isSpecific, ownName.isEmpty, start < index, PlaceSuffixes.genericWords.contains(tokens[index - 1].text + token.text) { return nil }
        // A town's school or clinic is known by the town: `石门镇|中心|小学` is `石门中心小学` and
        // `白沙镇|卫生院` is `白沙卫生院`, beside the town itself.
        if kind == .organization, core.isEmpty || PlaceSuffixes.townInstitutionCores.contains(core), let town = Self.townName(before: start, tokens) {
            core = town + core
        }
        // A one-character name takes the position word before it: `后|营|村`, `上|庄|村` (not `在|后|营村`).
        if kind.isSpecific, core.count == 1, start > floor, PlaceSuffixes.namePrefixes.contains(tokens[start - 1].text) {
            start -= 1
            core = tokens[start].text + core
        }
        // A matter phrase inside a name is part of it (`恒安|物业服务|有限公司`), not at its start (`户口迁入|百祥村`).
        while start < index, isMatterPhrase(tokens[start]) {
            core.removeFirst(tokens[start].text.count)
            start += 1
        }
        // A count is no part of a name: `两所|幼儿园` names none, `一栋|银河宿舍` is `银河宿舍`, and nor
        // are two (`全市|好几个|区`).
        while case let count = PlaceSuffixes.countLength(core, kind: kind), count > 0 { core.removeFirst(count) }
        // Nor is a classifier after a word that points, where the reading stopped: `那|家|鞋材厂`, `这|所|学校`.
        if start > floor, start < index, PlaceSuffixes.pointingWords.contains(tokens[start - 1].text),
           PlaceSuffixes.isClassifier(tokens[start].text, kind: kind), core.hasPrefix(tokens[start].text) {
            core.removeFirst(tokens[start].text.count)
            start += 1
        }
        // `澜湾府项目|工地` is the site of `澜湾府`, `蒿坪垃圾|填埋场` is `蒿坪填埋场`, and `锦绣江南二期|工地`
        // the site of `锦绣江南`: texts name an estate's phases by the estate's name. A phase alone
        // (`二期|工地`, `金澜苑|3期|工地`) names none.
        if PlaceSuffixes.siteWords.contains(suffix), let qualifier = PlaceSuffixes.siteQualifiers.first(where: { core.hasSuffix($0) && core.count - $0.count >= 2 }) {
            core.removeLast(qualifier.count)
        }
        if suffix == "工地" {
            if let phase = PlaceSuffixes.phaseLength(core) {
                guard core.count - phase >= 2 else { return nil }
                core.removeLast(phase)
            }
        }
        // A government split by the segmenter (`问政|府`, `乡镇|府`, `县|府`) is no estate.
        if suffix == "府", let last = core.last, last == "政" || PlaceSuffixes.suffix(of: String(last)).map({ !$0.1.isSpecific }) == true { return nil }
        // `纺织厂` alone is a trade, not a name; so is a works named by what it makes or does (`塑料|颗粒|厂`,
        // `废品|回收|厂`, `木材|加工厂`), after its village or where it stands or not (`柳湾|村|塑料厂` is a
        // works at `柳湾村`, `后山|石料厂` one behind the village).
        if PlaceSuffixes.tradeSuffixes.contains(suffix), !ownName.isEmpty, start == index { return nil }
        if PlaceSuffixes.endsWith(suffix, "厂") {
            let names = tokens[start..<index].map(\.text)
            let standsBy = names.first.map(PlaceSuffixes.worksPositions.contains) == true
            let trade = names.lastIndex(where: PlaceSuffixes.isLoneAreaSuffix).map { names[($0 + 1)...].joined() + ownName }
                ?? (standsBy ? names.dropFirst().joined() + ownName : core)
            if PlaceSuffixes.isTradeOnly(trade) { return nil }
        }
        // `市|图书馆` and `图书馆` are the city's library.
        if PlaceSuffixes.landmarkSuffixes.contains(suffix), core.isEmpty || (core.count == 1 && PlaceSuffixes.suffix(of: core).map { !$0.1.isSpecific } == true) {
            return Match(place: Place(kind: kind, name: suffix, core: suffix), tokens: start..<(index + 1))
        }
        // A name needs two characters of its own (`A市` will do for a city, a quarter to a main street
        // of an old town: `北大街`); digits alone are house numbers, not names.
        let isASCII = core.allSatisfy(\.isASCII)
        let least = (isASCII && !kind.isSpecific) || (suffix == "大街" && PlaceSuffixes.quarters.contains(core)) ? 1 : 2
        guard core.unicodeScalars.count >= least, !isASCII || !kind.isSpecific,
              !PlaceSuffixes.genericCores.contains(core) || (kind == .road && PlaceSuffixes.roadNameWords.contains(core)) else { return nil }
        if PlaceSuffixes.endsInPeopleWord(core) || PlaceSuffixes.endsInDistance(core) { return nil }
        // A preposition, particle or verb's result before the suffix ends no name (`租金按|月`, `考位按|驾校`,
        // `补偿款发到|村`, `放在|路边`): what stands before the suffix is a phrase, and the suffix its object.
        if kind.isSpecific, let last = core.unicodeScalars.last, PlaceSuffixes.nonNameEndings.contains(last) { return nil }
        if kind == .district && (PlaceSuffixes.isSection(districtCore: core) || PlaceSuffixes.isZone(districtCore: core)) { return nil }
        if kind == .road && PlaceSuffixes.isKindOfRoad(core: core) { return nil }
        if let numbered = Self.numberedCore(core, suffix: suffix) {
            return Match(place: Place(kind: kind, name: numbered, core: numbered), tokens: start..<(index + 1))
        }
        let name = core + suffix
        return Match(place: Place(kind: kind, name: name, core: PlaceSuffixes.nameSuffixes.contains(suffix) ? name : core), tokens: start..<(index + 1))
    }

    /// Whether a name of at most four characters stands between an area's name and `index`
    /// (`板杉镇|七里|山村`, `福临|镇|影|珠|山村`): there `山村` ends a village's name (``PlaceSuffixes/nameEndingVillageWords``),
    /// not a phrase (`贫困|的|山村`).
    private func namesAfterArea(endingAt index: Int, _ tokens: [Token], floor: Int) -> Bool {
        var position = index - 1
        var length = 0
        while position >= floor, isNamePart(tokens[position]), length + tokens[position].text.count <= 4 {
            length += tokens[position].text.count
            position -= 1
        }
        guard length > 0, position >= 0, let (_, kind) = PlaceSuffixes.suffix(of: tokens[position].text) else { return false }
        return kind == .town || kind == .district
    }

    /// The name of the town whose name ends right before `index` (`石门镇`, `龙口|乡`), if one does.
    private static func townName(before index: Int, _ tokens: [Token]) -> String? {
        guard index >= 1 else { return nil }
        let previous = tokens[index - 1].text
        guard let (suffix, kind) = PlaceSuffixes.suffix(of: previous), kind == .town else { return nil }
        if previous.count > suffix.count { return String(previous.dropLast(suffix.count)) }
        guard index >= 2, tokens[index - 2].kind == .word, tokens[index - 2].text.count >= 2,
              !PlaceSuffixes.nonNameWords.contains(tokens[index - 2].text) else { return nil }
        return tokens[index - 2].text
    }

    /// `12路`, `K5路`: digits (with optional letters) right before `路`; before `公交` (`302|公交`) the
    /// same line, written without its `路`.
    private func busRoute(endingAt index: Int, _ tokens: [Token], floor: Int) -> Match? {
        var start = index
        while start > floor, tokens[start - 1].kind == .number || tokens[start - 1].kind == .letters,
              tokens[start - 1].text.allSatisfy({ $0.isASCII && ($0.isNumber || $0.isLetter) }) {
            start -= 1
        }
        let core = tokens[start..<index].map(\.text).joined()
        guard start < index, core.contains(where: \.isNumber), core.count <= 5 else { return nil }
        return Match(place: Place(kind: .busRoute, name: core + "路", core: core), tokens: start..<(index + 1))
    }

    /// Words a bus line's number may stand before without `路` (`302|公交`, `165|末班`, `247|改线`).
    private static let busWords: Set<String> = ["公交", "公交车", "末班", "末班车", "首班", "首班车", "尾班", "尾班车", "改线", "改道", "线", "支线"]

    /// `坐|165|上下班`, `搭|235`: a number of two characters or more ridden is a bus line, unless a unit
    /// follows it (`坐|12|站`, `坐|10|分钟`).
    private func riddenBusRoute(at index: Int, _ tokens: [Token], floor: Int) -> Match? {
        let number = tokens[index].text
        guard index > floor, Self.ridingVerbs.contains(tokens[index - 1].text), number.count >= 2, number.count <= 4,
              number.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        if index + 1 < tokens.count, let next = tokens[index + 1].text.first, Self.unitCharacters.contains(next) { return nil }
        return Match(place: Place(kind: .busRoute, name: number + "路", core: number), tokens: index..<(index + 1))
    }

    /// Numbers of three digits that stand alone, neither counting nor measuring nor part of a date,
    /// a time or a range (`今天|327|真的|没了`, `以前|坐|327|，`; not `327|元`, `2024-08-|16`, `14|—|16℃`),
    /// outside `inPlace`: a bus line by its number when the corpus names that line (`327路`) elsewhere.
    /// Two digits alone are more often a temperature, a count or a day (`卫生间|12`, `18℃`).
    public static func lineNumbers(in tokens: [Token], excluding inPlace: [Bool]) -> [String] {
        tokens.indices.compactMap { index in
            let token = tokens[index]
            guard token.kind == .number, !inPlace[index], isLineNumber(token.text) else { return nil }
            if index > 0, tokens[index - 1].end == token.start, Self.numberJoiners.contains(tokens[index - 1].text) || tokens[index - 1].kind == .number { return nil }
            if index + 1 < tokens.count, case let next = tokens[index + 1], next.start == token.end,
               Self.numberJoiners.contains(next.text) || next.text.first.map({ Self.unitCharacters.contains($0) || Self.measureMarks.contains($0) }) == true {
                return nil
            }
            return token.text
        }
    }

    /// Whether `text` is three digits, not led by `0`: the number a bus line may be known by alone.
    static func isLineNumber(_ text: String) -> Bool {
        text.utf8.count == 3 && text.utf8.first != 0x30 && text.utf8.allSatisfy { (0x30...0x39).contains($0) }
    }

    /// What joins a number to another into a date, a time, a range or a decimal, or ranks it (`第`).
    private static let numberJoiners: Set<String> = ["-", "—", "–", "~", "～", "/", ":", "：", ".", "第", "至"]
    /// Marks of measures that are no words of a unit (`18℃`, `200%`).
    private static let measureMarks = Set("℃°%‰万亿吨户套座届")

    private static let timeSeparators: Set<String> = [":", "：", "点"]
    private static let ridingVerbs: Set<String> = ["坐", "乘", "搭", "乘坐", "换乘", "转乘"]
    /// First characters of what counts or measures after a number: `站`, `个`, `号`, `分钟`, `公里`, `楼`.
    private static let unitCharacters = Set("站个号楼栋层单分小次块元点岁年月日天周公米里斤度趟辆人路排位多余")

    /// `三一八|路`, `三一|二路`: a bus line said digit by digit, as operators write what callers say, is
    /// the line of those digits (`318路`). Three or four digits: `五一路` and `八一路` are roads. Said as a
    /// number of ten or more (`二十三路`, `廿三|路`), it is that line too, unless a grid road's word comes
    /// before (`经|十|路`, `纬|十二路`).
    private func spokenBusRoute(endingAt index: Int, _ tokens: [Token], floor: Int) -> Match? {
        func isSpoken(_ text: String) -> Bool { text.allSatisfy { ChineseNumeral.isDigit($0) || Self.spokenTens[$0] != nil } }
        var numeral = String(tokens[index].text.dropLast())
        guard isSpoken(numeral) else { return nil }
        var start = index
        while start > floor, !tokens[start - 1].text.isEmpty, isSpoken(tokens[start - 1].text) {
            numeral = tokens[start - 1].text + numeral
            start -= 1
        }
        let digitByDigit = numeral.allSatisfy(ChineseNumeral.isDigit)
        let spelled = numeral.reduce(into: "") { $0 += Self.spokenTens[$1] ?? String($1) }
        guard let value = ChineseNumeral.value(spelled),
              digitByDigit ? (3...4).contains(numeral.count)
                           : (10..<1000).contains(value) && (start == floor || !Self.gridRoadWords.contains(tokens[start - 1].text)) else { return nil }
        let core = String(Int(value))
        return Match(place: Place(kind: .busRoute, name: core + "路", core: core), tokens: start..<(index + 1))
    }

    /// Characters of a spoken number beside the digits: its units, and the old words for twenty and thirty.
    private static let spokenTens: [Character: String] = ["十": "十", "百": "百", "廿": "二十", "卅": "三十"]
    /// Words before a numbered road of a grid (`经十路`, `纬二路`).
    private static let gridRoadWords: Set<String> = ["经", "纬"]

    /// A school or hospital named by its number (`县|一中`, `二小`, `市|十三|中`, `二|医院`, `三院`, `二|医`): the
    /// same place as `第一中学`, `第二小学`, `第二医院`, after the name of what runs it, if any
    /// (`楚|钢|一中`); a county or city before it is a place of its own. `一小` is no school (`一小|部分`),
    /// `两院` no hospital.
    private func numberedInstitution(endingAt index: Int, _ tokens: [Token], floor: Int) -> Match? {
        let text = tokens[index].text
        // Most tokens end in none of `中`, `小`, `院`: one scalar comparison rejects them.
        guard let last = text.unicodeScalars.last, Self.numberedEndings.contains(last) else { return nil }
        let numeral: String, kindWord: String, value: Int
        var start = index
        if let word = Self.numberedKinds[String(last)], let number = Self.ordinal(String(text.dropLast())) {
            (numeral, kindWord, value) = (String(text.dropLast()), word, number)
        } else if let word = Self.numberedKinds[text], index > floor, let number = Self.ordinal(Self.droppingOrdinalMark(tokens[index - 1].text)) {
            (numeral, kindWord, value) = (tokens[index - 1].text, word, number)
            start = index - 1
        } else {
            return nil
        }
        guard kindWord != "小学" || value >= 2, !numeral.hasPrefix("两") else { return nil }
        var qualifier = ""
        while start > floor, qualifier.count < 4, isNamePart(tokens[start - 1]), PlaceSuffixes.suffix(of: tokens[start - 1].text) == nil {
            qualifier = tokens[start - 1].text + qualifier
            start -= 1
        }
        let core = qualifier + "第" + Self.chineseOrdinal(value) + kindWord
        return Match(place: Place(kind: .organization, name: core, core: core), tokens: start..<(index + 1))
    }

    /// The core of a numbered school or hospital read with its suffix (`第二|人民|医院`, `市|第三|中学`),
    /// written as ``numberedInstitution(endingAt:_:floor:)`` writes it (`第二医院`, `第三中学`), after the
    /// name of what runs it, if any; nil for other names. The core keeps the kind, so the second school
    /// and the second hospital differ. A city or county before it is no part of it.
    private static func numberedCore(_ core: String, suffix: String) -> String? {
        guard numberedKinds.values.contains(suffix), let mark = core.firstIndex(of: "第") else { return nil }
        var qualifier = core[..<mark]
        if qualifier.count == 1, let (_, kind) = PlaceSuffixes.suffix(of: String(qualifier)), !kind.isSpecific { qualifier = "" }
        var numeral = core[core.index(after: mark)...]
        if suffix == "医院", numeral.hasSuffix("人民") { numeral = numeral.dropLast(2) }
        guard let value = ordinal(String(numeral)) else { return nil }
        return qualifier + "第" + chineseOrdinal(value) + suffix
    }

    /// What a numbered institution is, by the character or word after its number.
    private static let numberedKinds = ["中": "中学", "小": "小学", "中学": "中学", "小学": "小学", "医院": "医院", "院": "医院", "医": "医院"]
    private static let numberedEndings = Set("中小学院医".unicodeScalars)

    /// `第11` → `11`: the segmenter keeps the mark of an ordinal written in digits with them.
    private static func droppingOrdinalMark(_ word: String) -> String {
        word.hasPrefix("第") ? String(word.dropFirst()) : word
    }

    /// The value of an ordinal from 1 to 29 in Chinese (`一`, `十三`, `二十一`) or in digits (`11`), if
    /// `word` is one.
    private static func ordinal(_ word: String) -> Int? {
        if !word.isEmpty, word.count <= 2, word.allSatisfy({ $0.isASCII && $0.isNumber }) {
            return Int(word).flatMap { (1..<30).contains($0) ? $0 : nil }
        }
        guard let value = ChineseNumeral.value(word), value >= 1, value < 30, value == value.rounded() else { return nil }
        return Int(value)
    }

    /// An ordinal from 1 to 29 as Chinese writes it in names: `一`, `十`, `十一`, `二十三`. `11中` and
    /// `第十一中学` are one school.
    private static func chineseOrdinal(_ value: Int) -> String {
        let digits = Array("〇一二三四五六七八九")
        let (tens, units) = (value / 10, value % 10)
        let tensPart = tens == 0 ? "" : (tens == 1 ? "十" : String(digits[tens]) + "十")
        return tensPart + (units == 0 ? "" : String(digits[units]))
    }

    /// The name of an app before its suffix at `index`: the name in quotes (`“就业绵绵”|小程序`), or up to
    /// four single characters, letters and digits (`沛|能|充|APP`, where `能` may stand inside a name),
    /// from the first that may begin a name (`用|沛|能|充` is read from `用`, a verb; the directory takes
    /// it for `沛能充` written elsewhere). Empty when there is none, when a stop word ends it, and for the
    /// apps that other apps live in (`微|信|小程序`, `确|知|微|信|小程序`).
    private func appName(before index: Int, _ tokens: [Token], floor: Int) -> (String, Int) {
        if let quoted = quotedName(before: index, tokens, floor: floor) { return quoted }
        var first = index
        while first > floor, index - first < 4, Self.isBrandPart(tokens[first - 1]) { first -= 1 }
        while first < index, !isNamePart(tokens[first]) { first += 1 }
        let name = tokens[first..<index].map(\.text).joined()
        // A name ends in a character of its own (not `人|在|小程序`) and in no host app (`确|知|微|信|小程序`).
        guard first < index, isNamePart(tokens[index - 1]), !PlaceSuffixes.appHosts.contains(where: name.hasSuffix) else { return ("", index) }
        return (name, first)
    }

    /// The name in quotes right before `index` (`“就业绵绵”|小程序`) and the index of its first token:
    /// two to eight characters of words, letters and digits, not digits alone.
    private func quotedName(before index: Int, _ tokens: [Token], floor: Int) -> (String, Int)? {
        guard index - 2 > floor, Self.closingQuotes.contains(tokens[index - 1].text) else { return nil }
        var start = index - 1
        var name = ""
        while start - 1 > floor, Self.quotedNameKinds.contains(tokens[start - 1].kind), name.count + tokens[start - 1].text.count <= 8 {
            start -= 1
            name = tokens[start].text + name
        }
        guard start - 1 >= floor, Self.openingQuotes.contains(tokens[start - 1].text), name.count >= 2,
              !name.allSatisfy(\.isNumber) else { return nil }
        return (name, start)
    }

    private static let quotedNameKinds: Set<TokenKind> = [.word, .term, .letters, .number]
    private static let openingQuotes: Set<String> = ["“", "\"", "「", "『", "《"]
    private static let closingQuotes: Set<String> = ["”", "\"", "」", "』", "》"]

    private static func isCodePart(_ token: Token) -> Bool {
        (token.kind == .letters || token.kind == .number) && token.text.utf8.allSatisfy { $0 < 0x80 }
    }

    private static func isBrandPart(_ token: Token) -> Bool {
        token.kind == .number || token.kind == .letters || (token.kind == .word && token.text.unicodeScalars.count == 1)
    }

    private func isMatterPhrase(_ token: Token) -> Bool {
        token.kind == .term && matterPhrases.contains(token.text)
    }

    private func isNamePart(_ token: Token) -> Bool {
        switch token.kind {
        case .word, .term:
            return !PlaceSuffixes.nonNameWords.contains(token.text) && !MatterStopWords.words.contains(token.text)
                && !PlaceSuffixes.isTimeOrAmount(token.text)
                && !(token.text.unicodeScalars.count > 1 && PlaceSuffixes.isSuffix(token.text) && !PlaceSuffixes.brandSuffixes.contains(token.text))
                && token.text.unicodeScalars.allSatisfy(\.isHan)
        case .letters, .number:
            return token.text.utf8.count <= 4 && token.text.utf8.allSatisfy { $0 < 0x80 }
        case .punctuation:
            return PlaceSuffixes.nameJoiners.contains(token.text)
        default:
            return false
        }
    }
}
