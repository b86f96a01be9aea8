/// A paragraph of a page after layout cleanup, with the map from its text back to the original.
///
/// Its text is made of pieces of the original (lines joined across breaks, page marks cut out);
/// `pieces` tell where each piece came from, so every offset maps back to the original UTF-8 bytes.
public struct Paragraph: Sendable {
    /// A run of the paragraph's text copied from one place of the original.
    struct Piece: Sendable {
        var offset: Int    // UTF-8 offset in `text`
        var original: Int  // UTF-8 offset in the original
        var length: Int
    }

    public private(set) var text: String
    private(set) var pieces: [Piece]

    init(pieces texts: [(Substring, Int)]) {
        text = ""
        pieces = []
        for (piece, original) in texts { append(piece, original: original) }
    }

    /// UTF-8 offset of the paragraph's start in the original.
    public var start: Int { pieces.first?.original ?? 0 }
    /// UTF-8 offset of the paragraph's end in the original.
    public var end: Int { pieces.last.map { $0.original + $0.length } ?? 0 }

    mutating func append(_ piece: Substring, original: Int) {
        guard !piece.isEmpty else { return }
        pieces.append(Piece(offset: text.utf8.count, original: original, length: piece.utf8.count))
        text += piece
    }

    mutating func append(_ other: Paragraph) {
        for piece in other.pieces {
            pieces.append(Piece(offset: text.utf8.count + piece.offset, original: piece.original, length: piece.length))
        }
        text += other.text
    }

    /// The original range of a UTF-8 range of `text`.
    public func originalRange(_ range: Range<Int>) -> Range<Int> {
        let lower = originalOffset(range.lowerBound, isEnd: false)
        let upper = originalOffset(range.upperBound, isEnd: true)
        return lower..<max(lower, upper)
    }

    private func originalOffset(_ offset: Int, isEnd: Bool) -> Int {
        // An end offset at a piece boundary belongs to the piece before it.
        guard let piece = pieces.last(where: { isEnd ? $0.offset < offset : $0.offset <= offset }) ?? pieces.first else { return offset }
        return piece.original + min(max(0, offset - piece.offset), piece.length)
    }

    /// The part of this paragraph from UTF-8 offset `offset` on.
    func suffix(from offset: Int) -> Paragraph {
        var result = Paragraph(pieces: [])
        for piece in pieces where piece.offset + piece.length > offset {
            let skip = max(0, offset - piece.offset)
            let utf8 = text.utf8
            let lower = utf8.index(utf8.startIndex, offsetBy: piece.offset + skip)
            let upper = utf8.index(utf8.startIndex, offsetBy: piece.offset + piece.length)
            result.append(text[lower..<upper], original: piece.original + skip)
        }
        return result
    }
}
