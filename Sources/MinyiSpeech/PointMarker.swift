/// Markers of numbered points: `一、` (level 1), `(一)`/`（一）` (2), `1.` `1、` `第一,` (3), `(1)` (4),
/// and `一是` / `第一,` inside a paragraph after a sentence end (5).
public struct PointMarker: Sendable, Hashable {
    /// The marker as written: `一、`, `（一）`, `1.`, `一是`; `第一,` without its comma.
    public var text: String
    public var level: Int
    /// UTF-8 offset and length of the whole marker (separator included) in the paragraph.
    public var offset: Int
    public var length: Int

    private static let chineseOrdinal = "[一二三四五六七八九十]{1,3}"
    nonisolated(unsafe) private static let block: [(Regex<AnyRegexOutput>, Int)] = [
        (try! Regex("^\(chineseOrdinal)、"), 1),
        (try! Regex("^[(（]\(chineseOrdinal)[)）]"), 2),
        (try! Regex("^[0-9０-９]{1,2}[.．、](?![0-9０-９])"), 3),
        (try! Regex("^第\(chineseOrdinal)[,，、:：]"), 3),
        (try! Regex("^[(（][0-9０-９]{1,2}[)）]"), 4),
    ]
    nonisolated(unsafe) private static let inlinePattern = try! Regex("(?:^|[。；;！!？?：:])(?:\(chineseOrdinal)是|第\(chineseOrdinal)[,，])")

    private static let sentenceEnds: Set<Character> = ["。", "；", ";", "！", "!", "？", "?", "：", ":"]

    /// The block marker at the start of `line`, if any.
    public static func leading(in line: String) -> PointMarker? {
        for (pattern, level) in block {
            guard let match = line.firstMatch(of: pattern) else { continue }
            let written = String(match.output[0].substring ?? "")
            let trimmed = written.hasPrefix("第") ? String(written.dropLast()) : written
            return PointMarker(text: trimmed, level: level, offset: 0, length: written.utf8.count)
        }
        return nil
    }

    /// The markers `一是` / `第一,` inside a paragraph, after `from` (a UTF-8 offset).
    public static func inline(in paragraph: String, from: Int = 0) -> [PointMarker] {
        paragraph.matches(of: inlinePattern).compactMap { match -> PointMarker? in
            var written = Substring(match.output[0].substring ?? "")
            var offset = paragraph.utf8.distance(from: paragraph.startIndex, to: match.range.lowerBound)
            if let first = written.first, sentenceEnds.contains(first) {
                offset += String(first).utf8.count
                written = written.dropFirst()
            }
            guard offset >= from else { return nil }
            let marker = String(written.last == "," || written.last == "，" ? written.dropLast() : written)
            return PointMarker(text: marker, level: 5, offset: offset, length: written.utf8.count)
        }
    }
}
