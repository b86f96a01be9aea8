/// Token filter that glues numbers to their decimals, ranges, magnitudes, percent signs, currency and
/// date units: `82.24%`, `1.6万`, `13.82万元`, `2.96个百分点`, `二○○一年`, `1-4月份`, `第十七`.
///
/// ICU splits these (`%` even has rule status "none"). Counted nouns (`756条`, `1677名`) stay two
/// tokens, as in the PKU standard, unless the user dictionary's standard glues them: the units it
/// shows after numbers (`20余条`, `47笔` → 条, 笔) are learned into `learnedUnits`.
struct QuantityMerger {
    /// Units the user dictionary glues to numbers, beyond the built-in ones.
    var learnedUnits: Set<[UInt16]> = []
    /// Whether the user dictionary writes whole dates as one word (`１９９７年４月２９日`).
    var gluesDates = false

    /// 零〇○一二三四五六七八九十百千万亿, tested with a switch: this runs on every token.
    @inline(__always)
    private static func isChineseDigit(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x96F6, 0x3007, 0x25CB, 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D,
             0x5341, 0x767E, 0x5343, 0x4E07, 0x4EBF:
            return true
        default:
            return false
        }
    }
    private static let magnitudes: Set<[UInt16]> = Set(["十", "百", "千", "万", "亿", "万亿", "千万", "百万", "十万", "万余", "万多", "亿余", "亿多", "余万", "多万", "余亿", "多亿"].map { Array($0.utf16) })
    /// Units that belong to the number: percent, currency, percentage points, date parts.
    private static let qualifiers: Set<UInt16> = Set("余多".utf16)
    private static let units: Set<[UInt16]> = Set([
        "%", "‰", "元", "万元", "亿元", "美元", "万美元", "亿美元", "个百分点", "百分点",
        "年", "年度", "月", "月份", "日", "时",
    ].map { Array($0.utf16) })

    func merge(_ segments: inout [Segment], text: UnsafeBufferPointer<UInt16>) {
        // Most texts have few numbers: leave them untouched.
        guard segments.contains(where: { mayStartNumber($0, text) }) else { return }
        var output: [Segment] = []
        output.reserveCapacity(segments.count)
        var index = 0
        while index < segments.count {
            guard mayStartNumber(segments[index], text) else {
                output.append(segments[index])
                index += 1
                continue
            }
            let isOrdinal = isOrdinalPrefix(segments[index], text) && index + 1 < segments.count && isNumeric(segments[index + 1], text)
            guard isOrdinal || isNumeric(segments[index], text) else {
                output.append(segments[index])
                index += 1
                continue
            }
            var merged = segments[index]
            var next = index + 1
            if isOrdinal {
                merged.end = segments[next].end
                next += 1
            }
            var grewUnit = false
            // Number parts: more numerals, decimals, magnitudes.
            while next < segments.count {
                let segment = segments[next]
                let magnitude = isMagnitude(segment, text)
                if magnitude || isNumeric(segment, text) && isChinese(merged, text) == isChinese(segment, text) {
                    if magnitude && !isChinese(merged, text) { grewUnit = true }
                    merged.end = segment.end
                    next += 1
                } else if isChinese(merged, text), let numerals = numeralPrefixBeforeUnit(segment, text), numerals > 0 {
                    // ICU's `一年` after `二○○`: a numeral word ending in a unit.
                    merged.end = segment.end
                    next += 1
                    grewUnit = true
                    break
                } else if isDecimalPoint(segment, text), next + 1 < segments.count, isDigits(segments[next + 1], text), isDigits(merged, text) {
                    merged.end = segments[next + 1].end
                    next += 2
                } else {
                    break
                }
            }
            // A range such as `26-40` or `1-4月份` is one figure.
            if next + 1 < segments.count, isHyphen(segments[next], text), isDigits(merged, text), isDigits(segments[next + 1], text) {
                merged.end = segments[next + 1].end
                next += 2
            }
            if let unitEnd = unitEnd(segments, from: next, learned: isDigits(merged, text), text) {
                merged.end = segments[unitEnd - 1].end
                next = unitEnd
                grewUnit = true
            }
            if next == index + 1 {
                output.append(segments[index])
            } else {
                merged.kind = grewUnit ? .quantity : .number
                output.append(merged)
            }
            index = next
        }
        if gluesDates { glueDates(&output, text) }
        segments = output
    }

    /// Joins adjacent year, month and day quantities into one date: `1997年` `4月` `29日`.
    private func glueDates(_ segments: inout [Segment], _ text: UnsafeBufferPointer<UInt16>) {
        var output: [Segment] = []
        output.reserveCapacity(segments.count)
        for segment in segments {
            if let last = output.last, last.end == segment.start,
               let previous = dateRank(last, text), let current = dateRank(segment, text), current == previous + 1 || current == previous + 2 {
                output[output.count - 1].end = segment.end
            } else {
                output.append(segment)
            }
        }
        segments = output
    }

    /// 0 for a year, 1 for a month, 2 for a day (a number and its date unit); nil otherwise.
    private func dateRank(_ segment: Segment, _ text: UnsafeBufferPointer<UInt16>) -> Int? {
        let first = text[segment.start]
        guard segment.end - segment.start >= 2, first >= 0x30 && first <= 0x39 || Self.isChineseDigit(first) else { return nil }
        switch text[segment.end - 1] {
        case 0x5E74: return 0  // 年
        case 0x6708: return 1  // 月
        case 0x4EFD where segment.end - segment.start > 1 && text[segment.end - 2] == 0x6708: return 1  // 月份
        case 0x65E5: return 2  // 日
        default: return nil
        }
    }

    /// Cheap first test: the segment is digits, starts with a Chinese numeral, or is `第`.
    @inline(__always)
    private func mayStartNumber(_ segment: Segment, _ text: UnsafeBufferPointer<UInt16>) -> Bool {
        segment.kind == .number || Self.isChineseDigit(text[segment.start]) || text[segment.start] == 0x7B2C
    }

    /// End index of a unit made of up to three adjacent tokens from `start` (`个|百分|点`), if any.
    /// Learned units count only when `learned`: the user words show them after digits (`47笔`), which
    /// says nothing of Chinese numerals (`一项` stays `一|项`).
    private func unitEnd(_ segments: [Segment], from start: Int, learned: Bool, _ text: UnsafeBufferPointer<UInt16>) -> Int? {
        var end = min(segments.count, start + 3)
        while end > start {
            let first = segments[start].start, last = segments[end - 1].end
            if last - first <= 4 {
                var unit = Array(text[first..<last])
                if Self.units.contains(unit) { return end }
                if learned, !learnedUnits.isEmpty {
                    // A learned unit may follow a qualifier: `20余条`.
                    if unit.count > 1, Self.qualifiers.contains(unit[0]) { unit.removeFirst() }
                    if learnedUnits.contains(unit) { return end }
                }
            }
            end -= 1
        }
        return nil
    }

    @inline(__always)
    private func units(_ segment: Segment, _ text: UnsafeBufferPointer<UInt16>) -> [UInt16] {
        segment.end - segment.start > 8 ? [] : Array(text[segment.start..<segment.end])
    }

    private func isDigits(_ segment: Segment, _ text: UnsafeBufferPointer<UInt16>) -> Bool {
        segment.kind == .number && text[segment.start] >= 0x30 && text[segment.start] <= 0x39
    }

    private func isChinese(_ segment: Segment, _ text: UnsafeBufferPointer<UInt16>) -> Bool {
        Self.isChineseDigit(text[segment.end - 1])
    }

    /// Digits (ICU number) or a token made only of Chinese numerals.
    private func isNumeric(_ segment: Segment, _ text: UnsafeBufferPointer<UInt16>) -> Bool {
        if segment.kind == .number { return true }
        guard segment.kind == .word || segment.kind == .punctuation else { return false }
        for position in segment.start..<segment.end where !Self.isChineseDigit(text[position]) { return false }
        return true
    }

    /// For a word made of Chinese numerals followed by a unit (`一年`, `十二月`), the numeral count.
    private func numeralPrefixBeforeUnit(_ segment: Segment, _ text: UnsafeBufferPointer<UInt16>) -> Int? {
        guard segment.kind == .word else { return nil }
        var position = segment.start
        while position < segment.end, Self.isChineseDigit(text[position]) { position += 1 }
        guard position < segment.end, Self.units.contains(Array(text[position..<segment.end])) else { return nil }
        return position - segment.start
    }

    private func isMagnitude(_ segment: Segment, _ text: UnsafeBufferPointer<UInt16>) -> Bool {
        Self.magnitudes.contains(units(segment, text))
    }

    private func isOrdinalPrefix(_ segment: Segment, _ text: UnsafeBufferPointer<UInt16>) -> Bool {
        segment.end - segment.start == 1 && text[segment.start] == 0x7B2C  // 第
    }

    private func isDecimalPoint(_ segment: Segment, _ text: UnsafeBufferPointer<UInt16>) -> Bool {
        segment.end - segment.start == 1 && text[segment.start] == 0x2E
    }

    private func isHyphen(_ segment: Segment, _ text: UnsafeBufferPointer<UInt16>) -> Bool {
        segment.end - segment.start == 1 && (text[segment.start] == 0x2D || text[segment.start] == 0x2212 || text[segment.start] == 0x2013 || text[segment.start] == 0x7E)
    }
}

extension QuantityMerger {
    /// Whether at least `minimumCount` dictionary words are whole dates (`１９９７年４月２９日`, `４月１８日`).
    static func learnsDates(from words: [[UInt16]], minimumCount: Int = 20) -> Bool {
        let year = UInt16(0x5E74), month = UInt16(0x6708), day = UInt16(0x65E5)
        var count = 0
        for word in words where word.count >= 4 && (word.last == month || word.last == day) {
            let parts = word.split(whereSeparator: { $0 == year || $0 == month || $0 == day })
            if parts.count >= 2, parts.allSatisfy({ $0.allSatisfy(isDigitOrPoint) }) { count += 1 }
            if count >= minimumCount { return true }
        }
        return false
    }

    /// Units that follow a number in at least `minimumCount` dictionary words (`２０余条` → 条).
    static func learnUnits(from words: [[UInt16]], minimumCount: Int = 3) -> Set<[UInt16]> {
        var counts: [[UInt16]: Int] = [:]
        for word in words {
            var index = 0
            while index < word.count, isDigitOrPoint(word[index]) { index += 1 }
            guard index > 0, index < word.count else { continue }
            if qualifiers.contains(word[index]) { index += 1 }
            let unit = Array(word[index...])
            guard (1...3).contains(unit.count), unit.allSatisfy(Unicode.Scalar.isHan) else { continue }
            counts[unit, default: 0] += 1
        }
        return Set(counts.filter { $0.value >= minimumCount }.keys)
    }

    private static func isDigitOrPoint(_ unit: UInt16) -> Bool {
        (unit >= 0x30 && unit <= 0x39) || unit == 0x2E
    }
}
