import MinyiText

/// Describes a group of texts: characteristic keywords, places, the most central texts and a title.
struct ConcernSummarizer {
    let feedback: [Feedback]
    let profiles: [FeedbackProfile]
    let vectors: TermVectors
    /// The name each place is shown with (``ConcernGrouping/shownNames``).
    let shownNames: [Place: String]
    let analyzer: TextAnalyzer
    let masker: PersonalDataMasker
    static let keywordCount = 6
    static let exampleCount = 3
    static let placeCount = 4

    func concern(_ group: RankedGroup, rank: Int) -> Concern {
        let members = group.members
        var centroid: [Int32: Float] = [:]
        var coverage: [Int32: Int] = [:]
        for member in members {
            let (ids, weights) = vectors.vector(member)
            for (id, weight) in zip(ids, weights) {
                centroid[id, default: 0] += weight
                coverage[id, default: 0] += 1
            }
        }
        let written = Set(members.lazy.flatMap { profiles[$0].terms + profiles[$0].fragments })
        let ranked = rankedTerms(centroid: centroid.filter { written.contains(vectors.terms[Int($0.key)]) }, coverage: coverage, size: members.count)
        let keywords = Self.keywords(ranked)
        let central = members.map { member -> (Int, Float) in
            let (ids, weights) = vectors.vector(member)
            var dot: Float = 0
            for (id, weight) in zip(ids, weights) { dot += weight * (centroid[id] ?? 0) }
            return (member, dot)
        }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.map(\.0)
        let (district, specific) = placeNames(members)
        let places = (district.map { [$0] } ?? []) + specific
        let routing = majorityRouting(members)
        let times = members.compactMap { feedback[$0].time }
        return Concern(
            rank: rank,
            title: masker.mask(title(district: district, places: specific, keywords: Array(ranked.prefix(Self.keywordCount)),
                                     central: central.first.map { feedback[$0] })),
            count: group.count,
            texts: members.count,
            hotness: group.hotness,
            department: routing.department ?? "manual",
            topic: routing.topic,
            keywords: keywords.map(masker.mask),
            places: places.map(masker.mask),
            examples: central.prefix(Self.exampleCount).map { Example(id: feedback[$0].id, text: masker.mask(feedback[$0].fullText)) },
            ids: members.map { feedback[$0].id },
            firstSeen: times.min()?.description,
            lastSeen: times.max()?.description)
    }

    /// Times of day and spans of time: when a matter happens, not what it is, so no title word on their
    /// own (`96路 公交、分钟`, `润丰化工 晚上、环保`, `化工晚上`).
    static let timeWords: Set<String> = ["早上", "早晨", "上午", "中午", "下午", "傍晚", "晚上", "夜里", "夜间", "半夜", "深夜",
                                         "凌晨", "白天", "每天", "天天", "每晚", "今天", "昨天", "分钟", "小时", "时间", "一天",
                                         "几天", "多年", "一年", "几年", "平时", "周末"]

    /// Units of an address inside a place (`5|栋`, `12|号|楼|1|单元`): where, not what, so never a keyword.
    static let addressUnits: Set<String> = ["号", "楼", "号楼", "栋", "幢", "座", "单元", "层", "室", "户"]

    /// Terms by weight × share of members using them, best first; single characters count half, and
    /// terms of one member only come last in a group of several. `centroid` holds only the words the
    /// members wrote: the heads and tails the vectors add (`独生子女证` → `女证`) match wordings, they
    /// do not describe them.
    private func rankedTerms(centroid: [Int32: Float], coverage: [Int32: Int], size: Int) -> [String] {
        let scored = centroid.filter { !Self.addressUnits.contains(vectors.terms[Int($0.key)]) }.map { id, weight -> (Int32, Float, Bool) in
            let share = Float(coverage[id] ?? 0) / Float(size)
            let single = vectors.terms[Int(id)].count == 1
            return (id, weight * share * (single ? 0.5 : 1), size == 1 || (coverage[id] ?? 0) >= 2)
        }
        return scored.sorted { a, b in
            a.2 != b.2 ? a.2 : a.1 != b.1 ? a.1 > b.1 : a.0 < b.0
        }.prefix(Self.keywordCount * 2).map { vectors.terms[Int($0.0)] }
    }

    /// The keywords shown: the best words, then single characters that are not part of a longer term
    /// among them (`泉塘`, not `泉` and `塘` beside it; `榔`, `梨` of a name the segmenter split come
    /// last). The title reads the terms as ranked, since two characters may make its phrase (`榔|梨`).
    static func keywords(_ ranked: [String]) -> [String] {
        let longer = ranked.filter { $0.count > 1 }
        return Array((longer + ranked.filter { $0.count == 1 && !isCharacter($0, ofOneOf: longer) }).prefix(keywordCount))
    }

    /// Whether `term` is a single character of one of the `longer` terms (`泉` of `泉塘`).
    static func isCharacter(_ term: String, ofOneOf longer: [String]) -> Bool {
        term.count == 1 && longer.contains { $0.contains(term) }
    }

    /// The district most members name, and up to four places at least a third of them name, most
    /// named first. Each place shows the spelling of its key written most often in the corpus.
    private func placeNames(_ members: [Int]) -> (district: String?, places: [String]) {
        var counts: [String: Int] = [:]
        var districtCounts: [String: Int] = [:]
        for member in members {
            for name in Set(profiles[member].places.filter(\.kind.isSpecific).map { shownNames[$0] ?? $0.name }) {
                counts[name, default: 0] += 1
            }
            for place in Set(profiles[member].places) {
                if place.kind == .district {
                    districtCounts[place.name, default: 0] += 1
                }
            }
        }
        // A place of the group is named by a third of its members, and by two when it has two.
        let threshold = max(min(2, members.count), (members.count + 2) / 3)
        let order: ((key: String, value: Int), (key: String, value: Int)) -> Bool = {
            $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key
        }
        var names = counts.filter { $0.value >= threshold }.sorted(by: order).map(\.key)
        // Spellings of one place (`银泰小区`, `银泰城小区`) show once: keep the most named.
        names = Array(names.enumerated().filter { index, name in
            !names[..<index].contains { $0.hasPrefix(name.dropLast(1)) || name.hasPrefix($0.dropLast(1)) }
        }.map(\.element).prefix(Self.placeCount))
        return (districtCounts.filter { $0.value >= threshold }.sorted(by: order).first?.key, names)
    }

    private func majorityRouting(_ members: [Int]) -> RoutingLabel {
        var counts: [RoutingLabel: Int] = [:]
        for member in members { counts[profiles[member].routing.shown, default: 0] += 1 }
        return counts.max { a, b in
            a.value != b.value ? a.value < b.value : (a.key.department ?? "", a.key.topic ?? "") > (b.key.department ?? "", b.key.topic ?? "")
        }?.key ?? .manual
    }

    /// `张店区银泰城小区 暖气不热`: district and main place, then the shortest phrase of the most central
    /// text that holds the two top keywords the place does not already say (`周村` is in `周村区…`),
    /// neither a time nor a character of a longer keyword; else two keywords, or the longer of the top
    /// two when one says the other.
    private func title(district: String?, places: [String], keywords: [String], central: Feedback?) -> String {
        var place = places.first ?? district ?? ""
        if let district, let main = places.first, !main.hasPrefix(district.dropLast()) { place = district + main }
        // A time (`晚上`, `分钟`) says when, not what: never one of the two; nor a character of a longer
        // keyword (`赣` of `长赣`: the phrase is `长赣高铁`, not `赣高铁`).
        let longer = keywords.filter { $0.count > 1 }
        let unsaid = keywords.filter { !place.contains($0) && !Self.timeWords.contains($0) && !Self.isCharacter($0, ofOneOf: longer) }
        // Without a phrase, two of the top three keywords, words before single characters (`公交、线路`,
        // not `公交、泉`), less the ones another says (`交房、开发商`, not `交房、开发`); when the top two
        // nest, the longer is the phrase (`暖气不热`, not `暖气不热、热力`).
        let words = unsaid.filter { $0.count > 1 }
        let candidates = Array((words.count >= 2 ? words : unsaid).prefix(3))
        var distinct = candidates.filter { keyword in !candidates.contains { $0 != keyword && $0.contains(keyword) } }
        if candidates.count >= 2, candidates[0].contains(candidates[1]) || candidates[1].contains(candidates[0]) {
            distinct = [candidates[0].count > candidates[1].count ? candidates[0] : candidates[1]]
        }
        let matter = phrase(keywords: Array(unsaid.prefix(2)), in: central) ?? distinct.prefix(2).joined(separator: "、")
        return [place, matter].filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// The shortest run of `central` (no punctuation) that begins with one of the two keywords and ends
    /// with the other beginning at most four tokens later, the first such run when several are as
    /// short. A keyword may span tokens: a name the segmenter split (`长|赣` of `长赣高铁`) is a keyword
    /// as one fragment.
    private func phrase(keywords: [String], in central: Feedback?) -> String? {
        guard let central, keywords.count == 2 else { return nil }
        let tokens = analyzer.analyze(central.fullText).tokens
        var spans: [(tokens: Range<Int>, keyword: String)] = []
        for start in tokens.indices {
            var text = ""
            for end in start..<min(tokens.count, start + Self.keywordTokens) {
                if tokens[end].kind == .punctuation || tokens[end].kind == .whitespace { break }
                text += tokens[end].text
                // Most tokens begin no keyword: one prefix test each ends the search there.
                guard keywords.contains(where: { $0.hasPrefix(text) }) else { break }
                if keywords.contains(text) { spans.append((start..<(end + 1), text)) }
            }
        }
        var best: Range<Int>? = nil
        // Spans come in order of their first token: the ones after `first` within reach follow it.
        for (index, first) in spans.enumerated() {
            for second in spans[(index + 1)...] {
                if second.tokens.lowerBound >= first.tokens.lowerBound + Self.phraseTokens { break }
                let run = first.tokens.lowerBound..<second.tokens.upperBound
                guard second.keyword != first.keyword, second.tokens.lowerBound >= first.tokens.upperBound,
                      !tokens[run].contains(where: { $0.kind == .punctuation || $0.kind == .whitespace }) else { continue }
                if best == nil || run.count < best!.count { best = run }
            }
        }
        return best.map { tokens[$0].map(\.text).joined() }
    }

    /// Most tokens one keyword of a phrase spans.
    static let keywordTokens = 3
    /// How far the second keyword of a phrase may begin after the first, in tokens, plus one.
    static let phraseTokens = 5
}
