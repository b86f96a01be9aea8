/// A published speech, report or transcript, analyzed: its sections in page order.
public struct Speech: Sendable {
    /// The file name the speech was read from.
    public var file: String
    /// The first heading of the page (`政府工作报告`, a page headline), if any.
    public var title: String?
    public var sections: [Section]

    public init(file: String, title: String?, sections: [Section]) {
        self.file = file
        self.title = title
        self.sections = sections
    }

    /// Every figure of every section, in page order.
    public var figures: [Figure] { sections.flatMap(\.figures) }
}

/// Who gives a speech or a turn.
public struct Speaker: Sendable, Hashable {
    /// Personal name; nil for a reporter known only by outlet.
    public var name: String?
    /// The office as written (`淄博市人民政府副市长,市公安局党委书记、局长`), or a reporter's outlet.
    public var position: String?
    /// Department id resolved from the position (`police`), if any.
    public var department: String?

    public init(name: String?, position: String?, department: String?) {
        self.name = name
        self.position = position
        self.department = department
    }
}

/// One speech, one transcript turn, or an editor's note.
public struct Section: Sendable {
    /// The speech's title line (a transcript's title for each turn); nil for an editor's note.
    public var title: String?
    public var speaker: Speaker?
    /// UTF-8 byte range in the original text.
    public var start: Int
    public var end: Int
    public var points: [Point]
    public var figures: [Figure]
    /// Lexicon keywords of the section, strongest first.
    public var keywords: [Keyword] = []
    /// Lexicon topics the section speaks about, strongest first.
    public var topics: [TopicMention] = []
    /// Departments whose duties the section speaks about (ids), strongest first.
    public var duties: [String] = []
    /// The section's text as analyzed (page marks removed, broken lines joined), one paragraph a line.
    public var text: String

    public init(title: String?, speaker: Speaker?, start: Int, end: Int, points: [Point], figures: [Figure], text: String) {
        self.title = title
        self.speaker = speaker
        self.start = start
        self.end = end
        self.points = points
        self.figures = figures
        self.text = text
    }
}

/// A numbered point of a speech: `一、高度重视,高频推进。` → marker `一`, text `高度重视,高频推进`.
public struct Point: Sendable, Hashable, Codable {
    /// The marker as written: `一`, `（一）`, `1`, `一是`, `第一`.
    public var marker: String
    /// The point's heading: its first sentence, without the marker.
    public var text: String
    /// UTF-8 byte range of the whole point (marker to the end of its content) in the original.
    public var start: Int
    public var end: Int

    public init(marker: String, text: String, start: Int, end: Int) {
        self.marker = marker
        self.text = text
        self.start = start
        self.end = end
    }
}

/// A lexicon keyword found in a section.
public struct Keyword: Sendable, Hashable, Codable {
    public var term: String
    public var count: Int
    /// Lexicon weight × occurrences.
    public var score: Double
    public var department: String

    public init(term: String, count: Int, score: Double, department: String) {
        self.term = term
        self.count = count
        self.score = score
        self.department = department
    }
}

/// A lexicon topic whose keywords occur in a section.
public struct TopicMention: Sendable, Hashable, Codable {
    public var department: String
    public var topic: String
    public var name: String
    public var score: Double
    public var terms: [String]

    public init(department: String, topic: String, name: String, score: Double, terms: [String]) {
        self.department = department
        self.topic = topic
        self.name = name
        self.score = score
        self.terms = terms
    }
}
