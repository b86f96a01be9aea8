import MinyiText

/// Finds the pack's terms in analyzed text: leftmost-longest matches that start and end on token
/// boundaries (so a keyword spanning several tokens still matches, but never half a word), skipping
/// those that follow a negation cue within the window.
struct TermMatcher {
    let index: KeywordIndex
    let negationWindow: Int

    /// Calls `body(term)` for each counted match in `analyzed`.
    func forEachMatch(in analyzed: AnalyzedText, _ body: (Int) -> Void) {
        let units = analyzed.normalized.units
        let spans = analyzed.spans
        guard !spans.isEmpty else { return }
        var isTokenEnd = [Bool](repeating: false, count: units.count + 1)
        var isPunctuation = [Bool](repeating: false, count: units.count)
        for span in spans {
            isTokenEnd[span.normalizedEnd] = true
            if span.kind == .punctuation {
                for position in span.normalizedStart..<span.normalizedEnd { isPunctuation[position] = true }
            }
        }
        let cueEnds = negationCueEnds(units)
        units.withUnsafeBufferPointer { text in
            var cursor = 0
            for span in spans where span.normalizedStart >= cursor && span.kind != .punctuation && span.kind != .whitespace {
                var longest: (end: Int, term: Int)? = nil
                index.trie.forEachMatch(in: text, from: span.normalizedStart, limit: text.count) { end, term in
                    if isTokenEnd[end] { longest = (end, term) }
                }
                guard let match = longest else { continue }
                cursor = match.end
                if !isNegated(start: span.normalizedStart, cueEnds: cueEnds, isPunctuation: isPunctuation) { body(match.term) }
            }
        }
    }

    /// For each position, whether a negation cue ends there.
    private func negationCueEnds(_ units: [UInt16]) -> [Bool] {
        var ends = [Bool](repeating: false, count: units.count + 1)
        guard index.negations.count > 0 else { return ends }
        units.withUnsafeBufferPointer { text in
            for start in 0..<text.count {
                index.negations.forEachMatch(in: text, from: start, limit: text.count) { end, _ in ends[end] = true }
            }
        }
        return ends
    }

    /// A cue ends within `negationWindow` characters before `start`, with no punctuation in between.
    private func isNegated(start: Int, cueEnds: [Bool], isPunctuation: [Bool]) -> Bool {
        var position = start
        while position >= 0 && start - position <= negationWindow {
            if cueEnds[position] { return true }
            if position > 0 && isPunctuation[position - 1] { return false }
            position -= 1
        }
        return false
    }
}
