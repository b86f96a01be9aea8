import Foundation

/// Words the segmenter must know beyond ICU's built-in dictionary, by source:
/// - lexicon terms (domain terms from the lexicon pack): kept whole wherever they fit;
/// - user words (`--user-dict`): they define the segmentation standard and win over everything else;
/// - base words (the general dictionary shipped in `lexicons/base/`): fill ICU's gaps in modern
///   mainland vocabulary, ranked by frequency, behind user words.
/// Once user or base words are present, ICU words outside the dictionary cost more, so the dictionary
/// decides wherever it has an opinion and ICU handles the rest.
public struct SegmentationDictionary: Sendable {
    /// Where an entry came from; decides its token kind and path cost.
    public enum Source: Sendable { case lexicon, user, base }

    var trie = TermTrie()
    var costs: [Float] = []
    var sources: [Source] = []
    /// True when user or base words were added.
    public private(set) var definesStandard = false
    /// Units the user words glue to numbers (`４７笔`), so quantities follow the user's standard.
    public private(set) var quantityUnits: Set<[UInt16]> = []
    /// Whether the user words write whole dates as one word, so dates are glued as well.
    public private(set) var gluesDates = false
    /// Present when the user words write person names whole.
    private(set) var personNames: PersonNameMerger?
    /// Base words of frequency ``commonWordFrequency`` or more (normalized): the general vocabulary,
    /// against which a word the texts use as a name (`博济` of `博济医院`) is told from an ordinary one
    /// (`阳光`, `人民`).
    public private(set) var commonWords: Set<String> = []

    /// Least base-word frequency (jieba's counts) of a common word. Names the vocabulary holds stay
    /// below it (`锦江` 162, `宏达` 275), ordinary words that also name estates stand far above (`阳光`
    /// 3,451, `幸福` 3,342); over the labeled corpora 300 finds 锦江花园 and 宏达热力 by their short
    /// names, where 100 held them common; 1,000 lost a concern on one corpus.
    public static let commonWordFrequency: Double = 300

    /// Path cost of a lexicon term: below one ICU word, so a term spanning several ICU tokens wins.
    static let lexiconCost: Float = 0.5
    /// Added to base-word costs when user words are present, so the user's standard wins.
    static let baseBehindUserPenalty: Float = 1.2
    /// Share of a base word's frequency cost that a user word without frequency takes as tie-breaker.
    static let baseTieBreakShare: Float = 0.1

    public init() {}

    /// Number of entries.
    public var count: Int { trie.count }

    /// Builds a dictionary from lexicon terms, user words and base words (normalized like the text).
    public init(lexiconTerms: some Sequence<String>, userWords: [UserWord] = [], baseWords: [UserWord] = [], normalizer: TextNormalizer) {
        let basePenalty = userWords.isEmpty ? 0 : Self.baseBehindUserPenalty
        let baseMaximum = baseWords.compactMap(\.frequency).max() ?? 0
        for word in baseWords {
            let normalized = normalizer.normalize(word.text)
            add(normalized.units, source: .base, cost: Self.frequencyCost(word.frequency, maxFrequency: baseMaximum) + basePenalty)
            if let frequency = word.frequency, frequency >= Self.commonWordFrequency { commonWords.insert(normalized.string) }
        }
        let userMaximum = userWords.compactMap(\.frequency).max() ?? 0
        let normalizedUserWords = userWords.map { normalizer.normalize($0.text).units }
        personNames = PersonNameMerger.learn(from: normalizedUserWords) { [trie, sources] word in
            trie.entry(word).map { sources[$0] == .base } ?? false
        }
        for (word, units) in zip(userWords, normalizedUserWords) {
            var cost = Self.frequencyCost(word.frequency, maxFrequency: userMaximum)
            if word.frequency == nil, let entry = trie.entry(units), sources[entry] == .base {
                // Without a frequency of its own, a user word breaks ties by the base word's (`方面|的`, not `方|面的`).
                cost += Self.baseTieBreakShare * (costs[entry] - basePenalty - 1)
            }
            add(units, source: .user, cost: cost)
        }
        quantityUnits = QuantityMerger.learnUnits(from: normalizedUserWords)
        gluesDates = QuantityMerger.learnsDates(from: normalizedUserWords)
        for term in lexiconTerms {
            add(normalizer.normalize(term).units, source: .lexicon, cost: Self.lexiconCost)
        }
    }

    /// Every occurrence of a lexicon term in normalized `units`, overlapping ones included.
    public func lexiconTermOccurrences(in units: [UInt16]) -> [Range<Int>] {
        var occurrences: [Range<Int>] = []
        units.withUnsafeBufferPointer { text in
            for start in 0..<text.count {
                trie.forEachMatch(in: text, from: start, limit: text.count) { end, entry in
                    if sources[entry] == .lexicon { occurrences.append(start..<end) }
                }
            }
        }
        return occurrences
    }

    /// Adds normalized units; adding a word again keeps the lower cost and the later source.
    public mutating func add(_ units: [UInt16], source: Source, cost: Float) {
        let cleaned = units.filter { $0 != 0x20 }
        guard !cleaned.isEmpty else { return }
        let entry = trie.insert(cleaned)
        if entry == costs.count {
            costs.append(cost)
            sources.append(source)
        } else {
            costs[entry] = min(costs[entry], cost)
            sources[entry] = source
        }
        if source != .lexicon { definesStandard = true }
    }

    /// Frequencies (jieba's second column) map to costs in 0.6…1.4: frequent words are cheaper;
    /// a word without frequency costs 1, like one ICU word.
    static func frequencyCost(_ frequency: Double?, maxFrequency: Double) -> Float {
        guard let frequency, frequency > 0, maxFrequency > 1 else { return 1.0 }
        let share = log(frequency + 1) / log(maxFrequency + 1)
        return Float(0.6 + 0.8 * (1 - min(1, share)))
    }
}

/// One line of a user dictionary: a word with an optional frequency (jieba's format).
public struct UserWord: Sendable, Hashable {
    public var text: String
    public var frequency: Double?

    public init(_ text: String, frequency: Double? = nil) {
        self.text = text
        self.frequency = frequency
    }
}

/// A user dictionary file could not be read.
public struct UserDictionaryError: Error, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let problem: String
    public var description: String { "\(file):\(line): \(problem)" }

    public init(file: String, line: Int, problem: String) {
        self.file = file
        self.line = line
        self.problem = problem
    }
}

/// Reads user dictionaries: one word a line, optionally a frequency and a part of speech
/// (`word [frequency] [tag]`, as jieba); `#` starts a comment; blank lines are skipped.
public enum UserDictionaryFile {
    public static func load(path: String) throws -> [UserWord] {
        try parse(text(ofFile: path), file: path)
    }

    /// The file's text; an unreadable file or one not in UTF-8 (naming its first bad line) is an error.
    public static func text(ofFile path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw UserDictionaryError(file: path, line: 0, problem: "cannot read the file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw UserDictionaryError(file: path, line: firstInvalidLine(data), problem: "not valid UTF-8 (convert GBK files with iconv -f GB18030 -t UTF-8)")
        }
        return text
    }

    public static func parse(_ text: String, file: String) throws -> [UserWord] {
        var words: [UserWord] = []
        var lineNumber = 0
        var text = text
        try text.withUTF8 { bytes in
            var lineStart = 0
            while lineStart <= bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
                lineNumber += 1
                if let word = try parseLine(UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd]), file: file, line: lineNumber) {
                    words.append(word)
                }
                lineStart = lineEnd + 1
            }
        }
        return words
    }

    /// One line: fields separated by spaces or tabs; blank lines and `#` comments give nil.
    private static func parseLine(_ line: UnsafeBufferPointer<UInt8>, file: String, line number: Int) throws -> UserWord? {
        var fields: [Range<Int>] = []
        var index = 0
        // A UTF-8 byte order mark on the first line is not part of the word.
        if line.count >= 3, line[0] == 0xEF, line[1] == 0xBB, line[2] == 0xBF { index = 3 }
        while index < line.count, fields.count < 2 {
            while index < line.count, isSpace(line[index]) { index += 1 }
            let fieldStart = index
            while index < line.count, !isSpace(line[index]) { index += 1 }
            if index > fieldStart { fields.append(fieldStart..<index) }
        }
        guard let wordRange = fields.first, line[wordRange.lowerBound] != UInt8(ascii: "#") else { return nil }
        let word = String(decoding: UnsafeBufferPointer(rebasing: line[wordRange]), as: UTF8.self)
        guard fields.count > 1 else { return UserWord(word) }
        let field = String(decoding: UnsafeBufferPointer(rebasing: line[fields[1]]), as: UTF8.self)
        guard let frequency = Double(field), frequency >= 0 else {
            throw UserDictionaryError(file: file, line: number, problem: "the second column must be a non-negative frequency, found \"\(field)\"")
        }
        return UserWord(word, frequency: frequency)
    }

    @inline(__always)
    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D
    }

    private static func firstInvalidLine(_ data: Data) -> Int {
        var line = 1
        var start = data.startIndex
        for index in data.indices where data[index] == 0x0A {
            if String(data: data[start..<index], encoding: .utf8) == nil { return line }
            line += 1
            start = index + 1
        }
        return line
    }
}
