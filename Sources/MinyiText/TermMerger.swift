/// Token filter that makes dictionary words win over ICU's boundaries.
///
/// Within each run of non-punctuation tokens it picks the cheapest path through a lattice of ICU's
/// tokens, dictionary words and single characters (HanLP's "combine with custom dictionary",
/// generalized): a lexicon term spanning several ICU tokens always wins (`人|社|局` → `人社局`), while a
/// term that would cut ICU words apart (`公交` in `办公|交流`) loses. With user or base words, ICU
/// words outside the dictionary cost more, so the dictionary decides where it has an opinion.
final class TermMerger {
    let dictionary: SegmentationDictionary
    private let icuWordCost: Float
    private static let singleCharacterCost: Float = 1.5
    private static let dictionaryICUWordCost: Float = 1.0
    private static let userStandardICUWordCost: Float = 2.2

    // Scratch storage reused across texts (one merger per analyzer, one analyzer per thread).
    private var output: [Segment] = []
    private var scratch = LatticeScratch()

    init(dictionary: SegmentationDictionary) {
        self.dictionary = dictionary
        icuWordCost = dictionary.definesStandard ? Self.userStandardICUWordCost : Self.dictionaryICUWordCost
    }

    deinit { scratch.release() }

    /// Rewrites `segments` (covering `text`) in place.
    func merge(_ segments: inout [Segment], text: UnsafeBufferPointer<UInt16>) {
        guard dictionary.count > 0, !segments.isEmpty else { return }
        output.removeAll(keepingCapacity: true)
        var index = 0
        while index < segments.count {
            guard Self.isMergeable(segments[index].kind) else {
                output.append(segments[index])
                index += 1
                continue
            }
            var runEnd = index + 1
            while runEnd < segments.count, Self.isMergeable(segments[runEnd].kind) { runEnd += 1 }
            mergeRun(segments[index..<runEnd], text: text)
            index = runEnd
        }
        swap(&segments, &output)
    }

    @inline(__always)
    private static func isMergeable(_ kind: TokenKind) -> Bool {
        kind == .word || kind == .number || kind == .letters
    }

    /// Cheapest path over one run of word/number/letter segments, appended to `output`.
    private func mergeRun(_ run: ArraySlice<Segment>, text: UnsafeBufferPointer<UInt16>) {
        let start = run.first!.start, end = run.last!.end
        let length = end - start
        scratch.prepare(length: length)
        let icuEnd = scratch.icuEnd, icuKind = scratch.icuKind, atomicInterior = scratch.atomicInterior
        let best = scratch.best, back = scratch.back, backKind = scratch.backKind
        for segment in run {
            icuEnd[segment.start - start] = Int32(segment.end - start)
            icuKind[segment.start - start] = segment.kind
            if segment.kind == .number || segment.kind == .letters {
                for position in (segment.start + 1)..<segment.end { atomicInterior[position - start] = true }
            }
        }
        let trie = dictionary.trie
        let costs = dictionary.costs, sources = dictionary.sources
        let icuWordCost = icuWordCost
        @inline(__always) func relax(_ from: Int, _ to: Int, _ cost: Float, _ kind: TokenKind) {
            let candidate = best[from] + cost
            if candidate < best[to] - 1e-6 {
                best[to] = candidate
                back[to] = Int32(from)
                backKind[to] = kind
            }
        }
        for offset in 0..<length {
            // Numbers and Latin words are atomic: no dictionary word starts or ends inside one.
            if atomicInterior[offset] { continue }
            let tokenEnd = Int(icuEnd[offset])
            var tokenEntry = -1
            // Dictionary words starting here; the one that equals ICU's token prices that token.
            trie.forEachMatch(in: text, from: start + offset, limit: end) { matchEnd, entry in
                let relativeEnd = matchEnd - start
                if relativeEnd == tokenEnd {
                    tokenEntry = entry
                } else if !atomicInterior[relativeEnd] {
                    relax(offset, relativeEnd, costs[entry], sources[entry] == .lexicon ? .term : .word)
                }
            }
            // ICU's own token starting here.
            if tokenEnd >= 0 {
                let kind = icuKind[offset]
                if tokenEntry >= 0 {
                    relax(offset, tokenEnd, costs[tokenEntry], sources[tokenEntry] == .lexicon ? .term : kind)
                } else {
                    relax(offset, tokenEnd, kind == .word ? icuWordCost : Self.dictionaryICUWordCost, kind)
                }
            }
            // A single character, to bridge where a dictionary word cuts an ICU token.
            if atomicInterior[offset + 1] { continue }
            let unit = text[start + offset]
            let step = unit & 0xFC00 == 0xD800 && offset + 1 < length ? 2 : 1
            relax(offset, offset + step, Self.singleCharacterCost, Self.singleKind(unit))
        }
        let firstPiece = output.count
        var cursor = length
        while cursor > 0 {
            let from = Int(back[cursor])
            output.append(Segment(start: start + from, end: start + cursor, kind: backKind[cursor]))
            cursor = from
        }
        output[firstPiece...].reverse()
    }


    private static func singleKind(_ unit: UInt16) -> TokenKind {
        if unit >= 0x30 && unit <= 0x39 { return .number }
        if (unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7A { return .letters }
        return .word
    }
}

/// The lattice's per-position arrays, allocated once per merger and grown on demand.
private struct LatticeScratch {
    private(set) var capacity = 0
    private(set) var icuEnd = UnsafeMutableBufferPointer<Int32>.allocate(capacity: 0)
    private(set) var icuKind = UnsafeMutableBufferPointer<TokenKind>.allocate(capacity: 0)
    private(set) var atomicInterior = UnsafeMutableBufferPointer<Bool>.allocate(capacity: 0)
    private(set) var best = UnsafeMutableBufferPointer<Float>.allocate(capacity: 0)
    private(set) var back = UnsafeMutableBufferPointer<Int32>.allocate(capacity: 0)
    private(set) var backKind = UnsafeMutableBufferPointer<TokenKind>.allocate(capacity: 0)

    /// Makes room for `length` positions (plus the end) and resets them.
    mutating func prepare(length: Int) {
        if length + 1 > capacity {
            release()
            capacity = max(length + 1, capacity * 2)
            icuEnd = .allocate(capacity: capacity)
            icuKind = .allocate(capacity: capacity)
            atomicInterior = .allocate(capacity: capacity)
            best = .allocate(capacity: capacity)
            back = .allocate(capacity: capacity)
            backKind = .allocate(capacity: capacity)
        }
        for index in 0...length {
            icuEnd[index] = -1
            icuKind[index] = .word
            atomicInterior[index] = false
            best[index] = .infinity
            back[index] = -1
            backKind[index] = .word
        }
        best[0] = 0
    }

    func release() {
        icuEnd.deallocate()
        icuKind.deallocate()
        atomicInterior.deallocate()
        best.deallocate()
        back.deallocate()
        backKind.deallocate()
    }
}
