import Dispatch
import Foundation
import MinyiText

/// Segmentation throughput: raw ICU word break vs the full chain (normalize → segment → merge),
/// on one core and on all cores, over a corpus built by repeating the SIGHAN raw test files.
/// Usage: minyi-bench [--megabytes 24] [--shared ../shared] [--base-dict lexicons/base/words.txt] [--chain-only]
let arguments = CommandLine.arguments
func option(_ name: String, _ fallback: String) -> String {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return fallback }
    return arguments[index + 1]
}
let megabytes = Int(option("--megabytes", "24")) ?? 24
let shared = option("--shared", "../shared")
let basePath = option("--base-dict", "lexicons/base/words.txt")

var corpus: [[UInt8]] = []
var sourceLines: [[UInt8]] = []
for name in ["pku_test.utf8", "msr_test.utf8"] {
    let path = "\(shared)/data/sighan2005/\(name)"
    guard let data = FileManager.default.contents(atPath: path) else {
        FileHandle.standardError.write("minyi-bench: cannot read \(path)\n".data(using: .utf8)!)
        exit(1)
    }
    sourceLines += data.split(separator: 0x0A).map { Array($0) }
}
var totalBytes = 0
while totalBytes < megabytes << 20 {
    for line in sourceLines { corpus.append(line); totalBytes += line.count + 1 }
}
let lines = corpus
let megabytesTotal = Double(totalBytes) / 1_048_576
print(String(format: "corpus: %.1f MB, %d lines (SIGHAN 2005 PKU+MSR raw test text, repeated)", megabytesTotal, lines.count))

let baseWords = basePath == "none" ? [] : try UserDictionaryFile.load(path: basePath)
let loadStart = DispatchTime.now()
let dictionary = SegmentationDictionary(lexiconTerms: [], baseWords: baseWords, normalizer: try TextNormalizer())
print(String(format: "dictionary: %d words compiled in %.0f ms", dictionary.count, Double(DispatchTime.now().uptimeNanoseconds - loadStart.uptimeNanoseconds) / 1e6))

/// CPU time of the whole process: unlike wall time, not inflated by other work on the machine.
func processCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// Token counts per thread.
final class Counts: @unchecked Sendable {
    var values: [Int]
    init(_ count: Int) { values = Array(repeating: 0, count: count) }
}

func measure(_ label: String, threads: Int, lineCount: Int, _ work: @escaping @Sendable (Range<Int>) -> Int) {
    let start = DispatchTime.now()
    let cpuStart = processCPUSeconds()
    let counts = Counts(threads)
    DispatchQueue.concurrentPerform(iterations: threads) { part in
        let size = (lineCount + threads - 1) / threads
        counts.values[part] = work(part * size..<min(lineCount, (part + 1) * size))
    }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    let cpu = processCPUSeconds() - cpuStart
    let tokens = counts.values.reduce(0, +)
    print(String(format: "%@  %d thread(s): %6.2f MB/s wall, %6.2f MB/s per CPU-second  (%d tokens, %.2f s)",
                 label as NSString, threads, megabytesTotal / seconds, megabytesTotal / cpu, tokens, seconds))
}

let utf16Lines = lines.map { Array(String(decoding: $0, as: UTF8.self).utf16) }
let cores = ProcessInfo.processInfo.activeProcessorCount
for threads in Array(Set([1, cores])).sorted() {
    if !arguments.contains("--chain-only") { measure("(a) raw ICU word break iterator", threads: threads, lineCount: lines.count) { [lines, utf16Lines, dictionary] range in
        let breaker = try! ICUWordBreaker()
        var count = 0
        for index in range { utf16Lines[index].withUnsafeBufferPointer { breaker.forEachSegment($0) { _, _, _ in count += 1 } } }
        return count
    } }
    measure("(b) chain: normalize → segment → merge", threads: threads, lineCount: lines.count) { [lines, utf16Lines, dictionary] range in
        let analyzer = try! TextAnalyzer(dictionary: dictionary)
        var normalized = NormalizedText()
        var count = 0
        for index in range {
            lines[index].withUnsafeBufferPointer { count += analyzer.analyze(utf8: $0, normalized: &normalized).count }
        }
        return count
    }
}
