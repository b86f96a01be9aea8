import Foundation
@testable import MinyiIO

/// A scratch directory removed when the value goes away.
final class TempDir {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("minyi-io-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let path = url.appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, Array(text.utf8))
    }
}

/// GBK bytes of a few characters used in tests.
let gbk: [Character: [UInt8]] = [
    "你": [0xC4, 0xE3], "好": [0xBA, 0xC3], "世": [0xCA, 0xC0], "界": [0xBD, 0xE7],
    "内": [0xC4, 0xDA], "容": [0xC8, 0xDD],
]

/// `text` with its Chinese characters in GBK (those in `gbk`) and the rest in ASCII.
func gbkBytes(_ text: String) -> [UInt8] {
    text.flatMap { gbk[$0] ?? Array(String($0).utf8) }
}

/// All records and errors of a reader.
func readAll(_ path: String, _ options: RecordReaderOptions = RecordReaderOptions()) throws
    -> (records: [InputRecord], errors: [InputError]) {
    var records: [InputRecord] = []
    var errors: [InputError] = []
    for result in try RecordReader(path: path, options: options) {
        switch result {
        case .success(let record): records.append(record)
        case .failure(let error): errors.append(error)
        }
    }
    return (records, errors)
}

/// Lines of a file read with a given chunk size, as strings.
func lines(_ path: String, chunkSize: Int = LineReader.defaultChunkSize) throws -> [LineReader.Line] {
    let reader = try LineReader(path: path, chunkSize: chunkSize)
    var lines: [LineReader.Line] = []
    while let line = try reader.readLine() { lines.append(line) }
    return lines
}
