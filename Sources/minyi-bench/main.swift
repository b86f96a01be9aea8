import Foundation
import MinyiText
let n = try TextNormalizer()
let words = try UserDictionaryFile.load(path: CommandLine.arguments[2])
let a = try TextAnalyzer(dictionary: SegmentationDictionary(lexiconTerms: [], userWords: words, baseWords: try UserDictionaryFile.load(path: "lexicons/base/words.txt"), normalizer: n))
let gold = try String(contentsOfFile: CommandLine.arguments[1], encoding: .utf8)
for line in gold.split(whereSeparator: \.isNewline) {
    let words = line.split(whereSeparator: \.isWhitespace).map(String.init)
    let raw = words.joined()
    let bytes = Array(raw.utf8)
    let pred = a.analyze(raw).spans.filter { $0.kind != .whitespace }.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
    print(words.joined(separator: " "))
    print(pred.joined(separator: " "))
}
