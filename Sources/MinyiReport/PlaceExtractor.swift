import MinyiText

/// Finds place and organization names in analyzed text with generic patterns over tokens: a run of
/// name-like Han tokens (or letters and digits) ending in a place suffix (`小区`, `路`, `公司`, `区` …).
///
/// The segmenter splits unknown names into single characters (`银/泰/城/小区`), so the name is the
/// run of tokens before the suffix, stopped by punctuation, function words and another place.
public struct PlaceExtractor: Sendable {
    /// A place with the range of tokens it covers.
    public struct Match: Sendable, Hashable {
        public var place: Place
        public var tokens: Range<Int>
    }

    /// Longest characters a name may have before its suffix.
    static let maximumCoreLength = 10
    /// Most tokens a name may have before its suffix.
    static let maximumNameTokens = 6

    public init() {}

    /// Places in order of appearance.
    public func places(in tokens: [Token]) -> [Match] {
        var matches: [Match] = []
        var index = 0
        // First token after the last match: names never reach into an earlier place.
        var floor = 0
        while index < tokens.count {
            if let match = match(endingAt: index, tokens, floor: floor) {
                matches.append(match)
                floor = index + 1
            }
            index += 1
        }
        return matches
    }

    /// Convenience: analyzes nothing, reads `AnalyzedText` tokens.
    public func places(in analyzed: AnalyzedText) -> [Match] { places(in: analyzed.tokens) }

    private func match(endingAt index: Int, _ tokens: [Token], floor: Int) -> Match? {
        let token = tokens[index]
        guard token.kind == .word || token.kind == .term else { return nil }
        if token.text == "路", index > floor, let route = busRoute(endingAt: index, tokens, floor: floor) { return route }
        guard let (suffix, kind) = PlaceSuffixes.suffix(of: token.text) else { return nil }
        let ownName = String(token.text.dropLast(suffix.count))
        if !ownName.isEmpty && PlaceSuffixes.genericWords.contains(token.text) { return nil }
        var start = index
        var core = ownName
        while start > floor {
            let previous = tokens[start - 1]
            guard isNamePart(previous), core.count + previous.text.count <= Self.maximumCoreLength, index - start < Self.maximumNameTokens else { break }
            // Another place's name ends here: `张店区|银泰城小区`.
            if let (previousSuffix, _) = PlaceSuffixes.suffix(of: previous.text), previous.text.count > previousSuffix.count,
               !PlaceSuffixes.genericWords.contains(previous.text) { break }
            core = previous.text + core
            start -= 1
        }
        // A name needs two characters of its own; digits alone are house numbers, not names.
        guard core.count >= 2, !core.allSatisfy(\.isASCII) || kind == .district else { return nil }
        return Match(place: Place(kind: kind, name: core + suffix, core: core), tokens: start..<(index + 1))
    }

    /// `12路`, `K5路`: digits (with optional letters) right before `路`.
    private func busRoute(endingAt index: Int, _ tokens: [Token], floor: Int) -> Match? {
        var start = index
        while start > floor, tokens[start - 1].kind == .number || tokens[start - 1].kind == .letters,
              tokens[start - 1].text.allSatisfy({ $0.isASCII && ($0.isNumber || $0.isLetter) }) {
            start -= 1
        }
        let core = tokens[start..<index].map(\.text).joined()
        guard start < index, core.contains(where: \.isNumber), core.count <= 5 else { return nil }
        return Match(place: Place(kind: .busRoute, name: core + "路", core: core), tokens: start..<(index + 1))
    }

    private func isNamePart(_ token: Token) -> Bool {
        switch token.kind {
        case .word, .term:
            return !PlaceSuffixes.nonNameWords.contains(token.text) && token.text.unicodeScalars.allSatisfy(\.isHan)
        case .letters, .number:
            return token.text.count <= 4 && token.text.allSatisfy(\.isASCII)
        default:
            return false
        }
    }
}

extension Unicode.Scalar {
    var isHan: Bool { properties.isIdeographic }
}
