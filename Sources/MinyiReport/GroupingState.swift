/// The working state of ``ConcernGrouper``: groups with their centroids, place tallies and the
/// inverted index used to find candidates.
struct GroupingState {
    struct Group {
        var members: [Int32] = []
        var centroid: [Int32: Float] = [:]
        var norm2: Float = 0
        /// Σ of the members' own squared lengths: `norm2` minus this is the sum of cross-member dot products.
        var selfNorm2: Float = 0
        /// Members naming a specific place, and how many name each place key.
        var placed: Int32 = 0
        var placeCounts: [Int32: Int32] = [:]
        var districts = AreaTally()
        var towns = AreaTally()
        var cities = AreaTally()
        /// Members by matter (routing's best topic).
        var matterCounts: [Int32: Int32] = [:]
        var alive = true
        /// The group this one was merged into.
        var mergedInto: Int32 = -1

        /// Adds a member's term vector to the centroid sums and norms.
        mutating func addVector(_ ids: ArraySlice<Int32>, _ weights: ArraySlice<Float>) {
            for (id, weight) in zip(ids, weights) {
                let old = centroid[id] ?? 0
                norm2 += 2 * old * weight + weight * weight
                selfNorm2 += weight * weight
                centroid[id] = old + weight
            }
        }

        /// The centroid's heaviest terms (``TermVectors/heaviest(_:limit:)``).
        func heaviestTerms(limit: Int) -> [Int32] {
            TermVectors.heaviest(centroid.lazy.map { ($0.key, $0.value) }, limit: limit)
        }

        /// Cosine of a unit-length term vector with the centroid.
        func cosine(_ ids: ArraySlice<Int32>, _ weights: ArraySlice<Float>) -> Float {
            var dot: Float = 0
            for (id, weight) in zip(ids, weights) { dot += weight * (centroid[id] ?? 0) }
            return norm2 > 1e-9 ? dot / norm2.squareRoot() : 0
        }

        /// Cosine of a member's unit-length term vector with the centroid of the other members.
        func memberCosine(_ ids: ArraySlice<Int32>, _ weights: ArraySlice<Float>) -> Float {
            var dot: Float = 0
            var self2: Float = 0
            for (id, weight) in zip(ids, weights) {
                dot += weight * (centroid[id] ?? 0)
                self2 += weight * weight
            }
            let others2 = norm2 - 2 * dot + self2
            return self2 * others2 > 1e-9 ? (dot - self2) / (self2 * others2).squareRoot() : 0
        }

        /// Dot product of two groups' centroid sums, iterating the smaller.
        func centroidDot(_ other: Group) -> Float {
            let (small, large) = centroid.count <= other.centroid.count ? (self, other) : (other, self)
            var dot: Float = 0
            for (id, weight) in small.centroid { dot += weight * (large.centroid[id] ?? 0) }
            return dot
        }
    }

    let vectors: TermVectors
    let association: TermAssociation
    let options: ConcernGrouper.Options
    private let signatures: [PlaceSignature]
    private let matters: [Int32]
    /// The day each text was written, ``noDay`` when unknown.
    private let days: [Int32]
    static let noDay = Int32.min
    /// Each group's busy span (``busySpan(of:)``) as of its change stamp.
    private var busySpans: [Int32: (changedAt: Int32, span: (days: ClosedRange<Int32>, dated: Int)?)] = [:]
    /// The city of each district, by ``citiesOfDistricts(_:)``.
    private let cityOfDistrict: [Int32: Int32]
    /// Each place key as signatures hold it: its kind and what kind of organization it is.
    private let keyEntries: [PlaceSignature.Entry]
    private var groups: [Group] = []
    private var groupOf: [Int32]
    private var termPostings: [Int32: [Int32]] = [:]
    private var placePostings: [Int32: [Int32]] = [:]
    private var seenStamp: [Int32] = []
    /// Each group's anchors and majority matter as of its last change (``refreshSummary(_:)``).
    private var summaries: [GroupSummary] = []
    private var summaryIsCurrent: [Bool] = []
    /// ``PlaceSignature/onlyPlace`` of each text and of each group's current anchors, side by side: most
    /// candidates are rejected by these two numbers (``PlaceRelation/isOnlyPlaceConflict(_:_:)``).
    private let textOnlyPlaces: [UInt64]
    private var groupOnlyPlaces: [UInt64] = []
    /// Pairs of estates, organizations and villages that ``ConcernGrouper/Options/linkedPlaceTexts``
    /// texts or more name together (``pairKey(_:_:)``): a factory and the estates that smell it, a site
    /// and the estate beside it.
    private let linkedPlaces: Set<UInt64>
    /// The text whose expanded vector ``expandedCosine(_:_:removingSelf:plainDot:)`` last computed.
    private var expansion: (text: Int, ids: [Int32], weights: [Float]) = (-1, [], [])
    /// The heaviest terms of each text, which index it and find its candidates.
    private var queryTerms: [[Int32]] = []
    private var stamp: Int32 = 0
    /// Members added or removed so far, the count when each group last changed, and when each text was
    /// last weighed by ``reassignMembers(sinceChanged:)``.
    private var changes: Int32 = 0
    private var changedAt: [Int32] = []
    private var weighedAt: [Int32] = []

    init(profiles: [FeedbackProfile], directory: PlaceDirectory, vectors: TermVectors, options: ConcernGrouper.Options) {
        self.vectors = vectors
        self.association = TermAssociation(vectors: vectors)
        self.options = options
        var keyIDs: [PlaceDirectory.Key: Int32] = [:]
        var entries: [PlaceSignature.Entry] = []
        var matterIDs: [String: Int32] = [:]
        var signatures: [PlaceSignature] = []
        var matters: [Int32] = []
        signatures.reserveCapacity(profiles.count)
        matters.reserveCapacity(profiles.count)
        // A firm written somewhere with `公司` is one firm wherever its workers live, also where texts
        // write its name alone (`恒丰电子` beside `恒丰电子科技有限公司`), whichever spelling comes first.
        let citywideKeys = Set(profiles.lazy.flatMap(\.places).filter(PlaceSuffixes.isCitywide).map(directory.key(for:)))
        for profile in profiles {
            var (specific, districts, towns, cities): ([PlaceSignature.Entry], [Int32], [Int32], [Int32]) = ([], [], [], [])
            // A town is the place of a text that names nothing more specific (a town's tap water or bank).
            let placedInTown = !profile.places.contains { $0.kind.isSpecific }
            for place in profile.places where place.kind != .province {
                let key = directory.key(for: place)
                let id = keyIDs[key] ?? {
                    let id = Int32(entries.count)
                    keyIDs[key] = id
                    entries.append(.init(kind: key.kind, key: id, isCitywide: citywideKeys.contains(key),
                                         isNumbered: PlaceSuffixes.isNumbered(place)))
                    return id
                }()
                switch place.kind {
                case .district: districts.append(id)
                case .city: cities.append(id)
                case .town:
                    towns.append(id)
                    if placedInTown { specific.append(entries[Int(id)]) }
                default: specific.append(entries[Int(id)])
                }
            }
            signatures.append(PlaceSignature(specific: specific, districts: districts, towns: towns, cities: cities))
            if let matter = profile.routing.matter {
                let id = matterIDs[matter] ?? Int32(matterIDs.count)
                matterIDs[matter] = id
                matters.append(id)
            } else {
                matters.append(-1)
            }
        }
        cityOfDistrict = Self.citiesOfDistricts(signatures)
        if !cityOfDistrict.isEmpty {
            signatures = signatures.map { [cityOfDistrict] signature in
                let cities = signature.districts.compactMap { cityOfDistrict[$0] }
                return cities.isEmpty ? signature : PlaceSignature(specific: signature.specific, districts: signature.districts, towns: signature.towns,
                                                                   cities: signature.cities, districtCities: cities)
            }
        }
        self.signatures = signatures
        textOnlyPlaces = signatures.map(\.onlyPlace)
        linkedPlaces = Self.placesNamedTogether(signatures, least: options.linkedPlaceTexts)
        self.matters = matters
        days = profiles.map { $0.day.map { Int32(clamping: $0) } ?? Self.noDay }
        self.keyEntries = entries
        groupOf = Array(repeating: -1, count: profiles.count)
        weighedAt = Array(repeating: -1, count: profiles.count)
        queryTerms = (0..<profiles.count).map { vectors.topTerms($0, limit: options.queryTerms) }
    }

    /// The pairs of estates, organizations and villages that `least` texts or more name together. Not
    /// roads and bus routes: a network of lines that texts name together is many matters.
    static func placesNamedTogether(_ signatures: [PlaceSignature], least: Int) -> Set<UInt64> {
        var counts: [UInt64: Int] = [:]
        var kinds: [Int32: Place.Kind] = [:]
        for signature in signatures where signature.specific.count >= 2 {
            let linkable = signature.specific.filter { linkableKinds.contains($0.kind) }
            for entry in linkable { kinds[entry.key] = entry.kind }
            let keys = Set(linkable.map(\.key)).sorted()
            for (index, first) in keys.enumerated() {
                for second in keys[(index + 1)...] { counts[pairKey(first, second), default: 0] += 1 }
            }
        }
        let pairs = counts.filter { $0.value >= least }.keys
        var links: [Int32: [Place.Kind: Int]] = [:]
        for pair in pairs {
            let (a, b) = places(of: pair)
            links[a, default: [:]][kinds[b]!, default: 0] += 1
            links[b, default: [:]][kinds[a]!, default: 0] += 1
        }
        // A landmark named beside many places of one kind (a lake beside estates) is where things are,
        // not a matter's source; an estate named beside its developer, its heating firm and the works it
        // once housed is one place by many names.
        return Set(pairs.filter { pair in
            let (a, b) = places(of: pair)
            return links[a]!.values.max()! <= maximumLinks && links[b]!.values.max()! <= maximumLinks
        })
    }

    /// Most places of one kind one place may be linked with: a factory smelt by the estates around it,
    /// not a lake that texts on every estate beside it name.
    static let maximumLinks = 3

    /// One number for an unordered pair of place keys.
    static func pairKey(_ a: Int32, _ b: Int32) -> UInt64 {
        let (low, high) = a < b ? (a, b) : (b, a)
        return UInt64(UInt32(bitPattern: low)) << 32 | UInt64(UInt32(bitPattern: high))
    }

    /// The two place keys of a ``pairKey(_:_:)``.
    static func places(of pair: UInt64) -> (Int32, Int32) {
        (Int32(bitPattern: UInt32(pair >> 32)), Int32(bitPattern: UInt32(pair & 0xFFFF_FFFF)))
    }

    /// The city texts name most often beside each district (`Y1区` is in `Y市` when a text names both).
    static func citiesOfDistricts(_ signatures: [PlaceSignature]) -> [Int32: Int32] {
        var together: [Int32: [Int32: Int]] = [:]
        for signature in signatures where !signature.cities.isEmpty {
            for district in signature.districts {
                for city in signature.cities { together[district, default: [:]][city, default: 0] += 1 }
            }
        }
        return together.mapValues { counts in counts.max { ($0.value, $1.key) < ($1.value, $0.key) }!.key }
    }

    // MARK: Single pass

    /// Puts `text` into the best-fitting group, or a new one.
    mutating func assign(_ text: Int) {
        let best = bestGroup(for: text, excluding: -1)
        let group = best?.group ?? newGroup()
        add(text, to: group)
    }

    private mutating func newGroup() -> Int32 {
        groups.append(Group())
        seenStamp.append(0)
        summaries.append(GroupSummary())
        summaryIsCurrent.append(false)
        groupOnlyPlaces.append(PlaceSignature.noOnlyPlace)
        changedAt.append(0)
        return Int32(groups.count - 1)
    }

    /// The best group for `text` among the candidates, with its score, if one passes the thresholds.
    private mutating func bestGroup(for text: Int, excluding own: Int32) -> (group: Int32, score: Float)? {
        var best: (group: Int32, score: Float)? = nil
        for group in candidates(ofText: text) where group != own {
            guard let score = score(text, group) else { continue }
            if best == nil || score > best!.score || (score == best!.score && group < best!.group) { best = (group, score) }
        }
        return best
    }

    /// Groups that share the text's places or one of its heaviest terms (with `everyTerm`, any of its
    /// terms: a reply's few words are all it has), from each posting list's newest entries.
    private mutating func candidates(ofText text: Int, everyTerm: Bool = false) -> [Int32] {
        var found: [Int32] = []
        beginScan()
        for entry in signatures[text].specific { scan(placePostings[entry.key], limit: options.postingScan, into: &found) }
        for term in everyTerm ? Array(vectors.vector(text).ids) : queryTerms[text] {
            scan(termPostings[term], limit: options.postingScan, into: &found)
        }
        return found
    }

    private mutating func beginScan() { stamp &+= 1 }

    /// Adds the live groups of a posting list's newest `limit` entries not seen in this scan.
    private mutating func scan(_ posting: [Int32]?, limit: Int, into found: inout [Int32]) {
        guard let posting else { return }
        for group in posting.suffix(limit) {
            let live = resolve(group)
            if seenStamp[Int(live)] != stamp && groups[Int(live)].alive {
                seenStamp[Int(live)] = stamp
                found.append(live)
            }
        }
    }

    /// Follows merges to the live group.
    private func resolve(_ group: Int32) -> Int32 {
        var group = group
        while groups[Int(group)].mergedInto >= 0 { group = groups[Int(group)].mergedInto }
        return group
    }

    /// Score of `text` against `group`'s centroid, nil when it may not join. Places are compared
    /// first, so groups at other places cost no dot product.
    /// Reads signatures, summaries and groups in place: copying them costs more than the comparison.
    private mutating func score(_ text: Int, _ group: Int32, removingSelf: Bool = false) -> Float? {
        let relation: PlaceRelation
        let groupMatter: Int32?
        if removingSelf {
            relation = PlaceRelation.between(signatures[text], anchors(of: groups[Int(group)], removing: text))
            groupMatter = majorityMatter(groups[Int(group)], removing: text)
        } else {
            refreshSummary(group)
            if PlaceRelation.isOnlyPlaceConflict(textOnlyPlaces[text], groupOnlyPlaces[Int(group)]) { return nil }
            (relation, groupMatter) = summaries.withUnsafeBufferPointer { summaries in
                signatures.withUnsafeBufferPointer { signatures in
                    (PlaceRelation.between(signatures[text], summaries[Int(group)].anchors), summaries[Int(group)].matter)
                }
            }
        }
        if relation == .conflict { return nil }
        let (ids, weights) = vectors.vector(text)
        var dot: Float = 0
        var self2: Float = 0
        var norm2: Float = 0
        groups.withUnsafeBufferPointer { groups in
            for (id, weight) in zip(ids, weights) {
                dot += weight * (groups[Int(group)].centroid[id] ?? 0)
                self2 += weight * weight
            }
            norm2 = groups[Int(group)].norm2
        }
        if removingSelf {
            dot -= self2
            norm2 = norm2 - 2 * (dot + self2) + self2
        }
        let cosine = norm2 > 1e-9 ? dot / norm2.squareRoot() : 0
        let agreement = MatterAgreement(matters[text] >= 0 ? matters[text] : nil, groupMatter)
        if relation == .match && agreement == .same {
            let expanded = expandedCosine(text, group, removingSelf: removingSelf, plainDot: dot + (removingSelf ? self2 : 0))
            guard expanded >= options.sameMatterSharedPlaceThreshold else { return nil }
        }
        return accept(cosine, relation, agreement)
    }

    /// Cosine of the text's vector expanded by its terms' associates with the group's centroid: how
    /// well the text agrees with the group's matter when the words differ (`困人` with `电梯`).
    /// The expansion is computed once per text, for all the groups it is compared with.
    private mutating func expandedCosine(_ text: Int, _ group: Int32, removingSelf: Bool, plainDot: Float) -> Float {
        let (ids, weights) = vectors.vector(text)
        if expansion.text != text {
            let expanded = association.expanded(ids, weights)
            expansion = (text, expanded.ids, expanded.weights)
        }
        let expanded = (ids: expansion.ids, weights: expansion.weights)
        var dot: Float = 0
        var norm2: Float = 0
        var centroidNorm2: Float = 0
        groups.withUnsafeBufferPointer { groups in
            for (id, weight) in zip(expanded.ids, expanded.weights) {
                dot += weight * (groups[Int(group)].centroid[id] ?? 0)
                norm2 += weight * weight
            }
            centroidNorm2 = groups[Int(group)].norm2
        }
        if removingSelf {
            var own: Float = 0
            var self2: Float = 0
            var position = 0
            for (id, weight) in zip(ids, weights) {
                self2 += weight * weight
                while expanded.ids[position] < id { position += 1 }
                own += weight * expanded.weights[position]
            }
            dot -= own
            centroidNorm2 = centroidNorm2 - 2 * plainDot + self2
        }
        let denominator = (norm2 * centroidNorm2).squareRoot()
        return denominator > 1e-9 ? dot / denominator : 0
    }

    /// Computes the group's summary if it changed since it was last computed.
    private mutating func refreshSummary(_ group: Int32) {
        guard !summaryIsCurrent[Int(group)] else { return }
        summaries[Int(group)] = GroupSummary(anchors: anchors(of: groups[Int(group)]), matter: majorityMatter(groups[Int(group)]))
        summaryIsCurrent[Int(group)] = true
        groupOnlyPlaces[Int(group)] = summaries[Int(group)].anchors.onlyPlace
    }

    /// The group's anchors, computed once per change of the group.
    private mutating func cachedAnchors(_ group: Int32) -> PlaceSignature {
        refreshSummary(group)
        return summaries[Int(group)].anchors
    }

    /// The score of a cosine under a place relation and matter agreement, nil below its threshold.
    private func accept(_ cosine: Float, _ relation: PlaceRelation, _ matter: MatterAgreement) -> Float? {
        let threshold: Float
        switch relation {
        case .conflict: return nil
        case .match: threshold = options.sharedPlaceThreshold
        case .bothUnplaced: threshold = options.unplacedThreshold
        case .unrelated: threshold = options.unrelatedPlaceThreshold
        case .sameTown: threshold = options.sameTownThreshold
        }
        let adjusted: Float
        switch matter {
        // At a shared place the same matter is tested on expanded vectors (see `score`) and on coherence (`mayMerge`).
        case .same: adjusted = relation == .match ? 0 : threshold - options.sameMatterBonus
        case .different: adjusted = max(threshold, relation == .match ? options.differentMatterSharedPlaceThreshold : options.differentMatterThreshold)
        case .unknown: adjusted = threshold
        }
        guard cosine >= adjusted else { return nil }
        return cosine + (relation == .match ? 0.5 : relation == .sameTown ? 0.25 : 0) + (matter == .same ? 0.2 : 0)
    }

    /// The matter most members raise (ties to the lower id); nil when one member's guess is all there
    /// is, in a group of texts mostly without a matter (`羽绒服` in one of four texts on cold flats).
    private func majorityMatter(_ group: Group, removing text: Int? = nil) -> Int32? {
        var best: (matter: Int32, count: Int32)? = nil
        var routed: Int32 = 0
        for (matter, count) in group.matterCounts {
            let count = count - (text.map { matters[$0] == matter ? 1 : 0 } ?? 0)
            guard count > 0 else { continue }
            routed += count
            if best == nil || count > best!.count || (count == best!.count && matter < best!.matter) { best = (matter, count) }
        }
        let members = Int32(group.members.count - (text == nil ? 0 : 1))
        guard let best, best.count >= 2 || routed * 3 > members else { return nil }
        return best.matter
    }

    /// The places that at least a third of the group's placed members name — and two of them, unless
    /// only one member names a place: one member's side remark does not define the group. Places
    /// of other kinds that two members and a fifth name beside the group's are kept as
    /// ``PlaceSignature/alsoNamed`` (the landfill the villagers of a group about its smell name). Districts,
    /// towns and cities likewise (``AreaTally/anchors(removing:size:)``), two of them unless the group
    /// has two members or fewer (a city code left inside a word by anonymization, `投J11市业`, in one of
    /// five texts).
    private func anchors(of group: Group, removing text: Int? = nil) -> PlaceSignature {
        let own = text.map { signatures[$0] } ?? .empty
        let placed = group.placed - (own.specific.isEmpty ? 0 : 1)
        // Kinds of place a third of the placed members name, but no one place of them enough: a
        // network of bus lines or roads, not one matter's place (``PlaceSignature/strays``).
        var specific: [PlaceSignature.Entry] = []
        var kindCounts: [Place.Kind: Int32] = [:]
        var named: [Int32] = []
        var alsoNamed: [Int32] = []
        for (key, count) in group.placeCounts {
            let count = count - (own.specific.contains { $0.key == key } ? 1 : 0)
            guard count > 0 else { continue }
            if count * 3 >= placed && (count >= 2 || placed == 1) {
                specific.append(keyEntries[Int(key)])
            } else if count >= 2 && count * 5 >= placed {
                alsoNamed.append(key)
            }
            kindCounts[keyEntries[Int(key)].kind, default: 0] += count
            named.append(key)
        }
        var scatteredKinds: [Place.Kind] = []
        for (kind, count) in kindCounts where count >= 2 && count * 3 >= placed && !specific.contains(where: { $0.kind == kind }) {
            scatteredKinds.append(kind)
        }
        let scatteredKeys = scatteredKinds.isEmpty ? [] : named.filter { scatteredKinds.contains(keyEntries[Int($0)].kind) }
        let size = Int32(group.members.count - (text == nil ? 0 : 1))
        let districts = group.districts.anchors(removing: own.districts, size: size)
        return PlaceSignature(specific: specific, districts: districts,
                              towns: group.towns.anchors(removing: own.towns, size: size),
                              cities: group.cities.anchors(removing: own.cities, size: size),
                              districtCities: districts.compactMap { cityOfDistrict[$0] },
                              isMixed: placed > 0 && specific.isEmpty, scatteredKinds: scatteredKinds, scatteredKeys: scatteredKeys,
                              alsoNamed: specific.isEmpty ? [] : alsoNamed.filter { key in
                                  let kind = keyEntries[Int(key)].kind
                                  return PlaceSignature.mayBeNamedBeside(kind) && !specific.contains { $0.kind == kind }
                              })
    }

    private mutating func add(_ text: Int, to group: Int32) {
        changes += 1
        changedAt[Int(group)] = changes
        groupOf[text] = group
        summaryIsCurrent[Int(group)] = false
        let (ids, weights) = vectors.vector(text)
        var g = groups[Int(group)]
        groups[Int(group)] = Group()
        g.members.append(Int32(text))
        g.addVector(ids, weights)
        let signature = signatures[text]
        if !signature.specific.isEmpty { g.placed += 1 }
        for entry in signature.specific { g.placeCounts[entry.key, default: 0] += 1 }
        g.districts.add(signature.districts)
        g.towns.add(signature.towns)
        g.cities.add(signature.cities)
        if matters[text] >= 0 { g.matterCounts[matters[text], default: 0] += 1 }
        groups[Int(group)] = g
        for entry in signature.specific where placePostings[entry.key]?.last != group { placePostings[entry.key, default: []].append(group) }
        for term in queryTerms[text] where termPostings[term]?.last != group {
            termPostings[term, default: []].append(group)
        }
    }

    private mutating func remove(_ text: Int, from group: Int32) {
        changes += 1
        changedAt[Int(group)] = changes
        summaryIsCurrent[Int(group)] = false
        let (ids, weights) = vectors.vector(text)
        var g = groups[Int(group)]
        groups[Int(group)] = Group()
        if let position = g.members.firstIndex(of: Int32(text)) { g.members.remove(at: position) }
        for (id, weight) in zip(ids, weights) {
            let old = g.centroid[id] ?? 0
            g.norm2 += weight * weight - 2 * old * weight
            g.selfNorm2 -= weight * weight
            let value = old - weight
            g.centroid[id] = abs(value) < 1e-6 ? nil : value
        }
        g.norm2 = max(0, g.norm2)
        let signature = signatures[text]
        if !signature.specific.isEmpty { g.placed -= 1 }
        for entry in signature.specific { g.placeCounts[entry.key]! -= 1 }
        g.districts.remove(signature.districts)
        g.towns.remove(signature.towns)
        g.cities.remove(signature.cities)
        if matters[text] >= 0 { g.matterCounts[matters[text]]! -= 1 }
        groups[Int(group)] = g
    }

    // MARK: Refinements

    /// Merges groups whose centroids pass the same place and term test, largest groups first.
    /// `settled`: after texts have moved, when two large groups of different topics at one place need
    /// ``ConcernGrouper/Options/settledMergeCoherence`` and only groups of three or more look for
    /// partners (a tenth of the time of the first merge on 100k texts, the same groups on every
    /// hand-labeled corpus).
    mutating func mergeSimilarGroups(settled: Bool = false) {
        for index in liveGroupsLargestFirst(sized: (settled ? 3 : 2)...) where groups[index].alive {
            let group = Int32(index)
            var merged = true
            while merged {
                merged = false
                for candidate in candidates(ofGroup: group) where candidate != group && mayMerge(group, candidate, settled: settled) {
                    absorb(candidate, into: group)
                    merged = true
                }
            }
        }
    }

    private mutating func candidates(ofGroup group: Int32) -> [Int32] {
        let top = groups[Int(group)].heaviestTerms(limit: options.queryTerms * 2)
        var found: [Int32] = []
        beginScan()
        seenStamp[Int(group)] = stamp
        for entry in cachedAnchors(group).specific { scan(placePostings[entry.key], limit: options.postingScan * 2, into: &found) }
        for term in top { scan(termPostings[term], limit: options.postingScan * 2, into: &found) }
        return found.sorted()
    }

    private mutating func mayMerge(_ a: Int32, _ b: Int32, settled: Bool) -> Bool {
        refreshSummary(a)
        refreshSummary(b)
        let (onlyA, onlyB) = (groupOnlyPlaces[Int(a)], groupOnlyPlaces[Int(b)])
        // Most candidates each name one place of one kind: two places, unless named together often.
        if PlaceRelation.isOnlyPlaceConflict(onlyA, onlyB)
            && (linkedPlaces.isEmpty || !linkedPlaces.contains(Self.pairKey(PlaceSignature.key(ofOnlyPlace: onlyA), PlaceSignature.key(ofOnlyPlace: onlyB)))) {
            return false
        }
        var relation = PlaceRelation.between(summaries[Int(a)].anchors, summaries[Int(b)].anchors)
        // Places that texts name together are one matter's when the groups agree as at one place, on
        // the coherence test: a factory and the estates that smell it.
        let linked = relation == .conflict
        if linked {
            guard !linkedPlaces.isEmpty, areLinked(summaries[Int(a)].anchors, summaries[Int(b)].anchors) else { return false }
            relation = .match
        }
        let (dot, cosine) = centroidSimilarity(a, b)
        let agreement = MatterAgreement(summaries[Int(a)].matter, summaries[Int(b)].matter)
        if relation == .match && agreement != .unknown, let coherence = Self.coherence(groups[Int(a)], groups[Int(b)], dot: dot) {
            let smaller = min(groups[Int(a)].members.count, groups[Int(b)].members.count)
            let toldApart = agreement == .different && smaller >= options.establishedGroupSize && routingTellsApart(a, b)
            // Coherence weighs every pair of members and does not fall with the groups' size as the
            // centroids' cosine does: two small groups of one matter that pass it are one.
            if coherence >= Self.leastCoherence(agreement, smallerSize: smaller, settled: settled || toldApart, options: options) { return true }
            return agreement == .same && coherence >= options.wordlessMergeCoherence && shareTheirWords(a, b)
        } else if linked {
            return false
        }
        // Two groups that name no place are one matter of the whole city when they agree and share their
        // words (``ConcernGrouper/Options/placelessMergeCoherence``); under two topics only as well as
        // two settled matters at one place must, since nothing else ties them.
        if relation == .bothUnplaced && agreement != .unknown && min(groups[Int(a)].members.count, groups[Int(b)].members.count) >= 3,
           let coherence = Self.coherence(groups[Int(a)], groups[Int(b)], dot: dot),
           coherence >= (agreement == .same ? options.placelessMergeCoherence : options.settledMergeCoherence), shareTheirWords(a, b) {
            return true
        }
        return accept(cosine, relation, agreement) != nil
    }

    /// Whether routing files one group under its topic all but wholly and almost none of the other's
    /// members there (``ConcernGrouper/Options/unanimousTopicShare``).
    private func routingTellsApart(_ a: Int32, _ b: Int32) -> Bool {
        func share(of group: Int32, under matter: Int32?) -> Float {
            guard let matter else { return 0 }
            return Float(groups[Int(group)].matterCounts[matter] ?? 0) / Float(groups[Int(group)].members.count)
        }
        let unanimous = options.unanimousTopicShare
        return [(a, b), (b, a)].contains { group, other in
            let matter = summaries[Int(group)].matter
            return share(of: group, under: matter) >= unanimous && share(of: other, under: matter) <= 1 - unanimous
        }
    }

    /// Whether the two groups are not each marked by a word of its own
    /// (``GroupBisection/eachSideHasItsOwnWord(_:_:ownShare:foreignShare:)``): the sides of one matter share its words.
    private func shareTheirWords(_ a: Int32, _ b: Int32) -> Bool {
        !GroupBisection(vectors: vectors).eachSideHasItsOwnWord(groups[Int(a)].members, groups[Int(b)].members,
                                                                ownShare: options.ownWordShare, foreignShare: options.foreignWordShare)
    }

    /// Whether one of `a`'s places and one of `b`'s are named together often (``linkedPlaces``), neither
    /// is a group of scattered places, and the two name no place of another kind both (roads, bus
    /// lines) nor different districts or cities: their conflict is between the linked places, not two
    /// bus lines of a group that also names an estate.
    private func areLinked(_ a: PlaceSignature, _ b: PlaceSignature) -> Bool {
        guard a.scatteredKinds.isEmpty, b.scatteredKinds.isEmpty,
              a.specific.contains(where: { first in b.specific.contains { linkedPlaces.contains(Self.pairKey(first.key, $0.key)) } })
        else { return false }
        let lines = a.specific.filter { !Self.linkableKinds.contains($0.kind) }.map(\.kind)
        return !b.specific.contains { lines.contains($0.kind) }
            && !PlaceRelation.disjoint(a.districts, b.districts) && !PlaceRelation.disjoint(a.cities, b.cities)
    }

    /// Kinds of place ``linkedPlaces`` holds: places at a point, where a matter's source and the
    /// estates around it are.
    static let linkableKinds: Set<Place.Kind> = [.community, .organization, .village]

    /// The least ``coherence(_:_:dot:)`` two groups at a shared place need to merge, by how routing
    /// files them (`agreement`, known) and the size of the smaller: the same topic needs least, two
    /// topics of groups of ``ConcernGrouper/Options/establishedGroupSize`` or more most, and more
    /// again once texts have moved (`settled`).
    static func leastCoherence(_ agreement: MatterAgreement, smallerSize: Int, settled: Bool, options: ConcernGrouper.Options) -> Float {
        switch agreement {
        case .same: options.sameTopicMergeCoherence
        case .different where smallerSize >= options.establishedGroupSize:
            settled ? options.settledMergeCoherence : options.establishedMergeCoherence
        default: options.mergeCoherence
        }
    }

    /// Mean similarity of the pairs across two groups relative to the mean similarity of the pairs
    /// within each; nil when a group has fewer than three members (one pair is too few to tell).
    /// Averaging makes it independent of the groups' sizes, unlike the centroids' cosine, which grows
    /// with the members averaged.
    static func coherence(_ a: Group, _ b: Group, dot: Float) -> Float? {
        func within(_ g: Group) -> Float {
            let n = Float(g.members.count)
            return (g.norm2 - g.selfNorm2) / (n * (n - 1))
        }
        guard a.members.count >= 3, b.members.count >= 3 else { return nil }
        let across = dot / Float(a.members.count * b.members.count)
        let reference = (max(0, within(a)) * max(0, within(b))).squareRoot()
        return reference > 1e-9 ? across / reference : 0
    }

    private mutating func absorb(_ source: Int32, into target: Int32) {
        let members = groups[Int(source)].members
        groups[Int(source)] = Group()
        groups[Int(source)].alive = false
        groups[Int(source)].mergedInto = target
        summaryIsCurrent[Int(source)] = false
        for member in members { add(Int(member), to: target) }
    }

    /// Folds each small group into the largest group at its place when that one is many times its size
    /// and their centroids agree a little: the sides of one matter that the single pass set apart (an
    /// estate's lift texts on the maintenance fund, a factory's neighbours asking for its relocation).
    /// Groups too far apart in wording (a road's manhole covers beside its street lights) stay, and so
    /// does a group of three or more whose texts agree with the larger one's below the coherence that
    /// splits a group (``ConcernGrouper/Options/splitCoherence``): an estate's yellow tap water beside
    /// its owners' missing deeds, which the later split does not always find again inside the whole.
    mutating func absorbSatellites() {
        let small = satelliteCandidates()
        for index in small where groups[index].alive {
            let group = Int32(index)
            let anchors = cachedAnchors(group)
            guard !anchors.specific.isEmpty, let largest = largestGroup(at: anchors, other: group),
                  groups[Int(largest)].members.count >= options.satelliteRatio * groups[index].members.count else { continue }
            let similarity = centroidSimilarity(group, largest)
            guard similarity.cosine >= options.satelliteCosine,
                  (Self.coherence(groups[index], groups[Int(largest)], dot: similarity.dot) ?? 1) >= options.splitCoherence else { continue }
            absorb(group, into: largest)
        }
    }

    /// The live groups of two to ``ConcernGrouper/Options/satelliteSize`` members, largest first.
    private func satelliteCandidates() -> [Int] { liveGroupsLargestFirst(sized: 2...options.satelliteSize) }

    /// The live groups whose member count is in `sizes`, largest first (ties to the lower index).
    private func liveGroupsLargestFirst(sized sizes: some RangeExpression<Int>) -> [Int] {
        groups.indices.filter { groups[$0].alive && sizes.contains(groups[$0].members.count) }
            .sorted { groups[$0].members.count != groups[$1].members.count ? groups[$0].members.count > groups[$1].members.count : $0 < $1 }
    }

    /// Folds each small group that names no place into the large group without a place whose centroid
    /// it agrees with clearly more than any other's: the few texts on one side of a rule of the whole
    /// city (`公积金又改了？额度从20倍变15倍`) that found each other but not the rule's main group, where no
    /// place holds them together as ``absorbSatellites()`` has it.
    mutating func absorbPlacelessSatellites() {
        // The large groups by their heaviest terms: a large group that shares none of a small one's agrees too little.
        var hostsByTerm: [Int32: [Int32]] = [:]
        for index in groups.indices where groups[index].alive && groups[index].members.count >= options.placelessHostSize
            && cachedAnchors(Int32(index)).specific.isEmpty {
            for term in groups[index].heaviestTerms(limit: Self.placelessHostTerms) {
                hostsByTerm[term, default: []].append(Int32(index))
            }
        }
        guard !hostsByTerm.isEmpty else { return }
        let small = satelliteCandidates()
        for index in small {
            let group = Int32(index)
            let anchors = cachedAnchors(group)
            guard anchors.specific.isEmpty else { continue }
            var best: (group: Int32, cosine: Float) = (-1, 0)
            var second: Float = 0
            let terms = groups[index].heaviestTerms(limit: Self.placelessHostTerms)
            let candidates = Set(terms.flatMap { hostsByTerm[$0] ?? [] }).sorted()
            for host in candidates where groups[Int(host)].members.count >= options.satelliteRatio * groups[index].members.count
                && PlaceRelation.between(anchors, cachedAnchors(host)) != .conflict {
                let cosine = centroidSimilarity(group, host).cosine
                if cosine > best.cosine {
                    second = best.cosine
                    best = (host, cosine)
                } else {
                    second = max(second, cosine)
                }
            }
            guard best.group >= 0, best.cosine >= options.placelessSatelliteCosine,
                  best.cosine >= options.placelessSatelliteMargin * second else { continue }
            absorb(group, into: best.group)
        }
    }

    /// Heaviest terms of a group by which ``absorbPlacelessSatellites()`` finds its hosts.
    static let placelessHostTerms = 24

    /// Splits each group at a shared place in two when its two matters agree far less than a merge
    /// needs (``GroupBisection``): a hospital's appointments and its bills, which routing files under
    /// one topic; or less than a merge needs while each side has a word of its own: the hospital's car
    /// park (`停车`) and its emergency room (`急诊`). Only once per group, after texts have found their groups.
    mutating func splitMixedGroups() {
        let bisection = GroupBisection(vectors: vectors)
        for index in groups.indices where groups[index].alive && groups[index].members.count >= 2 * options.splitSide {
            let group = Int32(index)
            guard !cachedAnchors(group).specific.isEmpty,
                  let split = bisection.leastCoherentSplit(of: groups[index].members, minimumSide: options.splitSide),
                  split.coherence < options.mergeCoherence else { continue }
            let side = Set(split.side)
            let rest = groups[index].members.filter { !side.contains($0) }
            guard split.coherence < options.splitCoherence
                || bisection.eachSideHasItsOwnWord(split.side, rest, ownShare: options.ownWordShare, foreignShare: options.foreignWordShare)
            else { continue }
            groups[index] = Group()
            for member in rest { add(Int(member), to: group) }
            let other = newGroup()
            for member in split.side { add(Int(member), to: other) }
        }
    }

    /// Puts each of `texts` (texts that second others, ``FeedbackProfile/secondsOthers``) that stands
    /// alone into the largest group at its place: `+1 澹园小区` says it raises their matter, whatever
    /// its few words (`天天晚上动次打次`).
    mutating func joinSeconds(_ texts: [Int]) {
        for text in texts {
            let own = groupOf[text]
            let anchors = signatures[text]
            guard groups[Int(own)].members.count == 1, !anchors.specific.isEmpty,
                  let host = largestGroup(at: anchors, other: own), groups[Int(host)].members.count >= 2 else { continue }
            absorb(own, into: host)
        }
    }

    /// Puts each of `texts` (texts that second others) that names no place and stands alone into the
    /// large group whose matter it clearly shares most: a thread's reply (`+1 便道等好久了`, `我们3组也是，
    /// 苍蝇多得吃不成饭`) raises the matter of the post it answers in few words and names no place.
    mutating func joinReplies(_ texts: [Int]) {
        joinMatterGroups(texts, hostSize: options.replyHostSize, least: options.replyCosine, margin: options.replyMargin) { state, text, group in
            state.expandedCosine(text, group, removingSelf: false, plainDot: 0)
        }
    }

    /// Puts each of `texts` that names no place and stands alone into the large group whose words it
    /// shares clearly more than any other's: a worker's `我们厂刘建国老板拖欠我们三个月工资` beside the group
    /// of the firm that owes him, a resident's `换完泵11栋好一点了` beside an estate's heating group. By the
    /// plain cosine, not the expanded one: a text that says more than a reply shares the group's own
    /// words when it is of its matter, and only its topic's words when it is a one-off of that topic
    /// (``ConcernGrouper/Options/loneCosine``).
    ///
    /// Then a text written while most of such a group was written (``isInBusySpan(_:of:)``) joins it at
    /// the lower ``ConcernGrouper/Options/timelyLoneCosine``: a concern's texts come in a span of weeks,
    /// one-offs of its topic all year round. Last, such a text joins a group of five or more written in
    /// the same weeks whose matter its vector expanded by term associations clearly shares
    /// (``ConcernGrouper/Options/expandedLoneCosine``): a smaller concern's paraphrases (`科目二挂了一次，
    /// 再约又要排两个月` beside a driving school's booking queue) share its matter more than its words.
    /// And one written in the weeks of a large group that names no place joins it when it shares that
    /// group's words a little and any other's hardly (``ConcernGrouper/Options/placelessLoneCosine``):
    /// `又是一刀切。临牌车三个月内全部停用` beside a citywide rule on e-bikes.
    mutating func joinLoners(_ texts: [Int]) {
        let cosine = { (state: inout GroupingState, text: Int, group: Int32) -> Float in
            let (ids, weights) = state.vectors.vector(text)
            return state.groups[Int(group)].cosine(ids, weights)
        }
        let timely = { (state: inout GroupingState, text: Int, group: Int32) in state.isInBusySpan(text, of: group) }
        let left = joinMatterGroups(texts, hostSize: options.loneHostSize, least: options.loneCosine, margin: options.loneMargin, similarity: cosine)
        let dated = left.filter { days[$0.text] != Self.noDay }
        let near = dated.filter { $0.similarity >= options.timelyLoneCosine }.map(\.text)
        joinMatterGroups(near, hostSize: options.loneHostSize, least: options.timelyLoneCosine, margin: options.loneMargin, similarity: cosine,
                         fits: timely)
        joinMatterGroups(dated.map(\.text), hostSize: options.expandedLoneHostSize, least: options.expandedLoneCosine, margin: options.loneMargin,
                         similarity: { state, text, group in state.expandedCosine(text, group, removingSelf: false, plainDot: 0) }, fits: timely)
        joinMatterGroups(dated.map(\.text), hostSize: options.placelessLoneHostSize, least: options.placelessLoneCosine,
                         margin: options.placelessLoneMargin, similarity: cosine,
                         fits: { state, text, group in state.cachedAnchors(group).specific.isEmpty && state.isInBusySpan(text, of: group) })
    }

    /// Puts each of `texts` that names a place and still stands alone into the large group at its place
    /// whose matter it shares clearly more than any other group's there, by its vector expanded by term
    /// associations, when it was written in the weeks most of that group was (``isInBusySpan(_:of:)``):
    /// a resident's `在锦绣华庭住了八年，头一回这么冷` beside the estate's heating group, which routing files
    /// under another topic than the group's and whose words are not the group's. Over 31 labeled
    /// corpora, 46 of 56 such joins are right; the wrong ones are one-offs at a concern's place in its
    /// weeks (an estate's e-bike charging beside its charging-pile group).
    mutating func joinPlacedLoners(_ texts: [Int]) {
        joinMatterGroups(texts, atPlace: true, hostSize: options.placedLoneHostSize, least: options.placedLoneCosine,
                         margin: options.placedLoneMargin,
                         similarity: { state, text, group in state.expandedCosine(text, group, removingSelf: false, plainDot: 0) },
                         fits: { state, text, group in state.isInBusySpan(text, of: group) })
    }

    /// Puts each reply (``FeedbackProfile/Thread``) into the group of the post it answers, the first
    /// text that opens a thread of that title, when that group has two members or more: a thread is one
    /// matter, however few words a reply shares with it (`不止头发，我家孩子说上周四的鸡腿里面是粉红色的`
    /// under a post on a school canteen), and wherever else the reply's words took it. Over the labeled
    /// corpora, 49 of 50 such replies raise the matter of the post.
    mutating func joinThreads(_ threads: [FeedbackProfile.Thread?]) {
        guard threads.contains(where: { $0?.isReply == true }) else { return }
        var posts: [String: Int] = [:]
        for (text, thread) in threads.enumerated() {
            if let thread, !thread.isReply, posts[thread.title] == nil { posts[thread.title] = text }
        }
        guard !posts.isEmpty else { return }
        for (text, thread) in threads.enumerated() {
            guard let thread, thread.isReply, let post = posts[thread.title] else { continue }
            let (own, host) = (groupOf[text], groupOf[post])
            guard own != host, groups[Int(host)].members.count >= 2 else { continue }
            move(text, from: own, to: host)
        }
    }

    /// Whether `text` was written in `group`'s busy span (``busySpan(of:)``).
    private mutating func isInBusySpan(_ text: Int, of group: Int32) -> Bool {
        busySpan(of: group)?.days.contains(days[text]) == true
    }

    /// The days by which a tenth and nine tenths of `group`'s dated members were written, and how many
    /// are dated; nil when none is, or when those days are more than
    /// ``ConcernGrouper/Options/busySpanDays`` apart: a group written over years (a board's questions on
    /// housing-fund loans) has no busy weeks.
    private mutating func busySpan(of group: Int32) -> (days: ClosedRange<Int32>, dated: Int)? {
        if busySpans[group]?.changedAt != changedAt[Int(group)] {
            let dated = groups[Int(group)].members.map { days[Int($0)] }.filter { $0 != Self.noDay }.sorted()
            let last = Double(dated.count - 1)
            var span = dated.isEmpty ? nil : (days: dated[Int((last * 0.1).rounded(.down))]...dated[Int((last * 0.9).rounded(.up))], dated: dated.count)
            if let days = span?.days, Int(days.upperBound) - Int(days.lowerBound) > options.busySpanDays { span = nil }
            busySpans[group] = (changedAt[Int(group)], span)
        }
        return busySpans[group]!.span
    }

    /// Sets apart each member of a group of ``ConcernGrouper/Options/offSeasonGroupSize`` dated members or
    /// more that was written out of the group's season, well before or after its busy span
    /// (``ConcernGrouper/Options/offSeasonShare``), and whose words agree little with the other members'
    /// (``ConcernGrouper/Options/offSeasonCosine``): a one-off at the concern's place or of its topic that
    /// came in by them, such as a bus line's rude driver months after the line's rerouting, or an estate's
    /// felled trees a season before its fee dispute. A concern's own late texts mostly share its words
    /// (`眼看就要停暖了……夏天就把枫林御景的供暖管网改造了`).
    mutating func releaseOffSeasonMembers() {
        for index in groups.indices where groups[index].alive && groups[index].members.count >= options.offSeasonGroupSize {
            let group = Int32(index)
            guard let busy = busySpan(of: group), busy.dated >= options.offSeasonGroupSize else { continue }
            let length = Int(busy.days.upperBound) - Int(busy.days.lowerBound)
            let margin = max(options.offSeasonDays, Int(options.offSeasonShare * Float(length)))
            let season = (Int(busy.days.lowerBound) - margin)...(Int(busy.days.upperBound) + margin)
            let released = groups[index].members.filter { member in
                let day = days[Int(member)]
                guard day != Self.noDay, !season.contains(Int(day)) else { return false }
                let (ids, weights) = vectors.vector(Int(member))
                return groups[index].memberCosine(ids, weights) < options.offSeasonCosine
            }
            for member in released { move(Int(member), from: group, to: newGroup()) }
        }
    }

    /// Parts each group of two texts at a shared place whose texts meet below
    /// ``ConcernGrouper/Options/pairCosine``: at a shared place a text joins on little term agreement,
    /// which a group's other members confirm as it grows, but two one-offs of one estate (its parking
    /// fees and its lifts) stay a pair.
    mutating func partWeakPairs() {
        for index in groups.indices where groups[index].alive && groups[index].members.count == 2 {
            let first = Int(groups[index].members[0])
            guard PlaceRelation.between(signatures[first], anchors(of: groups[index], removing: first)) == .match else { continue }
            let (ids, weights) = vectors.vector(first)
            guard groups[index].memberCosine(ids, weights) < options.pairCosine else { continue }
            move(first, from: Int32(index), to: newGroup())
        }
    }

    /// Merges each two groups of ``ConcernGrouper/Options/establishedGroupSize`` members or more at a
    /// shared place that routing files under two topics without telling them apart
    /// (``routingTellsApart(_:_:)``), when their texts agree across at
    /// ``ConcernGrouper/Options/lastMergeCoherence``, largest first. The lone texts that joined them
    /// since the last merge show what each is: a serviced-apartment estate's commercial utility rates,
    /// one group filed under water, the other under prices, agree as one matter does once whole.
    mutating func mergeEstablishedGroups() {
        let least = options.establishedGroupSize
        for index in liveGroupsLargestFirst(sized: least...) where groups[index].alive {
            let group = Int32(index)
            for other in groups(at: cachedAnchors(group), other: group) where groups[Int(other)].members.count >= least {
                // The group's anchors move as it absorbs: the place is weighed again against the current ones.
                refreshSummary(group)
                refreshSummary(other)
                guard MatterAgreement(summaries[index].matter, summaries[Int(other)].matter) == .different,
                      PlaceRelation.between(summaries[index].anchors, summaries[Int(other)].anchors) == .match,
                      !routingTellsApart(group, other),
                      let coherence = Self.coherence(groups[index], groups[Int(other)], dot: centroidSimilarity(group, other).dot),
                      coherence >= options.lastMergeCoherence else { continue }
                absorb(other, into: group)
            }
        }
    }

    /// Joins each of `texts` that stands alone to the group of `hostSize` members or more whose
    /// `similarity` with it is `least` or more and `margin` times that of the next best group, and that
    /// it `fits`: with `atPlace`, a text that names a place to a group at its place; else a text that
    /// names no place or town to a group that shares a term with it. Returns the texts weighed and left
    /// alone, each with its best group's similarity.
    @discardableResult
    private mutating func joinMatterGroups(_ texts: [Int], atPlace: Bool = false, hostSize: Int, least: Float, margin: Float,
                                           similarity: (inout GroupingState, Int, Int32) -> Float,
                                           fits: (inout GroupingState, Int, Int32) -> Bool = { _, _, _ in true }) -> [(text: Int, similarity: Float)] {
        var left: [(text: Int, similarity: Float)] = []
        for text in texts {
            let own = groupOf[text]
            guard groups[Int(own)].members.count == 1,
                  atPlace ? !signatures[text].specific.isEmpty : signatures[text].specific.isEmpty && signatures[text].towns.isEmpty else { continue }
            let candidates = atPlace ? groups(at: signatures[text], other: own) : candidates(ofText: text, everyTerm: true)
            var best: (group: Int32, similarity: Float) = (-1, 0)
            var second: Float = 0
            for group in candidates where group != own && groups[Int(group)].members.count >= 2 {
                // Groups at the text's place match it already; others must not conflict with it.
                guard atPlace || PlaceRelation.between(signatures[text], cachedAnchors(group)) != .conflict else { continue }
                let value = similarity(&self, text, group)
                if value > best.similarity || (value == best.similarity && group < best.group) {
                    second = best.similarity
                    best = (group, value)
                } else {
                    second = max(second, value)
                }
            }
            guard best.group >= 0, groups[Int(best.group)].members.count >= hostSize, best.similarity >= least,
                  best.similarity >= margin * second, fits(&self, text, best.group) else {
                left.append((text, best.similarity))
                continue
            }
            absorb(own, into: best.group)
        }
        return left
    }

    /// Gathers the texts that name no place and stand alone into the dense sets among them
    /// (``PlacelessSets``): the concerns of a whole city, which no place holds together. Texts of two
    /// cities or districts do not link, and a set is kept only as a concern of one city or district
    /// (``PlacelessSets/membersOfOneArea(_:)``): questions on one service from across a province (each
    /// county's medical insurance) are as dense as one city's rule, but many matters.
    mutating func gatherPlacelessSets(workers: Int) {
        let loners = groupOf.indices.filter { groups[Int(groupOf[$0])].members.count == 1 && signatures[$0].specific.isEmpty }
        var finder = PlacelessSets(vectors: vectors, association: association)
        finder.splitCoherence = options.sameTopicMergeCoherence
        let sets = finder.denseSets(of: loners, workers: workers) { [signatures] a, b in
            PlaceRelation.between(signatures[a], signatures[b]) != .conflict
        }
        for set in sets {
            guard let kept = finder.membersOfOneArea(set.map { signatures[$0] }) else { continue }
            let target = groupOf[set[kept[0]]]
            for position in kept.dropFirst() { absorb(groupOf[set[position]], into: target) }
        }
    }

    /// The largest group (ties to the lower index) other than `own` whose places match `anchors`.
    private mutating func largestGroup(at anchors: PlaceSignature, other own: Int32) -> Int32? {
        groups(at: anchors, other: own).max { (groups[Int($0)].members.count, $1) < (groups[Int($1)].members.count, $0) }
    }

    /// The groups other than `own` whose places match `anchors`.
    private mutating func groups(at anchors: PlaceSignature, other own: Int32) -> [Int32] {
        var found: [Int32] = []
        beginScan()
        seenStamp[Int(own)] = stamp
        for entry in anchors.specific { scan(placePostings[entry.key], limit: Int.max, into: &found) }
        return found.filter { PlaceRelation.between(anchors, cachedAnchors($0)) == .match }
    }

    /// Dot product and cosine of two groups' centroids.
    private func centroidSimilarity(_ a: Int32, _ b: Int32) -> (dot: Float, cosine: Float) {
        let (ga, gb) = (groups[Int(a)], groups[Int(b)])
        let dot = ga.centroidDot(gb)
        let denominator = (ga.norm2 * gb.norm2).squareRoot()
        return (dot, denominator > 1e-9 ? dot / denominator : 0)
    }

    /// Moves each text to the group it now fits best, when that beats its own group (itself left out).
    /// With `sinceChanged`, only the texts whose own group changed since they were last weighed: a
    /// second round after satellites joined takes a tenth of a full round's time on 100k texts and
    /// groups every hand-labeled corpus as a full round does.
    mutating func reassignMembers(sinceChanged: Bool = false) {
        for text in 0..<groupOf.count {
            if sinceChanged && changedAt[Int(groupOf[text])] <= weighedAt[text] { continue }
            weighedAt[text] = changes
            let own = groupOf[text]
            let ownScore = groups[Int(own)].members.count > 1 ? score(text, own, removingSelf: true) ?? -1 : -1
            guard let best = bestGroup(for: text, excluding: own), best.score > ownScore + 0.02 else { continue }
            move(text, from: own, to: best.group)
        }
    }

    /// Moves `text` from its group `own` to `group`; a group left empty is dead.
    private mutating func move(_ text: Int, from own: Int32, to group: Int32) {
        remove(text, from: own)
        add(text, to: group)
        if groups[Int(own)].members.isEmpty { groups[Int(own)].alive = false }
    }

    func finalGroups() -> [[Int]] {
        groups.filter { $0.alive && !$0.members.isEmpty }
            .map { $0.members.map(Int.init).sorted() }
            .sorted { $0[0] < $1[0] }
    }
}

/// How many members of a group name areas of one kind (districts, towns or cities), and each area.
struct AreaTally {
    /// Members that name at least one.
    var named: Int32 = 0
    var counts: [Int32: Int32] = [:]

    mutating func add(_ keys: [Int32]) {
        if !keys.isEmpty { named += 1 }
        for key in keys { counts[key, default: 0] += 1 }
    }

    mutating func remove(_ keys: [Int32]) {
        if !keys.isEmpty { named -= 1 }
        for key in keys { counts[key]! -= 1 }
    }

    /// The areas a third of the members naming one name, and an eighth of all `size` members, and two
    /// of them unless the group has two members or fewer; `own` are the areas of a member left out.
    /// Two of a firm's eighteen workers who say which county they come from do not set its group apart
    /// from the group of its texts that name the firm's district.
    func anchors(removing own: [Int32], size: Int32) -> [Int32] {
        let named = named - (own.isEmpty ? 0 : 1)
        return counts.compactMap { key, count in
            let count = count - (own.contains(key) ? 1 : 0)
            return count > 0 && count * 3 >= named && count * Self.leastShareOfMembers >= size && (count >= 2 || size <= 2) ? key : nil
        }
    }

    /// An area is the group's when at least one member in this many names it.
    static let leastShareOfMembers: Int32 = 8
}

/// What the comparisons read of a group: the places it is anchored at and the matter most of its
/// members raise.
struct GroupSummary {
    var anchors = PlaceSignature()
    var matter: Int32?
}

/// Whether two sides raise the same kind of matter, by routing's best topic.
enum MatterAgreement: Equatable {
    case same, different, unknown

    init(_ a: Int32?, _ b: Int32?) {
        guard let a, let b else {
            self = .unknown
            return
        }
        self = a == b ? .same : .different
    }
}
