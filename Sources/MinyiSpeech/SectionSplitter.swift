/// Splits a page's paragraphs into sections: an editor's note (`编者按`), then one section per
/// speaker line. A speech takes the heading right above its speaker line as its title (datelines
/// `——…` skipped), else the heading right below it; in a transcript (the first speaker line is a turn, with no editor's note before
/// it) every turn takes the document's title. Paragraphs before the first section belong to it.
/// A person an interview introduces (``SpeakerLine/introduced(in:)``), or running text introduces with
/// their offices (``SpeakerLine/introducedPosition(of:in:)``), is known to later `姓名：` turns.
/// In a page without speech lines (a transcript or a news report), a paragraph that names its speaker
/// (``SpeakerLine/inline(_:knownNames:)``) starts a section too, and a host named in the lead
/// (``SpeakerLine/host(in:)``) is the speaker of `主持人：` turns.
struct SectionSplitter {
    /// A section before analysis: its paragraphs and who speaks.
    struct Draft {
        var title: String?
        var speaker: Speaker?
        var paragraphs: [Paragraph]
        /// Index in `paragraphs` of the speaker line (no figures or points are read from it).
        var speakerLine: Int?
    }

    /// The department id named in a position, if any.
    let department: (String) -> String?

    static let editorNotes: Set<String> = ["编者按", "编者的话", "编后", "编后语", "编辑按", "按语"]

    func split(_ paragraphs: [Paragraph]) -> (title: String?, sections: [Draft]) {
        // An official document's number line (`淄12345办〔2025〕8号`) stands above its title.
        let documentTitle = paragraphs.first(where: { !Self.isDocumentNumber($0.text) }).flatMap { Self.isHeading($0.text) ? $0.text : nil }
        var drafts: [Draft] = []
        var pending: [Paragraph] = []
        var known = introducedSpeakers(paragraphs)
        var host: Speaker? = nil
        var isTranscript: Bool? = nil
        for paragraph in paragraphs {
            if Self.isEditorNote(paragraph.text) {
                drafts.append(Draft(title: nil, speaker: nil, paragraphs: pending + [paragraph]))
                pending = []
            } else if let line = SpeakerLine.parse(paragraph.text, knownNames: Set(known.keys)) {
                let speaker = resolve(line, known: &known, host: &host)
                if isTranscript == nil { isTranscript = drafts.isEmpty && line.form != .statement }
                var opening: [Paragraph] = pending
                pending = []
                var title: String? = isTranscript == true ? documentTitle : nil
                if isTranscript == false {
                    if drafts.isEmpty {
                        title = Self.titleLine(in: opening).map { opening[$0].text }
                    } else if let index = Self.titleLine(in: drafts[drafts.count - 1].paragraphs), index > 0 {
                        title = drafts[drafts.count - 1].paragraphs[index].text
                        opening = Array(drafts[drafts.count - 1].paragraphs[index...])
                        drafts[drafts.count - 1].paragraphs.removeSubrange(index...)
                    }
                }
                var draft = Draft(title: title, speaker: speaker, paragraphs: opening + [paragraph], speakerLine: opening.count)
                if let offset = line.remainderOffset {
                    draft.paragraphs.append(paragraph.suffix(from: offset))
                }
                drafts.append(draft)
            } else if isTranscript ?? drafts.isEmpty,
                      let line = SpeakerLine.inline(paragraph.text, knownNames: Set(known.keys)),
                      drafts.last.map({ $0.speaker?.name == nil || $0.speaker?.name != line.name }) ?? true {
                isTranscript = true
                let speaker = resolve(line, known: &known, host: &host)
                drafts.append(Draft(title: documentTitle, speaker: speaker, paragraphs: pending + [paragraph]))
                pending = []
            } else {
                if host == nil, let line = SpeakerLine.host(in: paragraph.text), let name = line.name {
                    let speaker = Speaker(name: name, position: line.position, department: line.position.flatMap(department))
                    host = speaker
                    if known[name] == nil { known[name] = speaker }
                }
                for line in SpeakerLine.introduced(in: paragraph.text) {
                    guard let name = line.name, known[name] == nil else { continue }
                    known[name] = Speaker(name: name, position: line.position, department: line.position.flatMap(department))
                }
                guard !drafts.isEmpty else {
                    pending.append(paragraph)
                    continue
                }
                let last = drafts.count - 1
                // A byline may stand above the title: take the heading right below it.
                if isTranscript == false, drafts[last].title == nil, drafts[last].speaker != nil,
                   drafts[last].speakerLine == drafts[last].paragraphs.count - 1, Self.isHeading(paragraph.text) {
                    drafts[last].title = paragraph.text
                }
                drafts[last].paragraphs.append(paragraph)
            }
        }
        if drafts.isEmpty, !pending.isEmpty {
            drafts.append(Draft(title: documentTitle, speaker: nil, paragraphs: pending))
        }
        return (documentTitle, drafts)
    }

    /// People whose bare `姓名：` turns follow an introduction in running text (a host presenting the
    /// guests): names that open a paragraph as a label and that the text introduces with their offices.
    private func introducedSpeakers(_ paragraphs: [Paragraph]) -> [String: Speaker] {
        var labels: [String] = []
        for paragraph in paragraphs {
            let text = paragraph.text
            guard let colon = text.firstIndex(where: { $0 == "：" || $0 == ":" }) else { continue }
            let label = String(text[..<colon])
            if SpeakerLine.isName(label), SpeakerLine.surnames.contains(label.first!), !labels.contains(label) { labels.append(label) }
        }
        guard !labels.isEmpty else { return [:] }
        let text = paragraphs.map(\.text).joined(separator: "\n")
        var known: [String: Speaker] = [:]
        for name in labels {
            guard let position = SpeakerLine.introducedPosition(of: name, in: text) else { continue }
            known[name] = Speaker(name: name, position: position, department: department(position))
        }
        return known
    }

    private func resolve(_ line: SpeakerLine, known: inout [String: Speaker], host: inout Speaker?) -> Speaker {
        switch (line.form, line.role) {
        case (.label, .reporter?):
            return Speaker(name: nil, position: line.position, department: nil)
        case (.label, .host?):
            if let name = line.name {
                // `主持人（晓雨）：` names the host of the later `主持人：` turns.
                let speaker = known[name] ?? Speaker(name: name, position: nil, department: nil)
                known[name] = speaker
                if host == nil { host = speaker }
                return speaker
            }
            return host ?? Speaker(name: nil, position: "主持人", department: nil)
        case (.inline, nil) where line.position == nil:
            // A known name alone: `王立军说，`.
            return known[line.name ?? ""] ?? Speaker(name: line.name, position: nil, department: nil)
        case (.label, nil):
            let name = line.name ?? ""
            if let speaker = known[name] { return speaker }
            let speaker = Speaker(name: line.name, position: line.position, department: nil)
            known[name] = speaker
            return speaker
        default:
            let speaker = Speaker(name: line.name, position: line.position,
                                  department: line.position.flatMap(department))
            if let name = line.name { known[name] = speaker }
            if line.role == .host { host = speaker }
            return speaker
        }
    }

    /// The index of the title line at the end of `paragraphs` (datelines skipped), if any.
    static func titleLine(in paragraphs: [Paragraph]) -> Int? {
        var index = paragraphs.count - 1
        while index >= 0, isDateline(paragraphs[index].text) { index -= 1 }
        guard index >= 0, isHeading(paragraphs[index].text), !isEditorNote(paragraphs[index].text) else { return nil }
        return index
    }

    /// A short line without sentence punctuation or a point marker: a headline or title.
    static func isHeading(_ text: String) -> Bool {
        text.count <= 48 && !text.contains { PageLayout.innerPunctuation.contains($0) || $0 == "：" || $0 == ":" }
            && PointMarker.leading(in: text) == nil && SpeakerLine.parse(text) == nil
    }

    /// An official document's number: issuer, year in brackets, serial (`淄政发〔2025〕12号`, `鲁政办字[2024]3号`).
    static func isDocumentNumber(_ text: String) -> Bool {
        text.count <= 30 && text.contains(documentNumber)
    }

    nonisolated(unsafe) static let documentNumber = /[〔\[【（(]\d{4}[〕\]】）)]第?\d+号$/

    /// `——2026年1月9日在…会议上`, `（2024年3月5日）`: a line under a title, not a title.
    static func isDateline(_ text: String) -> Bool {
        text.hasPrefix("—") || (text.first == "（" || text.first == "(") && (text.last == "）" || text.last == ")")
    }

    static func isEditorNote(_ text: String) -> Bool {
        let head = text.trimmingCharacters(where: { "【】[]：: ".contains($0) })
        return editorNotes.contains(head) || editorNotes.contains { text.hasPrefix("\($0)：") || text.hasPrefix("【\($0)】") }
    }
}

extension String {
    func trimmingCharacters(where predicate: (Character) -> Bool) -> String {
        String(drop(while: predicate).reversed().drop(while: predicate).reversed())
    }
}
