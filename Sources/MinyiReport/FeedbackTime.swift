/// A submission time in seconds since 1970-01-01 00:00 (local time of the source, no zone).
public struct FeedbackTime: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var seconds: Int

    public init(seconds: Int) { self.seconds = seconds }

    /// Reads `2019/4/25 9:32:09`, `2026-11-29`, `2026-11-29T08:05:00+08:00`, `2026年11月29日 8:05`:
    /// year, month, day, then optional hour, minute, second; the zone is ignored. Nil when the
    /// string has no valid date.
    public init?(parsing string: String) {
        var fields: [Int] = []
        var current: Int? = nil
        for byte in string.utf8 {
            if byte >= 0x30 && byte <= 0x39 {
                current = (current ?? 0) &* 10 &+ Int(byte - 0x30)
                if current! > 99_999 { return nil }
            } else {
                if let value = current { fields.append(value) }
                current = nil
                if fields.count == 6 || byte == UInt8(ascii: "+") || (byte == UInt8(ascii: "Z") && fields.count >= 3) { break }
            }
        }
        if let value = current, fields.count < 6 { fields.append(value) }
        guard fields.count >= 3 else { return nil }
        let (year, month, day) = (fields[0], fields[1], fields[2])
        guard (1900...2200).contains(year), (1...12).contains(month), (1...Self.daysIn(month: month, year: year)).contains(day) else { return nil }
        let hour = fields.count > 3 ? fields[3] : 0
        let minute = fields.count > 4 ? fields[4] : 0
        let second = fields.count > 5 ? fields[5] : 0
        guard hour < 24, minute < 60, second < 61 else { return nil }
        seconds = Self.days(year: year, month: month, day: day) * 86_400 + hour * 3_600 + minute * 60 + second
    }

    /// Days since 1970-01-01 of the start of this time's day.
    public var day: Int { seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400 }

    /// `yyyy-MM-dd`.
    public var date: String {
        let (year, month, day) = Self.civil(days: day)
        return "\(year)-\(Self.pad(month))-\(Self.pad(day))"
    }

    /// `yyyy-MM-dd HH:mm:ss`.
    public var description: String {
        let rest = seconds - day * 86_400
        return "\(date) \(Self.pad(rest / 3_600)):\(Self.pad(rest / 60 % 60)):\(Self.pad(rest % 60))"
    }

    public static func < (lhs: FeedbackTime, rhs: FeedbackTime) -> Bool { lhs.seconds < rhs.seconds }

    private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    private static func isLeap(_ year: Int) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days from civil date (Howard Hinnant's algorithm).
    static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func civil(days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
