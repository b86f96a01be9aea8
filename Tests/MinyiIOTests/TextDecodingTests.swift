import Foundation
import Testing
@testable import MinyiIO

@Suite struct TextDecodingTests {
    private func decodedLines(_ path: String, _ policy: EncodingPolicy = .auto,
                              chunkSize: Int = LineReader.defaultChunkSize) throws -> (TextLineReader, [TextLine]) {
        let reader = try TextLineReader(path: path, policy: policy, chunkSize: chunkSize)
        var lines: [TextLine] = []
        while let line = try reader.next() { lines.append(line) }
        return (reader, lines)
    }

    @Test func utf8ByteOrderMarkIsDropped() throws {
        let dir = try TempDir()
        let (reader, lines) = try decodedLines(try dir.write("bom.txt", [0xEF, 0xBB, 0xBF] + Array("你好\nx".utf8)))
        #expect(lines.map(\.text) == ["你好", "x"])
        #expect(reader.encoding == .utf8)
    }

    @Test(arguments: [false, true])
    func utf16FilesAreConverted(bigEndian: Bool) throws {
        let text = "你好😀\r\nab\n"
        let units = Array(text.utf16)
        let bytes = units.flatMap { bigEndian ? [UInt8($0 >> 8), UInt8($0 & 0xFF)] : [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let dir = try TempDir()
        let bom: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        // A tiny chunk splits code units and the surrogate pair across reads.
        let (reader, lines) = try decodedLines(try dir.write("utf16.txt", bom + bytes), chunkSize: 9)
        #expect(lines.map(\.text) == ["你好😀", "ab"])
        #expect(lines.allSatisfy { $0.error == nil })
        #expect(reader.encoding == (bigEndian ? .utf16BigEndian : .utf16LittleEndian))
    }

    @Test func aBrokenByteInAUTF8FileIsAnErrorOfItsLineOnly() throws {
        var bytes: [UInt8] = []
        for _ in 0..<20 { bytes += Array("市民反映小区停车难问题\n".utf8) }
        let lineStart = bytes.count
        bytes += Array("路灯".utf8) + [0xE4, 0xBD] + Array("坏了\n".utf8)
        bytes += Array("最后一行".utf8)
        let dir = try TempDir()
        let path = try dir.write("broken.txt", bytes)
        let (reader, lines) = try decodedLines(path)
        #expect(reader.encoding == .utf8)
        #expect(lines.count == 22)
        #expect(lines[0].text == "市民反映小区停车难问题")
        #expect(lines[21].text == "最后一行")
        let errors = lines.compactMap(\.error)
        #expect(errors.count == 1)
        let error = try #require(errors.first)
        #expect(error.kind == .encoding)
        #expect(error.line == 21)
        #expect(error.byteOffset == lineStart + 6)
        #expect(error.description == "\(path):21: invalid UTF-8: byte 0xE4 at offset 6 of the line (file offset \(lineStart + 6))")
        #expect(lines[20].text == "路灯\u{FFFD}坏了")
    }

    @Test func gbkIsDetectedAndConvertedUnderAuto() throws {
        let dir = try TempDir()
        let (reader, lines) = try decodedLines(try dir.write("gbk.txt", gbkBytes("你好\r\n世界")))
        #expect(reader.encoding == .gb18030)
        #expect(lines.map(\.text) == ["你好", "世界"])
        #expect(lines.allSatisfy { $0.error == nil })
    }

    @Test func gbkIsRejectedUnderUTF8WithItsFirstInvalidByte() throws {
        let dir = try TempDir()
        let path = try dir.write("gbk.txt", gbkBytes("id\nab你好\n世界"))
        #expect {
            _ = try TextLineReader(path: path, policy: .utf8)
        } throws: { error in
            let error = error as! InputError
            return error.kind == .encoding && error.line == 2 && error.byteOffset == 5
                && error.description.hasPrefix("\(path):2: invalid UTF-8: byte 0xC4 at offset 2 of the line (file offset 5)")
                && error.message.hasSuffix("looks like GBK/GB18030; pass --encoding gb18030 or convert with iconv -f GB18030 -t UTF-8")
        }
    }

    @Test func gbkAfterAnASCIIFirstChunkIsDetectedAtItsLine() throws {
        let dir = try TempDir()
        let path = try dir.write("late.txt", Array((String(repeating: "a", count: 40) + "\n").utf8) + gbkBytes("你好世界\n"))
        let (reader, lines) = try decodedLines(path, chunkSize: 16)
        #expect(lines.map(\.text) == [String(repeating: "a", count: 40), "你好世界"])
        #expect(reader.encoding == .gb18030)

        let (_, strict) = try decodedLines(path, .utf8, chunkSize: 16)
        let error = try #require(strict[1].error)
        #expect(error.line == 2 && error.byteOffset == 41)
        #expect(error.message.contains("looks like GBK/GB18030"))
    }

    @Test func explicitGB18030ReportsInvalidBytes() throws {
        let dir = try TempDir()
        let path = try dir.write("gb.txt", gbkBytes("你好\n") + [0x61, 0xFF, 0x62] + gbkBytes("\n世界"))
        let (reader, lines) = try decodedLines(path, .gb18030)
        #expect(reader.encoding == .gb18030)
        #expect(lines.map(\.text) == ["你好", "a\u{FFFD}b", "世界"])
        let error = try #require(lines[1].error)
        #expect(error.line == 2 && error.byteOffset == 6)
        #expect(error.message.hasPrefix("invalid GB18030: byte 0xFF at offset 1"))
    }

    @Test func classification() {
        func verdict(_ bytes: [UInt8], complete: Bool = true) -> TextEncodingDetector.Verdict {
            bytes.withUnsafeBufferPointer { TextEncodingDetector.classify($0, isComplete: complete) }
        }
        #expect(verdict(Array("plain ascii".utf8)) == .ascii)
        #expect(verdict(Array("中文".utf8)) == .utf8)
        #expect(verdict(gbkBytes("你好世界")) == .gb18030)
        #expect(verdict([0x61, 0x80, 0x0A]) == .unknown)
        // A sample cut inside a character is not invalid for that.
        #expect(verdict(Array("中文".utf8).dropLast(1).map { $0 }, complete: false) == .utf8)
        #expect(verdict(gbkBytes("你好") + [0xC4], complete: false) == .gb18030)
    }
}
