/// Reads Chinese numerals: `十` → 10, `两` → 2, `二十三` → 23, `一千零五` → 1005, `三万五千` → 35000,
/// `二〇二〇` → 2020 (digit by digit when there is no 十/百/千).
public enum ChineseNumeral {
    static let digits: [Character: Int] = [
        "零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
        "六": 6, "七": 7, "八": 8, "九": 9,
    ]
    static let smallUnits: [Character: Double] = ["十": 10, "百": 100, "千": 1000]
    static let largeUnits: Set<Character> = ["万", "亿"]

    /// Whether `character` is a digit (`一`…`九`, `两`, `零`), not a unit.
    public static func isDigit(_ character: Character) -> Bool { digits[character] != nil }

    /// Whether `character` can be part of a Chinese numeral.
    public static func isNumeral(_ character: Character) -> Bool {
        digits[character] != nil || smallUnits[character] != nil || largeUnits.contains(character)
    }

    /// The value of a run of numeral characters, or nil when it is not a well-formed numeral.
    public static func value(_ text: some Sequence<Character>) -> Double? {
        let characters = Array(text)
        guard !characters.isEmpty, characters.allSatisfy(isNumeral) else { return nil }
        if characters.count > 1, characters.allSatisfy({ digits[$0] != nil }) {
            return characters.reduce(0) { $0 * 10 + Double(digits[$1]!) }
        }
        var total = 0.0     // the part above 亿 groups, already multiplied
        var tenThousands = 0.0
        var section = 0.0   // the current group below 万
        var digit: Double? = nil
        for character in characters {
            if let value = digits[character] {
                if let pending = digit, pending != 0 || value == 0 { return nil }  // two digits in a row
                digit = Double(value)
            } else if let unit = smallUnits[character] {
                section += (digit ?? 1) * unit
                digit = nil
            } else if character == "万" {
                let group = section + (digit ?? 0)
                tenThousands = (group == 0 ? 1 : group) * 1e4
                section = 0
                digit = nil
            } else {
                let group = tenThousands + section + (digit ?? 0)
                total = (total + (group == 0 ? 1 : group)) * 1e8
                tenThousands = 0
                section = 0
                digit = nil
            }
        }
        return total + tenThousands + section + (digit ?? 0)
    }
}
