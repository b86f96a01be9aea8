import MinyiText

/// Finds the figures of a text: normalizes it (full-width digits, Traditional characters), runs
/// ``FigureGrammar`` and maps each figure back to UTF-8 byte offsets in the given text.
///
/// With a dictionary, a figure that lies inside a longer occurrence of one of its lexicon terms is part
/// of a name (`二次供水`, `三级联动` when the pack lists them) and is left out; a term that only overlaps
/// it (`全年` and `年审` in `全年审批`) is no reason.
///
/// Holds ICU state, so it is not thread-safe: one per thread.
public final class FigureExtractor {
    private let normalizer: TextNormalizer
    private let dictionary: SegmentationDictionary?

    public init(dictionary: SegmentationDictionary? = nil) throws {
        normalizer = try TextNormalizer()
        self.dictionary = dictionary
    }

    /// The figures of `text`, in order; `text` of each figure is the original wording.
    public func figures(in text: String) -> [Figure] {
        let normalized = normalizer.normalize(text)
        guard normalized.count > 0 else { return [] }
        let characters = normalized.units.map { Character(Unicode.Scalar($0) ?? "\u{FFFD}") }
        let bytes = Array(text.utf8)
        let terms = dictionary?.lexiconTermOccurrences(in: normalized.units) ?? []
        return FigureGrammar(characters).matches().compactMap { match in
            let range = match.range
            if terms.contains(where: { $0.lowerBound <= range.lowerBound && range.upperBound <= $0.upperBound && $0.count > range.count }) {
                return nil
            }
            let original = normalized.originalRange(match.range)
            return Figure(text: String(decoding: bytes[original], as: UTF8.self), kind: match.kind, value: match.value,
                          unit: match.unit, qualifier: match.qualifier, change: match.change,
                          start: original.lowerBound, end: original.upperBound)
        }
    }
}
