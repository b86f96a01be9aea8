/// How an analyzed speech compares with its gold annotation.
///
/// Sections are aligned in order (longest common subsequence on speaker, position and title); a
/// predicted figure matches a gold one when their spans overlap and either the texts are equal or
/// kind and value agree. Gold spans are found by searching the source for each gold text in turn.
/// A value is right when both are null or they differ by at most 0.5 %.
public struct SpeechScore: Sendable {
    public var file: String
    public var goldSections = 0
    public var predictedSections = 0
    public var alignedSections = 0
    public var titlesRight = 0
    public var speakersRight = 0
    public var positionsRight = 0
    public var departmentsRight = 0
    /// Aligned sections with title, speaker, position and department all right.
    public var sectionsRight = 0
    public var goldFigures = 0
    public var predictedFigures = 0
    public var matchedFigures = 0
    public var valuesRight = 0
    public var kindsRight = 0
    /// Gold figures no prediction matched.
    public var missed: [SpeechGold.Figure] = []
    /// Predicted figures that match no gold figure.
    public var extra: [Figure] = []
    /// Matched figures whose value, kind, unit, qualifier or change differ: (gold, predicted).
    public var different: [(SpeechGold.Figure, Figure)] = []

    public var precision: Double { predictedFigures == 0 ? 0 : Double(matchedFigures) / Double(predictedFigures) }
    public var recall: Double { goldFigures == 0 ? 0 : Double(matchedFigures) / Double(goldFigures) }
    public var valueAccuracy: Double { matchedFigures == 0 ? 0 : Double(valuesRight) / Double(matchedFigures) }

    /// Scores `speech` (analyzed from `text`) against `gold`.
    public init(speech: Speech, text: String, gold: SpeechGold) {
        file = gold.file
        scoreSections(speech.sections, gold.sections)
        scoreFigures(speech.figures, gold.figures, text: text)
    }

    private mutating func scoreSections(_ predicted: [Section], _ gold: [SpeechGold.Section]) {
        goldSections = gold.count
        predictedSections = predicted.count
        let guesses = predicted.map {
            SpeechGold.Section(title: $0.title, speaker: $0.speaker?.name, position: $0.speaker?.position, department: $0.speaker?.department)
        }
        for (g, p) in Self.align(gold, guesses) {
            alignedSections += 1
            if g.title == p.title { titlesRight += 1 }
            if g.speaker == p.speaker { speakersRight += 1 }
            if g.position == p.position { positionsRight += 1 }
            if g.department == p.department { departmentsRight += 1 }
            if g == p { sectionsRight += 1 }
        }
    }

    /// Pairs of gold and predicted sections in order, by longest common subsequence of who speaks.
    static func align(_ gold: [SpeechGold.Section], _ predicted: [SpeechGold.Section]) -> [(SpeechGold.Section, SpeechGold.Section)] {
        func key(_ section: SpeechGold.Section) -> String { "\(section.speaker ?? "")|\(section.position ?? "")|\(section.title ?? "")" }
        let n = gold.count, m = predicted.count
        var table = Array(repeating: Array(repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                let same = key(gold[i]) == key(predicted[j]) || gold[i].speaker != nil && gold[i].speaker == predicted[j].speaker
                table[i][j] = same ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        // When nothing lines up by speaker, fall back to pairing by position in order.
        if table[0][0] == 0 { return Array(zip(gold, predicted)) }
        var pairs: [(SpeechGold.Section, SpeechGold.Section)] = []
        var i = 0, j = 0
        while i < n, j < m {
            let same = key(gold[i]) == key(predicted[j]) || gold[i].speaker != nil && gold[i].speaker == predicted[j].speaker
            if same && table[i][j] == table[i + 1][j + 1] + 1 {
                pairs.append((gold[i], predicted[j]))
                i += 1
                j += 1
            } else if table[i + 1][j] >= table[i][j + 1] {
                i += 1
            } else {
                j += 1
            }
        }
        return pairs
    }

    private mutating func scoreFigures(_ predicted: [Figure], _ gold: [SpeechGold.Figure], text: String) {
        goldFigures = gold.count
        predictedFigures = predicted.count
        let bytes = Array(text.utf8)
        var used = Array(repeating: false, count: predicted.count)
        var cursor = 0
        for figure in gold {
            guard let span = Self.find(Array(figure.text.utf8), in: bytes, from: cursor) else {
                missed.append(figure)
                continue
            }
            cursor = span.upperBound
            let overlapping = predicted.indices.filter { !used[$0] && predicted[$0].start < span.upperBound && span.lowerBound < predicted[$0].end }
            let choice = overlapping.first { predicted[$0].text == figure.text }
                ?? overlapping.first { predicted[$0].kind == figure.kind && Self.sameValue(predicted[$0].value, figure.value) }
            guard let choice else {
                missed.append(figure)
                continue
            }
            used[choice] = true
            matchedFigures += 1
            let guess = predicted[choice]
            if Self.sameValue(guess.value, figure.value) { valuesRight += 1 }
            if guess.kind == figure.kind { kindsRight += 1 }
            if !Self.sameValue(guess.value, figure.value) || guess.kind != figure.kind || guess.unit != figure.unit
                || guess.qualifier != figure.qualifier || guess.change != figure.change || guess.text != figure.text {
                different.append((figure, guess))
            }
        }
        extra = predicted.indices.filter { !used[$0] }.map { predicted[$0] }
    }

    static func sameValue(_ a: Double?, _ b: Double?) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case let (a?, b?): return a == b || abs(a - b) <= 0.005 * max(abs(a), abs(b))
        default: return false
        }
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Range<Int>? {
        guard !needle.isEmpty, haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
        for index in start...(haystack.count - needle.count) where haystack[index] == needle[0] {
            if haystack[index..<(index + needle.count)].elementsEqual(needle) { return index..<(index + needle.count) }
        }
        return nil
    }
}
