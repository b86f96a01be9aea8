import MinyiText

/// Matches variants of a place's name across a corpus: `张店银泰城小区`, `银泰城小区` and `银泰小区` get
/// one key when `张店` is a district (or city, town) named elsewhere in the corpus and `银泰` is a prefix of
/// `银泰城`; `恒达御府` and `御府` get one key because `御府` ends `恒达御府`. Names with digits (`12路`)
/// match exactly.
///
/// It is also a gazetteer: a name found with its suffix somewhere (`润丰化工有限公司`) is found without
/// it elsewhere (`润丰化工的味道`), see ``mentions(in:)``.
public struct PlaceDirectory: Sendable {
    /// A place as grouping compares it: kind plus canonical core.
    public struct Key: Sendable, Hashable, Comparable {
        public var kind: Place.Kind
        public var core: String

        public static func < (lhs: Key, rhs: Key) -> Bool { (lhs.kind, lhs.core) < (rhs.kind, rhs.core) }
    }

    /// Shortest core the gazetteer looks for (shorter ones are too often ordinary words).
    static let minimumMentionLength = 3
    /// Most longer names a name may begin or end and still stand for them.
    static let maximumExtensions = 2
    /// Most longer names a name may begin and still stand for them: one more, since people write a
    /// firm's brand with several trade words (`鸿达厂`, `鸿达服装厂`, `鸿达服饰有限公司`, `鸿达制衣`).
    static let maximumStarts = 3
    /// Most terms one mention spans.
    static let maximumMentionTerms = 4
    /// Least texts a two-character core must be found in with its suffix to be looked for without it.
    static let frequentShortName = 3
    /// How many times more often a name word is written with its suffix than alone, at least; and how
    /// many times more often a brand may be written alone than in full, at most.
    static let nameWordShare = 3
    /// Longest brand, in characters (the texts' terms are seldom longer).
    static let longestBrand = 4

    /// Names and cores of the districts, towns, cities and provinces found: prefixes that longer names
    /// drop (`张店银泰城`, `西地省生恒置业`).
    private var areaPrefixes: Set<String> = []
    /// Area names (district, town, city) that end in a shorter area name of the same kind found
    /// elsewhere, to that name: a verb the segmenter glued on (`报名|坊子区`) makes no other district.
    private var areaCanonical: [Key: String] = [:]
    private var canonical: [Key: Key] = [:]
    /// Cores found with a suffix, by the kind they were found with most.
    private var gazetteer: [String: Place.Kind] = [:]
    /// Two-character cores found with a suffix in ``frequentShortName`` texts or more (`力健` of
    /// `力健健身`), by kind: looked for only when the segmenter splits them into two characters, since a
    /// two-character word it knows is an ordinary word. Not area names (`星沙` of `星沙街道` and
    /// `星沙大道`), nor names that begin or end more than ``maximumExtensions`` longer ones.
    private var shortGazetteer: [String: Place.Kind] = [:]
    /// Cores of ``shortGazetteer`` the segmenter knows as one word that the general vocabulary does not
    /// call common (`博济` of `博济医院`, `金马` of `金马KTV`; not `阳光`, `人民`), with no number in them:
    /// they may name the place alone once the texts are seen to write them alone far less often than
    /// with the suffix (``admitNameWords(bareUses:)``). Also brands: words of that kind that begin one
    /// organization's longer name (`启明星` of `启明星教育培训学校`, a ``shortForms`` entry).
    public var nameWordCandidates: Set<String> { Set(candidateNamings.keys) }
    /// Each candidate's count of places found with its suffix, the place it is read as (its kind and
    /// the name most often written with it, `博济医院`), and whether it is a brand.
    private var candidateNamings: [String: (count: Int, place: Place, isBrand: Bool)] = [:]
    /// The candidates admitted, to their place: a term that is one of them is the place (`嫌博济等得久`).
    private var nameWords: [String: Place] = [:]
    /// Beginnings of gazetteer cores (three characters or more) that begin only one of them: a short
    /// form people write (`泓锦机械` for `泓锦机械制造有限公司`), see ``mentions(in:)``.
    private var shortForms: [String: String] = [:]
    /// The general vocabulary's common words: a firm's short form of dictionary words that begins with
    /// none of them begins with its brand (`宏远|电子`), see ``mentions(in:)``.
    private let commonWords: Set<String>
    /// The ``shortForms`` of firms (`…公司`, `…集团`).
    private var firmShortForms: Set<String> = []
    /// Schools by the short names people call them (``schoolShortNames(_:core:)``), when one school has it.
    private var schoolShortNames: [String: Place] = [:]
    /// First (or last) two characters of a name written in ``frequentShortName`` texts or more that
    /// begin or end no other name, to that name, and the short names of such numbered works
    /// (``worksAbbreviations(of:)``); looked for only when the segmenter splits them into two characters.
    private var stems: [String: String] = [:]
    /// Brands of firms found with their suffix in fewer texts, to the firm: the first two characters of a
    /// firm named by them and one common word, its trade (`迅达|物流`). Stems too once the texts are seen
    /// to name the firm often without its suffix (``admitStems(naming:)``).
    private var unprovenStems: [String: String] = [:]
    /// Spellings of names written in ``frequentSpelling`` texts or more (three characters or more) with
    /// one character swapped for a homophone the segmenter left alone (`小|象|果` for `小橡果`,
    /// `配|能|充` for `沛能充`), to that name; not a spelling found as a name of its own (a `小象果幼儿园`
    /// written as often as `小橡果幼儿园` is another school).
    private var soundAlikes: [String: String] = [:]
    /// Names of estates, villages and roads, by core: a site named after one of them is at that place.
    private var siteHosts: [String: Place] = [:]
    /// Bus lines of three digits (``PlaceExtractor/isLineNumber(_:)``) named (`327路`) in ``frequentShortName`` texts or more, by number:
    /// a number standing alone may name them (``busLine(numbered:)``).
    private var busLines: [String: Place] = [:]
    /// The first two characters of every name ``mentions(in:)`` looks up: most runs of terms begin with
    /// none of them and are passed over without building a name.
    private var openings: Set<UInt64> = []

    /// Builds the directory from every place found in the corpus, the characters the segmenter left
    /// alone in its texts (``FeedbackProfile/fragments``), among which misheard names are looked for,
    /// and the common words of the general vocabulary (``MinyiText/SegmentationDictionary/commonWords``);
    /// without them no word is taken for a name, since none can be told from an ordinary word.
    public init(places: some Sequence<Place>, unknownCharacters: Set<Character> = [], commonWords: Set<String> = []) {
        self.commonWords = commonWords
        let pinyin = try? PinyinReader()
        var specific: [Place] = []
        var areaCores: [Place.Kind: Set<String>] = [:]
        var sites: [Place] = []
        var lineCounts: [String: Int] = [:]
        for place in places {
            if place.kind == .busRoute, PlaceExtractor.isLineNumber(place.core) {
                lineCounts[place.core, default: 0] += 1
            }
            if place.kind.isSpecific {
                if PlaceSuffixes.isSite(place) { sites.append(place) } else { specific.append(place) }
                if place.kind == .community || place.kind == .village || place.kind == .road {
                    // By core and by name: `恒达御府工地` stands at `恒达御府` (core `恒达御`).
                    for name in [place.core, place.name] where siteHosts[name] == nil { siteHosts[name] = place }
                }
            } else {
                areaPrefixes.insert(place.core)
                areaPrefixes.insert(place.name)
                areaCores[place.kind, default: []].insert(place.core)
            }
        }
        for (number, count) in lineCounts where count >= Self.frequentShortName {
            busLines[number] = Place(kind: .busRoute, name: number + "路", core: number)
        }
        for (kind, cores) in areaCores {
            for core in cores where core.count >= 3 {
                let shorter = (2...(core.count - 1)).lazy.map { String(core.suffix($0)) }.first { cores.contains($0) }
                if let shorter { areaCanonical[Key(kind: kind, core: core)] = shorter }
            }
        }
        specific += sites.map { host(of: $0) ?? $0 }
        var coresByKind: [Place.Kind: Set<String>] = [:]
        var occurrences: [Key: Int] = [:]
        var firmCores: Set<String> = []
        var worksCores: Set<String> = []
        var coreNames: [String: [String: Int]] = [:]
        var schools: [String: Place?] = [:]
        for place in specific {
            let core = base(of: place)
            // Of the name as written too: a school named by its district (`桐川实验`) has the key `实验`.
            for short in Set(Self.schoolShortNames(place, core: core) + Self.schoolShortNames(place, core: place.core)) {
                switch schools[short] {
                case nil: schools[short] = place
                case .some(.some(let other)) where base(of: other) == core: break
                default: schools[short] = .some(nil)
                }
            }
            // The names a name word or a brand may stand for; without common words there are none.
            if (core.count == 2 || place.kind == .organization) && !commonWords.isEmpty { coreNames[core, default: [:]][place.name, default: 0] += 1 }
            coresByKind[place.kind, default: []].insert(core)
            occurrences[Key(kind: place.kind, core: core), default: 0] += 1
            if PlaceSuffixes.isFirm(place) { firmCores.insert(core) }
            if place.kind == .organization && place.name.hasSuffix("厂") { worksCores.insert(core) }
        }
        var kindCounts: [String: [Place.Kind: Int]] = [:]
        // Names of characters, and brands with a letter among them (`泊e通`).
        for (key, count) in occurrences where key.core.unicodeScalars.count(where: \.isHan) >= 2
            && key.core.unicodeScalars.allSatisfy({ $0.isHan || ($0.isASCII && $0.properties.isAlphabetic) }) {
            kindCounts[key.core, default: [:]][key.kind] = count
        }
        for (core, counts) in kindCounts {
            let (kind, count) = counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }!
            if core.count >= Self.minimumMentionLength {
                gazetteer[core] = kind
            } else if count >= Self.frequentShortName && !areaPrefixes.contains(core) {
                shortGazetteer[core] = kind
            }
        }
        // A short name that begins or ends many longer ones is a word of many names (`星沙` of `星沙国际`,
        // `星沙文化`, …), too common alone to stand for one place.
        var extensions: [String: Int] = [:]
        for core in kindCounts.keys where core.count > 2 {
            for part in Set([String(core.prefix(2)), String(core.suffix(2))]) where shortGazetteer[part] != nil { extensions[part, default: 0] += 1 }
        }
        shortGazetteer = shortGazetteer.filter { (extensions[$0.key] ?? 0) <= Self.maximumExtensions }
        func usualName(_ core: String) -> String? {
            coreNames[core]?.max(by: { ($0.value, $1.key.count, $1.key) < ($1.value, $0.key.count, $0.key) })?.key
        }
        if !commonWords.isEmpty {
            for (word, kind) in shortGazetteer where !commonWords.contains(word) && !Self.hasNumber(word) {
                guard let count = kindCounts[word]?.values.max(), let name = usualName(word) else { continue }
                candidateNamings[word] = (count, Place(kind: kind, name: name, core: word), false)
            }
        }
        var beginnings: [String: String?] = [:]
        for core in gazetteer.keys where core.count > Self.minimumMentionLength {
            for length in Self.minimumMentionLength..<core.count {
                let prefix = String(core.prefix(length))
                guard gazetteer[prefix] == nil else { continue }
                beginnings[prefix] = beginnings[prefix] == nil ? core : .some(nil)
            }
        }
        shortForms = beginnings.compactMapValues { $0 }
        schoolShortNames = schools.compactMapValues { $0 }
        firmShortForms = Set(shortForms.filter { firmCores.contains($0.value) }.keys)
        if !commonWords.isEmpty {
            for (word, core) in shortForms where word.count <= Self.longestBrand && gazetteer[core] == .organization
                && candidateNamings[word] == nil && !commonWords.contains(word) && !Self.hasNumber(word) {
                guard let count = kindCounts[core]?[.organization], count >= Self.frequentShortName, let name = usualName(core) else { continue }
                candidateNamings[word] = (count, Place(kind: .organization, name: name, core: core), true)
            }
        }
        for (kind, cores) in coresByKind where kind != .busRoute {
            // A short name that begins or ends many longer ones is a generic word (`商贸`, `实验`), not a
            // variant. As a beginning it is judged on the names it begins alone: junk read before names
            // (`听说|星耀`, `教育局叫停|星耀`) only ever ends them.
            var starts: [String: Int] = [:], ends: [String: Int] = [:]
            for core in cores where core.count > 2 {
                for length in 2..<core.count {
                    let (prefix, suffix) = (String(core.prefix(length)), String(core.suffix(length)))
                    if cores.contains(prefix) { starts[prefix, default: 0] += 1 }
                    if cores.contains(suffix) { ends[suffix, default: 0] += 1 }
                }
            }
            let both = starts.merging(ends, uniquingKeysWith: +)
            let variants: [Side: Set<String>] = [.start: Set(starts.filter { $0.value <= Self.maximumStarts }.keys),
                                                 .end: Set(both.filter { $0.value <= Self.maximumExtensions }.keys)]
            let unique: [Side: Set<String>] = [.start: Set(starts.filter { $0.value == 1 }.keys), .end: Set(both.filter { $0.value == 1 }.keys)]
            var misspelt = pinyin.map { Self.misspellings(of: cores, kind: kind, occurrences: occurrences, pinyin: $0) } ?? [:]
            if kind == .organization {
                for (short, full) in Self.abbreviations(of: cores.intersection(firmCores)) where misspelt[short] == nil { misspelt[short] = full }
            }
            // Numbered names are variants only as roads, of a road whose number they keep (`英才天府三街`,
            // a brand read into the road's name, is `天府三街`), and as works (`沈阳第三橡胶厂`, `第三橡胶厂`):
            // every county has its `二中`.
            let variable = cores.filter { kind == .road || !Self.hasNumber($0) || worksCores.contains($0) }
            for (core, representative) in Self.variantGroups(variable, variants: variants, unique: unique,
                                                             misspelt: misspelt) {
                canonical[Key(kind: kind, core: core)] = Key(kind: kind, core: representative)
            }
        }
        // A name the operator wrote by its sound is the name of that sound spelt elsewhere.
        let heard: [Place.Kind: [String: String]] = pinyin.map { heardSpellings(specific, pinyin: $0) } ?? [:]
        for (kind, spellings) in heard {
            for (heard, usual) in spellings {
                let target = Key(kind: kind, core: usual)
                canonical[Key(kind: kind, core: heard)] = canonical[target] ?? target
            }
        }
        // A village is written without `村` (`俺枣园湾的`), where its name may end like an estate's; so are
        // the variants found of that name (`撵盘湾`).
        let villageCores = coresByKind[.village] ?? []
        var villageTargets: [Key: Key] = [:]
        for place in specific where place.kind == .community && villageCores.contains(stripDistricts(place.name)) {
            let (own, target) = (Key(kind: .community, core: base(of: place)), Key(kind: .village, core: stripDistricts(place.name)))
            villageTargets[canonical[own] ?? own] = canonical[target] ?? target
        }
        Self.redirect(&canonical, to: villageTargets)
        for (numbered, plain) in Self.worksNumbers(of: coresByKind[.community] ?? []) {
            let target = Key(kind: .community, core: plain)
            canonical[Key(kind: .community, core: numbered)] = canonical[target] ?? target
        }
        // A works' short names and the variants found of them go where its full name goes.
        var worksTargets: [Key: Key] = [:]
        for (short, representative) in Self.worksShortNames(of: coresByKind[.community] ?? [], works: Set(worksCores.map { $0 + "厂" })) {
            let target = Key(kind: .community, core: representative)
            worksTargets[Key(kind: .community, core: short)] = canonical[target] ?? target
        }
        worksTargets = worksTargets.filter { worksTargets[$0.value] == nil }
        Self.redirect(&canonical, to: worksTargets)
        // People shorten a name to its first or, from four characters on, its last two characters
        // (`禾嘉` for `禾嘉名苑`, `华芯那边`, `铭邸` for `溪岸铭邸`): a beginning or end of one name
        // only (its variants are that name: `鼎泰` of `鼎泰机械` and `鼎泰机械制造`), and of a name
        // written in several texts.
        func count(_ core: String) -> Int { kindCounts[core]?.values.max() ?? 0 }
        func sameName(_ a: String, _ b: String) -> Bool {
            guard let kindA = gazetteer[a], let kindB = gazetteer[b], kindA == kindB else { return false }
            return key(for: Place(kind: kindA, name: a, core: a)) == key(for: Place(kind: kindB, name: b, core: b))
        }
        var stemCores: [String: String?] = [:]
        // In byte order, which for these normalized names is `<`'s order at a fraction of its cost.
        for core in kindCounts.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) where core.count > 2 {
            let ends: Set<String> = core.count >= 4 ? [String(core.prefix(2)), String(core.suffix(2))] : [String(core.prefix(2))]
            for stem in ends {
                switch stemCores[stem] {
                case nil: stemCores[stem] = core
                case .some(.some(let other)) where sameName(other, core): stemCores[stem] = count(core) > count(other) ? core : other
                default: stemCores[stem] = .some(nil)
                }
            }
        }
        // A stem found as a name of its own is in the gazetteers already (their keys are `kindCounts`').
        let uniqueStems = stemCores.compactMapValues { $0 }.filter { stem, core in
            gazetteer[core] != nil && kindCounts[stem] == nil && !areaPrefixes.contains(stem)
        }
        stems = uniqueStems.filter { count($0.value) >= Self.frequentShortName }
        // One works by its variants' one name (`沈阳第三橡胶厂` is `第三橡胶厂`).
        let works = Set(worksCores.map { canonical[Key(kind: .organization, core: $0)]?.core ?? $0 })
        for (short, core) in Self.worksAbbreviations(of: works.filter { count($0) >= Self.frequentShortName && gazetteer[$0] != nil })
        where stems[short] == nil && count(short) < Self.frequentShortName && !areaPrefixes.contains(short) {
            stems[short] = core
        }
        unprovenStems = uniqueStems.filter { stem, core in
            count(core) < Self.frequentShortName && firmCores.contains(core) && core.hasPrefix(stem) && commonWords.contains(String(core.dropFirst(2)))
        }
        if let pinyin, !unknownCharacters.isEmpty {
            soundAlikes = Self.soundAlikes(of: gazetteer.keys.filter { count($0) >= Self.frequentSpelling }, known: kindCounts,
                                           among: unknownCharacters, pinyin: pinyin)
        }
        for name in [Array(gazetteer.keys), Array(shortGazetteer.keys), Array(stems.keys), Array(shortForms.keys), Array(soundAlikes.keys),
                     Array(schoolShortNames.keys)].joined() {
            if let opening = Self.opening(name.unicodeScalars) { openings.insert(opening) }
            if let unmarked = Self.withoutOrdinalMark(name), let opening = Self.opening(unmarked.unicodeScalars) { openings.insert(opening) }
        }
    }

    /// The short names people call a school by: the first character of each word of its name and of its
    /// kind. A numbered school's numeral, the first character of the rest and of its kind (`三实小` for
    /// `第三实验小学`, `二实中` for `第二实验中学`); a school named by a place and a word of two characters
    /// each, the place's first character or the whole place, then the word's first character and the
    /// kind's (`桐实中` for `桐川实验中学`, `东湖实小` for `东湖实验小学`). The first of these also without
    /// `中`, which as a stop word is no term before a word (`桐|实|中|门口`).
    static func schoolShortNames(_ place: Place, core: String) -> [String] {
        guard place.kind == .organization, let (suffix, _) = PlaceSuffixes.suffix(of: place.name), suffix == "小学" || suffix == "中学",
              core.count == 4 || (core.hasPrefix("第") && core.count > 4) else { return [] }
        let kind = suffix.first!
        if core.hasPrefix("第") {
            let rest = core.dropFirst()
            guard let numeral = rest.first, ordinalDigits.contains(numeral), let word = rest.dropFirst().first, !ordinalDigits.contains(word) else { return [] }
            return [String([numeral, word, kind])]
        }
        let characters = Array(core)
        guard core.unicodeScalars.allSatisfy(\.isHan), !hasNumber(core) else { return [] }
        let initials = String([characters[0], characters[2]])
        return [initials + String(kind), String(characters[0...2] + [kind])] + (kind == "中" ? [initials] : [])
    }

    /// A name that begins with an ordinal (`第三实验`) without its mark `第` (`三实验`): people drop it.
    private static func withoutOrdinalMark(_ name: String) -> String? {
        guard name.hasPrefix("第"), let numeral = name.dropFirst().first, ordinalDigits.contains(numeral) else { return nil }
        return String(name.dropFirst())
    }

    private static let ordinalDigits = Set("一二三四五六七八九十")

    /// Estates named by a numbered works (`第二纺织厂|宿舍`, `机床一厂|宿舍`) whose name people also write
    /// without the number (`纺织厂宿舍`, `机床厂宿舍`), to that name: when no other number of the works is
    /// among `cores`, the residents of the one works' housing drop what they need not say. With two
    /// numbers (`第一纺织厂`, `第二纺织厂`) the plain name may be either.
    static func worksNumbers(of cores: Set<String>) -> [String: String] {
        var numbered: [String: [String]] = [:]
        for core in cores {
            guard let plain = withoutWorksNumber(core), plain.count >= 2, cores.contains(plain) else { continue }
            numbered[plain, default: []].append(core)
        }
        var plainNames: [String: String] = [:]
        for (plain, cores) in numbered where cores.count == 1 { plainNames[cores[0]] = plain }
        return plainNames
    }

    /// Estates named by a works of a brand and a trade (`红星机械厂|宿舍`, `通用机器厂|家属院`) that people
    /// also name by the brand's and the trade's first characters (`红机宿舍`, `通机厂家属院`) or by the
    /// brand and the works (`红星厂宿舍`, `通用厂家属院`): the residents of one works' housing call it
    /// as its workers call the works. `works` are the works' names (`红星机械厂`) among the estates'
    /// `cores` and the organizations'; each name of these forms found among `cores` and standing for one
    /// works goes to the first found of the works' full name, its initials, its initials with `厂`.
    static func worksShortNames(of cores: Set<String>, works: Set<String>) -> [String: String] {
        var owner: [String: String?] = [:]
        var forms: [String: [String]] = [:]
        for name in works.union(cores) where name.count == 5 && name.hasSuffix("厂") && name.unicodeScalars.allSatisfy(\.isHan) && !hasNumber(name) {
            let characters = Array(name)
            let initials = String([characters[0], characters[2]])
            let found = [name, initials, initials + "厂", String(characters[0...1]) + "厂"].filter(cores.contains)
            guard found.count >= 2 else { continue }
            forms[name] = found
            for form in found { owner[form] = owner[form] == nil ? name : .some(nil) }
        }
        var representatives: [String: String] = [:]
        for (name, found) in forms {
            let own = found.filter { owner[$0] == .some(name) }
            for form in own.dropFirst() { representatives[form] = own[0] }
        }
        return representatives
    }

    /// What people call a numbered works: its number and a character of its trade (`三胶` for
    /// `第三橡胶厂`, `二纺` for `第二纺织厂`), to its core; only those that stand for one works.
    static func worksAbbreviations(of cores: some Sequence<String>) -> [String: String] {
        var found: [String: String?] = [:]
        for core in cores {
            guard let plain = withoutWorksNumber(core), plain.count >= 2,
                  let number = core.first(where: ordinalDigits.contains), !core.contains("十") else { continue }
            for character in plain.prefix(2) {
                let short = String([number, character])
                found[short] = found[short] == nil ? core : .some(nil)
            }
        }
        return found.compactMapValues { $0 }
    }

    /// `core` without its one number of a works, `第` included (`第二纺织厂`, `机床一厂`, `橡胶三厂`);
    /// nil when it has none or more than one.
    private static func withoutWorksNumber(_ core: String) -> String? {
        let characters = Array(core)
        guard let start = characters.firstIndex(where: ordinalDigits.contains) else { return nil }
        let end = characters[start...].firstIndex { !ordinalDigits.contains($0) } ?? characters.endIndex
        guard end - start <= 2, !characters[end...].contains(where: ordinalDigits.contains) else { return nil }
        let from = start > 0 && characters[start - 1] == "第" ? start - 1 : start
        return String(characters[..<from] + characters[end...])
    }

    /// The first two characters of `scalars` as one number; nil when there are fewer.
    private static func opening(_ scalars: some Sequence<Unicode.Scalar>) -> UInt64? {
        var iterator = scalars.makeIterator()
        guard let first = iterator.next(), let second = iterator.next() else { return nil }
        return UInt64(first.value) << 32 | UInt64(second.value)
    }

    /// Names written with a homophone of one character of a name written far more often, to that name:
    /// `枫林弯` (once) is `枫林湾` (fifty times); of two characters from three on (`卢慈坳` is `鸬鹚坳`).
    /// Two names of about equal weight are two places. Two
    /// characters sound alike by chance more often (`新兴` and `新星`, `黄兴` and `黄星`),
    /// so a two-character name must be the usual one of ``frequentShortSpelling`` texts or more and
    /// ``shortSpellingRatio`` times its homophone's: `力健健身` of thirty texts takes `丽健健身` of one.
    private static func misspellings(of cores: Set<String>, kind: Place.Kind, occurrences: [Key: Int], pinyin: PinyinReader) -> [String: String] {
        var bySound: [String: [String]] = [:]
        for core in cores where core.count >= minimumMisspeltLength && core.unicodeScalars.allSatisfy(\.isHan) {
            bySound[pinyin.read(core), default: []].append(core)
        }
        var misspelt: [String: String] = [:]
        for spellings in bySound.values where spellings.count > 1 {
            let count = { occurrences[Key(kind: kind, core: $0)] ?? 0 }
            let usual = spellings.max { (count($0), $1) < (count($1), $0) }!
            let (least, ratio) = usual.count > 2 ? (frequentSpelling, spellingRatio) : (frequentShortSpelling, shortSpellingRatio)
            for spelling in spellings where spelling != usual && count(usual) >= least && count(spelling) * ratio <= count(usual)
                && zip(spelling, usual).filter({ $0 != $1 }).count <= (usual.count > 2 ? 2 : 1) {
                misspelt[spelling] = usual
            }
        }
        return misspelt
    }

    /// Each spelling of `names` (all Chinese characters) with one character swapped for a character of
    /// `characters` of the same toneless pinyin, to the name; spellings that are `known` names, or that
    /// two names share, are left out.
    private static func soundAlikes(of names: [String], known: [String: [Place.Kind: Int]], among characters: Set<Character>,
                                    pinyin: PinyinReader) -> [String: String] {
        var bySound: [String: [Character]] = [:]
        for character in characters where character.unicodeScalars.allSatisfy(\.isHan) {
            bySound[pinyin.read(String(character)), default: []].append(character)
        }
        var found: [String: String?] = [:]
        for name in names where name.unicodeScalars.allSatisfy(\.isHan) {
            let characters = Array(name)
            for (position, character) in characters.enumerated() {
                for homophone in bySound[pinyin.read(String(character))] ?? [] where homophone != character {
                    var spelling = characters
                    spelling[position] = homophone
                    let variant = String(spelling)
                    guard known[variant] == nil else { continue }
                    found[variant] = found[variant] == nil ? name : .some(nil)
                }
            }
        }
        return found.compactMapValues { $0 }
    }

    /// Cores of names written by their sound (``Place/isPhonetic``), by kind, to the core of the name of
    /// the same sound spelt most often elsewhere: `杨六村（音）` is `杨柳村`, `金桂园小区（音）` is
    /// `金桂苑小区`, whatever their length, since the operator says the spelling is a guess.
    private func heardSpellings(_ places: [Place], pinyin: PinyinReader) -> [Place.Kind: [String: String]] {
        let heard = places.filter(\.isPhonetic)
        guard !heard.isEmpty else { return [:] }
        let kinds = Set(heard.map(\.kind))
        var written: [Place: Int] = [:]
        for place in places where !place.isPhonetic && kinds.contains(place.kind) { written[place, default: 0] += 1 }
        var bySound: [Place.Kind: [String: [String: Int]]] = [:]
        for (place, count) in written { bySound[place.kind, default: [:]][pinyin.read(place.name), default: [:]][base(of: place), default: 0] += count }
        var spellings: [Place.Kind: [String: String]] = [:]
        for place in heard {
            let core = base(of: place)
            guard let usual = bySound[place.kind]?[pinyin.read(place.name)]?.filter({ $0.key != core })
                .max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key else { continue }
            spellings[place.kind, default: [:]][core] = usual
        }
        return spellings
    }

    /// Least occurrences of a name whose homophones written ``spellingRatio`` times less often are taken for it.
    static let frequentSpelling = 3
    /// How many times more often a name is written than a homophone taken for it.
    static let spellingRatio = 3
    /// Least occurrences of a two-character name whose homophones are taken for it.
    static let frequentShortSpelling = 6
    /// How many times more often a two-character name is written than a homophone taken for it.
    static let shortSpellingRatio = 5
    /// Shortest name whose homophones are taken for misspellings.
    static let minimumMisspeltLength = 2

    /// Which end of a longer name a shorter one stands at.
    private enum Side { case start, end }

    /// Each core joined with the shortest name in `variants` (two characters or more) that begins or
    /// ends it, where the rest has no number (`十|一中` is no `一中`), repeatedly, with every name in
    /// `unique` (names that begin, or end, this core only) and with the spelling `misspelt` gives for it: `金源御景` is one place with `金源` and with `御景`.
    /// Every group is keyed by its shortest name (then the smallest), whatever order the cores come in.
    private static func variantGroups(_ cores: Set<String>, variants: [Side: Set<String>], unique: [Side: Set<String>],
                                      misspelt: [String: String]) -> [String: String] {
        var parent: [String: String] = [:]
        func root(_ name: String) -> String {
            var name = name
            while let next = parent[name], next != name { name = next }
            return name
        }
        func join(_ a: String, _ b: String) {
            let (ra, rb) = (root(a), root(b))
            guard ra != rb else { return }
            // The shorter name (then the smaller) keys the group.
            if (ra.count, ra) < (rb.count, rb) { parent[rb] = ra } else { parent[ra] = rb }
        }
        let (uniqueStarts, uniqueEnds) = (unique[.start] ?? [], unique[.end] ?? [])
        for core in cores {
            if let spelling = misspelt[core] { join(core, spelling) }
            join(core, shortestVariant(of: core, starts: variants[.start] ?? [], ends: variants[.end] ?? []))
            for length in stride(from: 2, to: core.count, by: 1) {
                let (prefix, suffix) = (String(core.prefix(length)), String(core.suffix(length)))
                if uniqueStarts.contains(prefix) && !hasNumber(String(core.dropFirst(length))) { join(core, prefix) }
                if uniqueEnds.contains(suffix) && !hasNumber(String(core.dropLast(length))) { join(core, suffix) }
            }
        }
        return Dictionary(uniqueKeysWithValues: cores.map { ($0, root($0)) })
    }

    /// Firm names shortened as Chinese shortens them, by dropping characters and keeping the rest in
    /// order (`恒通客运` and `恒通汽运` of `恒通汽车客运`), to the one longer name that each shortens
    /// with the same first two and last characters, dropping a word's length or more (`祥玉商贸` and
    /// `祥玉禾商贸` are two brands). Not names with numbers (`第十` is no `第十三`).
    static func abbreviations(of cores: Set<String>) -> [String: String] {
        var byStart: [Substring: [String]] = [:]
        for core in cores where core.count >= 4 && core.unicodeScalars.allSatisfy(\.isHan) && !hasNumber(core) {
            byStart[core.prefix(2), default: []].append(core)
        }
        var found: [String: String] = [:]
        for names in byStart.values where names.count >= 2 {
            for short in names {
                let longer = names.filter { $0.count >= short.count + 2 && $0.last == short.last && !$0.hasPrefix(short) && Abbreviation.keepsOrder(short, in: $0) }
                if longer.count == 1 { found[short] = longer[0] }
            }
        }
        return found
    }

    /// Sends each key of `targets`, and every key that `canonical` sends to it, to its target.
    private static func redirect(_ canonical: inout [Key: Key], to targets: [Key: Key]) {
        guard !targets.isEmpty else { return }
        for (key, value) in canonical { if let target = targets[value] { canonical[key] = target } }
        canonical.merge(targets) { $1 }
    }

    private static let numberCharacters = Set("〇一二两俩三四五六七八九十第")
    /// Characters that count only beside a numeral (`一百`, `二零`): alone they are words of names and
    /// trades (`百花`, `千峰`, `零部件`).
    private static let magnitudeCharacters = Set("零百千")

    /// Whether a name has a number in it (`12路`, `十一中`), which is not a variant of the name without
    /// it (`一中`). Not `万` or `亿`, which name shops and estates (`万家福`, `亿达`) far more often than they
    /// count, nor `零`, `百`, `千` but beside a numeral (`汽车零部件`, `百花`, `千峰`).
    static func hasNumber(_ core: String) -> Bool {
        func isNumeral(_ character: Character) -> Bool { (character.isASCII && character.isNumber) || numberCharacters.contains(character) }
        let characters = Array(core)
        return characters.indices.contains { index in
            isNumeral(characters[index]) || magnitudeCharacters.contains(characters[index])
                && [index - 1, index + 1].contains { characters.indices.contains($0) && isNumeral(characters[$0]) }
        }
    }

    /// The shortest name (two characters or more) in `starts` that begins `core` or in `ends` that
    /// ends it, the rest without a number; `core` itself when there is none. Repeated, since a prefix
    /// may in turn end in a shorter name.
    private static func shortestVariant(of core: String, starts: Set<String>, ends: Set<String>) -> String {
        var current = core
        while current.count > 2 {
            var next: String? = nil
            for length in 2..<current.count {
                let prefix = String(current.prefix(length)), suffix = String(current.suffix(length))
                if starts.contains(prefix) && !hasNumber(String(current.dropFirst(length))) {
                    next = prefix
                } else if ends.contains(suffix) && !hasNumber(String(current.dropLast(length))) {
                    next = suffix
                }
                if next != nil { break }
            }
            guard let next else { break }
            current = next
        }
        return current
    }

    /// The estate, village or road a site is named after (`蓝山郡搅拌站` is at `蓝山郡`, found as
    /// `蓝山郡小区` elsewhere): the texts about it are about that place. So is a works named by that
    /// place and its trade (`南塘砖厂` is at `南塘村`; ``PlaceSuffixes/isTradeOnly(_:)``), and a market
    /// named by its street.
    public func host(of site: Place) -> Place? {
        if PlaceSuffixes.isSite(site) {
            // A station or development named after the road it stands on: `凤浦站|工地` on `凤浦路`.
            return siteHosts[site.core] ?? PlaceSuffixes.roadsideNames.lazy.compactMap { [siteHosts] word in
                site.core.hasSuffix(word) && site.core.count - word.count >= 2
                    ? siteHosts[String(site.core.dropLast(word.count))].flatMap { $0.kind == .road ? $0 : nil } : nil
            }.first
        }
        guard site.kind == .organization else { return nil }
        // A market named by its street is known by the street's name alone (`桷子街市场`, `桷子街那个公平秤`).
        if let word = PlaceSuffixes.marketWords.first(where: site.name.hasSuffix), case let name = String(site.name.dropLast(word.count)),
           let street = siteHosts[name], street.kind == .road, street.name == name {
            return street
        }
        guard site.name.hasSuffix("厂") else { return nil }
        let core = Array(site.core)
        return (2..<max(2, core.count)).reversed().lazy.compactMap { length in
            PlaceSuffixes.isTradeOnly(String(core[length...])) ? siteHosts[String(core[..<length])] : nil
        }.first
    }

    /// The place a name of two characters the segmenter split stands for (`和兴` of `和兴小区`), when the
    /// corpus writes it with its suffix in ``frequentShortName`` texts or more.
    public func splitName(_ pair: String) -> Place? {
        shortGazetteer[pair].map { Place(kind: $0, name: pair, core: pair) }
    }

    /// The bus line a number standing alone names (`今天327真的没了`), when texts name it with its `路`.
    public func busLine(numbered number: String) -> Place? { busLines[number] }

    /// Admits the ``nameWordCandidates`` that the texts write alone (`bareUses`: texts with the word as
    /// a term of its own) at most a third as often (``nameWordShare``) as with a suffix: a word written
    /// mostly as a name is one (`博济` alone in 3 texts, `博济医院` in 33), while a word of the matter
    /// that also names places is written alone about as often (`沿河` in 4 texts, `沿河路` and others in 6).
    /// A brand is the rare word a longer name begins, which people write for the name far more often
    /// (`启明星` alone in 12 texts, `启明星教育培训学校` in 5): it is admitted while written alone at most
    /// three times as often as in full, not when it has become a word of the corpus's matters.
    public mutating func admitNameWords(bareUses: [String: Int]) {
        for (word, naming) in candidateNamings {
            let bare = bareUses[word, default: 0]
            guard naming.isBrand ? bare <= Self.nameWordShare * naming.count : bare * Self.nameWordShare <= naming.count else { continue }
            nameWords[word] = naming.place
        }
    }

    /// Admits the ``unprovenStems`` of firms that ``frequentShortName`` texts or more name, counting the
    /// texts that write the name without its suffix (`places`: each text's places, mentions included):
    /// `迅达物流有限公司` once and `迅达物流` in four more texts make `迅|达` that firm. Returns the stems admitted.
    public mutating func admitStems(naming places: some Sequence<[Place]>) -> Set<String> {
        guard !unprovenStems.isEmpty else { return [] }
        let names = Set(unprovenStems.values)
        var texts: [String: Int] = [:]
        for textPlaces in places {
            for core in Set(textPlaces.lazy.filter(\.kind.isSpecific).map(base(of:))) where names.contains(core) { texts[core, default: 0] += 1 }
        }
        var admitted: Set<String> = []
        for (stem, core) in unprovenStems where texts[core, default: 0] >= Self.frequentShortName {
            stems[stem] = core
            admitted.insert(stem)
            if let opening = Self.opening(stem.unicodeScalars) { openings.insert(opening) }
        }
        return admitted
    }

    /// Whether two one-character terms side by side make one of `stems`.
    public static func splitsOne(of stems: Set<String>, in terms: [String]) -> Bool {
        zip(terms, terms.dropFirst()).contains { $0.count == 1 && $1.count == 1 && stems.contains($0 + $1) }
    }

    /// Known names mentioned without their suffix in a run of terms (two terms or more, or one
    /// admitted name word): the place and the term range.
    public func mentions(in terms: [String]) -> [(place: Place, terms: Range<Int>)] {
        guard !gazetteer.isEmpty || !shortGazetteer.isEmpty else { return [] }
        // Letters in either case (`泊E通` is `泊e通`); most texts hold no term in letters, and are read as they are.
        func isLetters(_ term: String) -> Bool { term.utf8.first.map { $0 < 0x80 } == true }
        let terms = terms.contains(where: isLetters) ? terms.map { isLetters($0) ? $0.lowercased() : $0 } : terms
        var found: [(place: Place, terms: Range<Int>)] = []
        var start = 0
        while start < terms.count {
            let next = start + 1 < terms.count ? terms[start + 1].unicodeScalars : "".unicodeScalars
            guard let opening = Self.opening([terms[start].unicodeScalars, next].joined()), openings.contains(opening) else {
                start += 1
                continue
            }
            var name = ""
            var match: (Place, Range<Int>)? = nil
            var exact = false
            for end in start..<min(terms.count, start + Self.maximumMentionTerms) {
                name += terms[end]
                if name.count > PlaceExtractor.maximumCoreLength(.organization) { break }
                // A single term is a dictionary word (`自来水`): names the segmenter does not know span
                // several, and those it knows are admitted name words (`博济`).
                guard end > start else {
                    if let place = nameWords[name] {
                        match = (place, start..<(end + 1))
                        exact = true
                    }
                    continue
                }
                let splitPair = end == start + 1 && terms[start].count == 1 && terms[end].count == 1
                if splitPair, let kind = shortGazetteer[name] {
                    match = (Place(kind: kind, name: name, core: name), start..<(end + 1))
                    exact = true
                } else if splitPair, let core = stems[name], let kind = gazetteer[core] {
                    match = (Place(kind: kind, name: core, core: core), start..<(end + 1))
                } else if let kind = gazetteer[name] {
                    match = (Place(kind: kind, name: name, core: name), start..<(end + 1))
                    exact = true
                } else if let core = soundAlikes[name], let kind = gazetteer[core], Self.isMisheard(terms[start...end], as: core) {
                    // No known name is a sound-alike: looked up only when the gazetteer misses.
                    match = (Place(kind: kind, name: core, core: core), start..<(end + 1))
                    exact = true
                } else if let school = schoolShortNames[name] {
                    match = (school, start..<(end + 1))
                    exact = true
                } else if let first = name.first, Self.ordinalDigits.contains(first), let kind = gazetteer["第" + name] {
                    // An ordinal without its mark: `三|实验` is `第三实验` (`第三实验中学`).
                    match = (Place(kind: kind, name: "第" + name, core: "第" + name), start..<(end + 1))
                    exact = true
                } else if !exact, let core = shortForms[name], let kind = gazetteer[core],
                          terms[start...end].contains(where: { $0.count == 1 })
                            || (firmShortForms.contains(name) && !commonWords.isEmpty && !commonWords.contains(terms[start])) {
                    // A short form of an unknown name comes split into characters (`泓|锦|机械`); one made of
                    // dictionary words only is a phrase that a misread name happens to begin with (`户口|迁入`,
                    // `中意|一路` of a hotel read as `中意一路前进酒店`), unless it is a firm's and its first word is
                    // one the general vocabulary rarely uses: the brand (`宏远|电子` of `宏远电子科技有限公司`).
                    // A known name is not read on into a longer one it begins (`枫林居|电梯` is not
                    // `枫林居电梯维保公司`).
                    match = (Place(kind: kind, name: core, core: core), start..<(end + 1))
                }
            }
            if let match {
                found.append(match)
                start = match.1.upperBound
            } else {
                start += 1
            }
        }
        return found
    }

    /// Whether the character of `terms` that differs from `name` is one the segmenter left alone beside
    /// another (`小|象|果`, `锦|秀|江南`): a misheard name is no word of the dictionary, while a word
    /// and a character after it (`清|水塘|原`) are the text's own words.
    private static func isMisheard(_ terms: ArraySlice<String>, as name: String) -> Bool {
        guard let position = zip(terms.joined(), name).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset else { return false }
        var offset = 0
        for index in terms.indices {
            offset += terms[index].count
            guard offset > position else { continue }
            let single = { (i: Int) in terms.indices.contains(i) && terms[i].count == 1 }
            return single(index) && (single(index - 1) || single(index + 1))
        }
        return false
    }

    /// The key `place` is compared by.
    public func key(for place: Place) -> Key {
        guard place.kind.isSpecific else {
            let key = Key(kind: place.kind, core: place.core)
            return areaCanonical[key].map { Key(kind: place.kind, core: $0) } ?? key
        }
        let key = Key(kind: place.kind, core: base(of: place))
        return canonical[key] ?? key
    }

    /// The core without district prefixes and without a stacked suffix of its own kind: `金澜苑小区`
    /// and `金澜苑` are one name (`金澜`).
    private func base(of place: Place) -> String {
        // Letters in brand names are written either way: `禾信E贷` is `禾信e贷`.
        let core = stripDistricts(place.core).lowercased()
        guard !PlaceSuffixes.isNumbered(place) else { return core }
        guard let (suffix, kind) = PlaceSuffixes.suffix(of: core), kind == place.kind, core.count - suffix.count >= 2,
              !PlaceSuffixes.nameSuffixes.contains(suffix) else { return core }
        return String(core.dropLast(suffix.count))
    }

    /// `张店银泰城` → `银泰城` when `张店` names a district; keeps at least two characters, and a town's
    /// name before what every town has (`石门中心`).
    private func stripDistricts(_ core: String) -> String {
        var core = Substring(core)
        var stripped = true
        while stripped {
            stripped = false
            for length in stride(from: min(6, core.count - 2), through: 1, by: -1)
            where areaPrefixes.contains(String(core.prefix(length))) && !PlaceSuffixes.townInstitutionCores.contains(String(core.dropFirst(length))) {
                core = core.dropFirst(length)
                stripped = true
                break
            }
        }
        return String(core)
    }
}
