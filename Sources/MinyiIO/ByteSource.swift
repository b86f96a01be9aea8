#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A stream of bytes read in chunks.
protocol ByteSource: AnyObject {
    /// Fills the start of `buffer`; returns the number of bytes read, 0 at the end.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws(InputError) -> Int
}

/// A file descriptor opened on a path, or standard input for the path `-`.
final class FileByteSource: ByteSource {
    /// The name used in messages: the path, or `<stdin>`.
    let name: String
    private let descriptor: Int32
    private let ownsDescriptor: Bool

    init(path: String) throws(InputError) {
        if path == "-" {
            (name, descriptor, ownsDescriptor) = ("<stdin>", STDIN_FILENO, false)
            return
        }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw InputError(.unreadable, file: path, message: "cannot open: \(String(cString: strerror(errno)))")
        }
        (name, self.descriptor, ownsDescriptor) = (path, descriptor, true)
    }

    deinit {
        if ownsDescriptor { close(descriptor) }
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws(InputError) -> Int {
        while true {
            #if canImport(Glibc)
            let count = Glibc.read(descriptor, buffer.baseAddress, buffer.count)
            #else
            let count = Darwin.read(descriptor, buffer.baseAddress, buffer.count)
            #endif
            if count >= 0 { return count }
            if errno == EINTR { continue }
            throw InputError(.unreadable, file: name, message: "read failed: \(String(cString: strerror(errno)))")
        }
    }

    /// Reads until `buffer` is full or the input ends.
    func readFully(into buffer: UnsafeMutableRawBufferPointer) throws(InputError) -> Int {
        var filled = 0
        while filled < buffer.count {
            let count = try read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[filled...]))
            if count == 0 { break }
            filled += count
        }
        return filled
    }
}

/// Transcodes a UTF-16 stream (after its byte order mark) to UTF-8, chunk by chunk.
/// Unpaired surrogates become U+FFFD.
final class UTF16ToUTF8Source: ByteSource {
    private let inner: ByteSource
    private let bigEndian: Bool
    /// UTF-16 bytes read but not yet transcoded (a chunk, or a split code unit or surrogate pair).
    private var pending: [UInt8]
    private let input: UnsafeMutableRawBufferPointer
    private var innerEnded = false

    /// `head` holds the bytes already read from `inner` after the byte order mark.
    init(inner: ByteSource, head: [UInt8], bigEndian: Bool, chunkSize: Int) {
        self.inner = inner
        self.bigEndian = bigEndian
        pending = head
        input = .allocate(byteCount: max(chunkSize, 4), alignment: 16)
    }

    deinit {
        input.deallocate()
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws(InputError) -> Int {
        precondition(buffer.count >= 4, "buffer too small to transcode into")
        while true {
            let (written, consumed) = transcode(into: buffer)
            pending.removeFirst(consumed)
            if written > 0 { return written }
            if innerEnded {
                guard !pending.isEmpty else { return 0 }
                pending.removeAll() // a lone trailing byte or high surrogate
                buffer.storeBytes(of: (0xEF, 0xBF, 0xBD) as (UInt8, UInt8, UInt8), as: (UInt8, UInt8, UInt8).self)
                return 3
            }
            let count = try inner.read(into: input)
            if count == 0 { innerEnded = true } else { pending += input[..<count] }
        }
    }

    /// Transcodes whole code points from `pending` into `buffer`; returns bytes written and consumed.
    private func transcode(into buffer: UnsafeMutableRawBufferPointer) -> (written: Int, consumed: Int) {
        var written = 0
        var index = 0
        let bigEndian = self.bigEndian
        pending.withUnsafeBufferPointer { source in
            func unit(at i: Int) -> UInt32 {
                bigEndian ? UInt32(source[i]) << 8 | UInt32(source[i + 1]) : UInt32(source[i + 1]) << 8 | UInt32(source[i])
            }
            while index + 1 < source.count && written + 4 <= buffer.count {
                var scalar = unit(at: index)
                var width = 2
                if scalar >= 0xD800 && scalar < 0xDC00 {
                    if index + 3 >= source.count {
                        if !innerEnded { break } // the low surrogate is in the next chunk
                        scalar = 0xFFFD
                    } else {
                        let low = unit(at: index + 2)
                        if low >= 0xDC00 && low < 0xE000 {
                            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                            width = 4
                        } else {
                            scalar = 0xFFFD
                        }
                    }
                } else if scalar >= 0xDC00 && scalar < 0xE000 {
                    scalar = 0xFFFD
                }
                for byte in UTF8.encode(Unicode.Scalar(scalar)!)! {
                    buffer[written] = byte
                    written += 1
                }
                index += width
            }
        }
        return (written, index)
    }
}
