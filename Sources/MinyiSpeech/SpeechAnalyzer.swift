import MinyiLexicon

/// Analyzes a published speech page: layout cleanup (``PageLayout``), sections and speakers
/// (``SectionSplitter``), numbered points (``PointMarker``), figures (``FigureExtractor``) and,
/// with a lexicon, keywords, topics and departments' duties (``ContentScorer``).
///
/// Not thread-safe (it holds ICU state): one per thread.
public final class SpeechAnalyzer {
    private let extractor: FigureExtractor
    private let splitter: SectionSplitter
    private let content: ContentScorer?

    /// - Parameter pack: resolves positions to departments (`pack.department(named:)`) and gives the
    ///   keywords and topics; without it sections get no department, keywords or topics.
    public init(pack: LexiconPack?) throws {
        extractor = try FigureExtractor(dictionary: pack?.dictionary)
        splitter = SectionSplitter { position in pack?.department(named: position)?.id }
        content = try pack.map { try ContentScorer(pack: $0) }
    }

    /// Analyzes `text`, the contents of `file`; all offsets are UTF-8 bytes of `text`.
    public func analyze(_ text: String, file: String) -> Speech {
        let (title, drafts) = splitter.split(PageLayout.paragraphs(of: text))
        let sections = drafts.map { draft -> Section in
            var section = Section(
                title: draft.title, speaker: draft.speaker,
                start: draft.paragraphs.first?.start ?? 0, end: draft.paragraphs.last?.end ?? 0,
                points: points(of: draft), figures: figures(of: draft),
                text: draft.paragraphs.enumerated().filter { $0.offset != draft.speakerLine }.map(\.element.text).joined(separator: "\n"))
            content?.score(&section)
            return section
        }
        return Speech(file: file, title: title, sections: sections)
    }

    private func figures(of draft: SectionSplitter.Draft) -> [Figure] {
        draft.paragraphs.enumerated().flatMap { index, paragraph -> [Figure] in
            guard index != draft.speakerLine else { return [] }
            return extractor.figures(in: paragraph.text).map { figure in
                var figure = figure
                let original = paragraph.originalRange(figure.start..<figure.end)
                figure.start = original.lowerBound
                figure.end = original.upperBound
                return figure
            }
        }
    }

    /// Block points run to the next point of the same or a higher level; inline points (`一是`) to
    /// the next inline point or the end of their paragraph.
    private func points(of draft: SectionSplitter.Draft) -> [Point] {
        struct Found { var marker: PointMarker; var paragraph: Int; var end: Int }
        var found: [Found] = []
        for (index, paragraph) in draft.paragraphs.enumerated() where index != draft.speakerLine {
            var inlineFrom = 0
            if let marker = PointMarker.leading(in: paragraph.text) {
                found.append(Found(marker: marker, paragraph: index, end: 0))
                inlineFrom = marker.length
            }
            let inline = PointMarker.inline(in: paragraph.text, from: inlineFrom)
            for (position, marker) in inline.enumerated() {
                let end = position + 1 < inline.count ? inline[position + 1].offset : paragraph.text.utf8.count
                found.append(Found(marker: marker, paragraph: index, end: paragraph.originalRange(marker.offset..<end).upperBound))
            }
        }
        let sectionEnd = draft.paragraphs.last?.end ?? 0
        return found.enumerated().map { position, point in
            let paragraph = draft.paragraphs[point.paragraph]
            var end = point.end
            if point.marker.level < 5 {
                let next = found[(position + 1)...].first { $0.marker.level <= point.marker.level }
                end = next.map { draft.paragraphs[$0.paragraph - 1].end } ?? sectionEnd
            }
            let start = paragraph.originalRange(point.marker.offset..<(point.marker.offset + point.marker.length)).lowerBound
            return Point(marker: point.marker.text, text: heading(paragraph.text, after: point.marker), start: start, end: end)
        }
    }

    /// The first sentence after a marker (`一是加强组织领导。…` → `加强组织领导`).
    private func heading(_ text: String, after marker: PointMarker) -> String {
        let utf8 = text.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: marker.offset + marker.length)
        let rest = text[from...]
        let sentence = rest.prefix { !"。；;！!？?".contains($0) }
        return String(sentence).trimmingSpaces
    }
}
