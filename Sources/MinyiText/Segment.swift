/// A token inside the chain: a UTF-16 range of the normalized text and its kind.
struct Segment: Equatable {
    var start: Int
    var end: Int
    var kind: TokenKind

    /// Kind from ICU's word-break rule status and the segment's first unit.
    static func kind(ruleStatus: Int32, firstUnit: UInt16) -> TokenKind {
        switch ruleStatus {
        case 100..<200: return .number
        case 200..<300: return .letters
        case 300..<500: return .word
        default: return firstUnit == 0x20 ? .whitespace : .punctuation
        }
    }
}
