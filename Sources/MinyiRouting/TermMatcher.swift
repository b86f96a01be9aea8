import MinyiText

/// Finds the pack's terms in analyzed text: leftmost-longest matches that start and end on token
/// boundaries (so a keyword spanning several tokens still matches, but never half a word), skipping
/// those that follow a negation cue within the window, and marking those that follow a request cue
/// (`建议交警…`, `请自然资源部门…`: the department the citizen addresses).
struct TermMatcher {
    let index: KeywordIndex
    let window: Int

    /// Calls `body(term, addressed)` for each counted match in `analyzed`.
    func forEachMatch(in analyzed: AnalyzedText, _ body: (Int, Bool) -> Void) {
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
        let negationEnds = cueEnds(index.negations, in: units)
        let requestEnds = cueEnds(index.requests, in: units)
        units.withUnsafeBufferPointer { text in
            var cursor = 0
            for span in spans where span.normalizedStart >= cursor && span.kind != .punctuation && span.kind != .whitespace {
                var longest: (end: Int, term: Int)? = nil
                index.trie.forEachMatch(in: text, from: span.normalizedStart, limit: text.count) { end, term in
                    if isTokenEnd[end] { longest = (end, term) }
                }
                guard let match = longest else { continue }
                cursor = match.end
                if !follows(negationEnds, start: span.normalizedStart, isPunctuation: isPunctuation) {
                    body(match.term, follows(requestEnds, start: span.normalizedStart, isPunctuation: isPunctuation))
                }
            }
        }
    }

    /// For each position, whether one of `cues` ends there.
    private func cueEnds(_ cues: TermTrie, in units: [UInt16]) -> [Bool] {
        var ends = [Bool](repeating: false, count: units.count + 1)
        guard cues.count > 0 else { return ends }
        units.withUnsafeBufferPointer { text in
            for start in 0..<text.count {
                cues.forEachMatch(in: text, from: start, limit: text.count) { end, _ in ends[end] = true }
            }
        }
        return ends
    }

    /// A cue ends within `window` characters before `start`, with no punctuation in between.
    private func follows(_ cueEnds: [Bool], start: Int, isPunctuation: [Bool]) -> Bool {
        var position = start
        while position >= 0 && start - position <= window {
            if cueEnds[position] { return true }
            if position > 0 && isPunctuation[position - 1] { return false }
            position -= 1
        }
        return false
    }
}
