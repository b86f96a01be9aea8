/// Counts texts per week, or per month when weeks would be more than ``maximumWeeks``.
struct TimelineBuilder {
    static let maximumWeeks = 60

    func timeline(times: [FeedbackTime?], inTop: [Bool]) -> Timeline? {
        let days = times.compactMap { $0?.day }
        guard let first = days.min(), let last = days.max() else { return nil }
        let byWeek = (last - first) / 7 < Self.maximumWeeks
        var counts: [Int: (count: Int, top: Int)] = [:]
        for (time, top) in zip(times, inTop) {
            guard let day = time?.day else { continue }
            let period = byWeek ? Self.monday(of: day) : Self.firstOfMonth(day)
            counts[period, default: (0, 0)].count += 1
            if top { counts[period, default: (0, 0)].top += 1 }
        }
        var points: [Timeline.Point] = []
        var period = byWeek ? Self.monday(of: first) : Self.firstOfMonth(first)
        while period <= last {
            let value = counts[period] ?? (0, 0)
            points.append(Timeline.Point(start: FeedbackTime(seconds: period * 86_400).date, count: value.count, top: value.top))
            if byWeek {
                period += 7
            } else {
                let (year, month, _) = FeedbackTime.civil(days: period)
                period = FeedbackTime.days(year: month == 12 ? year + 1 : year, month: month == 12 ? 1 : month + 1, day: 1)
            }
        }
        return Timeline(unit: byWeek ? "week" : "month", points: points)
    }

    /// 1970-01-01 was a Thursday.
    static func monday(of day: Int) -> Int { day - ((day % 7 + 7 + 3) % 7) }

    static func firstOfMonth(_ day: Int) -> Int {
        let (year, month, _) = FeedbackTime.civil(days: day)
        return FeedbackTime.days(year: year, month: month, day: 1)
    }
}
