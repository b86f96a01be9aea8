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

/// Time and tokens of one measured job, summed over rounds.
struct Tally {
    var seconds = 0.0
    var cpuSeconds = 0.0
    var tokens = 0
}

/// Runs `work(part, lines)` over `lines` split across `threads`, adding its time and tokens to `tally`.
func measure(_ lines: Range<Int>, threads: Int, into tally: inout Tally, _ work: @escaping @Sendable (Int, Range<Int>) -> Int) {
    let start = DispatchTime.now()
    let cpuStart = processCPUSeconds()
    let counts = Counts(threads)
    DispatchQueue.concurrentPerform(iterations: threads) { part in
        let size = (lines.count + threads - 1) / threads
        let from = lines.lowerBound + part * size
        counts.values[part] = work(part, from..<min(lines.upperBound, from + size))
    }
    tally.seconds += Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    tally.cpuSeconds += processCPUSeconds() - cpuStart
    tally.tokens += counts.values.reduce(0, +)
}

func report(_ label: String, threads: Int, _ tally: Tally) {
    print(String(format: "%@  %d thread(s): %6.2f MB/s wall, %6.2f MB/s per CPU-second  (%d tokens, %.2f s)",
                 label as NSString, threads, megabytesTotal / tally.seconds, megabytesTotal / tally.cpuSeconds, tally.tokens, tally.seconds))
}

let utf16Lines = lines.map { Array(String(decoding: $0, as: UTF8.self).utf16) }
/// One breaker and one analyzer per thread, made before timing and reused across rounds (as a
/// batch run keeps one per worker), so their start-up and warm caches are not what is measured.
final class Workers: @unchecked Sendable {
    let breakers: [ICUWordBreaker]
    let analyzers: [TextAnalyzer]
    init(_ count: Int) throws {
        breakers = try (0..<count).map { _ in try ICUWordBreaker() }
        analyzers = try (0..<count).map { _ in try TextAnalyzer(dictionary: dictionary) }
    }
}
let cores = ProcessInfo.processInfo.activeProcessorCount
let workers = try Workers(cores)
let rawICU: @Sendable (Int, Range<Int>) -> Int = { [utf16Lines] part, range in
    let breaker = workers.breakers[part]
    var count = 0
    for index in range { utf16Lines[index].withUnsafeBufferPointer { breaker.forEachSegment($0) { _, _, _ in count += 1 } } }
    return count
}
let chain: @Sendable (Int, Range<Int>) -> Int = { [lines] part, range in
    let analyzer = workers.analyzers[part]
    var normalized = NormalizedText()
    var count = 0
    for index in range {
        lines[index].withUnsafeBufferPointer { count += analyzer.analyze(utf8: $0, normalized: &normalized).count }
    }
    return count
}
// The two jobs alternate over slices of the corpus, so a change in the machine's speed during
// the run (other work, frequency) weighs on both alike and their ratio stays comparable.
let rounds = 8
let chainOnly = arguments.contains("--chain-only")
for threads in Array(Set([1, cores])).sorted() {
    var raw = Tally(), full = Tally()
    for round in 0..<rounds {
        let slice = (lines.count * round / rounds)..<(lines.count * (round + 1) / rounds)
        if !chainOnly { measure(slice, threads: threads, into: &raw, rawICU) }
        measure(slice, threads: threads, into: &full, chain)
    }
    if !chainOnly { report("(a) raw ICU word break iterator", threads: threads, raw) }
    report("(b) chain: normalize → segment → merge", threads: threads, full)
    if !chainOnly { print(String(format: "    chain / raw ICU on %d thread(s): %.2f", threads, raw.seconds / full.seconds)) }
}
