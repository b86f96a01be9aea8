import Foundation
import MinyiIO

/// Groups texts that raise the same concrete matter: the same community's heating, the same bus
/// route, the same company's unpaid wages.
///
/// Method (deterministic, sub-quadratic, one pass plus two refinements):
/// 1. Each text is compared with the *centroids* of candidate groups (never with single members,
///    so groups cannot chain). Candidates come from an inverted index over the text's place keys
///    and its heaviest TF-IDF terms; each posting list is scanned from its newest entries only.
/// 2. Similarity is the cosine of matter terms (places excluded) under a place rule: a shared place
///    of the most specific kind both name needs little term agreement, different places of that
///    kind never merge, texts without places need much more. Routing's topic is the kind of matter:
///    different topics raise the bar; the same topic at a shared place still needs agreement of the
///    text's vector expanded by corpus term associations (``TermAssociation``), since paraphrases
///    share few words but one road's street lights and manhole covers share a topic.
/// 3. Groups whose centroids pass the same test (at a shared place with known topics, groups of three
///    or more that are coherent instead: their texts agree across about as well as within; more so for
///    two groups of eight or more that routing files under different topics, an estate's lifts and its
///    fees, and most when routing files one of them under its topic all but wholly; from the split's
///    bar on when they are under one topic and not each marked by a word of its own; without a place,
///    at ``Options/placelessMergeCoherence`` on the same condition, under two topics at
///    ``Options/settledMergeCoherence``) are merged, largest first, and so are coherent
///    groups at two places that texts name together (a factory and the estates that smell it); then
///    every text moves to the group it now fits best, which undoes early mistakes of the single pass.
/// 4. Small groups join the one many times larger at their place when their centroids agree a
///    little (sides of one matter, see ``GroupingState/absorbSatellites()``), the texts of changed
///    groups move once more, and groups are merged again as in 3 (two large groups of different
///    topics only when they agree as well as one matter's texts do): moves can drain one matter into
///    two groups. Small groups that formed in the moves then join as satellites too.
/// 5. A group at a place whose members fall into two sides that agree far less than a merge needs, or
///    less than it needs while each side has a word of its own, is split in two
///    (``GroupingState/splitMixedGroups()``): two matters of one hospital.
/// 6. Texts that name no place and still stand alone are gathered into the dense sets among them
///    (``PlacelessSets``, ``GroupingState/gatherPlacelessSets(workers:)``): a rule of the whole city
///    moving rubbish bins to set points and hours, told in forty ways. Groups are merged once more as
///    after the moves: such a set and the group the single pass made of the same matter's closest
///    wordings are one.
/// 7. A text that seconds others (`+1 澹园小区`, `同问`, `我们3组也是，…`) and stands alone joins the largest
///    group at its place (``GroupingState/joinSeconds(_:)``); one that names no place joins the large group
///    whose matter it shares clearly more than any other's (``GroupingState/joinReplies(_:)``).
/// 8. Any other text that names no place and still stands alone joins the large group whose own words it
///    shares clearly more than any other's (``GroupingState/joinLoners(_:)``), with less in common when it
///    was written in the weeks most of the group's texts were. One that names a place and stands alone
///    joins the large group at its place whose matter it shares clearly more than any other's there, when
///    written in that group's weeks (``GroupingState/joinPlacedLoners(_:)``).
/// 9. A group of two texts at a shared place whose texts share few words is parted
///    (``GroupingState/partWeakPairs()``): the place's low bar pairs one-offs of one estate, and two
///    texts are too few to show that they raise one matter.
/// 10. A reply (`回复：…`) joins the group of the post it answers (``GroupingState/joinThreads(_:)``).
/// 11. Two groups of eight or more at a shared place under two topics that routing does not tell apart
///    merge when they agree as one matter's texts do (``GroupingState/mergeEstablishedGroups()``): the
///    first merge's bar, now that the lone texts have joined them.
/// 12. A small group that names no place joins the large group without a place whose matter it clearly
///    shares most (``GroupingState/absorbPlacelessSatellites()``): two texts on one side of a rule of
///    the whole city.
public struct ConcernGrouper: Sendable {
    /// Similarity thresholds and index limits.
    public struct Options: Sendable {
        /// Least term cosine when both sides share their most specific place.
        public var sharedPlaceThreshold: Float = 0.05
        /// Least term cosine when neither side names a place.
        public var unplacedThreshold: Float = 0.5
        /// Least term cosine when only one side names a place (or places of different kinds).
        public var unrelatedPlaceThreshold: Float = 0.6
        /// Least term cosine when one side names only its town and the other names places in it.
        public var sameTownThreshold: Float = 0.2
        /// Least cosine of a text's vector expanded by term associations with a group's centroid at a
        /// shared place when routing gives both the same topic (paraphrases agree, other objects do not).
        public var sameMatterSharedPlaceThreshold: Float = 0.05
        /// Least ``GroupingState/coherence(_:_:dot:)`` of two groups at a shared place with known topics.
        public var mergeCoherence: Float = 0.35
        /// Least coherence of two groups at a shared place that routing files under the same topic unless
        /// each has a word of its own (``GroupBisection/eachSideHasItsOwnWord(_:_:ownShare:foreignShare:)``):
        /// the converse of the split at ``splitCoherence``, since two groups that would not be split apart
        /// if they were one are one: a bus route's complaints about its re-routing and about the trial
        /// runs back along the old street (11 and 4 texts) agree below ``sameTopicMergeCoherence``, but
        /// both write the route's words.
        public var wordlessMergeCoherence: Float = 0.15
        /// Least coherence of two groups of three or more that name no place and that routing files under
        /// the same topic, unless each has a word of its own: one matter of the whole city found as two
        /// dense sets (``PlacelessSets``), as the queues for e-bike plates and the expiring transition plates.
        /// Under two topics such groups need ``settledMergeCoherence``.
        public var placelessMergeCoherence: Float = 0.30
        /// Least coherence of two such groups that routing files under the same topic: one venue's
        /// noise told in plain complaints (`吵。`, `凌晨还在放音乐`) and in formal ones (`噪音扰民`) agree
        /// at 0.34 once its complaints are split in two groups; a road's potholes and its street lights
        /// are filed under two topics.
        public var sameTopicMergeCoherence: Float = 0.30
        /// Fewest members of each of two groups at a shared place with different topics for them to be
        /// two matters in their own right (an estate's lifts and its fees), which merge only at
        /// ``establishedMergeCoherence``.
        public var establishedGroupSize = 8
        /// Least coherence of two such groups.
        public var establishedMergeCoherence: Float = 0.40
        /// Least coherence of two such groups, once every text has found its group, that routing files
        /// under two topics but does not tell apart (``GroupingState/mergeEstablishedGroups()``): the bar of
        /// the first merge. Over 53 labeled corpora, the two such pairs of final groups above it are each
        /// one matter (0.43, 0.46); below it come two more pairs of one matter (0.38, 0.39) and the two
        /// matters of one place that agree best (0.37, an estate's water cuts and its lifts).
        public var lastMergeCoherence: Float = 0.40
        /// Share of a group's members that routing files under its topic from which, when at most the
        /// rest of that share of the other group's members are under it, two such groups are told apart
        /// by routing and need ``settledMergeCoherence`` before texts move too: an estate's fee rise (19
        /// texts, all under property service) beside its lifts (45, none there) agree at 0.40, while one
        /// matter filed under two topics fills neither (0.31 and 0.57 of a school's two groups).
        public var unanimousTopicShare: Float = 0.9
        /// Least coherence of two such groups in the merge after texts have moved
        /// (``GroupingState/mergeSimilarGroups(settled:)``): settled groups are whole matters, and two
        /// that agree this well are one that the moves drained in two (an estate's late handover and
        /// its defects, 0.67), while a road's potholes and its street lights, once their small groups
        /// have joined them, come just above 0.40.
        public var settledMergeCoherence: Float = 0.50
        /// Lowered threshold elsewhere when both sides have the same topic.
        public var sameMatterBonus: Float = 0.1
        /// Least term cosine at a shared place when routing gives the two sides different topics.
        public var differentMatterSharedPlaceThreshold: Float = 0.15
        /// Least term cosine elsewhere when routing gives the two sides different topics.
        public var differentMatterThreshold: Float = 0.65
        /// Heaviest terms of a text used to find candidate groups.
        public var queryTerms = 4
        /// Newest entries of a posting list scanned per query.
        public var postingScan = 48
        /// Largest group folded into the largest group at its place (``GroupingState/absorbSatellites()``).
        public var satelliteSize = 5
        /// How many times larger that group must be.
        public var satelliteRatio = 3
        /// Least cosine of the two centroids.
        public var satelliteCosine: Float = 0.06
        /// Fewest members of a group that names no place for a small such group to join it
        /// (``GroupingState/absorbPlacelessSatellites()``).
        public var placelessHostSize = 8
        /// Least cosine of the centroids of a small group and such a large group without a place: over 47
        /// labeled corpora, 18 of the 19 small groups that pass it and ``placelessSatelliteMargin`` raise
        /// the large group's matter, and none of the 48 below 0.09 would.
        public var placelessSatelliteCosine: Float = 0.15
        /// How many times the cosine with the next large group's centroid that cosine must be.
        public var placelessSatelliteMargin: Float = 2
        /// A group at a place splits in two when its least coherent two sides fall below this
        /// (``GroupBisection``), well below ``mergeCoherence``: paraphrases of one matter stay together.
        public var splitCoherence: Float = 0.15
        /// A group also splits when its two sides agree below ``mergeCoherence`` and each has a word of
        /// its own (``GroupBisection/eachSideHasItsOwnWord(_:_:ownShare:foreignShare:)``), written by this
        /// share of its members or more: a hospital's parking texts (`停车`) and its emergency room's
        /// (`急诊`) agree at 0.23, since both queue and wait there, while the sides of one matter share
        /// its words.
        public var ownWordShare: Float = 0.8
        /// Largest share of the other side's members that write it.
        public var foreignWordShare: Float = 0.15
        /// Fewest members of each side of such a split.
        public var splitSide = 3
        /// Fewest texts naming two places together for groups at them to merge as at one place
        /// (``GroupingState/mergeSimilarGroups(settled:)``): a factory and the estates that smell it.
        public var linkedPlaceTexts = 2
        /// Fewest members of a group a reply without a place joins (``GroupingState/joinReplies(_:)``).
        public var replyHostSize = 5
        /// Least cosine of the reply's vector expanded by term associations with that group's centroid:
        /// a reply of a dozen characters shares one or two of its matter's words (`+1 那个坑又积水了`
        /// scores 0.14 with its road's puddles), and the margin below keeps it from a matter it fits no better.
        public var replyCosine: Float = 0.10
        /// How many times the next best group's cosine that must be: a reply that fits two matters joins neither.
        public var replyMargin: Float = 1.5
        /// Fewest members of a group that a lone text without a place and seconding no one joins
        /// (``GroupingState/joinLoners(_:)``): a concern many raise, whose group its own words describe.
        public var loneHostSize = 10
        /// Least cosine of that text's vector with the group's centroid. Over 28 labeled corpora, 46 of
        /// 59 such joins at 0.22 are right; the wrong ones are mostly one-offs of the group's topic at a
        /// place the text names in a way no place is read from (`金色港湾`, `妇幼保健院`).
        public var loneCosine: Float = 0.22
        /// How many times the next best group's cosine that must be. Over 50 labeled corpora, 1.5 rather
        /// than 2 joins 37 more such texts to their concern's group against 7 more to another's
        /// (counts within 10 % of 3 more concerns, B-cubed F1 +0.0008).
        public var loneMargin: Float = 1.5
        /// Least cosine of such a text written in the span of days in which the group's middle four
        /// fifths were written (``GroupingState/joinLoners(_:)``). Over 30 labeled corpora, lone texts at
        /// 0.15–0.22 that pass the margin are 35 of their group's concern against 9 others inside that
        /// span; at 0.12, 51 against 16, and purity falls below 0.95 on one more corpus.
        public var timelyLoneCosine: Float = 0.15
        /// Most days between a group's tenth and ninetieth percentile members for it to have a busy span
        /// at all (``GroupingState/joinLoners(_:)``): 99 % of the labeled concerns of five texts or more
        /// are written within a year, while a message board's groups of one service's questions span years.
        public var busySpanDays = 365
        /// Fewest members of a group that such a text, written in its busy span, joins by its vector
        /// expanded by term associations (``GroupingState/joinLoners(_:)``).
        public var expandedLoneHostSize = 5
        /// Least cosine of that expanded vector with the group's centroid. Over 31 labeled corpora, 38 of
        /// 46 such joins at 0.40 are right (counts within 10 % of 7 more concerns); at 0.35 purity falls
        /// below 0.95 on one more corpus.
        public var expandedLoneCosine: Float = 0.40
        /// Fewest members of a group that names no place which a lone text naming none joins, written in
        /// the group's busy span, at a plain cosine of ``placelessLoneCosine`` and ``placelessLoneMargin``
        /// times any other group's (``GroupingState/joinLoners(_:)``): a citywide rule's group is the
        /// only one whose words such a text shares (`临牌车`, `12月1日`, 0.13–0.19 against under 0.05).
        /// Over 39 labeled corpora all 8 such joins are right, 7 of them to one rule's 44 texts.
        public var placelessLoneHostSize = 15
        public var placelessLoneCosine: Float = 0.12
        public var placelessLoneMargin: Float = 3
        /// Fewest members of the group at its place that a lone text naming a place joins
        /// (``GroupingState/joinPlacedLoners(_:)``) when written in that group's busy span.
        public var placedLoneHostSize = 8
        /// Least cosine of that text's vector expanded by term associations with the group's centroid.
        /// Over 31 labeled corpora: at 0.10, counts within 10 % of 6 more concerns and B-cubed F1 +0.002;
        /// at 0.08, 15 of 67 joins are wrong against 10 of 56.
        public var placedLoneCosine: Float = 0.10
        /// How many times the next best group's at the place that must be.
        public var placedLoneMargin: Float = 2
        /// Fewest members, all dated, of a group whose members written out of its season are weighed
        /// (``GroupingState/releaseOffSeasonMembers()``).
        public var offSeasonGroupSize = 8
        /// How far outside the group's busy span a member is out of season: this share of the span, and
        /// at least ``offSeasonDays`` days.
        public var offSeasonShare: Float = 0.25
        public var offSeasonDays = 14
        /// Least cosine with the other members' centroid that keeps such a member. Over 34 labeled
        /// corpora, 113 of the 119 texts set apart at 0.2 are one-offs; mean purity +0.007, B-cubed F1
        /// +0.006. At 0.1 half as many are set apart; at 0.3 one more concern drops out of a top ten.
        public var offSeasonCosine: Float = 0.2
        /// Least cosine of the two texts of a group of two at a shared place (``GroupingState/partWeakPairs()``).
        /// Over 53 labeled corpora, 123 of the 160 such pairs below 0.3 are two one-offs of one estate or road
        /// (mean purity +0.005, B-cubed F1 +0.002, no top ten changed); from 0.3 to 0.4 as many are one matter
        /// as are two.
        public var pairCosine: Float = 0.3

        public init() {}
    }

    public var options: Options

    public init(options: Options = Options()) { self.options = options }

    /// The groups, each a list of text indices in input order; every text is in exactly one group.
    /// Known names are looked for in the texts on `workers` threads; the rest is one sequential pass.
    /// `commonWords`, the general vocabulary (``MinyiText/SegmentationDictionary/commonWords``), tells
    /// the names the segmenter knows as words (`博济` of `博济医院`) from ordinary words.
    public func group(_ profiles: [FeedbackProfile], workers: Int = ProcessInfo.processInfo.activeProcessorCount,
                      commonWords: Set<String> = []) -> ConcernGrouping {
        var directory = PlaceDirectory(places: profiles.lazy.flatMap(\.places),
                                       unknownCharacters: Set(profiles.lazy.flatMap(\.fragments).joined()), commonWords: commonWords)
        let candidates = directory.nameWordCandidates
        if !candidates.isEmpty { directory.admitNameWords(bareUses: Self.textsUsing(candidates, in: profiles)) }
        var mentioned = concurrentMap(count: profiles.count, workers: workers) { Self.addingMentions(profiles[$0], directory) }
        let stems = directory.admitStems(naming: mentioned.lazy.map(\.places))
        if !stems.isEmpty {
            for text in profiles.indices where PlaceDirectory.splitsOne(of: stems, in: profiles[text].terms) {
                mentioned[text] = Self.addingMentions(profiles[text], directory)
            }
        }
        let profiles = Self.placingDevelopers(mentioned, directory)
        let vectors = TermVectors(profiles: profiles)
        var state = GroupingState(profiles: profiles, directory: directory, vectors: vectors, options: options)
        for text in 0..<profiles.count { state.assign(text) }
        state.mergeSimilarGroups()
        state.reassignMembers()
        state.absorbSatellites()
        state.reassignMembers(sinceChanged: true)
        state.mergeSimilarGroups(settled: true)
        state.absorbSatellites()
        state.splitMixedGroups()
        state.gatherPlacelessSets(workers: workers)
        state.mergeSimilarGroups(settled: true)
        let seconds = profiles.indices.filter { profiles[$0].secondsOthers }
        state.joinSeconds(seconds)
        state.joinReplies(seconds)
        state.joinLoners(profiles.indices.filter { !profiles[$0].secondsOthers })
        state.joinPlacedLoners(Array(profiles.indices))
        state.releaseOffSeasonMembers()
        state.partWeakPairs()
        state.joinThreads(profiles.map(\.thread))
        state.mergeEstablishedGroups()
        state.absorbPlacelessSatellites()
        return ConcernGrouping(profiles: profiles, vectors: vectors, groups: state.finalGroups(),
                               shownNames: Self.shownNames(profiles, directory))
    }

    /// How many texts have each of `words` (of two to four characters) as a term of their own.
    static func textsUsing(_ words: Set<String>, in profiles: [FeedbackProfile]) -> [String: Int] {
        var uses: [String: Int] = [:]
        for profile in profiles {
            var seen: Set<String> = []
            for term in profile.terms where term.utf8.count <= 12 && words.contains(term) && seen.insert(term).inserted {
                uses[term, default: 0] += 1
            }
        }
        return uses
    }

    /// Each specific place by the name it is shown with: the spelling of its key written most often in
    /// the corpus (then the shorter), so a name with a word read before it (`正好赶上金桂苑`) shows as
    /// the place (`金桂苑`).
    static func shownNames(_ profiles: [FeedbackProfile], _ directory: PlaceDirectory) -> [Place: String] {
        var keys: [Place: PlaceDirectory.Key] = [:]
        var spellings: [PlaceDirectory.Key: [String: Int]] = [:]
        for profile in profiles {
            for place in profile.places where place.kind.isSpecific {
                let key = keys[place] ?? directory.key(for: place)
                keys[place] = key
                spellings[key, default: [:]][place.name, default: 0] += 1
            }
        }
        let usual = spellings.mapValues { names in
            names.max { a, b in a.value != b.value ? a.value < b.value : (a.key.count, a.key) > (b.key.count, b.key) }!.key
        }
        return keys.mapValues { usual[$0]! }
    }

    /// Texts that name a firm (`禹衡置业`, `恒信置业有限公司`) and no estate, placed also at the estate
    /// that most texts naming both name: a developer's name stands for its estate in the texts of
    /// its buyers. Only when three texts or more name both and four in five of the texts naming the
    /// firm with an estate name that one (a developer of several estates stands for none).
    static func placingDevelopers(_ profiles: [FeedbackProfile], _ directory: PlaceDirectory) -> [FeedbackProfile] {
        var withEstate: [PlaceDirectory.Key: Int] = [:]
        var together: [PlaceDirectory.Key: [PlaceDirectory.Key: Int]] = [:]
        var estates: [PlaceDirectory.Key: Place] = [:]
        for profile in profiles {
            var estateKeys: Set<PlaceDirectory.Key> = []
            for place in profile.places where place.kind == .community {
                let key = directory.key(for: place)
                estateKeys.insert(key)
                if estates[key] == nil { estates[key] = place }
            }
            guard !estateKeys.isEmpty else { continue }
            for firm in Set(profile.places.filter(PlaceSuffixes.isFirmOrDeveloper).map(directory.key(for:))) {
                withEstate[firm, default: 0] += 1
                for estate in estateKeys { together[firm, default: [:]][estate, default: 0] += 1 }
            }
        }
        var hosts: [PlaceDirectory.Key: Place] = [:]
        for (firm, counts) in together {
            guard let (estate, count) = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }),
                  count >= 3, count * 5 >= withEstate[firm]! * 4 else { continue }
            hosts[firm] = estates[estate]
        }
        guard !hosts.isEmpty else { return profiles }
        return profiles.map { profile in
            guard !profile.places.contains(where: { $0.kind == .community }),
                  let host = profile.places.lazy.filter(PlaceSuffixes.isFirmOrDeveloper).compactMap({ hosts[directory.key(for: $0)] }).first else { return profile }
            var placed = profile
            placed.places.append(host)
            return placed
        }
    }

    /// The profile with its sites at their hosts (``PlaceDirectory/host(of:)``), the bus lines it names
    /// by number alone (``PlaceDirectory/busLine(numbered:)``), the names it writes split after a stop
    /// word (``PlaceDirectory/splitName(_:)``), the known names it mentions without a suffix moved from
    /// terms to places, and without the fragments that are (part of) its places' names.
    static func addingMentions(_ profile: FeedbackProfile, _ directory: PlaceDirectory) -> FeedbackProfile {
        var profile = profile
        var hosted: [Place] = []
        for place in profile.places.map({ directory.host(of: $0) ?? $0 }) where !hosted.contains(place) { hosted.append(place) }
        // Only in a text that names no other place: beside names a number may be a house's or a room's.
        if !hosted.contains(where: \.kind.isSpecific) {
            for line in profile.lineNumbers.compactMap(directory.busLine(numbered:)) where !hosted.contains(line) { hosted.append(line) }
        }
        for place in profile.stopLedPairs.compactMap(directory.splitName) where !hosted.contains(where: { $0.core == place.core }) {
            hosted.append(place)
        }
        profile.places = hosted
        let mentions = directory.mentions(in: profile.terms)
        if !mentions.isEmpty {
            var terms: [String] = []
            var next = 0
            for mention in mentions {
                terms += profile.terms[next..<mention.terms.lowerBound]
                next = mention.terms.upperBound
                if !profile.places.contains(where: { $0.core == mention.place.core }) { profile.places.append(mention.place) }
            }
            profile.terms = terms + profile.terms[next...]
        }
        let places = profile.places
        profile.fragments.removeAll { fragment in places.contains { $0.core.contains(fragment) || fragment.contains($0.core) } }
        return profile
    }
}

/// The result of grouping: the profiles as grouped (with names found by the gazetteer), the term
/// vectors, the member lists and the name each place is shown with.
public struct ConcernGrouping: Sendable {
    public var profiles: [FeedbackProfile]
    public var vectors: TermVectors
    /// Groups (text indices ascending), ordered by their first member.
    public var groups: [[Int]]
    /// Each specific place of the profiles by the spelling of its key written most often in the corpus.
    public var shownNames: [Place: String]
}
