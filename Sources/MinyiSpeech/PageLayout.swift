/// Turns a page into paragraphs, undoing print layout: page-continuation marks (`(下转05版)`,
/// `（上接第一版）`) and page-number lines (`- 2 -`, `第2页`) are cut out, surrounding whitespace
/// trimmed, and a line that stops mid-sentence is joined with the next one (`整改工作` / `已初见成效。`),
/// unless it is a heading or speaker line.
public enum PageLayout {
    /// The paragraphs of `text`, in order.
    public static func paragraphs(of text: String) -> [Paragraph] {
        var lines: [Paragraph] = []
        for line in text.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline) where line.wholeMatch(of: pageNumber) == nil {
            let cleaned = clean(line, original: text.utf8.distance(from: text.startIndex, to: line.startIndex))
            if !cleaned.text.isEmpty { lines.append(cleaned) }
        }
        var paragraphs: [Paragraph] = []
        var index = 0
        while index < lines.count {
            var paragraph = lines[index]
            index += 1
            while index < lines.count, isBroken(paragraph.text), !startsBlock(lines[index].text) {
                paragraph.append(lines[index])
                index += 1
            }
            paragraphs.append(paragraph)
        }
        return paragraphs
    }

    /// `(下转05版)`, `（上接第一版）`, `(紧接第2版)`.
    nonisolated(unsafe) static let pageMark = /[(（]\s*(?:下转|上接|接上|转下|紧接|转|接|续)\s*第?\s*[0-9０-９一二三四五六七八九十A-Za-z]{1,3}\s*版\s*[)）]/

    /// A line that is only a page number: `- 2 -`, `—３—`, `第2页`, `第 2 页 共 5 页`.
    nonisolated(unsafe) static let pageNumber = /\s*(?:[-－—–]\s*[0-9０-９]{1,3}\s*[-－—–]|第\s*[0-9０-９]{1,3}\s*页(?:\s*[,，]?\s*共\s*[0-9０-９]{1,3}\s*页)?)\s*/

    /// A line without its page marks and surrounding whitespace.
    static func clean(_ line: Substring, original: Int) -> Paragraph {
        var pieces: [(Substring, Int)] = []
        var rest = line[...]
        var restStart = original
        while let mark = rest.firstMatch(of: pageMark) {
            pieces.append((rest[..<mark.range.lowerBound], restStart))
            restStart += rest[rest.startIndex..<mark.range.upperBound].utf8.count
            rest = rest[mark.range.upperBound...]
        }
        pieces.append((rest, restStart))
        // Trim whitespace at both ends of the whole line.
        var trimmed: [(Substring, Int)] = []
        for (index, (piece, start)) in pieces.enumerated() {
            var piece = piece
            var start = start
            if trimmed.allSatisfy({ $0.0.isEmpty }) {
                let kept = piece.drop(while: isSpace)
                start += piece.utf8.count - kept.utf8.count
                piece = kept
            }
            if pieces[(index + 1)...].allSatisfy({ $0.0.allSatisfy(isSpace) }) {
                while let last = piece.last, isSpace(last) { piece = piece.dropLast() }
            }
            trimmed.append((piece, start))
        }
        return Paragraph(pieces: trimmed)
    }

    static func isSpace(_ character: Character) -> Bool {
        character.isWhitespace || character == "\u{FEFF}"
    }

    /// A line that stops mid-sentence: prose (it has inner sentence punctuation after any point
    /// marker or speaker's colon) that does not end with closing punctuation. A speaker line alone
    /// is whole.
    static func isBroken(_ line: String) -> Bool {
        guard let last = line.last, !sentenceEnds.contains(last) else { return false }
        var skipped = PointMarker.leading(in: line)?.length ?? 0
        if let speaker = SpeakerLine.parse(line) {
            guard let remainder = speaker.remainderOffset else { return false }
            skipped = remainder
        }
        let utf8 = line.utf8
        return line[utf8.index(utf8.startIndex, offsetBy: min(skipped, utf8.count))...].contains { innerPunctuation.contains($0) }
    }

    /// A line that must start its own paragraph: a point marker or a speaker line.
    static func startsBlock(_ line: String) -> Bool {
        PointMarker.leading(in: line) != nil || SpeakerLine.parse(line) != nil
    }

    static let sentenceEnds: Set<Character> = ["。", "！", "？", "!", "?", "；", ";", "：", ":", "…", "”", "」", "』", "）", ")", "】", "》"]
    static let innerPunctuation: Set<Character> = ["。", "！", "？", "!", "?", "；", ";", "，", ",", "、"]
}
