/// The analysis chain: normalize → ICU segment → merge dictionary terms → merge quantities.
///
/// Holds ICU state and scratch buffers, so it is not thread-safe: create one per thread (they are
/// cheap; the dictionary is shared by value).
public final class TextAnalyzer {
    public let normalizer: TextNormalizer
    private let breaker: ICUWordBreaker
    private let termMerger: TermMerger
    private let quantityMerger: QuantityMerger
    private let punctuationMerger = PunctuationMerger()
    private var segments: [Segment] = []

    public init(dictionary: SegmentationDictionary = SegmentationDictionary()) throws {
        normalizer = try TextNormalizer()
        breaker = try ICUWordBreaker()
        termMerger = TermMerger(dictionary: dictionary)
        quantityMerger = QuantityMerger(learnedUnits: dictionary.quantityUnits, gluesDates: dictionary.gluesDates)
    }

    public var dictionary: SegmentationDictionary { termMerger.dictionary }

    /// Analyzes `text`.
    public func analyze(_ text: String) -> AnalyzedText {
        var normalized = NormalizedText()
        var text = text
        text.withUTF8 { normalizer.normalize(utf8: $0, into: &normalized) }
        return AnalyzedText(normalized: normalized, spans: segment(normalized))
    }

    /// Analyzes UTF-8 bytes, reusing `normalized`'s storage; returns the token spans.
    public func analyze(utf8 bytes: UnsafeBufferPointer<UInt8>, normalized: inout NormalizedText) -> [TokenSpan] {
        normalizer.normalize(utf8: bytes, into: &normalized)
        return segment(normalized)
    }

    /// Segments already-normalized text.
    public func segment(_ normalized: NormalizedText) -> [TokenSpan] {
        segments.removeAll(keepingCapacity: true)
        return normalized.units.withUnsafeBufferPointer { units in
            breaker.forEachSegment(units) { start, end, status in
                segments.append(Segment(start: start, end: end, kind: Segment.kind(ruleStatus: status, firstUnit: units[start])))
            }
            termMerger.merge(&segments, text: units)
            dictionary.personNames?.merge(&segments, text: units)
            quantityMerger.merge(&segments, text: units)
            punctuationMerger.merge(&segments, text: units)
            var spans: [TokenSpan] = []
            spans.reserveCapacity(segments.count)
            for segment in segments {
                let original = normalized.originalRange(segment.start..<segment.end)
                // A boundary inside one original character's expansion (`℃` → `°C`) is not real.
                if let last = spans.last, original.lowerBound < last.end {
                    spans[spans.count - 1].end = max(last.end, original.upperBound)
                    spans[spans.count - 1].normalizedEnd = segment.end
                    continue
                }
                spans.append(TokenSpan(kind: segment.kind, start: original.lowerBound, end: original.upperBound,
                                       normalizedStart: segment.start, normalizedEnd: segment.end))
            }
            return spans
        }
    }
}

/// The result of the chain for one text: normalized text plus token spans.
public struct AnalyzedText: Sendable {
    public let normalized: NormalizedText
    public let spans: [TokenSpan]

    /// Normalized text of a span.
    public func text(of span: TokenSpan) -> String {
        normalized.string(span.normalizedStart..<span.normalizedEnd)
    }

    /// All tokens with their normalized text, whitespace included.
    public var tokens: [Token] {
        spans.map { Token(text: text(of: $0), kind: $0.kind, start: $0.start, end: $0.end) }
    }

    /// Normalized texts of the tokens that carry meaning (no whitespace or punctuation).
    public var terms: [String] {
        spans.compactMap { $0.kind == .whitespace || $0.kind == .punctuation ? nil : text(of: $0) }
    }
}
