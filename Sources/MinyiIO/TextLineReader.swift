/// A line decoded to text.
public struct TextLine: Sendable, Hashable {
    /// 1-based line number.
    public let number: Int
    /// The text; when `error` is set, each invalid byte is replaced by U+FFFD.
    public let text: String
    /// Set when the line's bytes are not valid in the file's encoding.
    public let error: InputError?
}

/// Reads a text file (or standard input for `-`) line by line, decoding each line to a String.
///
/// A byte order mark (UTF-8, UTF-16LE, UTF-16BE) decides the encoding and is dropped. Otherwise the
/// policy applies; under `.auto` the encoding is detected on the first chunk, or on the first line with
/// non-ASCII bytes when the first chunk is all ASCII. Decoding is per line, so memory stays flat.
public final class TextLineReader {
    /// The name used in messages: the path, or `<stdin>`.
    public let file: String
    public let policy: EncodingPolicy
    private let lines: LineReader
    private let byteOrderMark: TextEncoding?
    private var mode: Mode

    private enum Mode { case undecided, utf8, gb18030 }

    /// The encoding being read; under `.auto` it is UTF-8 until non-UTF-8 bytes decide otherwise.
    public var encoding: TextEncoding {
        byteOrderMark ?? (mode == .gb18030 ? .gb18030 : .utf8)
    }

    public init(path: String, policy: EncodingPolicy = .auto,
                chunkSize: Int = LineReader.defaultChunkSize) throws(InputError) {
        let source = try FileByteSource(path: path)
        file = source.name
        self.policy = policy
        let head = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
        defer { head.deallocate() }
        let count = try source.readFully(into: head)
        let sample = UnsafeRawBufferPointer(rebasing: head[..<count])

        if let (encoding, length) = TextEncodingDetector.byteOrderMark(sample) {
            byteOrderMark = encoding
            mode = .utf8
            let rest = UnsafeRawBufferPointer(rebasing: sample[length...])
            if encoding == .utf8 {
                lines = LineReader(source: source, name: file, head: rest, startOffset: length, chunkSize: chunkSize)
            } else {
                let utf8 = UTF16ToUTF8Source(inner: source, head: Array(rest),
                                             bigEndian: encoding == .utf16BigEndian, chunkSize: chunkSize)
                lines = LineReader(source: utf8, name: file, chunkSize: chunkSize)
            }
            return
        }
        byteOrderMark = nil
        lines = LineReader(source: source, name: file, head: sample, chunkSize: chunkSize)
        if policy == .gb18030 {
            mode = .gb18030
            return
        }
        let bytes = sample.assumingMemoryBound(to: UInt8.self)
        switch TextEncodingDetector.classify(bytes, isComplete: count < chunkSize) {
        case .ascii: mode = policy == .auto ? .undecided : .utf8
        case .utf8, .unknown: mode = .utf8
        case .gb18030 where policy == .auto: mode = .gb18030
        case .gb18030: throw Self.gbkInUTF8File(file: file, sample: bytes)
        }
    }

    /// The next line; nil at the end of the input.
    public func next() throws(InputError) -> TextLine? {
        try lines.withNextLine { decode($0) }
    }

    private func decode(_ line: LineReader.RawLine) -> TextLine {
        switch mode {
        case .utf8:
            if let text = String(validating: line.bytes, as: UTF8.self) {
                return TextLine(number: line.number, text: text, error: nil)
            }
            return invalidUTF8(line)
        case .gb18030:
            switch GB18030.decode(line.bytes) {
            case .success(let text):
                return TextLine(number: line.number, text: text, error: nil)
            case .failure:
                let (text, bad) = GB18030.decodeLossy(line.bytes)
                return TextLine(number: line.number, text: text,
                                error: encodingError("invalid GB18030", line: line, at: bad ?? 0))
            }
        case .undecided:
            if isASCII(line.bytes) {
                return TextLine(number: line.number, text: String(decoding: line.bytes, as: UTF8.self), error: nil)
            }
            mode = TextEncodingDetector.classify(line.bytes) == .gb18030 ? .gb18030 : .utf8
            return decode(line)
        }
    }

    private func invalidUTF8(_ line: LineReader.RawLine) -> TextLine {
        let bad = UTF8Survey(line.bytes, stopAtFirstInvalid: true).firstInvalid ?? 0
        var error = encodingError("invalid UTF-8", line: line, at: bad)
        if policy == .utf8 && TextEncodingDetector.classify(line.bytes) == .gb18030 {
            error = InputError(.encoding, file: file, line: line.number, byteOffset: error.byteOffset,
                               message: error.message + "; " + Self.gbkHint)
        }
        return TextLine(number: line.number, text: String(decoding: line.bytes, as: UTF8.self), error: error)
    }

    private func encodingError(_ problem: String, line: LineReader.RawLine, at offset: Int) -> InputError {
        Self.encodingError(problem, file: file, line: line.number, byte: line.bytes[offset],
                           lineOffset: offset, fileOffset: line.offset + offset)
    }

    private static let gbkHint = "looks like GBK/GB18030; pass --encoding gb18030 or convert with iconv -f GB18030 -t UTF-8"

    private static func encodingError(_ problem: String, file: String, line: Int, byte: UInt8,
                                      lineOffset: Int, fileOffset: Int) -> InputError {
        let hex = "0x" + String(byte, radix: 16, uppercase: true)
        return InputError(.encoding, file: file, line: line, byteOffset: fileOffset,
                          message: "\(problem): byte \(hex) at offset \(lineOffset) of the line (file offset \(fileOffset))")
    }

    /// The error for a UTF-8-only read of a file whose first chunk is GBK: at its first invalid byte.
    private static func gbkInUTF8File(file: String, sample: UnsafeBufferPointer<UInt8>) -> InputError {
        let bad = UTF8Survey(sample, stopAtFirstInvalid: true).firstInvalid ?? 0
        let before = UnsafeBufferPointer(rebasing: sample[..<bad])
        let line = 1 + before.lazy.filter { $0 == 0x0A }.count
        let lineStart = (before.lastIndex(of: 0x0A) ?? -1) + 1
        let error = encodingError("invalid UTF-8", file: file, line: line, byte: sample[bad],
                                  lineOffset: bad - lineStart, fileOffset: bad)
        return InputError(.encoding, file: file, line: line, byteOffset: bad, message: error.message + "; " + gbkHint)
    }
}

/// Whether every byte is ASCII, eight bytes at a time.
func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    let raw = UnsafeRawPointer(base)
    var i = 0
    while i + 8 <= bytes.count {
        if raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
        i += 8
    }
    while i < bytes.count {
        if bytes[i] >= 0x80 { return false }
        i += 1
    }
    return true
}
