import MinyiText

/// The figure grammar over normalized characters: [change verb] [qualifier] number [余/多]
/// [magnitude] [余/多] unit [以上/左右], plus dates (`2026年1月9日`, `4月底`), periods (`1-4月份`,
/// `一季度`, `全年`, `2025年上半年`), fractions (`三分之一`, `2/3`), doublings (`翻了一番`), ranges
/// (``range(from:lower:scaled:joiner:)``) and the rules that keep names, ordinals and codes out.
struct FigureGrammar {
    /// A figure found in the characters, as a character range.
    struct Match {
        var range: Range<Int>
        var kind: Figure.Kind
        var value: Double? = nil
        var unit: String? = nil
        var qualifier: Figure.Qualifier? = nil
        var change: Figure.Change? = nil
    }

    let c: [Character]

    init(_ characters: [Character]) {
        c = characters
    }

    /// All figures, left to right.
    func matches() -> [Match] {
        var found: [Match] = []
        var index = 0
        while index < c.count {
            if let name = FigureVocabulary.names.first(where: { has($0, at: index) }) {
                index += name.count
            } else if var match = figure(at: index) {
                if match.change == nil, let previous = found.last, previous.change != nil, previous.kind == match.kind,
                   FigureVocabulary.listJoiners.contains(String(c[previous.range.upperBound..<match.range.lowerBound])) {
                    match.change = previous.change
                }
                found.append(match)
                index = match.range.upperBound
            } else {
                index = runEnd(from: index)
            }
        }
        return found
    }

    // MARK: - One figure

    func figure(at start: Int) -> Match? {
        if let period = FigureVocabulary.periodWords.first(where: { has($0, at: start) }) {
            return Match(range: start..<(start + period.count), kind: .period)
        }
        if c[start] == "第" { return ordinalQuarter(at: start) }
        if c[start] == "翻" { return doubling(at: start) }
        guard isNumberStart(start) else { return nil }
        if let end = numericDate(at: start) { return Match(range: start..<end, kind: .date) }
        if start > 0, c[start - 1].isASCIILetter || c[start - 1] == "第" || c[start - 1] == "." { return nil }
        if has("百分之", at: start) { return percentInWords(at: start) }
        guard let number = number(at: start) else { return nil }
        if !number.isArabic, start > 0, "数几若".contains(c[start - 1]) { return nil }  // 数十个: vague
        if let fraction = fraction(number, start: start) ?? slashFraction(number, start: start) { return fraction }
        var end = number.end
        if number.isArabic, let range = dateRange(number, after: end) { return Match(range: start..<range, kind: .period) }
        if let date = date(number, start: start) { return dateSpan(from: date) ?? date }

        var value = number.value
        var qualifier: Figure.Qualifier? = nil
        var scaled = false
        if number.isArabic {
            if takeApproximate(&end) { qualifier = .atLeast }
            if let (word, factor) = FigureVocabulary.magnitudes.first(where: { has($0.0, at: end) }) {
                value *= factor
                end += word.count
                scaled = true
            }
        }
        if qualifier == nil, takeApproximate(&end) { qualifier = .atLeast }
        if qualifier == nil, let range = range(from: start, lower: value, scaled: scaled, joiner: end) { return range }
        if has("成", at: end), !number.isOne, value <= 10, end + 1 == c.count || !FigureVocabulary.wordsAfterCheng.contains(c[end + 1]) {
            end += 1  // 三成: tenths
            if let (word, suffix) = FigureVocabulary.suffixQualifiers.first(where: { has($0.0, at: end) }) {
                qualifier = qualifier ?? suffix
                end += word.count
            }
            var match = Match(range: start..<end, kind: .percent, value: value * 10, unit: "%", qualifier: qualifier)
            extendLeft(&match)
            return match
        }
        guard let (unitText, unit) = unit(at: end) else { return nil }
        end += unitText.count
        if !number.isArabic && !accepts(numeral: number, unit: unit, unitText: unitText, start: start, end: end) { return nil }
        if start > 0, ["前", "后"].contains(c[start - 1]), ["名", "位"].contains(unit.name) { return nil }  // rank: 前2名
        if let (word, suffix) = FigureVocabulary.suffixQualifiers.first(where: { has($0.0, at: end) }) {
            qualifier = qualifier ?? suffix
            end += word.count
        }
        var match = Match(range: start..<end, kind: unit.kind, value: value, unit: unit.name, qualifier: qualifier)
        extendLeft(&match)
        if match.kind == .count { extendToQuotedTerm(&match) }
        return range(from: match) ?? match
    }

    /// `第一季度` is a period; other ordinals are not figures.
    private func ordinalQuarter(at start: Int) -> Match? {
        guard start + 1 < c.count, isNumberStart(start + 1), let number = number(at: start + 1),
              has("季度", at: number.end), (1...4).contains(number.value) else { return nil }
        return Match(range: start..<(number.end + 2), kind: .period)
    }

    /// `翻了一番` → 100 %, up; `翻两番` → 300 %: the growth of doubling n times.
    private func doubling(at start: Int) -> Match? {
        let numberStart = has("了", at: start + 1) ? start + 2 : start + 1
        guard numberStart < c.count, isNumberStart(numberStart), let number = number(at: numberStart),
              (1...4).contains(number.value), number.value == number.value.rounded(), has("番", at: number.end) else { return nil }
        var value = 1.0
        for _ in 0..<Int(number.value) { value *= 2 }
        var match = Match(range: start..<(number.end + 1), kind: .percent, value: (value - 1) * 100, unit: "%", change: .up)
        takeSuffixQualifier(&match)
        return match
    }

    /// `2025-07-16`, `2025/7/16`, `2025.07.16`: a date in digits, the same mark twice; its end.
    private func numericDate(at start: Int) -> Int? {
        guard start + 4 < c.count, (start..<(start + 4)).allSatisfy({ c[$0].isASCIIDigit }) else { return nil }
        let mark = c[start + 4]
        guard ["-", "/", "."].contains(mark) else { return nil }
        var index = start + 5
        var parts: [Int] = []
        while parts.count < 2 {
            var digits = ""
            while index < c.count, c[index].isASCIIDigit, digits.count < 3 { digits.append(c[index]); index += 1 }
            guard (1...2).contains(digits.count), let part = Int(digits) else { return nil }
            parts.append(part)
            if parts.count == 1 {
                guard index < c.count, c[index] == mark else { return nil }
                index += 1
            }
        }
        guard (1...12).contains(parts[0]), (1...31).contains(parts[1]), let year = Int(String(c[start..<(start + 4)])),
              (1900...2199).contains(year) else { return nil }
        if index < c.count, c[index].isASCIIDigit || c[index] == mark { return nil }
        return index
    }

    /// `三分之一` → 33.33 %.
    private func fraction(_ denominator: Number, start: Int) -> Match? {
        let numeratorStart = denominator.end + 2
        guard has("分之", at: denominator.end), numeratorStart < c.count, isNumberStart(numeratorStart),
              denominator.value > 0, let numerator = number(at: numeratorStart) else { return nil }
        var match = Match(range: start..<numerator.end, kind: .percent, value: numerator.value * 100 / denominator.value, unit: "%")
        takeSuffixQualifier(&match)
        extendLeft(&match)
        return match
    }

    /// `1/2` → 50 %, `2/3以上` → 66.67 %: small whole numbers, the numerator below the denominator.
    private func slashFraction(_ numerator: Number, start: Int) -> Match? {
        let slash = numerator.end
        guard numerator.isArabic, numerator.digitCount <= 2, slash + 1 < c.count, c[slash] == "/", c[slash + 1].isASCIIDigit,
              let denominator = arabicNumber(at: slash + 1), denominator.digitCount <= 2,
              [numerator, denominator].allSatisfy({ $0.value == $0.value.rounded() }),
              numerator.value > 0, numerator.value < denominator.value,
              denominator.end == c.count || c[denominator.end] != "/" && c[denominator.end] != "." else { return nil }
        var match = Match(range: start..<denominator.end, kind: .percent, value: numerator.value * 100 / denominator.value, unit: "%")
        takeSuffixQualifier(&match)
        extendLeft(&match)
        return match
    }

    private func percentInWords(at start: Int) -> Match? {
        let numberStart = start + 3
        guard numberStart < c.count, isNumberStart(numberStart), let number = number(at: numberStart, magnitudeAlone: true) else { return nil }
        var match = Match(range: start..<number.end, kind: .percent, value: number.value, unit: "%")
        extendLeft(&match)
        return match
    }

    // MARK: - Numbers

    struct Number {
        var value: Double
        var end: Int
        var isArabic: Bool
        var digitCount: Int
        /// Only 一 (or 一 with 十/百…): the numeral that also means "a".
        var isOne: Bool
    }

    func isNumberStart(_ index: Int) -> Bool {
        let character = c[index]
        if character.isASCIIDigit {
            guard index > 0 else { return true }
            return !c[index - 1].isASCIIDigit && !(c[index - 1] == "," && index > 1 && c[index - 2].isASCIIDigit)
        }
        guard ChineseNumeral.isNumeral(character) else { return false }
        return index == 0 || !ChineseNumeral.isNumeral(c[index - 1])
    }

    /// The number at `start`; `magnitudeAlone` accepts `百` (as in `百分之百`).
    func number(at start: Int, magnitudeAlone: Bool = false) -> Number? {
        if c[start].isASCIIDigit { return arabicNumber(at: start) }
        var end = start
        while end < c.count, ChineseNumeral.isNumeral(c[end]), end == start || c[end] != "两" { end += 1 }
        let run = c[start..<end]
        // Runs of magnitudes alone are idioms (`百万警进千万家`, `千方百计`); 十 is a real number.
        if !magnitudeAlone, run.allSatisfy({ "百千万亿".contains($0) }) { return nil }
        let positional = run.count > 1 && run.allSatisfy(ChineseNumeral.isDigit)
        if positional && run.count < 3 && !run.contains(where: { "零〇○".contains($0) }) { return nil }  // 五一, 十四五
        guard let value = ChineseNumeral.value(run) else { return nil }
        let isOne = run.first == "一" && !run.contains(where: { "万亿".contains($0) }) && value < 10
        return Number(value: value, end: end, isArabic: false, digitCount: positional ? run.count : 0, isOne: isOne)
    }

    private func arabicNumber(at start: Int) -> Number? {
        var end = start
        var digits = ""
        while end < c.count, c[end].isASCIIDigit { digits.append(c[end]); end += 1 }
        let integerDigits = digits.count
        // Thousands separators: groups of exactly three digits after a first group of one to three.
        while integerDigits <= 3, end + 3 < c.count, c[end] == ",", (1...3).allSatisfy({ c[end + $0].isASCIIDigit }),
              end + 4 == c.count || !c[end + 4].isASCIIDigit {
            digits += String(c[(end + 1)...(end + 3)])
            end += 4
        }
        if end + 1 < c.count, c[end] == ".", c[end + 1].isASCIIDigit {
            digits.append(".")
            end += 1
            while end < c.count, c[end].isASCIIDigit { digits.append(c[end]); end += 1 }
        }
        if end < c.count, c[end].isASCIILetter { return nil }  // 5G, 3D
        guard let value = Double(digits) else { return nil }
        return Number(value: value, end: end, isArabic: true, digitCount: integerDigits, isOne: false)
    }

    private func isYear(_ number: Number) -> Bool {
        number.digitCount == 4 && number.value == number.value.rounded() && (1000...2999).contains(number.value)
    }

    // MARK: - Dates and periods

    /// `1-4月份`, `1-10月`, `3至5月`, `2025-2026年`: the end of a range of months or years (`3-5年` is a
    /// length of time).
    private func dateRange(_ first: Number, after end: Int) -> Int? {
        guard end + 1 < c.count, FigureVocabulary.rangeJoiners.contains(c[end]), c[end + 1].isASCIIDigit,
              let second = arabicNumber(at: end + 1) else { return nil }
        if has("月", at: second.end) { return second.end + (has("月份", at: second.end) ? 2 : 1) }
        guard isYear(first), isYear(second), has("年", at: second.end) else { return nil }
        return second.end + (has("年度", at: second.end) ? 2 : 1)
    }

    /// Two dates joined by `至`, `到` or a dash are one period: `2025年7月1日至9月30日`, `3月5日-4月10日`.
    private func dateSpan(from first: Match) -> Match? {
        let joiner = first.range.upperBound
        guard first.kind == .date, joiner + 1 < c.count, FigureVocabulary.rangeJoiners.contains(c[joiner]),
              isNumberStart(joiner + 1), let second = figure(at: joiner + 1), second.kind == .date,
              second.range.lowerBound == joiner + 1 else { return nil }
        return Match(range: first.range.lowerBound..<second.range.upperBound, kind: .period)
    }

    /// Years, months and days: `2026年1月9日`, `2019年度`, `4月底`, `一季度`.
    private func date(_ number: Number, start: Int) -> Match? {
        var end = number.end
        if has("季度", at: end), (1...4).contains(number.value), number.digitCount <= 1 {
            let from = start > 0 && c[start - 1] == "前" ? start - 1 : start  // 前三季度
            return Match(range: from..<(end + 2), kind: .period)
        }
        if has("年", at: end) {
            guard isYear(number) else { return nil }
            end += 1
            if has("度", at: end) { return Match(range: start..<(end + 1), kind: .date) }
            // A year with a period is one period: `2025年上半年`, `2025年前三季度`, `2025年1-10月`.
            if end < c.count, let period = figure(at: has("前", at: end) ? end + 1 : end), period.kind == .period,
               period.range.lowerBound == end {
                return Match(range: start..<period.range.upperBound, kind: .period)
            }
            if let part = ["底", "初", "末"].first(where: { has($0, at: end) }) { return Match(range: start..<(end + part.count), kind: .date) }
            if let month = monthDay(at: end) { end = month }
            return Match(range: start..<end, kind: .date)
        }
        if let month = monthDay(at: start) { return Match(range: start..<month, kind: .date) }
        return nil
    }

    /// `4月`, `4月16日`, `4月底`, `16日` starting at `index`; the end of the date.
    private func monthDay(at index: Int) -> Int? {
        guard index < c.count, isNumberStart(index), let month = number(at: index) else { return nil }
        var end = month.end
        if has("月", at: end), (1...12).contains(month.value), month.value == month.value.rounded() {
            end += 1
            if has("份", at: end) { return end + 1 }
            if let part = FigureVocabulary.monthParts.first(where: { has($0, at: end) }) { return end + part.count }
            if end < c.count, isNumberStart(end), let day = number(at: end), (has("日", at: day.end) || has("号", at: day.end)),
               (1...31).contains(day.value) {
                return day.end + 1
            }
            return end
        }
        if has("日", at: end), (1...31).contains(month.value), month.isArabic || index > 0 && c[index - 1] == "月" {
            return end + 1
        }
        return nil
    }

    // MARK: - Units and context

    /// The unit at `index`, longest first; a classifier with 次 counts occasions (`项次`, `辆次`).
    private func unit(at index: Int) -> (String, FigureVocabulary.Unit)? {
        for length in stride(from: min(FigureVocabulary.longestUnit, c.count - index), through: 1, by: -1) {
            let text = String(c[index..<(index + length)])
            guard let unit = FigureVocabulary.units[text] else { continue }
            if unit.kind == .count, !text.hasSuffix("次"), has("次", at: index + length) {
                return (text + "次", FigureVocabulary.Unit(kind: .count, name: text + "次"))
            }
            return (text, unit)
        }
        return nil
    }

    /// Rules for Chinese numerals, which also make names and idioms (`一线`, `四个一`, `十七届人大四次会议`).
    private func accepts(numeral: Number, unit: FigureVocabulary.Unit, unitText: String, start: Int, end: Int) -> Bool {
        if numeral.isOne {
            // 一 is "a": only lengths of time count (`一周`), and not 一年 (`过去一年`).
            guard unit.kind == .measure, FigureVocabulary.timeUnits.contains(unit.name) else { return false }
        }
        if end < c.count, ChineseNumeral.isNumeral(c[end]) { return false }      // 四个一
        if unit.name == "期" { return false }                                     // 二期工程: a phase
        if unit.name == "次", has("会议", at: end) || has("全会", at: end),
           c[max(0, start - 8)..<start].contains("届") { return false }          // 十七届人大四次会议
        return true
    }

    /// Adds a change verb (with 同比/环比) or a qualifier standing right before the number; a negated
    /// qualifier (`不超过`) is an upper bound and is left out.
    func extendLeft(_ match: inout Match) {
        var start = match.range.lowerBound
        if let (word, qualifier) = prefixQualifier(endingAt: start) {
            match.qualifier = match.qualifier ?? qualifier
            start -= word.count
        } else if match.kind == .percent, start > 0, c[start - 1] == "占", let (word, qualifier) = prefixQualifier(endingAt: start - 1) {
            match.qualifier = match.qualifier ?? qualifier  // 约占六成
            start -= word.count + 1
        }
        if let (verb, change) = FigureVocabulary.changeVerbs.first(where: { has($0.0, endingAt: start) }) {
            match.change = change
            start -= verb.count
            if let comparison = FigureVocabulary.comparisons.first(where: { has($0, endingAt: start) }) { start -= comparison.count }
        } else if start > 0, c[start - 1] == "了",
                  let (_, change) = FigureVocabulary.changeVerbs.first(where: { has($0.0, endingAt: start - 1) }) {
            match.change = change
        }
        match.range = start..<match.range.upperBound
    }

    /// The qualifier word ending at `index`, unless it is part of another word (`预约`) or negated (`不超过`).
    private func prefixQualifier(endingAt index: Int) -> (String, Figure.Qualifier)? {
        guard let (word, qualifier) = FigureVocabulary.prefixQualifiers.first(where: { has($0.0, endingAt: index) }),
              !(word.count == 1 && index >= 2 && FigureVocabulary.falseQualifierHeads.contains(c[index - 2])),
              !(index > word.count && FigureVocabulary.negations.contains(c[index - word.count - 1])) else { return nil }
        return (word, qualifier)
    }

    /// A quoted numeric term is the figure whole: `“八项措施”` → `八项措施`.
    private func extendToQuotedTerm(_ match: inout Match) {
        let start = match.range.lowerBound
        guard start > 0, c[start - 1] == "“" || c[start - 1] == "\"" else { return }
        var end = match.range.upperBound
        while end < c.count, end - start < 8, c[end].isHan { end += 1 }
        if end < c.count, c[end] == "”" || c[end] == "\"" { match.range = start..<end }
    }

    /// Adds `以上`/`左右` after the figure.
    private func takeSuffixQualifier(_ match: inout Match) {
        let end = match.range.upperBound
        guard let (word, qualifier) = FigureVocabulary.suffixQualifiers.first(where: { has($0.0, at: end) }) else { return }
        match.qualifier = match.qualifier ?? qualifier
        match.range = match.range.lowerBound..<(end + word.count)
    }

    private func takeApproximate(_ end: inout Int) -> Bool {
        guard end < c.count, c[end] == "余" || c[end] == "多" else { return false }
        end += 1
        return true
    }

    /// The end of the digit, numeral or letter run at `index`, so no figure starts inside it.
    private func runEnd(from index: Int) -> Int {
        var end = index + 1
        if c[index].isASCIIDigit || c[index].isASCIILetter {
            while end < c.count, c[end].isASCIIDigit || c[end].isASCIILetter || (c[end] == "." && end + 1 < c.count && c[end + 1].isASCIIDigit) { end += 1 }
        } else if ChineseNumeral.isNumeral(c[index]) {
            while end < c.count, ChineseNumeral.isNumeral(c[end]) { end += 1 }
        }
        return end
    }

    func has(_ word: String, at index: Int) -> Bool {
        var position = index
        for character in word {
            guard position < c.count, c[position] == character else { return false }
            position += 1
        }
        return true
    }

    private func has(_ word: String, endingAt index: Int) -> Bool {
        index - word.count >= 0 && has(word, at: index - word.count)
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
    var isASCIILetter: Bool { isASCII && isLetter }
    /// A CJK ideograph.
    var isHan: Bool { unicodeScalars.first?.isHan ?? false }
}
