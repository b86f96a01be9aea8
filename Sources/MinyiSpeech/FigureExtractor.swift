import MinyiText

/// Finds the figures of a text: normalizes it (full-width digits, Traditional characters), runs
/// ``FigureGrammar`` and maps each figure back to UTF-8 byte offsets in the given text.
///
/// Holds a ``TextNormalizer``, so it is not thread-safe: one per thread.
public final class FigureExtractor {
    private let normalizer: TextNormalizer

    public init() throws {
        normalizer = try TextNormalizer()
    }

    /// The figures of `text`, in order; `text` of each figure is the original wording.
    public func figures(in text: String) -> [Figure] {
        let normalized = normalizer.normalize(text)
        guard normalized.count > 0 else { return [] }
        let characters = normalized.units.map { Character(Unicode.Scalar($0) ?? "\u{FFFD}") }
        let bytes = Array(text.utf8)
        return FigureGrammar(characters).matches().map { match in
            let original = normalized.originalRange(match.range)
            return Figure(text: String(decoding: bytes[original], as: UTF8.self), kind: match.kind, value: match.value,
                          unit: match.unit, qualifier: match.qualifier, change: match.change,
                          start: original.lowerBound, end: original.upperBound)
        }
    }
}
