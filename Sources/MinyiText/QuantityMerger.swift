/// Token filter that glues numbers to their decimals, ranges, magnitudes, percent signs, currency and
/// date units: `82.24%`, `1.6万`, `13.82万元`, `2.96个百分点`, `二○○一年`, `1-4月份`, `第十七`.
///
/// ICU splits these (`%` even has rule status "none"). Counted nouns (`756条`, `1677名`) stay two
/// tokens, as in the PKU standard; the speech analyzer reads them as figures.
struct QuantityMerger {
    private static let chineseDigits: Set<UInt16> = Set("零〇○一二三四五六七八九十百千万亿".utf16)
    private static let magnitudes: Set<[UInt16]> = Set(["十", "百", "千", "万", "亿", "万亿", "千万", "百万", "十万", "万余", "万多", "亿余", "亿多", "余万", "多万", "余亿", "多亿"].map { Array($0.utf16) })
    /// Units that belong to the number: percent, currency, percentage points, date parts.
    private static let units: Set<[UInt16]> = Set([
        "%", "‰", "元", "万元", "亿元", "美元", "万美元", "亿美元", "个百分点", "百分点",
        "年", "年度", "月", "月份", "日", "时",
    ].map { Array($0.utf16) })

    func merge(_ segments: inout [Segment], text: UnsafeBufferPointer<UInt16>) {
        var output: [Segment] = []
        output.reserveCapacity(segments.count)
        var index = 0
        while index < segments.count {
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
            if let unitEnd = unitEnd(segments, from: next, text) {
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
        segments = output
    }

    /// End index of a unit made of up to three adjacent tokens from `start` (`个|百分|点`), if any.
    private func unitEnd(_ segments: [Segment], from start: Int, _ text: UnsafeBufferPointer<UInt16>) -> Int? {
        var end = min(segments.count, start + 3)
        while end > start {
            let first = segments[start].start, last = segments[end - 1].end
            if last - first <= 4, Self.units.contains(Array(text[first..<last])) { return end }
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
        Self.chineseDigits.contains(text[segment.end - 1])
    }

    /// Digits (ICU number) or a token made only of Chinese numerals.
    private func isNumeric(_ segment: Segment, _ text: UnsafeBufferPointer<UInt16>) -> Bool {
        if segment.kind == .number { return true }
        guard segment.kind == .word || segment.kind == .punctuation else { return false }
        for position in segment.start..<segment.end where !Self.chineseDigits.contains(text[position]) { return false }
        return true
    }

    /// For a word made of Chinese numerals followed by a unit (`一年`, `十二月`), the numeral count.
    private func numeralPrefixBeforeUnit(_ segment: Segment, _ text: UnsafeBufferPointer<UInt16>) -> Int? {
        guard segment.kind == .word else { return nil }
        var position = segment.start
        while position < segment.end, Self.chineseDigits.contains(text[position]) { position += 1 }
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
