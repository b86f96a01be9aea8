/// Matches variants of a place's name across a corpus: `张店银泰城小区`, `银泰城小区` and `银泰小区` get
/// one key when `张店` is a district (or city, town) named elsewhere in the corpus and `银泰` is a prefix of `银泰城`.
public struct PlaceDirectory: Sendable {
    /// A place as grouping compares it: kind plus canonical core.
    public struct Key: Sendable, Hashable, Comparable {
        public var kind: Place.Kind
        public var core: String

        public static func < (lhs: Key, rhs: Key) -> Bool { (lhs.kind, lhs.core) < (rhs.kind, rhs.core) }
    }

    private var districtCores: Set<String> = []
    private var canonical: [Key: Key] = [:]

    /// Builds the directory from every place found in the corpus.
    public init(places: some Sequence<Place>) {
        var specific: [Place] = []
        for place in places {
            if place.kind.isSpecific { specific.append(place) } else { districtCores.insert(place.core) }
        }
        var coresByKind: [Place.Kind: Set<String>] = [:]
        for place in specific { coresByKind[place.kind, default: []].insert(stripDistricts(place.core)) }
        for (kind, cores) in coresByKind {
            for core in cores {
                // The shortest prefix that is itself a name in the corpus stands for all its extensions.
                var target = core
                for length in 2..<max(2, core.count) where cores.contains(String(core.prefix(length))) {
                    target = String(core.prefix(length))
                    break
                }
                canonical[Key(kind: kind, core: core)] = Key(kind: kind, core: target)
            }
        }
    }

    /// The key `place` is compared by.
    public func key(for place: Place) -> Key {
        guard place.kind.isSpecific else { return Key(kind: place.kind, core: place.core) }
        let key = Key(kind: place.kind, core: stripDistricts(place.core))
        return canonical[key] ?? key
    }

    /// `张店银泰城` → `银泰城` when `张店` names a district; keeps at least two characters.
    private func stripDistricts(_ core: String) -> String {
        var core = Substring(core)
        var stripped = true
        while stripped {
            stripped = false
            for length in stride(from: min(6, core.count - 2), through: 1, by: -1) where districtCores.contains(String(core.prefix(length))) {
                core = core.dropFirst(length)
                stripped = true
                break
            }
        }
        return String(core)
    }
}
