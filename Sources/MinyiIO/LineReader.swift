#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file (or standard input) line by line as raw bytes, in chunks, with flat memory.
///
/// Lines end at LF; a CR before the LF is dropped, and the last line needs no newline. Any other
/// byte, NUL included, is kept. A line longer than the chunk grows the buffer to the line's size.
public final class LineReader {
    public static let defaultChunkSize = 1 << 20

    /// A line, valid only inside the closure that receives it.
    public struct RawLine {
        /// 1-based line number.
        public let number: Int
        /// Offset of the line's first byte in the stream.
        public let offset: Int
        /// The line's bytes, without its terminator.
        public let bytes: UnsafeBufferPointer<UInt8>
    }

    /// A line with its own copy of the bytes.
    public struct Line: Sendable, Hashable {
        public let number: Int
        public let offset: Int
        public let bytes: [UInt8]
    }

    /// The name used in messages: the path, or `<stdin>`.
    public let name: String
    private let source: ByteSource
    private let chunkSize: Int
    private var buffer: UnsafeMutableRawBufferPointer
    /// Unconsumed bytes are `buffer[start..<end]`; `buffer[start..<scanned]` holds no LF.
    private var start = 0, end = 0, scanned = 0
    /// Stream offset of `buffer[0]`.
    private var bufferOffset: Int
    private var lineNumber = 0
    private var atEnd = false

    /// Opens `path`, or standard input when `path` is `-`.
    public convenience init(path: String, chunkSize: Int = defaultChunkSize) throws(InputError) {
        let file = try FileByteSource(path: path)
        self.init(source: file, name: file.name, chunkSize: chunkSize)
    }

    /// Reads from `source`, starting with the bytes in `head` that were already read from it;
    /// `startOffset` is the stream offset of `head`'s first byte.
    init(source: ByteSource, name: String, head: UnsafeRawBufferPointer = .init(start: nil, count: 0),
         startOffset: Int = 0, chunkSize: Int = defaultChunkSize) {
        precondition(chunkSize >= 8, "chunk size too small")
        self.source = source
        self.name = name
        self.chunkSize = chunkSize
        bufferOffset = startOffset
        buffer = .allocate(byteCount: max(chunkSize, head.count), alignment: 16)
        if let base = head.baseAddress {
            buffer.baseAddress!.copyMemory(from: base, byteCount: head.count)
            end = head.count
        }
    }

    deinit {
        buffer.deallocate()
    }

    /// Calls `body` with the next line; nil at the end of the input.
    public func withNextLine<R>(_ body: (RawLine) -> R) throws(InputError) -> R? {
        guard let (lineStart, lineEnd) = try nextLineRange() else { return nil }
        let base = UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: UInt8.self)
        return body(RawLine(number: lineNumber, offset: bufferOffset + lineStart,
                            bytes: UnsafeBufferPointer(start: base + lineStart, count: lineEnd - lineStart)))
    }

    /// The next line, copied; nil at the end of the input.
    public func readLine() throws(InputError) -> Line? {
        try withNextLine { Line(number: $0.number, offset: $0.offset, bytes: Array($0.bytes)) }
    }

    /// The buffer range of the next line without its terminator.
    private func nextLineRange() throws(InputError) -> (Int, Int)? {
        while true {
            let base = buffer.baseAddress!
            if scanned < end, let found = memchr(base + scanned, 0x0A, end - scanned) {
                let newline = base.distance(to: found)
                let range = (start, withoutCR(start, newline))
                start = newline + 1
                scanned = start
                lineNumber += 1
                return range
            }
            scanned = end
            if atEnd {
                guard start < end else { return nil }
                let range = (start, withoutCR(start, end))
                start = end
                lineNumber += 1
                return range
            }
            try fill()
        }
    }

    private func withoutCR(_ lineStart: Int, _ lineEnd: Int) -> Int {
        lineEnd > lineStart && buffer[lineEnd - 1] == 0x0D ? lineEnd - 1 : lineEnd
    }

    /// Moves the unconsumed bytes to the front and reads more. The buffer doubles while a line leaves
    /// less than half a chunk free, and shrinks back to a chunk once such a line is consumed.
    private func fill() throws(InputError) {
        let pending = end - start
        var capacity = buffer.count
        while capacity - pending < chunkSize / 2 { capacity *= 2 }
        if capacity > chunkSize && pending <= chunkSize / 2 { capacity = chunkSize }
        if capacity != buffer.count {
            let resized = UnsafeMutableRawBufferPointer.allocate(byteCount: capacity, alignment: 16)
            memcpy(resized.baseAddress!, buffer.baseAddress! + start, pending)
            buffer.deallocate()
            buffer = resized
        } else if start > 0 {
            memmove(buffer.baseAddress!, buffer.baseAddress! + start, pending)
        }
        bufferOffset += start
        scanned -= start
        (start, end) = (0, pending)
        let count = try source.read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[end...]))
        if count == 0 { atEnd = true } else { end += count }
    }
}
