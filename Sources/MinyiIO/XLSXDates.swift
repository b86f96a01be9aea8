/// How a date-formatted number cell is written out.
enum XLSXDateKind {
    case date, dateTime, time

    /// Built-in number formats that show dates or times (including the Chinese-locale ones).
    private static let builtIn: [Int: XLSXDateKind] = {
        var kinds: [Int: XLSXDateKind] = [22: .dateTime]
        for id in [14, 15, 16, 17, 27, 28, 29, 30, 31, 36, 50, 51, 52, 53, 54, 57, 58] { kinds[id] = .date }
        for id in [18, 19, 20, 21, 32, 33, 34, 35, 45, 46, 47, 55, 56] { kinds[id] = .time }
        return kinds
    }()

    /// The date kind of each cell style (`<cellXfs>` index) in a parsed styles part.
    static func styles(_ styles: XMLStartElements) -> [Int: XLSXDateKind] {
        var custom: [Int: XLSXDateKind] = [:]
        for element in styles.elements where element.name == "numFmt" {
            if let id = element.attributes["numFmtId"].flatMap({ Int($0) }),
               let kind = element.attributes["formatCode"].flatMap(kind(ofFormat:)) {
                custom[id] = kind
            }
        }
        var kinds: [Int: XLSXDateKind] = [:]
        let formats = styles.elements.filter { $0.name == "xf" && $0.parent == "cellXfs" }
        for (index, xf) in formats.enumerated() {
            let id = xf.attributes["numFmtId"].flatMap { Int($0) } ?? 0
            if let kind = custom[id] ?? builtIn[id] { kinds[index] = kind }
        }
        return kinds
    }

    /// The kind of a custom format code such as `yyyy/m/d h:mm`, ignoring quoted text, escapes and
    /// bracketed sections (colors, locales); nil when it shows no date or time.
    static func kind(ofFormat code: String) -> XLSXDateKind? {
        var letters = Set<Character>()
        var quoted = false, bracketed = false, escaped = false
        for character in code.lowercased() {
            if escaped { escaped = false; continue }
            switch character {
            case "\"": quoted.toggle()
            case "\\" where !quoted: escaped = true
            case "[" where !quoted: bracketed = true
            case "]" where !quoted: bracketed = false
            default: if !quoted && !bracketed { letters.insert(character) }
            }
        }
        let hasDate = letters.contains("y") || letters.contains("d")
        let hasTime = letters.contains("h") || letters.contains("s")
        switch (hasDate, hasTime) {
        case (true, true): return .dateTime
        case (true, false): return .date
        case (false, true): return .time
        case (false, false): return nil
        }
    }

    /// A serial day number as `yyyy-MM-dd`, `yyyy-MM-dd HH:mm:ss` or `HH:mm:ss`.
    func format(serial: Double, date1904: Bool) -> String {
        let seconds = Int((serial * 86_400).rounded())
        let (day, secondOfDay) = (seconds.quotientAndRemainder(dividingBy: 86_400))
        // Day 0 is 1899-12-30 (1900 system) or 1904-01-01; 1970-01-01 is day 25569 or 24107.
        let (year, month, dayOfMonth) = civilDate(daysSince1970: day - (date1904 ? 24_107 : 25_569))
        let date = "\(year)-\(pad(month))-\(pad(dayOfMonth))"
        let time = "\(pad(secondOfDay / 3600)):\(pad(secondOfDay / 60 % 60)):\(pad(secondOfDay % 60))"
        switch self {
        case .date: return date
        case .dateTime: return "\(date) \(time)"
        case .time: return time
        }
    }

    private func pad(_ value: Int) -> String {
        value < 10 ? "0\(value)" : String(value)
    }

    /// The proleptic Gregorian date of a day count from 1970-01-01 (H. Hinnant's algorithm).
    private func civilDate(daysSince1970 days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
