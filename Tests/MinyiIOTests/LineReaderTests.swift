import Foundation
import Testing
@testable import MinyiIO

@Suite struct LineReaderTests {
    @Test func crlfAndFinalLineWithoutNewline() throws {
        let dir = try TempDir()
        let path = try dir.write("a.txt", "one\r\ntwo\nthree")
        let read = try lines(path)
        #expect(read.map { String(decoding: $0.bytes, as: UTF8.self) } == ["one", "two", "three"])
        #expect(read.map(\.number) == [1, 2, 3])
        #expect(read.map(\.offset) == [0, 5, 9])
    }

    @Test func emptyFileHasNoLines() throws {
        let dir = try TempDir()
        #expect(try lines(try dir.write("empty.txt", "")).isEmpty)
    }

    @Test func blankLinesAndTrailingNewlineAreCounted() throws {
        let dir = try TempDir()
        let read = try lines(try dir.write("a.txt", "\n\r\nx\n"))
        #expect(read.map(\.bytes) == [[], [], [0x78]])
    }

    @Test func nulBytesAndLoneCarriageReturnsAreKept() throws {
        let dir = try TempDir()
        let read = try lines(try dir.write("nul.txt", [0x61, 0x00, 0x62, 0x0D, 0x63, 0x0A, 0x00]))
        #expect(read.map(\.bytes) == [[0x61, 0x00, 0x62, 0x0D, 0x63], [0x00]])
    }

    @Test(arguments: [8, 13, 64])
    func linesAcrossChunkBoundariesMatchASplit(chunkSize: Int) throws {
        var generator = SystemRandomNumberGenerator()
        var content: [UInt8] = []
        for _ in 0..<300 {
            let length = Int.random(in: 0..<(chunkSize * 3), using: &generator)
            content += (0..<length).map { _ in UInt8.random(in: 0x20...0x7E, using: &generator) }
            content += Bool.random(using: &generator) ? [0x0A] : [0x0D, 0x0A]
        }
        let dir = try TempDir()
        let read = try lines(try dir.write("random.txt", content), chunkSize: chunkSize)
        var expected = content.split(separator: 0x0A, omittingEmptySubsequences: false).map {
            $0.last == 0x0D ? Array($0.dropLast()) : Array($0)
        }
        expected.removeLast() // after the final newline
        #expect(read.map(\.bytes) == expected)
        #expect(read.last?.number == 300)
    }

    @Test func aLineFarLargerThanTheChunk() throws {
        let size = 50_000_000
        var content = [UInt8](repeating: 0x78, count: size)
        content[0] = 0x61
        content[size - 1] = 0x7A
        content += Array("\nend".utf8)
        let dir = try TempDir()
        let reader = try LineReader(path: try dir.write("long.txt", content))
        let first = try reader.withNextLine { ($0.bytes.count, $0.bytes.first, $0.bytes.last, $0.number) }
        #expect(first?.0 == size)
        #expect(first?.1 == 0x61)
        #expect(first?.2 == 0x7A)
        #expect(try reader.readLine() == LineReader.Line(number: 2, offset: size + 1, bytes: Array("end".utf8)))
        #expect(try reader.readLine() == nil)
    }

    @Test func missingFileIsAnError() throws {
        #expect {
            _ = try LineReader(path: "/nonexistent/minyi.txt")
        } throws: { error in
            let error = error as! InputError
            return error.kind == .unreadable && error.description.hasPrefix("/nonexistent/minyi.txt: cannot open")
        }
    }
}
