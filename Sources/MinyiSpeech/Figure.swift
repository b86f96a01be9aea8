/// A quantity stated in a speech: `1.6万余人次`, `同比下降10%`, `2019年度`.
///
/// `start..<end` are UTF-8 byte offsets in the text the figure was read from (the original file
/// when it comes from ``SpeechAnalyzer``).
public struct Figure: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// Things counted with a classifier or noun: `756条`, `1677名`, `八项措施`.
        case count
        /// Money, value in 元: `13.82万元` → 138200.
        case money
        /// `82.24%`, `百分之九十`.
        case percent
        /// Percentage points: `2.96个百分点`.
        case points
        /// Physical units and lengths of time: `5公里`, `300平方米`, `三年`, `65周岁`.
        case measure
        /// A point in time: `1月18日`, `4月底`, `2020年`, `2019年度`.
        case date
        /// A span of time: `一季度`, `1-4月份`, `全年`.
        case period
    }

    /// How the stated number relates to the real one.
    public enum Qualifier: String, Sendable, Codable {
        /// `余`, `多`, `以上`, `超过`, `突破`, `不少于`.
        case atLeast = "at_least"
        /// `约`, `近`, `左右`.
        case about
    }

    /// Direction of a change over time (`同比下降10%` → down).
    public enum Change: String, Sendable, Codable {
        case up, down
    }

    public var text: String
    public var kind: Kind
    /// Value in base units (万 and 亿 applied); nil for dates and periods.
    public var value: Double?
    /// Classifier, counted noun or unit (`条`, `部门`, `元`, `%`, `个百分点`, `公里`); nil for dates.
    public var unit: String?
    public var qualifier: Qualifier?
    public var change: Change?
    public var start: Int
    public var end: Int

    public init(text: String, kind: Kind, value: Double?, unit: String?, qualifier: Qualifier? = nil,
                change: Change? = nil, start: Int, end: Int) {
        self.text = text
        self.kind = kind
        self.value = value
        self.unit = unit
        self.qualifier = qualifier
        self.change = change
        self.start = start
        self.end = end
    }

    enum CodingKeys: String, CodingKey {
        case text, kind, value, unit, qualifier, change, start, end
    }

    /// Encodes every key, absent values as null, so the JSON shape is fixed.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(kind, forKey: .kind)
        try container.encode(value, forKey: .value)
        try container.encode(unit, forKey: .unit)
        try container.encode(qualifier, forKey: .qualifier)
        try container.encode(change, forKey: .change)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
    }
}
