/// Token filter that makes dictionary words win over ICU's boundaries.
///
/// Within each run of non-punctuation tokens that contains a dictionary match, it picks the cheapest
/// path through a lattice of ICU's tokens, dictionary words and single characters (HanLP's
/// "combine with custom dictionary", generalized): a lexicon term spanning several ICU tokens always
/// wins (`人|社|局` → `人社局`), while a term that would cut ICU words apart (`公交` in `办公|交流`) loses.
/// With user or base words, ICU words outside the dictionary cost more, so the dictionary decides.
final class TermMerger {
    let dictionary: SegmentationDictionary
    private let icuWordCost: Float
    private static let singleCharacterCost: Float = 1.5
    private static let dictionaryICUWordCost: Float = 1.0
    private static let userStandardICUWordCost: Float = 2.2

    private var icuEnd: [Int32] = []
    private var icuEntry: [Int32] = []
    private var matchEnds: [Int32] = []
    private var matchEntries: [Int32] = []
    private var matchOffsets: [Int32] = []
    private var best: [Float] = []
    private var back: [Int32] = []
    private var backKind: [TokenKind] = []

    init(dictionary: SegmentationDictionary) {
        self.dictionary = dictionary
        icuWordCost = dictionary.definesStandard ? Self.userStandardICUWordCost : Self.dictionaryICUWordCost
    }

    /// Rewrites `segments` (covering `text`) in place.
    func merge(_ segments: inout [Segment], text: UnsafeBufferPointer<UInt16>) {
        guard dictionary.count > 0, !segments.isEmpty else { return }
        var output: [Segment] = []
        output.reserveCapacity(segments.count)
        var index = 0
        while index < segments.count {
            guard Self.isMergeable(segments[index].kind) else {
                output.append(segments[index])
                index += 1
                continue
            }
            var runEnd = index
            while runEnd < segments.count, Self.isMergeable(segments[runEnd].kind) { runEnd += 1 }
            mergeRun(segments[index..<runEnd], text: text, into: &output)
            index = runEnd
        }
        segments = output
    }

    private static func isMergeable(_ kind: TokenKind) -> Bool {
        kind == .word || kind == .number || kind == .letters
    }

    /// Best path over one run of word/number/letter segments.
    private func mergeRun(_ run: ArraySlice<Segment>, text: UnsafeBufferPointer<UInt16>, into output: inout [Segment]) {
        let start = run.first!.start, end = run.last!.end
        let length = end - start
        // ICU token ending where one starts (offset → end offset), and its dictionary entry if any.
        icuEnd.removeAll(keepingCapacity: true)
        icuEnd.append(contentsOf: repeatElement(-1, count: length))
        icuEntry.removeAll(keepingCapacity: true)
        icuEntry.append(contentsOf: repeatElement(-1, count: length))
        for segment in run { icuEnd[segment.start - start] = Int32(segment.end - start) }
        // Collect dictionary matches per position (CSR layout); note whether any disagrees with ICU.
        matchEnds.removeAll(keepingCapacity: true)
        matchEntries.removeAll(keepingCapacity: true)
        matchOffsets.removeAll(keepingCapacity: true)
        var disagrees = false
        let trie = dictionary.trie
        for offset in 0..<length {
            matchOffsets.append(Int32(matchEnds.count))
            trie.forEachMatch(in: text, from: start + offset, limit: end) { matchEnd, entry in
                let relativeEnd = Int32(matchEnd - start)
                if icuEnd[offset] == relativeEnd {
                    icuEntry[offset] = Int32(entry)
                } else {
                    matchEnds.append(relativeEnd)
                    matchEntries.append(Int32(entry))
                    disagrees = true
                }
            }
        }
        matchOffsets.append(Int32(matchEnds.count))
        // Where every dictionary word is also an ICU token, ICU's path is already the cheapest.
        guard disagrees || dictionary.lexiconTermAmong(icuEntry) else {
            output.append(contentsOf: run)
            return
        }
        best.removeAll(keepingCapacity: true)
        back.removeAll(keepingCapacity: true)
        backKind.removeAll(keepingCapacity: true)
        best.append(contentsOf: repeatElement(.infinity, count: length + 1))
        back.append(contentsOf: repeatElement(-1, count: length + 1))
        backKind.append(contentsOf: repeatElement(.word, count: length + 1))
        best[0] = 0

        var segmentIndex = run.startIndex
        best.withUnsafeMutableBufferPointer { best in
        back.withUnsafeMutableBufferPointer { back in
        backKind.withUnsafeMutableBufferPointer { backKind in
            @inline(__always) func relax(_ from: Int, _ to: Int, _ cost: Float, _ kind: TokenKind) {
                let candidate = best[from] + cost
                if candidate < best[to] - 1e-6 {
                    best[to] = candidate
                    back[to] = Int32(from)
                    backKind[to] = kind
                }
            }
            for offset in 0..<length where best[offset] < .infinity {
                // ICU's own token starting here.
                while segmentIndex < run.endIndex, run[segmentIndex].start < start + offset { segmentIndex += 1 }
                if segmentIndex < run.endIndex, run[segmentIndex].start == start + offset {
                    let segment = run[segmentIndex]
                    let entry = Int(icuEntry[offset])
                    let cost: Float
                    var kind = segment.kind
                    if entry >= 0 {
                        cost = dictionary.costs[entry]
                        if dictionary.sources[entry] == .lexicon { kind = .term }
                    } else {
                        cost = segment.kind == .word ? icuWordCost : Self.dictionaryICUWordCost
                    }
                    relax(offset, segment.end - start, cost, kind)
                }
                // Dictionary words starting here that ICU does not have.
                for match in Int(matchOffsets[offset])..<Int(matchOffsets[offset + 1]) {
                    let entry = Int(matchEntries[match])
                    let kind: TokenKind = dictionary.sources[entry] == .lexicon ? .term : .word
                    relax(offset, Int(matchEnds[match]), dictionary.costs[entry], kind)
                }
                // A single character, to bridge where a dictionary word cuts an ICU token.
                let unit = text[start + offset]
                let step = (0xD800..<0xDC00).contains(unit) && start + offset + 1 < end ? 2 : 1
                relax(offset, offset + step, Self.singleCharacterCost, Self.singleKind(unit))
            }
        }
        }
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
