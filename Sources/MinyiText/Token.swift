/// What a token is, from ICU's rule status and the later token filters.
public enum TokenKind: String, Sendable, Codable, CaseIterable {
    /// Han (ideographic) or kana word found by the dictionary break iterator.
    case word
    /// A run of letters (Latin and other alphabetic scripts).
    case letters
    /// A bare number, including decimals (`82.24`) and Chinese numerals (`二○○一`).
    case number
    /// A number glued to its magnitude, unit or date word (`1.6万`, `82.24%`, `2001年`).
    case quantity
    /// A term from the lexicon pack or user dictionary, kept whole.
    case term
    case punctuation
    case whitespace
}

/// A token as offsets: `start..<end` in UTF-8 bytes of the ORIGINAL text, and
/// `normalizedStart..<normalizedEnd` in UTF-16 units of the normalized text.
public struct TokenSpan: Sendable, Hashable {
    public var kind: TokenKind
    public var start: Int
    public var end: Int
    public var normalizedStart: Int
    public var normalizedEnd: Int

    public init(kind: TokenKind, start: Int, end: Int, normalizedStart: Int, normalizedEnd: Int) {
        self.kind = kind
        self.start = start
        self.end = end
        self.normalizedStart = normalizedStart
        self.normalizedEnd = normalizedEnd
    }
}

/// A token with its normalized text; offsets as in ``TokenSpan``.
public struct Token: Sendable, Hashable, Codable {
    public var text: String
    public var kind: TokenKind
    /// UTF-8 byte offset in the original text (inclusive).
    public var start: Int
    /// UTF-8 byte offset in the original text (exclusive).
    public var end: Int

    public init(text: String, kind: TokenKind, start: Int, end: Int) {
        self.text = text
        self.kind = kind
        self.start = start
        self.end = end
    }
}
