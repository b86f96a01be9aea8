import CICU

/// How to choose a text file's encoding.
public enum EncodingPolicy: String, Sendable, CaseIterable {
    /// UTF-8, or GB18030 (which covers GBK and GB2312) when the start of the file is not UTF-8 but is GB18030.
    case auto
    /// UTF-8 only; a file that looks like GBK is rejected.
    case utf8
    /// GB18030 (GBK, GB2312).
    case gb18030
}

/// A text file's encoding, as read. A byte order mark decides it whatever the policy.
public enum TextEncoding: String, Sendable, CustomStringConvertible {
    case utf8 = "UTF-8"
    case utf16LittleEndian = "UTF-16LE"
    case utf16BigEndian = "UTF-16BE"
    case gb18030 = "GB18030"

    public var description: String { rawValue }
}

/// Sniffs byte order marks and tells UTF-8 from GBK/GB18030 on a sample of bytes.
public enum TextEncodingDetector {
    /// What a sample of bytes looks like.
    public enum Verdict: Sendable, Equatable {
        /// Only ASCII bytes: any of the supported encodings reads it the same.
        case ascii
        /// Valid UTF-8, or mostly valid UTF-8 with a few broken bytes.
        case utf8
        /// Not UTF-8, but valid GB18030.
        case gb18030
        /// Neither.
        case unknown
    }

    /// The encoding announced by a byte order mark at the start of `bytes`, and the mark's length.
    public static func byteOrderMark(_ bytes: UnsafeRawBufferPointer) -> (encoding: TextEncoding, length: Int)? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return (.utf8, 3) }
        if bytes.starts(with: [0xFF, 0xFE]) { return (.utf16LittleEndian, 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (.utf16BigEndian, 2) }
        return nil
    }

    /// Classifies a sample. When `isComplete` is false the sample may end inside a character.
    ///
    /// A sample whose valid multi-byte UTF-8 sequences outnumber its invalid ones at least two to one
    /// is UTF-8 with some broken bytes (those are errors of their lines), not another encoding.
    public static func classify(_ bytes: UnsafeBufferPointer<UInt8>, isComplete: Bool = true) -> Verdict {
        let survey = UTF8Survey(bytes, isComplete: isComplete)
        if survey.invalid == 0 { return survey.multibyte == 0 ? .ascii : .utf8 }
        if survey.multibyte >= 2 * survey.invalid { return .utf8 }
        switch GB18030.decode(bytes) {
        case .success: return .gb18030
        case .failure(let failure): return !isComplete && failure.offset >= bytes.count - 3 ? .gb18030 : .unknown
        }
    }
}

/// Counts of well-formed multi-byte sequences and of invalid bytes in UTF-8 input.
struct UTF8Survey {
    private(set) var multibyte = 0
    private(set) var invalid = 0
    private(set) var firstInvalid: Int?

    /// Surveys `bytes`; when `isComplete` is false a sequence cut off by the end is not counted as invalid.
    init(_ bytes: UnsafeBufferPointer<UInt8>, isComplete: Bool = true, stopAtFirstInvalid: Bool = false) {
        var i = 0
        let n = bytes.count
        while i < n {
            let lead = bytes[i]
            if lead < 0x80 { i += 1; continue }
            let length = UTF8Survey.sequenceLength(bytes, at: i)
            if length > 0 {
                multibyte += 1
                i += length
                continue
            }
            if !isComplete && UTF8Survey.isTruncatedPrefix(bytes, at: i) { break }
            invalid += 1
            if firstInvalid == nil { firstInvalid = i }
            if stopAtFirstInvalid { break }
            i += 1
        }
    }

    /// Length of the well-formed sequence at `i`, or 0.
    private static func sequenceLength(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let lead = b[i]
        let (length, low, high): (Int, UInt8, UInt8)
        switch lead {
        case 0xC2...0xDF: (length, low, high) = (2, 0x80, 0xBF)
        case 0xE0: (length, low, high) = (3, 0xA0, 0xBF)
        case 0xED: (length, low, high) = (3, 0x80, 0x9F)
        case 0xE1...0xEF: (length, low, high) = (3, 0x80, 0xBF)
        case 0xF0: (length, low, high) = (4, 0x90, 0xBF)
        case 0xF4: (length, low, high) = (4, 0x80, 0x8F)
        case 0xF1...0xF3: (length, low, high) = (4, 0x80, 0xBF)
        default: return 0
        }
        guard i + length <= b.count, (low...high).contains(b[i + 1]) else { return 0 }
        for k in 2..<max(length, 2) where !(0x80...0xBF).contains(b[i + k]) { return 0 }
        return length
    }

    /// Whether the bytes from `i` to the end are the valid start of a longer sequence.
    private static func isTruncatedPrefix(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let remaining = b.count - i
        guard remaining < 4 else { return false }
        let lead = b[i]
        let length = lead >= 0xF0 && lead <= 0xF4 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0
        return length > remaining && (i + 1..<b.count).allSatisfy { (0x80...0xBF).contains(b[$0]) }
    }
}

/// GB18030 to UTF-8 through ICU.
enum GB18030 {
    /// The decoded text, or the offset of the first byte that is not valid GB18030.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<String, InvalidOffset> {
        if bytes.isEmpty { return .success("") }
        var badOffset: Int32 = 0
        var failed = false
        // GB18030 takes 1 byte per ASCII character, 2 per BMP character (3 in UTF-8) and 4 for the rest.
        let capacity = bytes.count + bytes.count / 2 + 4
        let text = String(unsafeUninitializedCapacity: capacity) { dest in
            let written = bytes.withMemoryRebound(to: CChar.self) { source in
                dest.withMemoryRebound(to: CChar.self) { target in
                    mi_convert_to_utf8("GB18030", source.baseAddress, Int32(bytes.count),
                                       target.baseAddress, Int32(capacity), &badOffset)
                }
            }
            precondition(written <= capacity, "GB18030 output exceeds its bound")
            if written < 0 { failed = true; return 0 }
            return Int(written)
        }
        return failed ? .failure(InvalidOffset(offset: Int(badOffset))) : .success(text)
    }

    /// The decoded text with U+FFFD for each invalid byte, and the first invalid offset if any.
    static func decodeLossy(_ bytes: UnsafeBufferPointer<UInt8>) -> (text: String, firstInvalid: Int?) {
        var text = ""
        var position = 0
        var firstInvalid: Int?
        while true {
            let rest = UnsafeBufferPointer(rebasing: bytes[position...])
            switch decode(rest) {
            case .success(let tail):
                return (text + tail, firstInvalid)
            case .failure(let failure):
                let bad = min(position + max(failure.offset, 0), bytes.count - 1)
                if firstInvalid == nil { firstInvalid = bad }
                if case .success(let head) = decode(UnsafeBufferPointer(rebasing: bytes[position..<bad])) { text += head }
                text += "\u{FFFD}"
                position = bad + 1
            }
        }
    }

    struct InvalidOffset: Error {
        let offset: Int
    }
}
