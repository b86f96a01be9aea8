/// How two sets of places compare: the same place, different places, or nothing to tell.
enum PlaceRelation {
    case match
    case conflict
    /// Neither side names a specific place.
    case bothUnplaced
    /// Only one side names a specific place.
    case unrelated
    /// One side names only its town, and the other's places are in that town (its members name it).
    case sameTown

    /// Places of one kind from which on a single shared one no longer makes the same place.
    static let listedPlaces = 4

    /// Whether two sides that each name one specific place, given by ``PlaceSignature/onlyPlace``,
    /// name two places of one kind: ``between(_:_:)`` then finds a conflict whatever else they name
    /// (areas only ever turn a match into a conflict). Grouping tests this on numbers kept side by
    /// side before it reads any signature.
    static func isOnlyPlaceConflict(_ a: UInt64, _ b: UInt64) -> Bool {
        a != PlaceSignature.noOnlyPlace && b != PlaceSignature.noOnlyPlace && a != b && a >> 32 == b >> 32
    }

    /// Different districts (`…区`, `…县`) or different cities are a conflict, unless both name one
    /// organization. Otherwise compares on the most specific kind both sides name: a shared place
    /// is a match, none a conflict; places of different kinds conflict unless a key is shared (a
    /// group's ``PlaceSignature/alsoNamed`` counting as its own). A group of scattered places
    /// conflicts with any text that names a place.
    static func between(_ a: PlaceSignature, _ b: PlaceSignature) -> PlaceRelation {
        if (a.isMixed && !b.specific.isEmpty) || (b.isMixed && !a.specific.isEmpty) { return .conflict }
        var relation = specificRelation(a, b)
        // Shared on a road, a text naming its own bus line is no member of a group of many lines.
        if relation == .match, !a.scatteredKinds.isEmpty || !b.scatteredKinds.isEmpty,
           let shared = a.specific.lazy.filter({ x in b.specific.contains { $0.key == x.key } }).map(\.kind).min(),
           a.strays(from: b, above: shared) || b.strays(from: a, above: shared) {
            relation = .conflict
        }
        guard disjoint(a.districts, b.districts) || disjoint(a.cities, b.cities) else { return relation }
        // One estate, road or hospital name in two districts or cities is two places (`阳光小区` in 张店区
        // and in 淄川区, every county's `人民医院`); a company or college is one, wherever the people who
        // write about it live.
        return relation == .match && a.specific.contains(where: { $0.isCitywide && b.specific.contains($0) }) ? .match : .conflict
    }

    /// The relation by specific places alone.
    private static func specificRelation(_ a: PlaceSignature, _ b: PlaceSignature) -> PlaceRelation {
        var i = 0, j = 0
        // Both lists are sorted by (kind, key): walk the kinds in order of specificity.
        while i < a.specific.count && j < b.specific.count {
            let kindA = a.specific[i].kind, kindB = b.specific[j].kind
            if kindA < kindB { i = a.end(ofKindAt: i); continue }
            if kindB < kindA { j = b.end(ofKindAt: j); continue }
            let endA = a.end(ofKindAt: i), endB = b.end(ofKindAt: j)
            var shared = 0, numbered = 0
            for x in i..<endA {
                for y in j..<endB where a.specific[x].key == b.specific[y].key {
                    shared += 1
                    if a.specific[x].isNumbered { numbered += 1 }
                }
            }
            if shared == 0 { return .conflict }
            // Every city has its `第二中学`: named with a county on one side and a city on the other, it
            // may be two schools.
            if numbered == shared && !areasAgree(a, b) { return .unrelated }
            // One name shared out of a list (`138路、602路、801路…`) is a network, not one matter's place.
            return shared == 1 && max(endA - i, endB - j) >= listedPlaces ? .unrelated : .match
        }
        // Places of different kinds only: one shared name (a road named like its compound) still counts.
        // A side placed by its town or river alone may be about any place in it or on it.
        if !a.specific.isEmpty && !b.specific.isEmpty {
            if a.specific.contains(where: { x in b.specific.contains { $0.key == x.key } }) { return .match }
            // A place of another kind that a group's members name beside theirs (villages and the
            // landfill beside them) is the group's place too.
            if a.specific.contains(where: { b.alsoNamed.contains($0.key) }) || b.specific.contains(where: { a.alsoNamed.contains($0.key) }) { return .match }
            if a.isInTownOf(b) || b.isInTownOf(a) { return .sameTown }
            return a.isBroadOnly || b.isBroadOnly ? .unrelated : .conflict
        }
        return a.specific.isEmpty && b.specific.isEmpty ? .bothUnplaced : .unrelated
    }

    /// Whether the two sides name a district or city in common (a district counting as in its city),
    /// or one names none.
    private static func areasAgree(_ a: PlaceSignature, _ b: PlaceSignature) -> Bool {
        let (areasA, areasB) = (a.districts + a.cities + a.districtCities, b.districts + b.cities + b.districtCities)
        return areasA.isEmpty || areasB.isEmpty || areasA.contains { areasB.contains($0) }
    }

    /// Whether both name areas of a kind and none in common.
    static func disjoint(_ a: [Int32], _ b: [Int32]) -> Bool {
        !a.isEmpty && !b.isEmpty && !a.contains { b.contains($0) }
    }
}

/// The places of a text or a concern as grouping compares them. A class of constants: grouping
/// compares millions of pairs, and passing one reference costs less than copying five arrays.
final class PlaceSignature: Sendable {
    struct Entry: Hashable, Comparable {
        var kind: Place.Kind
        var key: Int32
        /// An organization without one site in one district (``PlaceSuffixes/isCitywide(_:)``).
        var isCitywide = false
        /// A school or hospital known by its number only (``PlaceSuffixes/isNumbered(_:)``).
        var isNumbered = false
        static func < (lhs: Entry, rhs: Entry) -> Bool { (lhs.kind, lhs.key) < (rhs.kind, rhs.key) }
    }

    /// Specific places sorted by kind (most specific first), then key; the town only when nothing
    /// more specific is named.
    let specific: [Entry]
    /// District keys (`…区`, `…县`).
    let districts: [Int32]
    /// Town keys (`…镇`, `…街道`), also when a more specific place is named.
    let towns: [Int32]
    /// City keys (`…市`).
    let cities: [Int32]
    /// The cities of its districts, as other texts name them together (`Y1区` with `Y市`): only to tell
    /// whether two sides' areas agree on a numbered school (``PlaceRelation``).
    let districtCities: [Int32]
    /// A group whose members name places but no place enough of them: texts naming a place stay out.
    let isMixed: Bool
    /// Kinds of place that many members of a group name, no one place of them often enough to be
    /// the group's (bus lines `809路`, `204路`, `216路` on one road), and every place of those kinds its
    /// members name.
    let scatteredKinds: [Place.Kind]
    let scatteredKeys: [Int32]
    /// Places a group's members name beside its own, too few times to be the group's: a text naming
    /// one of them and no place of the group's kinds is at the group's place.
    let alsoNamed: [Int32]

    /// Sorts `specific`, `districts`, `towns` and `cities` and drops their repeats.
    init(specific: [Entry] = [], districts: [Int32] = [], towns: [Int32] = [], cities: [Int32] = [], districtCities: [Int32] = [],
         isMixed: Bool = false, scatteredKinds: [Place.Kind] = [], scatteredKeys: [Int32] = [], alsoNamed: [Int32] = []) {
        self.specific = Self.sortedUnique(specific)
        self.districts = Self.sortedUnique(districts)
        self.towns = Self.sortedUnique(towns)
        self.cities = Self.sortedUnique(cities)
        self.districtCities = Self.sortedUnique(districtCities)
        self.isMixed = isMixed
        self.scatteredKinds = scatteredKinds
        self.scatteredKeys = scatteredKeys
        self.alsoNamed = alsoNamed
    }

    static let empty = PlaceSignature()

    /// The one specific place as a number (kind, then key), or ``noOnlyPlace`` when there are none or several.
    var onlyPlace: UInt64 {
        guard specific.count == 1 else { return Self.noOnlyPlace }
        return UInt64(specific[0].kind.rawValue) << 32 | UInt64(UInt32(bitPattern: specific[0].key))
    }

    static let noOnlyPlace = UInt64.max

    /// The place key of an ``onlyPlace`` other than ``noOnlyPlace``.
    static func key(ofOnlyPlace onlyPlace: UInt64) -> Int32 { Int32(bitPattern: UInt32(onlyPlace & 0xFFFF_FFFF)) }

    private static func sortedUnique<T: Comparable>(_ values: [T]) -> [T] {
        guard values.count > 1 else { return values }
        var sorted = values.sorted()
        var kept = 1
        for index in 1..<sorted.count where sorted[index] != sorted[kept - 1] {
            sorted[kept] = sorted[index]
            kept += 1
        }
        sorted.removeLast(sorted.count - kept)
        return sorted
    }

    /// Whether this side names a place of a kind more specific than `shared` that `other` is
    /// scattered over, and none of the places `other`'s members name of that kind.
    func strays(from other: PlaceSignature, above shared: Place.Kind) -> Bool {
        other.scatteredKinds.contains { kind in
            kind < shared && specific.contains { $0.kind == kind } && !specific.contains { $0.kind == kind && other.scatteredKeys.contains($0.key) }
        }
    }

    /// Whether a place of `kind` named beside a group's own places may be the group's place too: an
    /// estate, organization or village may (the landfill beside the villages it smells in), a road,
    /// river or bus line is the address of everything along it (the road past a hospital).
    static func mayBeNamedBeside(_ kind: Place.Kind) -> Bool { kind == .community || kind == .organization || kind == .village }

    /// Whether this side names only a town, which `other` names beside its more specific places.
    func isInTownOf(_ other: PlaceSignature) -> Bool {
        specific.count == 1 && specific[0].kind == .town && other.specific.contains { $0.kind != .town } && other.towns.contains(specific[0].key)
    }

    /// Whether the only specific places are a town or a river, which hold or pass many places.
    var isBroadOnly: Bool { !specific.isEmpty && specific.allSatisfy { $0.kind == .town || $0.kind == .river } }

    func end(ofKindAt index: Int) -> Int {
        var end = index + 1
        while end < specific.count && specific[end].kind == specific[index].kind { end += 1 }
        return end
    }
}
