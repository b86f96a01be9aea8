/// The char filter at the head of the analysis chain: NFKC (full-width → half-width), Traditional →
/// Simplified, control characters and HTML tags removed, HTML entities decoded, whitespace runs folded
/// to one space. Keeps the map back to original UTF-8 offsets. One instance per thread.
public final class TextNormalizer {
    private let folder: CharacterFolder

    public init() throws {
        folder = try CharacterFolder()
    }

    /// Normalizes `text`.
    public func normalize(_ text: String) -> NormalizedText {
        var result = NormalizedText()
        var text = text
        text.withUTF8 { normalize(utf8: $0, into: &result) }
        return result
    }

    /// Normalizes UTF-8 bytes into `result` (cleared first; its storage is reused). Invalid UTF-8
    /// sequences become U+FFFD, one per bad byte.
    public func normalize(utf8 bytes: UnsafeBufferPointer<UInt8>, into result: inout NormalizedText) {
        result.removeAll()
        result.reserve(bytes.count)
        var index = 0
        var pendingSpace: (start: Int, end: Int)? = nil
        let count = bytes.count

        @inline(__always) func flushSpace(_ result: inout NormalizedText) {
            if let space = pendingSpace {
                // Leading whitespace is dropped; inner runs become one space.
                if !result.units.isEmpty { result.append(0x20, from: space.start, to: space.end) }
                pendingSpace = nil
            }
        }

        while index < count {
            let start = index
            let byte = bytes[index]
            var scalar: UInt32
            if byte < 0x80 {
                index += 1
                if byte == UInt8(ascii: "<"), let tagEnd = Self.htmlTagEnd(bytes, from: start) {
                    index = tagEnd
                    continue
                }
                if byte == UInt8(ascii: "&"), let (decoded, entityEnd) = Self.htmlEntity(bytes, from: start) {
                    index = entityEnd
                    scalar = decoded
                } else {
                    scalar = UInt32(byte)
                }
            } else {
                (scalar, index) = Self.decodeScalar(bytes, at: start)
            }
            if Self.isWhitespace(scalar) {
                pendingSpace = (pendingSpace?.start ?? start, index)
                continue
            }
            if Self.isIgnorable(scalar) { continue }
            if let folded = folder.fold(scalar) {
                if folded == [0x20] {
                    pendingSpace = (pendingSpace?.start ?? start, index)
                    continue
                }
                flushSpace(&result)
                for unit in folded where !Self.isIgnorable(UInt32(unit)) { result.append(unit, from: start, to: index) }
            } else {
                flushSpace(&result)
                if scalar < 0x10000 {
                    result.append(UInt16(scalar), from: start, to: index)
                } else {
                    let value = scalar - 0x10000
                    result.append(UInt16(0xD800 + (value >> 10)), from: start, to: index)
                    result.append(UInt16(0xDC00 + (value & 0x3FF)), from: start, to: index)
                }
            }
        }
    }

    @inline(__always)
    static func isWhitespace(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// Control and invisible formatting characters that carry no text.
    @inline(__always)
    static func isIgnorable(_ scalar: UInt32) -> Bool {
        scalar < 0x20 || (scalar >= 0x7F && scalar < 0xA0) || (scalar >= 0x200B && scalar <= 0x200F)
            || scalar == 0xFEFF || scalar == 0x2060 || (scalar >= 0xFE00 && scalar <= 0xFE0F)
    }

    @inline(__always)
    static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
        let lead = bytes[index]
        let length: Int
        var scalar: UInt32
        switch lead {
        case 0xC2...0xDF: length = 2; scalar = UInt32(lead & 0x1F)
        case 0xE0...0xEF: length = 3; scalar = UInt32(lead & 0x0F)
        case 0xF0...0xF4: length = 4; scalar = UInt32(lead & 0x07)
        default: return (0xFFFD, index + 1)
        }
        guard index + length <= bytes.count else { return (0xFFFD, index + 1) }
        for offset in 1..<length {
            let next = bytes[index + offset]
            guard next & 0xC0 == 0x80 else { return (0xFFFD, index + 1) }
            scalar = scalar << 6 | UInt32(next & 0x3F)
        }
        let minimum: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
        guard scalar >= minimum, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else { return (0xFFFD, index + 1) }
        return (scalar, index + length)
    }

    /// End of an HTML tag (`<p>`, `</div>`, `<br/>`, `<!-- … -->`) starting at `start`, if it is one.
    static func htmlTagEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start + 2 < bytes.count else { return nil }
        let next = bytes[start + 1]
        let isLetter = (next | 0x20) >= UInt8(ascii: "a") && (next | 0x20) <= UInt8(ascii: "z")
        guard isLetter || next == UInt8(ascii: "/") || next == UInt8(ascii: "!") else { return nil }
        let limit = min(bytes.count, start + 512)
        var index = start + 2
        while index < limit {
            switch bytes[index] {
            case UInt8(ascii: ">"): return index + 1
            case UInt8(ascii: "<"), 0x0A: return nil
            default: index += 1
            }
        }
        return nil
    }

    private static let namedEntities: [String: UInt32] = [
        "nbsp": 0x20, "amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27,
        "ldquo": 0x201C, "rdquo": 0x201D, "lsquo": 0x2018, "rsquo": 0x2019, "mdash": 0x2014,
        "ndash": 0x2013, "hellip": 0x2026, "middot": 0xB7, "times": 0xD7, "yen": 0xA5, "emsp": 0x20, "ensp": 0x20,
    ]

    /// Decodes an HTML entity (`&amp;`, `&#20013;`, `&#x4E2D;`) starting at `start`.
    static func htmlEntity(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (UInt32, Int)? {
        let limit = min(bytes.count, start + 12)
        var index = start + 1
        while index < limit, bytes[index] != UInt8(ascii: ";") {
            let byte = bytes[index]
            let isAlphanumeric = (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
            guard isAlphanumeric || (byte == UInt8(ascii: "#") && index == start + 1) else { return nil }
            index += 1
        }
        guard index < limit, index > start + 1 else { return nil }
        let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[(start + 1)..<index]), as: UTF8.self)
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            guard let value, let scalar = Unicode.Scalar(value), scalar.value != 0 else { return nil }
            return (scalar.value, index + 1)
        }
        guard let value = namedEntities[name.lowercased()] else { return nil }
        return (value, index + 1)
    }
}
