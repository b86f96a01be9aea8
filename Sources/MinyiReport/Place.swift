/// A named place or organization found in a text: the concrete "where" or "who" of a concern.
public struct Place: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// What the name ends in, which decides how specific the place is.
    public enum Kind: Int, Sendable, Hashable, Comparable, CaseIterable, Codable {
        /// A bus line: `12路`, `K5路`.
        case busRoute
        /// A residential compound: `…小区`, `…花园`, `…苑`, `…家园`, `…社区`.
        case community
        /// A company, school, hospital, market, construction site: `…公司`, `…中学`, `…工地`.
        case organization
        /// A village: `…村`.
        case village
        /// A road or street: `…路`, `…街`, `…大道`.
        case road
        /// A river: `…河`. It runs past many places, so a text that names only the river may be about
        /// any of them (as one that names only its town).
        case river
        /// A district or county: `…区`, `…县`.
        case district
        /// A town or subdistrict: `…镇`, `…乡`, `…街道`.
        case town
        /// A city: `…市`.
        case city
        /// A province: `…省`. Shown, but no signal for grouping: a city's texts share their province.
        case province

        public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }

        /// Whether the place names one concrete matter's location (not a whole district, town, city or province).
        public var isSpecific: Bool { self < .district }
    }

    public var kind: Kind
    /// The name as written (normalized text): `银泰城小区`.
    public var name: String
    /// The name without its generic suffix, used to match variants: `银泰城`.
    public var core: String
    /// Written by its sound, as hotline operators mark a name they only heard (`杨六村（音）`): the place
    /// may be spelt otherwise elsewhere.
    public var isPhonetic: Bool

    public init(kind: Kind, name: String, core: String, isPhonetic: Bool = false) {
        self.kind = kind
        self.name = name
        self.core = core
        self.isPhonetic = isPhonetic
    }

    public var description: String { name }

    public static func < (lhs: Place, rhs: Place) -> Bool { (lhs.kind, lhs.name) < (rhs.kind, rhs.name) }
}
