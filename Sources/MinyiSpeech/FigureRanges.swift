/// Ranges: two numbers joined by `-`, `—`, `至` or `到` are one figure from the lower end to the unit.
/// Its value is the lower end and its qualifier `at_least` (`3000-3500吨` → 3000 吨, at least).
extension FigureGrammar {
    /// A range whose lower end is a bare number (`3000-3500吨`, `三至五年`, `1至2个百分点`); a magnitude
    /// written only on the upper end applies to both (`3-5万元` → 30000).
    func range(from start: Int, lower: Double, scaled: Bool, joiner: Int) -> Match? {
        guard joiner + 1 < c.count, FigureVocabulary.rangeJoiners.contains(c[joiner]), isNumberStart(joiner + 1),
              let upperNumber = number(at: joiner + 1), upperNumber.value > 0,
              var match = figure(at: joiner + 1), match.range.lowerBound == joiner + 1,
              FigureVocabulary.quantities.contains(match.kind), let upper = match.value else { return nil }
        let low = scaled ? lower : lower * upper / upperNumber.value
        guard low < upper else { return nil }
        match.range = start..<match.range.upperBound
        match.value = low
        match.qualifier = .atLeast
        extendLeft(&match)
        return match
    }

    /// A range whose ends both carry the unit (`90%—95%`), given its lower end.
    func range(from lower: Match) -> Match? {
        let joiner = lower.range.upperBound
        guard lower.qualifier == nil, joiner + 1 < c.count, FigureVocabulary.rangeJoiners.contains(c[joiner]),
              isNumberStart(joiner + 1), var match = figure(at: joiner + 1), match.range.lowerBound == joiner + 1,
              match.kind == lower.kind, match.unit == lower.unit, let low = lower.value, let upper = match.value, low < upper
        else { return nil }
        match.range = lower.range.lowerBound..<match.range.upperBound
        match.value = low
        match.qualifier = .atLeast
        match.change = lower.change
        return match
    }
}
